import { describe, expect, it } from 'vitest';
import { parseDocuments } from '../../src/yaml/parse-documents';

// More unit cases for src/yaml/parse-documents.ts (issue 18), readings from the reference reader.

describe('parseDocuments: a JSON stream kubectl refuses', () => {
  it('reports a value that is not JSON on its line (kubectl: "invalid character \'\\n\' in string literal")', () => {
    const r = parseDocuments('f.json', '{"a": 1}\n{"b": "x\ny"}\n');
    expect(r.diagnostics.map((d) => `${d.severity} ${d.code}@${d.line}`)).toEqual(['error json-syntax@2', 'warning json-stream@2']);
  });
});

const codes = (text: string) => parseDocuments('f.yaml', text).diagnostics.map((d) => `${d.severity} ${d.code}@${d.line}`);

describe('parseDocuments: tags, order, refusals (issue 18)', () => {
  it('reads !!timestamp as the text written, as kubectl does (a YAML 1.1 time tag would make it a date)', () => {
    expect(parseDocuments('f.yaml', 'a: !!timestamp 2024-01-01\n')).toMatchObject({ documents: [{ value: { a: '2024-01-01' } }], diagnostics: [] });
  });

  it('refuses !!int 12:30, as kubectl does ("cannot decode !!str `12:30` as a !!int")', () => {
    expect(codes('a: !!int 12:30\n')).toEqual(['error yaml-syntax@1']);
  });

  it('reads 250 sections (the YAML error budget counts error tokens only)', () => {
    const r = parseDocuments('f.yaml', 'a: 1\n---\n'.repeat(250));
    expect(r.diagnostics).toEqual([]);
    expect(r.documents).toHaveLength(250);
  });

  it('sorts the diagnostics by line (the stream problems come first otherwise)', () => {
    expect(codes('a: 1\na: 2\n--- x\n')).toEqual(['error yaml-duplicate-key@2', 'error yaml-separator@3']);
  });

  it.each([
    ['binary data', 'a: 1\nb: \u0000\n'],
    ['too many YAML errors in a template', `${']\n'.repeat(250)}{{- end }}\n`],
    ['too many YAML errors', ']\n'.repeat(250)],
  ])('returns no document from a file it refuses: %s', (_, text) => {
    expect(parseDocuments('f.yaml', text).documents).toEqual([]);
  });

  // 20 duplicate keys (errors) first, then what is past the cap decides the count's severity.
  const dup = (i: number) => `d${i}: 1\nd${i}: 2\n`;
  const ignored = 'x: 1\n...\ny: 2\n';
  const first20 = Array.from({ length: 20 }, (_, i) => dup(i));
  it.each([
    ['only warnings past the cap: a warning', [...first20, ignored, ignored], 'warning'],
    ['a warning then an error past the cap: an error', [...first20, ignored, dup(20)], 'error'],
  ])('%s', (_, sections, severity) => {
    expect(codes(sections.join('---\n')).at(-1)).toMatch(new RegExp(`^${severity} too-many-diagnostics@`));
  });
});

// sigs.k8s.io/yaml turns each document into JSON, which has no NaN or infinity: kubectl refuses
// the document (reference reader: "json: unsupported value: +Inf"), the file's others it reads.
describe('parseDocuments: NaN and infinity, which kubectl refuses (issue 18)', () => {
  const NOT_JSON = 'kubectl refuses this document: JSON has no NaN or infinity (`.nan`, `.inf`), and kubectl reads a document as JSON; the document is not read';

  it.each<[string, string, number]>([
    ['.inf as a value', 'a: .inf\n', 1],
    ['-.Inf in a nested mapping', 'a:\n  b: 1\n  c: -.Inf\n', 3],
    ['.nan in a flow sequence', 'a: 1\nb: [x, .NaN]\n', 2],
    ['!!float .inf', 'a: !!float .inf\n', 1],
    ['an anchored .inf', 'a: &x .inf\nb: 1\n', 1],
  ])('%s', (_, text, line) => {
    expect(parseDocuments('f.yaml', text)).toEqual({ documents: [], diagnostics: [{ severity: 'error', code: 'yaml-not-json', file: 'f.yaml', line, message: NOT_JSON }] });
  });

  it('reads the file\'s other documents, and a quoted ".inf" as a string', () => {
    const r = parseDocuments('f.yaml', "a: '.inf'\n---\nb: .nan\n---\nc: 1.5\n");
    expect(r.documents.map((d) => d.value)).toEqual([{ a: '.inf' }, { c: 1.5 }]);
    expect(codes("a: '.inf'\n---\nb: .nan\n")).toEqual(['error yaml-not-json@3']);
  });
});
