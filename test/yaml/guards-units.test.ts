import { Composer, Document, Lexer, LineCounter, Parser } from 'yaml';
import { describe, expect, it } from 'vitest';
import { capComposerErrors, checkComposed, expansionLimit, MIN_EXPANSION_LIMIT, parseStream, textProblem } from '../../src/yaml/guards';

// Unit tables for src/yaml/guards.ts (issue 18): the limits at their edges, and the checks that
// make a composed document read as kubectl reads it (sigs.k8s.io/yaml on go-yaml v2): YAML 1.1
// scalars, duplicate keys, `<<` merges applied in order, null keys. Expected readings are those
// of test/yaml/reference-reader (kubectl's path) for the same text.

function compose(text: string): { doc: Document.Parsed; lineAt: (offset: number) => number } {
  const lc = new LineCounter();
  const tokens = [...new Parser(lc.addNewLine).parse(text)];
  const [doc] = [...new Composer({ version: '1.1', uniqueKeys: false, logLevel: 'error' }).compose(tokens)] as Document.Parsed[];
  return { doc: doc!, lineAt: (o) => lc.linePos(o).line };
}

/** Problems as `code@line: message`, and the document's value once checked (null when a problem stops it). */
function check(text: string, maxProblems?: number, depth?: number, aliases?: number): { problems: string[]; value: unknown } {
  const { doc, lineAt } = compose(text);
  const problems = checkComposed(doc, lineAt, maxProblems, depth, aliases).map((p) => `${p.code}@${lineAt(p.offset)}: ${p.message}`);
  return { problems, value: problems.length ? null : doc.toJS({ maxAliasCount: -1 }) };
}

describe('textProblem', () => {
  it.each([
    ['plain text', 'a: 1\n', null],
    ['a NUL byte, wherever it is', 'a: 1\nb: \u0000\n', { offset: 0, code: 'binary-file', message: 'file holds binary data (a NUL byte), not YAML or JSON text' }],
    ['U+FFFD at its offset', 'a: 1\nb: \ufffd\n', { offset: 8, code: 'not-utf8', message: 'file is not valid UTF-8 text' }],
    ['a NUL byte first', '\u0000a', { offset: 0, code: 'binary-file', message: 'file holds binary data (a NUL byte), not YAML or JSON text' }],
    ['U+FFFD first', '\ufffd', { offset: 0, code: 'not-utf8', message: 'file is not valid UTF-8 text' }],
    ['both: the NUL byte wins', 'a\ufffd\u0000', { offset: 0, code: 'binary-file', message: 'file holds binary data (a NUL byte), not YAML or JSON text' }],
  ])('%s', (_, text, expected) => {
    expect(textProblem(text)).toEqual(expected);
  });
});

describe('parseStream', () => {
  const TEXT = 'a: 1\nb:\n  - c\n';
  const lexemes = [...new Lexer().lex(TEXT)].length;

  it('reports every line start, from 0, and counts the lexemes it read', () => {
    const starts: number[] = [];
    const tokens: string[] = [];
    const end = parseStream(
      TEXT,
      (o) => starts.push(o),
      (t) => tokens.push(t.type) > 0,
    );
    expect(starts).toEqual([0, 5, 8, 14]);
    expect(end).toEqual({ end: 'done', lexemes });
    expect(tokens).toEqual(['document']);
  });

  it('reads exactly maxLexemes lexemes, and stops at one more', () => {
    expect(parseStream(TEXT, () => {}, () => true, 10, lexemes)).toEqual({ end: 'done', lexemes });
    expect(parseStream(TEXT, () => {}, () => true, 10, lexemes - 1)).toMatchObject({ end: 'too-large' });
  });

  it('stops when told to, also on a token that only the end of the text completes', () => {
    expect(parseStream('a: 1', () => {}, () => false)).toEqual({ end: 'stopped', offset: 0 });
    // The second document is complete when the third starts: stopped there, at its offset.
    expect(parseStream('a\n---\nb\n---\nc\n', () => {}, (t) => t.offset === 0)).toEqual({ end: 'stopped', offset: 2 });
  });

  it('takes the depth limit as collections open below the document', () => {
    expect(parseStream('[[x]]', () => {}, () => true, 2)).toMatchObject({ end: 'done' });
    expect(parseStream('[[[x]]]', () => {}, () => true, 2)).toEqual({ end: 'too-deep', offset: 3 });
  });
});

