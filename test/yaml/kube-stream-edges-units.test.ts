import { describe, expect, it } from 'vitest';
import { splitKubeStream } from '../../src/yaml/kube-stream';

// More unit cases for src/yaml/kube-stream.ts (issue 18: mutants that kube-stream-units.test.ts
// left alive), each reading from the reference reader (test/yaml/reference-reader/main.go).

describe('splitKubeStream: quotes and comments around YAML 1.1 breaks', () => {
  it.each([
    // kubectl: {a: ['x#', 'y\u2028z']}: `#` after a word starts no comment, so the quote after it opens.
    ['a # after a word, then a quoted scalar', 'a: [x#, "y\u2028z"]\n', 'a: [x#, "y\u2028z"]\n'],
    // kubectl: {a: ['x\u2028y']}: a quote right after `[` opens.
    ['a quote right after [', 'a: ["x\u2028y"]\n', 'a: ["x\u2028y"]\n'],
  ])('%s', (_, text, chunk) => {
    expect(splitKubeStream(text)).toEqual({ chunks: [{ text: chunk, offset: 0 }], problems: [], json: false });
  });
});

// kubectl's JSON decoder (encoding/json) refuses a value that is not JSON, where the yaml library
// reads it (reference reader: "invalid character '\n' in string literal" and so on).
describe('splitKubeStream: a JSON stream with a value that is not JSON', () => {
  const NOT_JSON = 'kubectl refuses this file: it reads a file that starts with { as JSON, and this value is not valid JSON';

  it.each<[string, string, number[]]>([
    ['a raw line break in a string', '{"a": "x\ny"}\n', [0]],
    ['a raw tab in a string', '{"a": "x\ty"}\n', [0]],
    ['a comment', '{"a": 1, // c\n"b": 2}\n', [0]],
    ['a trailing comma in the second value', '{"a": 1}\n{"b": 2,}\n', [9]],
    ['an escaped tab (valid)', '{"a": "\\t"}\n', []],
  ])('%s', (_, text, offsets) => {
    expect(splitKubeStream(text).problems.filter((p) => p.code === 'json-syntax')).toEqual(offsets.map((offset) => ({ offset, code: 'json-syntax', message: NOT_JSON })));
  });
});


// go-yaml's reader refuses a whole file at a character outside YAML's printable set, in a comment
// too (reference reader: "control characters are not allowed"); kubectl then applies nothing of it.
describe('splitKubeStream: characters kubectl refuses in YAML', () => {
  const refused = (text: string) => splitKubeStream(text).problems.filter((p) => p.code === 'yaml-control-character');

  it.each<[string, string, number, string]>([
    ['a BEL first', '\u0007a: 1\n', 0, '0007'],
    ['U+0001', 'a: x\u0001\n', 4, '0001'],
    ['a backspace', 'a: x\u0008\n', 4, '0008'],
    ['a vertical tab', 'a: "x\u000b"\n', 5, '000B'],
    ['a form feed', 'a: x\u000c\n', 4, '000C'],
    ['U+000E', 'a: x\u000e\n', 4, '000E'],
    ['an ESC in a comment', 'a: 1 # \u001b[0m\n', 7, '001B'],
    ['U+001F', 'a: x\u001f\n', 4, '001F'],
    ['DEL', 'a: x\u007f\n', 4, '007F'],
    ['U+0080', 'a: x\u0080\n', 4, '0080'],
    ['U+0084', 'a: x\u0084\n', 4, '0084'],
    ['U+0086', 'a: x\u0086\n', 4, '0086'],
    ['U+009F', 'a: x\u009f\n', 4, '009F'],
    ['U+FFFE', 'a: x\ufffe\n', 4, 'FFFE'],
    ['U+FFFF', 'a: x\uffff\n', 4, 'FFFF'],
    ['the first of two, in the second document', 'a: 1\n---\nb: "\u0001"\nc: \u0002\n', 13, '0001'],
  ])('%s', (_, text, offset, hex) => {
    expect(refused(text)).toEqual([{ offset, code: 'yaml-control-character', message: `kubectl refuses this file: YAML allows no control character here (U+${hex}; "control characters are not allowed")` }]);
  });

  it.each([
    ['a tab', 'a:\tx\n'],
    ['CRLF', 'a: x\r\n'],
    ['NEL', 'a: x\u0085y\n'],
    ['a no-break space', 'a: x\u00a0\n'],
    ['U+E000', 'a: x\ue000\n'],
    ['DEL and a C1 control in a JSON string', '{"a": "x\u007f\u0080"}\n'],
  ])('leaves %s alone', (_, text) => {
    expect(refused(text)).toEqual([]);
  });
});
