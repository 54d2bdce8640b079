import { describe, expect, it } from 'vitest';
import { reindentContinuations, splitKubeStream } from '../../src/yaml/kube-stream';

// Unit tables for src/yaml/kube-stream.ts (issue 18): how kubectl cuts a file before any YAML is
// read (apimachinery's YAMLOrJSONDecoder and YAMLReader, then go-yaml v2's YAML 1.1 line breaks),
// as test/yaml/reference-reader/main.go does it. Offsets are counted by hand.

const SEP = 'kubectl refuses this file: a line that starts with --- may hold only a comment after it';

describe('splitKubeStream: a JSON stream (the first non-blank character is `{`)', () => {
  it('cuts it into its values, with their offsets, and warns of a stream of several', () => {
    expect(splitKubeStream('  {"a": 1}\n{"b": [2, {"c": "}"}]}\n')).toEqual({
      chunks: [
        { text: '{"a": 1}', offset: 2 },
        { text: '{"b": [2, {"c": "}"}]}', offset: 11 },
      ],
      problems: [
        {
          offset: 11,
          code: 'json-stream',
          severity: 'warning',
          message: 'this file is a stream of 2 JSON objects: kubectl applies them all (and so does flowgate), kustomize reads only the first',
        },
      ],
      json: true,
    });
  });

  it('reads one value without a warning, its tabs made blanks, strings with escaped quotes and braces whole', () => {
    expect(splitKubeStream('{\n\t"a": "x\\"}{",\n\t"b": 1\n}\n')).toEqual({ chunks: [{ text: '{\n "a": "x\\"}{",\n "b": 1\n}', offset: 0 }], problems: [], json: true });
  });

  it.each([
    ['an unclosed value', '{"a": 1\n'],
    ['text after a value', '{"a": 1} x\n'],
    ['a close before an open', '{}}{\n'],
  ])('reads %s as YAML (no JSON values to cut)', (_, text) => {
    expect(splitKubeStream(text)).toEqual({ chunks: [{ text, offset: 0 }], problems: [], json: false });
  });

  it('reads a file that starts with `[` as YAML', () => {
    expect(splitKubeStream('[1, 2]\n')).toEqual({ chunks: [{ text: '[1, 2]\n', offset: 0 }], problems: [], json: false });
  });
});

describe('splitKubeStream: `---` lines', () => {
  it.each([
    ['two documents', 'a: 1\n---\nb: 2\n', [['a: 1\n', 0], ['b: 2\n', 9]]],
    ['a marker first, and one last without a line break', '---\na: 1\n---', [['a: 1\n', 4]]],
    ['markers with a comment, or only blanks', 'a: 1\n--- # c\nb: 2\n---   \nc: 3\n---#c\nd: 4\n', [['a: 1\n', 0], ['b: 2\n', 13], ['c: 3\n', 25], ['d: 4\n', 36]]],
    ['`---` inside a line is no marker', 'a: ---\nb: x---\n', [['a: ---\nb: x---\n', 0]]],
    ['empty sections are no chunks', '---\n---\n', []],
    ['a BOM at the start of a section is dropped', '\ufeffa: 1\n---\n\ufeffb: 2\n', [['a: 1\n', 1], ['b: 2\n', 11]]],
    ['a section that is only a BOM is no chunk', 'a: 1\n---\n\ufeff', [['a: 1\n', 0]]],
  ])('%s', (_, text, chunks) => {
    expect(splitKubeStream(text)).toEqual({ chunks: chunks.map(([t, offset]) => ({ text: t, offset })), problems: [], json: false });
  });

  it('refuses text after --- on its line, naming it (cut at 40 characters)', () => {
    const long = 'k'.repeat(50);
    expect(splitKubeStream(`a: 1\n--- b: 2\nc: 3\n--- ${long}\n`).problems).toEqual([
      { offset: 5, code: 'yaml-separator', message: `${SEP} ("invalid Yaml document separator: b: 2")` },
      { offset: 19, code: 'yaml-separator', message: `${SEP} ("invalid Yaml document separator: ${'k'.repeat(40)}")` },
    ]);
  });

  it('refuses a % directive at a line start (it stands alone in its section)', () => {
    expect(splitKubeStream('%YAML 1.1\n---\na: "%x"\nb: 1\n%TAG ! x\n')).toEqual({
      chunks: [
        { text: '%YAML 1.1\n', offset: 0 },
        { text: 'a: "%x"\nb: 1\n%TAG ! x\n', offset: 14 },
      ],
      problems: [
        { offset: 0, code: 'yaml-directive', message: 'kubectl refuses this file: it cuts the file at `---` lines, so this % directive stands alone in its section ("did not find expected <document start>")' },
        { offset: 27, code: 'yaml-directive', message: 'kubectl refuses this file: it cuts the file at `---` lines, so this % directive stands alone in its section ("did not find expected <document start>")' },
      ],
      json: false,
    });
  });
});

