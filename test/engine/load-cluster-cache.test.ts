import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, parseCluster } from '../../src/analyze';
import type { ParsedFile } from '../../src/yaml/parse-documents';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels: {app: web}\nspec:\n  containers: []\n';
const BROKEN = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n';

describe('parseCluster parse cache', () => {
  it('parses a file that did not change once, even under another directory, and keeps each side its own paths', () => {
    const cache = new Map<string, ParsedFile>();
    const base = parseCluster([{ path: 'base/web.yaml', text: POD }, { path: 'base/bad.yaml', text: BROKEN }], DEFAULT_OPTIONS, cache);
    const head = parseCluster([{ path: 'head/web.yaml', text: POD }, { path: 'head/bad.yaml', text: BROKEN }], DEFAULT_OPTIONS, cache);
    expect(cache.size).toBe(2);
    expect(base.workloads.map((w) => w.source)).toEqual([{ file: 'base/web.yaml', line: 1 }]);
    expect(head.workloads.map((w) => w.source)).toEqual([{ file: 'head/web.yaml', line: 1 }]);
    expect(base.diagnostics.map((d) => d.file)).toEqual(base.diagnostics.map(() => 'base/bad.yaml'));
    expect(head.diagnostics.map((d) => d.file)).toEqual(head.diagnostics.map(() => 'head/bad.yaml'));
    expect(head.diagnostics.length).toBeGreaterThan(0);
    expect(head.diagnostics.map((d) => ({ ...d, file: '' }))).toEqual(base.diagnostics.map((d) => ({ ...d, file: '' })));
  });

  it('gives the same clusters with and without the cache', () => {
    const files = [{ path: 'a/web.yaml', text: POD }, { path: 'a/bad.yaml', text: BROKEN }];
    const strip = (c: ReturnType<typeof parseCluster>) => ({ ...c, namespaces: [...c.namespaces.values()] });
    expect(strip(parseCluster(files, DEFAULT_OPTIONS, new Map()))).toEqual(strip(parseCluster(files, DEFAULT_OPTIONS)));
  });
});