describe('capComposerErrors', () => {
  const errors = (n: number) => `a: "${'\\q'.repeat(n)}"\n`;

  it.each([
    [2, 5, 2, 0],
    [5, 5, 5, 0],
    [6, 5, 5, 1],
  ])('%d errors with a cap of %d: %d kept, %d dropped', (n, max, kept, dropped) => {
    const composer = new Composer({ version: '1.1' });
    const count = capComposerErrors(composer, max);
    const [doc] = [...composer.compose(new Parser().parse(errors(n)))];
    expect(doc!.errors).toHaveLength(kept);
    expect(count()).toBe(dropped);
  });

  it('keeps a warning a warning', () => {
    const composer = new Composer({ version: '1.1' });
    capComposerErrors(composer, 5);
    const [doc] = [...composer.compose(new Parser().parse('a: !unknown x\n'))];
    expect(doc!.errors).toEqual([]);
    expect(doc!.warnings.map((w) => w.code)).toEqual(['TAG_RESOLVE_FAILED']);
  });

  it('leaves a composer without the private handler as it is', () => {
    const other = {};
    const count = capComposerErrors(other as Composer, 3);
    expect(other).toEqual({});
    expect(count()).toBe(0);
  });
});

describe('expansionLimit', () => {
  it.each([
    [0, MIN_EXPANSION_LIMIT],
    [100_000, 1_000_000],
    [100_001, 1_000_010],
    [250_000, 2_500_000],
  ])('%d written nodes may expand to %d', (written, limit) => {
    expect(expansionLimit(written)).toBe(limit);
  });
});

describe('checkComposed: scalars and keys as kubectl reads them', () => {
  it.each([
    ['YAML 1.1 numbers and words (v2), tags and quotes kept', 'a: 0o17\nb: !!str 0o17\nc: "0o17"\nd: yes\ne: 0X50\nf: +12\n', { a: 15, b: '0o17', c: '0o17', d: true, e: 80, f: 12 }],
    ['a key 15 and a key 0o17: one JSON key', '15: a\n0o17: b\n', null],
    ['keys yes and true: one JSON key "true"', 'yes: a\ntrue: b\n', null],
    ['a quoted "1" and a plain 1: one JSON key', '1: a\n"1": b\n', null],
    ['a quoted "~" key is the string ~', 'm: {"~": a}\n', { m: { '~': 'a' } }],
    ['an empty quoted key is the string ""', '"": a\n', { '': 'a' }],
  ])('%s', (_, text, value) => {
    const r = check(text);
    if (value === null) expect(r.problems).toEqual([expect.stringMatching(/^yaml-duplicate-key@2: /)]);
    else expect(r).toEqual({ problems: [], value });
  });

  it('names the duplicate key, the line of the first, and cuts a long key at 40 characters', () => {
    const k40 = 'k'.repeat(40);
    const k41 = 'k'.repeat(41);
    expect(check(`x: 1\n${k40}: a\n${k40}: b\n`).problems).toEqual([
      `yaml-duplicate-key@3: duplicate key "${k40}" in a mapping (first on line 2): kubectl keeps the last value and kustomize refuses the file, so it is read differently by kubectl and kustomize`,
    ]);
    expect(check(`${k41}: a\n${k41}: b\n${k41}: c\n`).problems).toEqual([
      `yaml-duplicate-key@2: duplicate key "${k40}…" in a mapping (first on line 1): kubectl keeps the last value and kustomize refuses the file, so it is read differently by kubectl and kustomize`,
      `yaml-duplicate-key@3: duplicate key "${k40}…" in a mapping (first on line 1): kubectl keeps the last value and kustomize refuses the file, so it is read differently by kubectl and kustomize`,
    ]);
  });

  it.each([
    ['~: a\n', 1],
    ['m: {null: a}\n', 1],
    ['m:\n  NULL: a\n  b: c\n', 2],
    ['? \n: a\n', 1],
    ['m:\n  ? ~\n  : a\n', 2],
    ['m: {!!null ~: a}\n', 1],
  ])('a null key in %j: kubectl refuses the document', (text, line) => {
    expect(check(text).problems).toEqual([`yaml-null-key@${line}: a mapping key that is null (\`~\`, \`null\` or nothing) cannot be a JSON key, so kubectl refuses the document`]);
  });
});

