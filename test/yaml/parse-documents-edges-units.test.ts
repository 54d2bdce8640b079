import { describe, expect, it } from 'vitest';
import { parseDocuments } from '../../src/yaml/parse-documents';

// More unit cases for src/yaml/parse-documents.ts (issue 18), readings from the reference reader.

describe('parseDocuments: a JSON stream kubectl refuses', () => {
  it('reports a value that is not JSON on its line (kubectl: "invalid character \'\\n\' in string literal")', () => {
    const r = parseDocuments('f.json', '{"a": 1}\n{"b": "x\ny"}\n');
    expect(r.diagnostics.map((d) => `${d.severity} ${d.code}@${d.line}`)).toEqual(['error json-syntax@2', 'warning json-stream@2']);
  });
});
