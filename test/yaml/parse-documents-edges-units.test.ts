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