describe('checkComposed: << merges as go-yaml v2 applies them (in order)', () => {
  it.each([
    ['a merge after a key replaces it', 'm: {app: api, <<: {app: web}}\n', { m: { app: 'web' } }],
    ['a key after a merge stays', 'm: {<<: {app: web}, app: api}\n', { m: { app: 'api' } }],
    ['an alias of a mapping', 'b: &b {x: 1, z: 2}\nm:\n  x: 0\n  <<: *b\n', { b: { x: 1, z: 2 }, m: { x: 1, z: 2 } }],
    ['a list of aliases', 'b: &b {x: 1}\nc: &c {z: 2}\nm:\n  x: 0\n  z: 0\n  <<: [*b, *c]\n', { b: { x: 1 }, c: { z: 2 }, m: { x: 1, z: 2 } }],
    ['a list of mappings: the first wins', 'm:\n  x: 0\n  <<: [{x: 1}, {x: 2}]\n', { m: { x: 1 } }],
    ['a merge of other keys keeps the written one', 'm:\n  x: 0\n  <<: {z: 1}\n', { m: { x: 0, z: 1 } }],
    ['a merged key 0o17 replaces a key 15 (v2 reads both as 15)', 'm: {15: a, <<: {0o17: b}}\n', { m: { 15: 'b' } }],
    ['a merged key 0X50 replaces a key 80', 'm:\n  80: a\n  <<: {0X50: b}\n', { m: { 80: 'b' } }],
    ['a merged 1 replaces a quoted "1"', 'm:\n  "1": a\n  <<: {1: b}\n', { m: { 1: 'b' } }],
    ['an anchored mapping whose key v2 reads otherwise', 'b: &b {0o17: b}\nm:\n  15: a\n  <<: *b\n', { b: { 15: 'b' }, m: { 15: 'b' } }],
    ['a merge inside a merged mapping', 'm: {app: api, <<: {<<: {app: web}}}\n', { m: { app: 'web' } }],
    ['a merge inside a merged mapping, with more keys', 'm:\n  a: 0\n  <<: {<<: {a: 1}, b: 2}\n', { m: { a: 1, b: 2 } }],
    ['a merge inside an anchored mapping merged later', 'b: &b {<<: {a: 1}}\nm: {a: 0, <<: *b}\n', { b: { a: 1 }, m: { a: 1 } }],
    ['aliases as keys', 'x: &k a\nz: &j b\n*k : 1\n*j : 2\n', { x: 'a', z: 'b', a: 1, b: 2 }],
  ])('%s', (_, text, value) => {
    expect(check(text)).toEqual({ problems: [], value });
  });

  it.each([
    ['with a key in common', 'm:\n  <<: {x: 1}\n  <<: {x: 2}\n'],
    ['with other keys', 'x: &x {a: 1}\ny: &y {b: 2}\nz:\n  <<: *x\n  <<: *y\n'],
  ])('two merges in one mapping %s: kustomize refuses the file (kubectl applies both in order)', (_, text) => {
    const line = text.split('\n').findLastIndex((l) => l.trimStart().startsWith('<<')) + 1;
    expect(check(text).problems).toEqual([
      `yaml-duplicate-key@${line}: duplicate merge key "<<" in a mapping (first on line ${line - 1}): kubectl applies both in order and kustomize refuses the file, so it is read differently by kubectl and kustomize`,
    ]);
  });

  it('a quoted "<<" is a key like any other, not a merge', () => {
    expect(check('m: {<<: {a: 1}, "<<": x}\n')).toEqual({ problems: [], value: { m: { a: 1, '<<': 'x' } } });
  });

  it('a merge of a mapping that merges itself is a cycle, not a loop', () => {
    expect(check('a: &a {<<: *a}\n').problems).toEqual(['yaml-alias-cycle@1: alias *a stands inside the node its anchor names: the value would contain itself']);
  });

  it('a merge of a scalar brings no keys (kubectl refuses it; the yaml library does too)', () => {
    const { doc, lineAt } = compose('a: &a x\nm: {b: 1, <<: *a}\n');
    expect(checkComposed(doc, lineAt)).toEqual([]);
    expect(() => doc.toJS({ maxAliasCount: -1 })).toThrow();
  });

  it('a merge of a list of lists brings no keys (kubectl refuses it; the yaml library does too)', () => {
    const { doc, lineAt } = compose('m:\n  x: 0\n  <<: [[{x: 1}]]\n');
    expect(checkComposed(doc, lineAt)).toEqual([]);
    expect(() => doc.toJS({ maxAliasCount: -1 })).toThrow();
  });
});