describe('splitKubeStream: YAML 1.1 line breaks (go-yaml v2 ends a line at U+2028, U+2029, U+0085 and a lone CR)', () => {
  const text = (t: string) => splitKubeStream(t).chunks.map((c) => c.text);

  it.each([
    ['U+2028 ends a comment', 'a: 1 # c\u2028b: 2\n', 'a: 1 # c\nb: 2\n'],
    ['U+2029', 'a: 1 # c\u2029b: 2\n', 'a: 1 # c\nb: 2\n'],
    ['U+0085', 'a: 1 # c\u0085b: 2\n', 'a: 1 # c\nb: 2\n'],
    ['a lone CR, not a CR before LF', 'a: 1\r\nb: 2\rc: 3\n', 'a: 1\r\nb: 2\nc: 3\n'],
    ['a comment at the start of the text', '# "c\u2028a: 1\n', '# "c\na: 1\n'],
    ['a comment at the start of the text, with a quote after a colon in it', '# a: "c\u2028b: 1\n', '# a: "c\nb: 1\n'],
    ['a quote in a comment opens nothing', 'a: 1 # it"s\u2028b: 2\n', 'a: 1 # it"s\nb: 2\n'],
    ['`#` after a word is no comment, nor the quote after it', 'a: x#"y\u2028b: 2\n', 'a: x#"y\nb: 2\n'],
    ['an apostrophe in a word opens nothing', "a: it's\u2028b: 2\n", "a: it's\nb: 2\n"],
    ['a comment ends at a line break', 'a: 1 # c\n"x\u2028y": 1\n', 'a: 1 # c\n"x\u2028y": 1\n'],
    ['inside double quotes the break is a character', 'a: "x\u2028y"\u2028b: 2\n', 'a: "x\u2028y"\nb: 2\n'],
    ['inside single quotes too', "a: 'x\u2028y'\u2028b: 2\n", "a: 'x\u2028y'\nb: 2\n"],
    ['an escaped quote does not close double quotes', 'a: "x\\"\u2028y"\n', 'a: "x\\"\u2028y"\n'],
    ['a quote at the start of the text', '"x\u2028y": 1\n', '"x\u2028y": 1\n'],
    ['a quote after `- `', '- "x\u2028y"\n', '- "x\u2028y"\n'],
    ['a quote after a tab and a colon', 'a:\t"x\u2028y"\n', 'a:\t"x\u2028y"\n'],
    ['a quote after `[`, `{`, `,` and `?`', '[a, "x\u2028y"]\n{"x\u2028y": 1}\n? "x\u2028y"\n', '[a, "x\u2028y"]\n{"x\u2028y": 1}\n? "x\u2028y"\n'],
  ])('%s', (_, t, expected) => {
    expect(text(t)).toEqual([expected]);
  });

  // Security (issue 18): kubectl's LineReader cuts at `\n` only, so a `---` that only a YAML 1.1
  // break puts at a line start is a second document of the same section to go-yaml v2, which
  // kubectl ignores (reference reader: {a: 1} alone). Cut there, a policy kubectl never applies
  // was read as applied.
  it('does not cut on a `---` that only a YAML 1.1 break puts at a line start', () => {
    expect(splitKubeStream('a: 1 # c\u2028---\u2028b: 2\n')).toEqual({ chunks: [{ text: 'a: 1 # c\n---\nb: 2\n', offset: 0 }], problems: [], json: false });
    expect(splitKubeStream('a: 1\r---\rb: 2\n---\nc: 3\n').chunks).toEqual([
      { text: 'a: 1\n---\nb: 2\n', offset: 0 },
      { text: 'c: 3\n', offset: 18 },
    ]);
  });

  // kubectl drops the whole `\n` line of a `---` and trims the rest with Go's strings.TrimSpace
  // (U+0085 is a space to Go, U+FEFF is not): reference reader.
  it.each<[string, string, [string, number][], string[]]>([
    ['a `---` line whose comment a YAML 1.1 break ends: the rest of the line is dropped', '--- # c\u2028a: 1\nb: 2\n', [['b: 2\n', 13]], []],
    ['text after --- behind a YAML 1.1 break is refused', '---\u2028a: 1\n', [], ['a: 1']],
    ['U+0085 after --- is a blank to kubectl', 'a: 1\n--- \u0085\nb: 1\n', [['a: 1\n', 0], ['b: 1\n', 11]], []],
    ['U+FEFF after --- is text to kubectl', 'a: 1\n---\ufeff\nb: 1\n', [['a: 1\n', 0], ['b: 1\n', 10]], ['\ufeff']],
  ])('%s', (_, t, chunks, refused) => {
    expect(splitKubeStream(t)).toEqual({
      chunks: chunks.map(([text, offset]) => ({ text, offset })),
      problems: refused.map((rest) => ({ offset: t.indexOf('---'), code: 'yaml-separator', message: `${SEP} ("invalid Yaml document separator: ${rest}")` })),
      json: false,
    });
  });
});

