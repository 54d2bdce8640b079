import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENTS, MAX_FAST_CHARS, MAX_FAST_DEPTH, MAX_FAST_KEY } from '../../src/yaml/guards';
import { parseSimpleDocuments } from '../../src/yaml/parse-simple-yaml';

// Unit tables for the fast YAML path (src/yaml/parse-simple-yaml.ts, issue 18). It must give the
// values kubectl gives (sigs.k8s.io/yaml on go-yaml v2: YAML 1.1 words and numbers) or give up
// (null) so that the full parser reads the file; a wrong value here is a manifest read otherwise
// than Kubernetes reads it. Values below are YAML 1.1 as v2 reads it (test/yaml/reference-reader).

const values = (text: string): unknown[] | null => parseSimpleDocuments('f.yaml', text)?.documents.map((d) => d.value) ?? null;

describe('the fast path reads', () => {
  it.each<[string, string, unknown[]]>([
    ['a mapping of plain words', 'a: web\nb: Web-1\nc: /x\nd: _y\n', [{ a: 'web', b: 'Web-1', c: '/x', d: '_y' }]],
    ['YAML 1.1 words as v2', 'a: yes\nb: Off\nc: y\nd: N\ne: ~\nf: null\ng: TRUE\nh: false\n', [{ a: true, b: false, c: true, d: false, e: null, f: null, g: true, h: false }]],
    ['words longer than the boolean words', 'a: yesno\nb: nullx\nc: offset\nd: falsey\n', [{ a: 'yesno', b: 'nullx', c: 'offset', d: 'falsey' }]],
    ['small ints, and what the full parser resolves', 'a: 0\nb: -3\nc: 123456789012345\nd: 0755\ne: 0x1F\nf: +12\ng: 1.5\nh: 1_000\ni: 2024-01-01\nj: 12:30\nk: -0\n', [{ a: 0, b: -3, c: 123456789012345, d: 493, e: 31, f: 12, g: 1.5, h: 1000, i: '2024-01-01', j: '12:30', k: 0 }]],
    ['an int past 15 digits, through the full parser', 'a: 1234567890123456\nb: 01\n', [{ a: 1234567890123456, b: 1 }]],
    ['the same resolved scalar twice', 'a: 0x10\nb: 0x10\nc: [0x10, 0x10]\n', [{ a: 16, b: 16, c: [16, 16] }]],
    ['a plain scalar with spaces, a # inside, a trailing comment', 'a: x y  \nb: a#b\nc: x # c\nd: http://x:80/y\n', [{ a: 'x y', b: 'a#b', c: 'x', d: 'http://x:80/y' }]],
    ['double quotes with JSON escapes', 'a: "x\\ty\\n\\"z\\\\"\nb: "plain"\nc: "" # c\n', [{ a: 'x\ty\n"z\\', b: 'plain', c: '' }]],
    ['single quotes', "a: 'it''s'\nb: ''\nc: 'x'  # c\n", [{ a: "it's", b: '', c: 'x' }]],
    ['quoted keys', '"a b": 1\n\'c\': 2\n"yes": 3\n', [{ 'a b': 1, c: 2, yes: 3 }]],
    ['keys with dots, slashes and dashes', 'kubernetes.io/name: x\na-b: 1\nx_y: 2\nZ9: 3\n', [{ 'kubernetes.io/name': 'x', 'a-b': 1, x_y: 2, Z9: 3 }]],
    ['flow collections of scalars', 'a: []\nb: {}\nc: [x, "y", \'z\', 7, yes]\nd: {app: web, "k": 1, m: 0x10}\ne: [ a b , c ]\nf: [ ]\n', [{ a: [], b: {}, c: ['x', 'y', 'z', 7, true], d: { app: 'web', k: 1, m: 16 }, e: ['a b', 'c'], f: [] }]],
    ['a flow value followed by a comment', 'a: [x] # c\nb: {k: v}  # c\n', [{ a: ['x'], b: { k: 'v' } }]],
    ['nested blocks', 'a:\n  b:\n    c: 1\n  d: 2\ne: 3\n', [{ a: { b: { c: 1 }, d: 2 }, e: 3 }]],
    ['a sequence, at the key indent and deeper', 'a:\n- x\n- z\nb:\n  - 1\n  - 2\n', [{ a: ['x', 'z'], b: [1, 2] }]],
    ['compact mappings in a sequence', 'a:\n- name: x\n  port: 80\n- "k": v\n-   deep: 1\n    more: 2\n', [{ a: [{ name: 'x', port: 80 }, { k: 'v' }, { deep: 1, more: 2 }] }]],
    ['empty values', 'a:\nb: # c\nc:\n  -\n  - # c\n  -\nd: 1\n', [{ a: null, b: null, c: [null, null, null], d: 1 }]],
    ['a sequence item with a block below it', '-\n  a: 1\n- x\n', [[{ a: 1 }, 'x']]],
    ['a root sequence', '- a\n- "b"\n- [c]\n', [['a', 'b', ['c']]]],
    ['a quoted scalar item that is no key', '- "a: b"\n- \'c\'\n- a:b\n', [['a: b', 'c', 'a:b']]],
    ['comments and blank lines everywhere', '# head\n\na: 1 # one\n  # deeper\nb:   # open\n\n  # inside\n  c: d\n', [{ a: 1, b: { c: 'd' } }]],
    ['documents, empty ones left out', '---\na: 1\n---\n\n# only a comment\n---  # c\nb: 2\n---\n', [{ a: 1 }, { b: 2 }]],
    ['CRLF line breaks', 'a: 1\r\nb:\r\n  c: "x"\r\n', [{ a: 1, b: { c: 'x' } }]],
    ['a key of MAX_FAST_KEY characters', `${'k'.repeat(MAX_FAST_KEY)}: 1\n`, [{ ['k'.repeat(MAX_FAST_KEY)]: 1 }]],
  ])('%s', (_, text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('reads -0 as the int 0, as v2 does', () => {
    expect(Object.is((values('a: -0\n')![0] as { a: number }).a, 0)).toBe(true);
  });

  it('reads nesting down to MAX_FAST_DEPTH levels, and gives up below', () => {
    const nested = (levels: number) => Array.from({ length: levels }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' x\n';
    expect(values(nested(MAX_FAST_DEPTH + 1))).not.toBeNull();
    expect(values(nested(MAX_FAST_DEPTH + 2))).toBeNull();
  });

  it('reads up to MAX_DOCUMENTS - 1 markers, and gives up at MAX_DOCUMENTS', () => {
    expect(values('---\n'.repeat(MAX_DOCUMENTS - 1))).toEqual([]);
    expect(values('---\n'.repeat(MAX_DOCUMENTS))).toBeNull();
  });

  it('reads a file of MAX_FAST_CHARS characters, and gives up past them', () => {
    const text = (n: number) => `a: 1\n#${'c'.repeat(n - 6)}`;
    expect(values(text(MAX_FAST_CHARS))).toEqual([{ a: 1 }]);
    expect(values(text(MAX_FAST_CHARS + 1))).toBeNull();
  });
});

describe('the fast path gives up (the full parser reads it, with its diagnostics)', () => {
  it.each([
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['an alias', 'a: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['a folded scalar', 'a: >-\n  text\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a line deeper than its block', 'a:\n  b: 1\n    c: 2\n'],
    ['a line deeper after a sequence item', '- a\n  b\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a duplicate key in a flow mapping', 'a: {b: 1, b: 2}\n'],
    ['__proto__ as a key', '__proto__: 1\n'],
    ['__proto__ as a flow key', 'a: {__proto__: 1}\n'],
    ['a key past MAX_FAST_KEY characters', `${'k'.repeat(MAX_FAST_KEY + 1)}: 1\n`],
    ['a key YAML 1.1 reads as a boolean', 'on: push\n'],
    ['a five-letter boolean key', 'FALSE: x\n'],
    ['a null key', '~: x\n'],
    ['a y key', 'y: 1\n'],
    ['a boolean key in a flow mapping', 'a: {yes: 1}\n'],
    ['a numeric key', '80: x\n'],
    ['a key with a blank', 'a b: x\n'],
    ['no blank after the colon', 'a:b\n'],
    ['no blank after a quoted key', '"a":1\n'],
    ['an empty key', ': x\n'],
    ['text after a quoted value', 'a: "x" y\n'],
    ['a # right after a quoted value', 'a: "x"#c\n'],
    ['text after a flow value', 'a: [x] y\n'],
    ['an unclosed double quote', 'a: "x\n'],
    ['an unclosed single quote', "a: 'x\n"],
    ['an escape that is not JSON', 'a: "\\x41"\n'],
    ['a \\u escape', 'a: "\\u0041"\n'],
    ['a backslash at the end of the line', 'a: "x\\\n'],
    ['a nested mapping on one line', 'a: b: c\n'],
    ['a value ending in a colon', 'a: b:\n'],
    ['a nested flow collection', 'a: [[x]]\n'],
    ['a flow mapping in a flow sequence', 'a: [{b: 1}]\n'],
    ['an unclosed flow sequence', 'a: [x\n'],
    ['a comment inside a flow sequence', 'a: [x #c]\n'],
    ['an empty flow item', 'a: [x, ]\n'],
    ['a flow key without a blank after its colon', 'a: {b:1}\n'],
    ['a flow key with a value missing its colon', 'a: {b}\n'],
    ['a flow key that is quoted and odd', 'a: {"b" 1}\n'],
    ['a flow scalar with odd characters', 'a: [x!]\n'],
    ['a compact sequence in a sequence', '- - a\n'],
    ['a compact item with a boolean key', '- yes: 1\n'],
    ['an item that starts with a dash and a blank', 'a: - x\n'],
    ['a dash alone as a value', 'a: -\n'],
    ['a value starting with an indicator', 'a: @x\n'],
    ['a value starting with %', 'a: %x\n'],
    ['a value starting with `', 'a: `x`\n'],
    ['a value starting with ?', 'a: ?x\n'],
    ['a value starting with |', 'a: |x\n'],
    ['a value starting with >', 'a: >x\n'],
    ['a value starting with a comma', 'a: ,x\n'],
    ['a value starting with ]', 'a: ]x\n'],
    ['a value starting with }', 'a: }x\n'],
    ['a value starting with #-like text after a tab', 'a:\t1\n'],
    ['a tab', 'a:\n\tb: 1\n'],
    ['a root scalar', 'hello\n'],
    ['a colon inside a flow scalar', 'a: [x:y]\n'],
    ['a template', 'a: {{ .Values.x }}\n'],
    ['a BOM', '\ufeffa: 1\n'],
    ['U+2028', 'a: 1 # c\u2028b: 2\n'],
    ['U+2029', 'a: 1\u2029'],
    ['U+0085', 'a: 1\u0085'],
    ['a lone CR', 'a: 1\rb: 2\n'],
    ['a NUL byte', 'a: 1\u0000\n'],
    ['a JSON file', '{"a": 1}\n'],
    ['a JSON list', '  [1, 2]\n'],
    ['a % directive', '%YAML 1.1\n---\na: 1\n'],
    ['a ... end marker', 'a: 1\n...\n'],
    ['text after ---', '--- a: 1\n'],
    ['---x', '---x\na: 1\n'],
    ['a less indented line after the root', '  a: 1\nb: 2\n'],
    ['a sequence then a mapping at one indent', '- a\nb: 1\n'],
  ])('%s', (_, text) => {
    expect(parseSimpleDocuments('f.yaml', text)).toBeNull();
  });
});

describe('the fast path gives lines as the full parser does (src/yaml/lines.ts)', () => {
  const POLICY = [
    'apiVersion: networking.k8s.io/v1', // 1
    'kind: NetworkPolicy', // 2
    'metadata:', // 3
    '  name: p', // 4
    'spec:', // 5
    '  podSelector: {}', // 6
    '  ingress:', // 7
    '  - from:', // 8
    '    - podSelector:', // 9
    '        matchLabels:', // 10
    '          app: web', // 11
    '    ports:', // 12
    '    -', // 13
    '      port: 80', // 14
    '',
  ].join('\n');

  it.each([
    // A policy keeps its lines from the start; any other document builds them when asked.
    ['a policy', POLICY, 0],
    ['a policy after a marker and a comment', `# c\n---\n${POLICY}`, 2],
    ['another kind', POLICY.replace('kind: NetworkPolicy', 'kind: NetworkPolicyX'), 0],
  ])('%s', (_, text, shift) => {
    const doc = parseSimpleDocuments('f.yaml', text)!.documents[0]!;
    const at = (path: (string | number)[], key?: 'key') => doc.lineOf(path, key) - shift;
    expect(at([])).toBe(1);
    expect(at(['kind'])).toBe(2);
    expect(at(['metadata'])).toBe(4);
    expect(at(['metadata'], 'key')).toBe(3);
    expect(at(['metadata', 'name'], 'key')).toBe(4);
    expect(at(['spec', 'podSelector'])).toBe(6);
    expect(at(['spec', 'ingress'])).toBe(8);
    expect(at(['spec', 'ingress'], 'key')).toBe(7);
    expect(at(['spec', 'ingress', 0])).toBe(8);
    expect(at(['spec', 'ingress', '0'])).toBe(8);
    expect(at(['spec', 'ingress', 0, 'from', 0, 'podSelector', 'matchLabels'])).toBe(11);
    expect(at(['spec', 'ingress', 0, 'from', 0, 'podSelector', 'matchLabels'], 'key')).toBe(10);
    expect(at(['spec', 'ingress', 0, 'from', 0, 'podSelector', 'matchLabels', 'app'])).toBe(11);
    expect(at(['spec', 'ingress', 0, 'ports', 0])).toBe(14);
    expect(at(['spec', 'ingress', 0, 'ports', 0, 'port'])).toBe(14);
    // A path that does not exist: the deepest ancestor that does.
    expect(at(['spec', 'egress'])).toBe(6);
    expect(at(['spec', 'ingress', 1])).toBe(8);
    expect(at(['spec', 'ingress', ''])).toBe(8);
    expect(at(['spec', 'ingress', -1])).toBe(8);
    expect(at(['spec', 'ingress', 0.5])).toBe(8);
    expect(at(['spec', 'ingress', '1.5'])).toBe(8);
    expect(at(['spec', 'ingress', 'x'])).toBe(8);
    expect(at(['metadata', 'name', 'deeper'])).toBe(4);
    expect(at(['metadata', 0])).toBe(4);
  });

  it('gives the line of a compact mapping item, of a scalar item, and of an empty value', () => {
    const doc = parseSimpleDocuments('f.yaml', 'a:\n- x\n- k: 1\n  j: 2\n-\nb:\nc: # c\n  - y\n')!.documents[0]!;
    expect([doc.lineOf(['a', 0]), doc.lineOf(['a', 1]), doc.lineOf(['a', 1, 'j']), doc.lineOf(['a', 2]), doc.lineOf(['b']), doc.lineOf(['c', 0]), doc.lineOf(['c'], 'key')]).toEqual([2, 3, 4, 5, 6, 8, 7]);
  });
});