describe('checkComposed: structure and limits', () => {
  it.each([
    ['a list as a key', '? [a, b]\n: c\n', ['yaml-complex-key@1: a mapping key that is itself a list or a mapping cannot be JSON, so Kubernetes cannot read it']],
    ['an alias of a mapping as a key', 'x: &k {a: 1}\n*k : 2\n', ['yaml-complex-key@2: a mapping key that is itself a list or a mapping cannot be JSON, so Kubernetes cannot read it']],
    ['an alias inside its own anchor', 'a: &a\n  b: *a\n', ['yaml-alias-cycle@2: alias *a stands inside the node its anchor names: the value would contain itself']],
    ['an alias of an earlier sibling', 'a: &a [x]\nb: *a\n', []],
    ['a duplicate key in a mapping in a list', 'a:\n- b: 1\n  b: 2\n', ['yaml-duplicate-key@3: duplicate key "b" in a mapping (first on line 2): kubectl keeps the last value and kustomize refuses the file, so it is read differently by kubectl and kustomize']],
  ])('%s', (_, text, expected) => {
    expect(check(text).problems).toEqual(expected);
  });

  it('stops looking after maxProblems problems, and checks the limits only when there were none', () => {
    const text = 'a: {x: 1, x: 2}\nb: {x: 1, x: 2}\nc: {x: 1, x: 2}\nd: [*n, *n, *n, *n]\n';
    const lines = (maxProblems?: number) => check(text, maxProblems, 4, 2).problems.map((p) => p.split(':')[0]);
    expect(lines(1)).toEqual(['yaml-duplicate-key@1']);
    expect(lines(2)).toEqual(['yaml-duplicate-key@1', 'yaml-duplicate-key@2']);
    expect(lines()).toEqual(['yaml-duplicate-key@1', 'yaml-duplicate-key@2', 'yaml-duplicate-key@3']);
  });

  it.each([
    ['aliases at the limit', 'a: &a x\nb: [*a, *a, *a]\n', 3, []],
    ['one alias past the limit', 'a: &a x\nb: [*a, *a, *a, *a]\n', 3, ['yaml-alias-limit@1: the document holds 4 aliases and 1 anchors; at most 3 of each are read']],
    ['anchors at the limit', 'a: &a x\nb: &b y\nc: &c z\n', 3, []],
    ['one anchor past the limit', 'a: &a x\nb: &b y\nc: &c z\nd: &d [w]\n', 3, ['yaml-alias-limit@1: the document holds 0 aliases and 4 anchors; at most 3 of each are read']],
  ])('%s', (_, text, limit, expected) => {
    expect(check(text, 100, 10, limit).problems).toEqual(expected);
  });

  it.each([
    // Heights with aliases expanded: a 1, b 2, c 3, d 4, the document 5.
    [5, []],
    [4, ['yaml-too-deep@1: with its aliases expanded the document nests 5 levels deep, more than the limit of 4']],
  ])('an alias chain five levels deep, with a depth limit of %d', (limit, expected) => {
    expect(check('a: &a [x]\nb: &b [*a]\nc: &c {k: *b}\nd: [*c]\n', 100, limit).problems).toEqual(expected);
  });

  it('measures the depth of an alias by the anchor it names at that point of the document', () => {
    // `*x` in m names the key `k` (a scalar), not the list anchored before it.
    expect(check('l: &x [[1]]\nm: {&x k: *x}\n', 100, 3).problems).toEqual([]);
    expect(check('l: &x [[1]]\nm: {k: *x}\n', 100, 3).problems).toEqual(['yaml-too-deep@1: with its aliases expanded the document nests 4 levels deep, more than the limit of 3']);
  });

  it('lets a document expand to the limit, and no node past it', () => {
    // 4 + 998 × (N + 1) nodes: the root, two keys, the anchored list of 997 scalars (998 nodes),
    // and a list of N aliases of it. N = 1001 gives exactly MIN_EXPANSION_LIMIT.
    const text = (n: number) => `a: &a [${Array(997).fill('x').join(', ')}]\nb: [${Array(n).fill('*a').join(', ')}]\n`;
    expect(check(text(1001)).problems).toEqual([]);
    expect(check(text(1002)).problems).toEqual(['yaml-alias-limit@1: its aliases expand 2004 written nodes to 1.00e+6 (an alias bomb?)']);
  });

  it('counts a key with no value as one written node', () => {
    const text = `a: &a [${Array(997).fill('x').join(', ')}]\nb: [${Array(1002).fill('*a').join(', ')}]\n? k\n`;
    expect(check(text).problems).toEqual(['yaml-alias-limit@1: its aliases expand 2005 written nodes to 1.00e+6 (an alias bomb?)']);
  });

  it('checks a document built in code (no source ranges), and one with no content', () => {
    expect(checkComposed(new Document({ a: [1, 2] }) as Document.Parsed, () => 1)).toEqual([]);
    expect(checkComposed(new Document(null) as Document.Parsed, () => 1)).toEqual([]);
  });

  it('stops a billion laughs, counting what is written', () => {
    let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 8; i++) text += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    // Written: the root, 8 keys, 8 lists, 10 scalars, 70 aliases; expanded: 1 + 8 + 11 + 111 + … + 111111111.
    expect(check(text).problems).toEqual(['yaml-alias-limit@1: its aliases expand 97 written nodes to 1.23e+8 (an alias bomb?)']);
  });
});

