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