describe('reindentContinuations', () => {
  it.each([
    ['nothing to move', 'a: 1\nb: [1,\n  2]\n'],
    ['a bracket in a comment', 'a: 1 # [\nb: 2\n'],
    ['a comment line', '# {\nb: 2\n'],
    ['a close with nothing open', 'a: x]\nb: 2\n'],
  ])('%s: null', (_, text) => {
    expect(reindentContinuations(text)).toBeNull();
  });

  it.each([
    ['a tab-indented flow mapping', 'metadata: {\n\tname: a,\n\tlabels: {team: x}\n}\n', 'metadata: {\n name: a,\n labels: {team: x}\n }\n'],
    ['a single-quoted scalar continued at its key indent', "  note: 'first\n  second'\nb: 1\n", "  note: 'first\n   second'\nb: 1\n"],
    ['a double-quoted scalar with an escaped quote', 'a: "x\\" [\nb"\nc: 1\n', 'a: "x\\" [\n b"\nc: 1\n'],
    ['a quote that opens a line', '"a\nb": 1\n', '"a\n b": 1\n'],
    ['a nested flow: only the lines inside it', 'a: [{\nb: 1}, {\n    c: 2\n}]\nd: 1\n', 'a: [{\n b: 1}, {\n    c: 2\n }]\nd: 1\n'],
    ['a line indented with blanks and a tab', 'k: [\n \t1]\n', 'k: [\n  1]\n'],
  ])('%s', (_, text, expected) => {
    expect(reindentContinuations(text)).toBe(expected);
  });
});

describe('kube-stream edges (issue 18; readings from the reference reader)', () => {
  it.each([
    // kubectl: {"I'm": x, b: 2}: an apostrophe after a word at the start of the text opens nothing.
    ['an apostrophe right after the first character', "I'm: x\u2028b: 2\n", "I'm: x\nb: 2\n", 0],
    // kubectl drops the whole `\n` line of a `---` with a comment: the % after the break is not read.
    ['a % after a YAML 1.1 break on a --- line', '--- # c\u2028%x\na: 1\n', 'a: 1\n', 11],
    // kubectl: {a: 'x\\', b: 2}: a backslash escapes nothing in single quotes.
    ['a backslash before the closing single quote', "a: 'x\\'\u2028b: 2\n", "a: 'x\\'\nb: 2\n", 0],
    // kubectl: {a: 1, b: 2}: ` #:` starts a comment, so the quote in it opens nothing.
    ['a comment whose text starts with a colon and a quote', 'a: 1 #:"x\u2028b: 2\n', 'a: 1 #:"x\nb: 2\n', 0],
  ])('splitKubeStream: %s', (_, text, chunk, offset) => {
    expect(splitKubeStream(text)).toEqual({ chunks: [{ text: chunk, offset }], problems: [], json: false });
  });

  it('reads a JSON stream whose first value is an array', () => {
    // Inside a value, `[` and `]` nest as braces do.
    expect(splitKubeStream('{"a": [1]}\n').chunks).toEqual([{ text: '{"a": [1]}', offset: 0 }]);
  });

  it.each([
    // kubectl: {a: 'x\', b: 1}: a backslash escapes nothing in single quotes.
    ['a backslash before the closing single quote', "a: 'x\\'\nb: 1\n", null],
    // kubectl: {a: 'x]', b: [1]}: a close with nothing open leaves the next flow's lines to move.
    ['a close with nothing open, then a flow', 'a: x]\nb: [\n1]\n', 'a: x]\nb: [\n 1]\n'],
    ['a blank line inside a flow', 'k: [\n\n1]\n', 'k: [\n \n 1]\n'],
    ['a comment whose text starts with a bracket', 'a: 1 #[\nb: 2\n', null],
    ['an apostrophe in a word', "a: it's\nb: 1\n", null],
  ])('reindentContinuations: %s', (_, text, expected) => {
    expect(reindentContinuations(text)).toBe(expected);
  });
});