// sigs.k8s.io/yaml makes a JSON key of a number key its own way (convertToJSONableObject): an
// int exactly, a float as strconv.FormatFloat(f, 'g', -1, 32), which kustomize does not (go-yaml
// v3 keeps more digits, `kubectl kustomize` refuses a key that is no string); a uint64 it refuses.
// Readings from the reference reader.
describe('checkComposed: number keys as kubectl makes JSON keys of them (issue 18)', () => {
  it.each([
    ['float keys written as kubectl writes them', 'm: {1.5: a, 1e+06: b, .inf: c}\n', { m: { '1.5': 'a', '1e+06': 'b', '.inf': 'c' } }],
    ['an int key past 2^53, exactly', '9007199254740993: a\n', { '9007199254740993': 'a' }],
    ['a quoted key as written', '"3.14159265": a\n', { '3.14159265': 'a' }],
  ])('%s', (_, text, value) => {
    expect(check(text)).toEqual({ problems: [], value });
  });

  const FLOAT = (written: string, key: string) => `mapping key ${written} is a float, which kubectl makes the key "${key}" and kustomize reads otherwise, so it is read differently by kubectl and kustomize: quote it`;
  it.each([
    ['a float32 rounding', 'm: {3.14159265: a}\n', 1, '3.14159265', '3.1415927'],
    ['a float in exponent form from 1e6', 'm:\n  x: 1\n  1000000.0: a\n', 3, '1000000.0', '1e+06'],
    ['-0.0', '-0.0: a\n', 1, '-0.0', '-0'],
    ['a merged float key', 'm: {b: 1, <<: {123456789.0: a}}\n', 1, '123456789.0', '1.2345679e+08'],
  ])('a float key kubectl writes otherwise: %s', (_, text, line, written, key) => {
    expect(check(text).problems).toEqual([`yaml-float-key@${line}: ${FLOAT(written, key)}`]);
  });

  it.each([
    ['m:\n  9223372036854775808: a\n', 2],
    ['m: {b: 1, <<: {9223372036854775808: a}}\n', 1],
  ])('an int key past int64 (a uint64 to v2) in %j: kubectl refuses the document', (text, line) => {
    expect(check(text).problems).toEqual([`yaml-uint64-key@${line}: a mapping key that is an int past int64 cannot be a JSON key to kubectl ("Unsupported map key of type: uint64"), so it refuses the document`]);
  });
});
