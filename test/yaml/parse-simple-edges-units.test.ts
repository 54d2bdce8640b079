import { describe, expect, it } from 'vitest';
import { MAX_FAST_DEPTH } from '../../src/yaml/guards';
import { parseSimpleDocuments } from '../../src/yaml/parse-simple-yaml';

// Edge cases of the fast YAML path (src/yaml/parse-simple-yaml.ts) found by mutation testing
// (issue 18). Every value below is the one kubectl reads (the reference reader,
// test/yaml/reference-reader: sigs.k8s.io/yaml on go-yaml v2), checked when the case was written;
// where the fast path gives up (null), the full parser reads the file and reports its problems.

const values = (text: string): unknown[] | null => parseSimpleDocuments('f.yaml', text)?.documents.map((d) => d.value) ?? null;

describe('fast path edges: what it reads as kubectl does', () => {
  it.each<[string, string, unknown[]]>([
    ['a compact item with a single-quoted key', "- 'k': v\n", [[{ k: 'v' }]]],
    ['a compact item with a quoted key and no value', '- "a":\n', [[{ a: null }]]],
    ['a compact item with a plain key and no value', '- k:\n', [[{ k: null }]]],
    ['a quoted item with a trailing space is no key', '- "a" \n', [['a']]],
    ['an empty value before an item of the outer sequence', '- a: 1\n  b:\n- c\n', [[{ a: 1, b: null }, 'c']]],
    ['CRLF and LF line breaks mixed', 'a: 1\r\nb: 2\n', [{ a: 1, b: 2 }]],
    ['dashes in flow scalars', "a: [-1, -x, '-']\n", [{ a: [-1, '-x', '-'] }]],
    ['flow scalars with inner and trailing spaces', "a: [a b  , 'c d']\n", [{ a: ['a b', 'c d'] }]],
    ['a quoted value, spaces and a comment', 'a: "x"  # c\n', [{ a: 'x' }]],
    ['a no-break space kept at the end of a plain scalar', 'a: x\u00a0\n', [{ a: 'x\u00a0' }]],
    ['a quoted .inf as a string, and a finite float', "a: '.inf'\nb: .5\n", [{ a: '.inf', b: 0.5 }]],
  ])('%s', (_, text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('gives no diagnostics', () => {
    expect(parseSimpleDocuments('f.yaml', 'a: 1\n')!.diagnostics).toEqual([]);
  });
});

describe('fast path edges: what it leaves to the full parser', () => {
  it.each([
    // kubectl reads {a: null, b: null}: keys without `: ` are not read here.
    ['flow keys without values', 'a: {a, b}\n'],
    // kubectl: "could not find expected ':'".
    ['a quoted scalar alone in a mapping', 'x: 1\n"a"\n'],
    ['a plain scalar alone in a mapping', 'x: 1\nab\n'],
    // kubectl: "did not find expected '-' indicator".
    ['text after a quoted item', '- "a"  x\n'],
    ['a ... end marker after a sequence', '- a\n...\n'],
    // kubectl refuses these documents: "json: unsupported value: +Inf" (JSON has no NaN or infinity).
    ['.inf', 'a: .inf\n'],
    ['-.Inf', 'a: -.Inf\n'],
    ['.nan in a flow sequence', 'a: [.nan]\n'],
    // kubectl refuses these files: "control characters are not allowed".
    ['a backspace', 'a: x\u0008\n'],
    ['a vertical tab in double quotes', 'a: "x\u000b"\n'],
    ['a form feed', 'a: x\u000c\n'],
    ['U+001F', 'a: x\u001f\n'],
    ['an escape character after a JSON escape', 'a: "\\n\u001b"\n'],
    ['DEL', 'a: x\u007f\n'],
    ['a C1 control', 'a: x\u0080\n'],
    ['U+009F', 'a: x\u009f\n'],
    ['U+FFFE', 'a: x\ufffe\n'],
    ['U+FFFF', 'a: x\uffff\n'],
  ])('%s', (_, text) => {
    expect(parseSimpleDocuments('f.yaml', text)).toBeNull();
  });

  it('counts a compact mapping and a sequence at its key indent as a level each', () => {
    // `- a:` then `  - a:` ...: a sequence and a mapping per line; the last line `- a: x`.
    const chain = (lines: number) => Array.from({ length: lines }, (_, i) => `${'  '.repeat(i)}- a:`).join('\n') + ' x\n';
    const depth = (v: unknown): number => (Array.isArray(v) ? 1 + depth(v[0]) : v && typeof v === 'object' ? 1 + depth((v as { a: unknown }).a) : 0);
    const levels = MAX_FAST_DEPTH / 2;
    expect(depth(values(chain(levels))![0])).toBe(2 * levels);
    expect(values(chain(levels + 1))).toBeNull();
  });
});

describe('fast path edges: lines as src/yaml/lines.ts gives them', () => {
  // Lines checked against the full parser's lookup (parseDocuments) on the same text.
  const TEXT = [
    'a:', // 1
    '-', // 2
    '  k: v', // 3
    '- z', // 4
    'b:', // 5
    '  c: w', // 6
    '  "0": z', // 7
    '',
  ].join('\n');

  it.each<[string, (string | number)[], 'key' | undefined, number]>([
    ['a sequence', ['a'], undefined, 2],
    ['the key of a sequence', ['a'], 'key', 1],
    ['an item below its dash', ['a', 0], undefined, 3],
    ['an item below its dash, as a key', ['a', 0], 'key', 3],
    ['an index as a string', ['a', '0'], undefined, 3],
    ['an index with a leading zero', ['a', '01'], undefined, 4],
    ['a second item', ['a', 1], undefined, 4],
    ['a key inside an item', ['a', 0, 'k'], undefined, 3],
    ['below a scalar', ['a', 0, 'k', 'deeper'], undefined, 3],
    ['an empty string index', ['a', ''], undefined, 2],
    ['an index after a space', ['a', ' 1'], undefined, 2],
    ['an index before a space', ['a', '1 '], undefined, 2],
    ['an index in exponent form', ['a', '1e0'], undefined, 2],
    ['an index in hex', ['a', '0x1'], undefined, 2],
    ['a negative index', ['a', -1], undefined, 2],
    ['a fractional index', ['a', 0.5], undefined, 2],
    ['an index past the end', ['a', 2], undefined, 2],
    ['a number as a mapping key', ['b', 0], undefined, 7],
    ['a missing key, as a key', ['b', 'nope'], 'key', 6],
    ['a missing top-level key', ['nope'], undefined, 1],
  ])('%s', (_, path, at, line) => {
    expect(parseSimpleDocuments('f.yaml', TEXT)!.documents[0]!.lineOf(path, at)).toBe(line);
  });
});
