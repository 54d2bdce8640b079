import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENTS, MAX_FILE_DIAGNOSTICS } from '../../src/yaml/guards';
import { parseDocuments } from '../../src/yaml/parse-documents';

// Unit tables for src/yaml/parse-documents.ts (issue 18): the full parser's values as kubectl
// reads them, and each diagnostic with its file, line and severity.

const read = (text: string, maxDepth?: number) => {
  const r = parseDocuments('f.yaml', text, maxDepth === undefined ? {} : { maxDepth });
  return { values: r.documents.map((d) => d.value), diagnostics: r.diagnostics.map((d) => `${d.severity} ${d.code}@${d.file}:${d.line}: ${d.message}`) };
};

describe('parseDocuments: values', () => {
  it.each<[string, string, unknown[]]>([
    ['a BOM at the start of the file', '\ufeffa: 1\n', [{ a: 1 }]],
    ['YAML 1.1 scalars as v2, times as written', 'a: 0o17\nb: y\nc: 2024-01-01\nd: 12:30\ne: 1_000\n', [{ a: 15, b: true, c: '2024-01-01', d: '12:30', e: 1000 }]],
    ['!!int and !!float as v2 reads them', 'a: !!int 0o17\nb: !!float 80\nc: !!str 80\n', [{ a: 15, b: 80, c: '80' }]],
    ['a tab-indented flow mapping (read again with the lines moved)', 'metadata: {\n\tname: a\n}\n', [{ metadata: { name: 'a' } }]],
    ['a single-quoted scalar continued at its key indent', "a:\n  note: 'first\n  second'\n", [{ a: { note: 'first second' } }]],
    ['empty sections and an empty document', '---\n---\n# only a comment\n---\na: 1\n', [{ a: 1 }]],
  ])('%s', (_, text, values) => {
    expect(read(text)).toEqual({ values, diagnostics: [] });
  });

  it('gives lines from the lines of the file, in every section and after a retry', () => {
    const r = parseDocuments('f.yaml', 'a: 1\n---\nb:\n  c: 2\n---\nm: {\n\tk: v,\n\tj: w\n}\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.documents.map((d) => d.lineOf([]))).toEqual([1, 3, 6]);
    expect(r.documents[1]!.lineOf(['b', 'c'])).toBe(4);
    expect(r.documents[2]!.lineOf(['m', 'j'])).toBe(8);
  });
});

const IGNORED =
  'this text is a second document in the same `---` section (after a `...` end marker, or a `---` that only a YAML 1.1 line break such as U+2028 puts at a line start): kubectl and kustomize read only the first document of a section, so it is ignored';

describe('parseDocuments: diagnostics', () => {
  it.each<[string, string, string[]]>([
    ['a NUL byte: the whole file, on line 1', 'a: 1\nb: \u0000\n', ['error binary-file@f.yaml:1: file holds binary data (a NUL byte), not YAML or JSON text']],
    ['U+FFFD: on its line', 'a: 1\nb: 2\nc: \ufffd\n', ['error not-utf8@f.yaml:3: file is not valid UTF-8 text']],
    ['an unclosed quote: where it opens', 'a: 1\nb: "open\nc: 2\nd: 3\n', ['error yaml-syntax@f.yaml:2: YAML syntax error: Missing closing "quote (opened on this line, still open on line 5)']],
    ['an alias before its anchor', 'a: *x\nb: &x 1\n', ['error yaml-syntax@f.yaml:1: document cannot be read: Unresolved alias (the anchor must be set before the alias): x']],
    ['a !!int that is no number', 'a: !!int x\n', ['error yaml-syntax@f.yaml:1: YAML syntax error: cannot decode `x` as a !!int']],
    ['a duplicate key: the document is not read', 'a: 1\n---\nb: 1\nb: 2\n', ['error yaml-duplicate-key@f.yaml:4: duplicate key "b" in a mapping (first on line 3): kubectl keeps the last value and kustomize refuses the file, so it is read differently by kubectl and kustomize; the document is not read']],
    ['text after ---', 'a: 1\n--- b\n', ['error yaml-separator@f.yaml:2: kubectl refuses this file: a line that starts with --- may hold only a comment after it ("invalid Yaml document separator: b")']],
    ['a JSON stream of two, every value read', '{"a": 1}\n\n{"b": 2}\n', ['warning json-stream@f.yaml:3: this file is a stream of 2 JSON objects: kubectl applies them all (and so does flowgate), kustomize reads only the first']],
    ['text after a ... end marker', 'a: 1\n...\nb: 2\n', [`warning yaml-ignored-document@f.yaml:3: ${IGNORED}`]],
    // Issue 18 (security): kubectl cuts at `\n` only; go-yaml v2 reads {a: 1} alone (reference reader).
    ['a --- that a U+2028 puts at a line start', 'a: 1\n# c\u2028---\u2028b: 2\n', [`warning yaml-ignored-document@f.yaml:2: ${IGNORED}`]],
    ['a template', 'a: 1\nb: {{ .Values.x }}\n', ['error template@f.yaml:2: file holds a Go template (`{{ … }}`) and cannot be analysed as it is: render it first (helm template, kustomize build) or leave it out of the manifest globs']],
    ['an unknown tag in a Kubernetes object', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: !odd x\n', ['warning yaml-warning@f.yaml:4: YAML: Unresolved tag: !odd']],
  ])('%s', (_, text, diagnostics) => {
    expect(read(text).diagnostics).toEqual(diagnostics);
  });

  it('reads only the first document where a --- follows a lone CR (kubectl cuts at \\n only)', () => {
    expect(read('a: 1\r---\rb: 2\n')).toEqual({ values: [{ a: 1 }], diagnostics: [`warning yaml-ignored-document@f.yaml:1: ${IGNORED}`] });
  });

  it('says nothing of an unknown tag outside Kubernetes objects', () => {
    expect(read('Resources:\n  B: !Ref x\n')).toEqual({ values: [{ Resources: { B: 'x' } }], diagnostics: [] });
  });

  it('refuses nesting past maxDepth on the line where it goes too deep', () => {
    // The document's mapping, b's mapping, then the lists.
    expect(read('a:\n  b: [x]\n', 3).diagnostics).toEqual([]);
    expect(read('a:\n  b: [[x]]\n', 3).diagnostics).toEqual(['error yaml-too-deep@f.yaml:2: collections nest more than 3 levels deep here; the file is not read']);
  });

  it('refuses more than MAX_DOCUMENTS sections, naming the line where the limit is passed', () => {
    expect(read('a\n---\n'.repeat(MAX_DOCUMENTS + 1)).diagnostics).toEqual([
      `error yaml-too-large@f.yaml:1: the file holds more than ${MAX_DOCUMENTS} documents (the limit is passed on line ${2 * MAX_DOCUMENTS + 1}); it is not read`,
    ]);
  });

  it('keeps MAX_FILE_DIAGNOSTICS diagnostics by line and counts the rest', () => {
    const dups = (n: number) => Array.from({ length: n }, (_, i) => `d${i}: 1\nd${i}: 2\n`).join('---\n');
    expect(read(dups(MAX_FILE_DIAGNOSTICS)).diagnostics).toHaveLength(MAX_FILE_DIAGNOSTICS);
    const one = read(dups(MAX_FILE_DIAGNOSTICS + 1)).diagnostics;
    expect(one).toHaveLength(MAX_FILE_DIAGNOSTICS + 1);
    expect(one.at(-2)).toMatch(/^error yaml-duplicate-key@f\.yaml:59: /);
    expect(one.at(-1)).toBe('error too-many-diagnostics@f.yaml:59: 1 more problem in this file not shown');
    expect(read(dups(MAX_FILE_DIAGNOSTICS + 3)).diagnostics.at(-1)).toBe('error too-many-diagnostics@f.yaml:59: 3 more problems in this file not shown');
  });

  it('counts warnings past the cap as a warning', () => {
    const streams = Array.from({ length: MAX_FILE_DIAGNOSTICS + 2 }, (_, i) => `x${i}: 1\n...\ny: 2\n`).join('---\n');
    const d = read(streams).diagnostics;
    expect(d).toHaveLength(MAX_FILE_DIAGNOSTICS + 1);
    expect(d.at(-1)).toMatch(/^warning too-many-diagnostics@f\.yaml:\d+: 2 more problems in this file not shown$/);
  });
});

describe('parseDocuments: edges (issue 18)', () => {
  it.each<[string, string, unknown[]]>([
    // The reference reader: kubectl reads "hello"; a null document is no object (kubectl leaves it out).
    ['a scalar document', 'hello\n', ['hello']],
    ['a null document', '~\n', []],
  ])('reads %s, as kubectl does, without a diagnostic', (_, text, values) => {
    const r = read(text);
    expect({ values: r.values.filter((v) => v !== null), diagnostics: r.diagnostics }).toEqual({ values, diagnostics: [] });
  });

  it.each([
    ['apiVersion alone', 'apiVersion: v1\nb: !odd x\n'],
    ['kind alone', 'kind: Pod\nb: !odd x\n'],
  ])('says nothing of an unknown tag where a document has %s (no Kubernetes object)', (_, text) => {
    expect(read(text).diagnostics).toEqual([]);
  });

  it.each<[string, string, string[]]>([
    ['an unclosed quote on the last line, without a line break: on that line', 'a: 1\nb: "x', ['error yaml-syntax@f.yaml:2: YAML syntax error: Missing closing "quote']],
    [
      'an unclosed flow mapping: where it opens',
      'a: {b: 1\nc: 2\n',
      ['error yaml-syntax@f.yaml:1: YAML syntax error: Flow map in block collection must be sufficiently indented and end with a } (opened on this line, still open on line 2)'],
    ],
    ['a ... end marker then only a comment: nothing ignored', 'a: 1\n...\n# c\n', []],
    ['a ... end marker then a broken document: ignored, with the warning', 'a: 1\n...\n"x\n', [`warning yaml-ignored-document@f.yaml:3: ${IGNORED}`]],
    ['more than MAX_YAML_ERRORS errors', ']\n'.repeat(250), ['error yaml-too-large@f.yaml:1: the file holds more than 200 YAML errors (the limit is passed on line 201); it is not read']],
    [
      'more than MAX_YAML_ERRORS errors in a template: the template, on its line',
      `${']\n'.repeat(250)}{{- end }}\n`,
      ['error template@f.yaml:251: file holds a Go template (`{{ … }}`) and cannot be analysed as it is: render it first (helm template, kustomize build) or leave it out of the manifest globs'],
    ],
  ])('%s', (_, text, diagnostics) => {
    expect(read(text).diagnostics).toEqual(diagnostics);
  });

  it('keeps a too-deep file too deep when a template line follows (only too many tokens or errors fall back to the template)', () => {
    expect(read('a:\n  b: [[x]]\n{{ end }}\n', 3).diagnostics).toEqual(['error yaml-too-deep@f.yaml:2: collections nest more than 3 levels deep here; the file is not read']);
  });

  it('reads 101 aliases of one list (past the yaml library default count; checkComposed bounds them), as kubectl does', () => {
    const r = read(`a: &x [1]\nb: [${Array(101).fill('*x').join(', ')}]\n`);
    expect(r.diagnostics).toEqual([]);
    expect(r.values).toEqual([{ a: [1], b: Array(101).fill([1]) }]);
  });

  it('reads a tab-indented flow again when a later document of the section is fine (the first is read, the rest ignored)', () => {
    // Reference reader: kubectl reads {a: {b: 1}}.
    expect(read('a: {\n\tb: 1\n}\n...\nc: 1\n')).toEqual({ values: [{ a: { b: 1 } }], diagnostics: [`warning yaml-ignored-document@f.yaml:5: ${IGNORED}`] });
  });

  it('counts the composer errors past MAX_YAML_ERRORS among the problems not shown', () => {
    const d = read(Array.from({ length: 250 }, (_, i) => `k${i}: !!int x\n`).join('')).diagnostics;
    expect(d).toHaveLength(MAX_FILE_DIAGNOSTICS + 1);
    expect(d.at(-1)).toBe(`error too-many-diagnostics@f.yaml:20: ${250 - MAX_FILE_DIAGNOSTICS} more problems in this file not shown`);
  });

  // The scan of a chunk read again is of the moved text: a template is looked for in that text.
  // Reference reader: kubectl reads {k: {a: {b: '{{ x }}'}}}; flowgate took the quoted `{{` for a template.
  it('reads a quoted {{ }} inside a flow collection read again with its lines moved, and finds a template there', () => {
    expect(read('k:\n  a: {\nb: "{{ x }}"\n}\n')).toEqual({ values: [{ k: { a: { b: '{{ x }}' } } }], diagnostics: [] });
    expect(read('k:\n  a: {\nb: "x", c: {{ y }}\n}\n').diagnostics).toEqual([
      'error template@f.yaml:3: file holds a Go template (`{{ … }}`) and cannot be analysed as it is: render it first (helm template, kustomize build) or leave it out of the manifest globs',
    ]);
  });

  // Reference reader: kubectl reads the 250 keys. The first attempt's composer errors (past
  // MAX_YAML_ERRORS) were counted although the retry read the file: "30 more problems" on a valid file.
  it('reads a long tab-indented flow mapping again without counting the first attempt\'s errors', () => {
    const r = read(`a: {\n${Array.from({ length: 250 }, (_, i) => `\tk${i}: v,\n`).join('')}}\n`);
    expect(r.diagnostics).toEqual([]);
    expect(Object.keys((r.values[0] as { a: object }).a)).toHaveLength(250);
  });

  it('counts a line break at the very start of the file as a line', () => {
    expect(read('\nb: 1\nb: 2\n').diagnostics).toEqual([
      'error yaml-duplicate-key@f.yaml:3: duplicate key "b" in a mapping (first on line 2): kubectl keeps the last value and kustomize refuses the file, so it is read differently by kubectl and kustomize; the document is not read',
    ]);
  });
});

