import { describe, expect, it } from 'vitest';
import { analyzeDiff } from '../../src/analyze';
import { holdsObjects, movedOutDiagnostics } from '../../src/diff/moved-out';
import type { Cluster, Diagnostic, SourceFile } from '../../src/model/types';

const WEB = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: prod\n  labels:\n    app: web\n';
const SETTINGS = '{ "retries": 3 }\n';
const GLOBS = ['k8s/**/*.yaml'];

function run(renames: { from: string; to: string }[], head: SourceFile[], headDiagnostics: Diagnostic[] = []) {
  const base = [
    { path: 'k8s/web.yaml', text: WEB },
    { path: 'k8s/settings.yaml', text: SETTINGS },
  ];
  return analyzeDiff({ base, head, headDiagnostics, rules: null, options: { defaultNamespace: 'default' }, failOn: 'new', movedOut: { renames, globs: GLOBS } });
}

describe('manifests moved out of the analysed paths (pure, from the parsed base)', () => {
  it('a manifest renamed out of the globs is an error on its new path', () => {
    const r = run([{ from: 'k8s/web.yaml', to: 'docs/web.txt' }], []);
    expect(r.diagnostics.filter((d) => d.code === 'manifest-moved-out')).toEqual([
      expect.objectContaining({ severity: 'error', file: 'docs/web.txt', line: 1, side: 'head', message: expect.stringContaining('the manifest k8s/web.yaml moved out of the analysed paths (manifests: k8s/**/*.yaml)') }),
    ]);
    expect(r.exitCode).toBe(2);
  });

  it('a move inside the analysed paths, a renamed file without objects, and a path not in base are not reported', () => {
    const inside = run([{ from: 'k8s/web.yaml', to: 'k8s/front/web.yaml' }], [{ path: 'k8s/front/web.yaml', text: WEB }]);
    expect(inside.diagnostics.map((d) => d.code)).not.toContain('manifest-moved-out');
    const noObjects = run([{ from: 'k8s/settings.yaml', to: 'docs/settings.txt' }], [{ path: 'k8s/web.yaml', text: WEB }]);
    expect(noObjects.diagnostics.map((d) => d.code)).not.toContain('manifest-moved-out');
    expect(movedOutDiagnostics([{ from: 'nowhere.yaml', to: 'x.txt' }], new Set(), new Set(), GLOBS)).toEqual([]);
  });

  it('a move onto a head path that could not be read is not a move out (the read error stands)', () => {
    const unreadable: Diagnostic = { severity: 'error', code: 'unreadable-file', file: 'k8s/front/web.yaml', line: 1, message: 'x', side: 'head' };
    const r = run([{ from: 'k8s/web.yaml', to: 'k8s/front/web.yaml' }], [], [unreadable]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['unreadable-file']);
  });
});

describe('moved out: the pieces (issue 18)', () => {
  const empty: Cluster = { namespaces: new Map(), workloads: [], policies: [], diagnostics: [] };

  it('holdsObjects: a workload, a NetworkPolicy, a tiered policy or a Namespace manifest each count; a referenced namespace does not', () => {
    expect(holdsObjects(empty)).toBe(false);
    expect(holdsObjects({ ...empty, tieredPolicies: [] })).toBe(false);
    expect(holdsObjects({ ...empty, namespaces: new Map([['prod', { name: 'prod', labels: {} }]]) })).toBe(false);
    expect(holdsObjects({ ...empty, namespaces: new Map([['prod', { name: 'prod', labels: {}, source: { file: 'ns.yaml', line: 1 } }]]) })).toBe(true);
    expect(holdsObjects({ ...empty, workloads: [{}] } as unknown as Cluster)).toBe(true);
    expect(holdsObjects({ ...empty, policies: [{}] } as unknown as Cluster)).toBe(true);
    expect(holdsObjects({ ...empty, tieredPolicies: [{}] } as unknown as Cluster)).toBe(true);
  });

  it('movedOutDiagnostics: one error per move out, by new path, with the whole message', () => {
    const renames = [
      { from: 'k8s/b.yaml', to: 'docs/b.txt' },
      { from: 'k8s/a.yaml', to: 'docs/c.txt' },
      { from: 'k8s/c.yaml', to: 'docs/a.txt' },
      { from: 'k8s/d.yaml', to: 'k8s/d2.yaml' },
    ];
    const out = movedOutDiagnostics(renames, new Set(['k8s/a.yaml', 'k8s/b.yaml', 'k8s/c.yaml', 'k8s/d.yaml']), new Set(['k8s/d2.yaml']), ['k8s/**/*.yaml', 'deploy/*.yml']);
    expect(out.map((d) => d.file)).toEqual(['docs/a.txt', 'docs/b.txt', 'docs/c.txt']);
    expect(out[1]).toEqual({
      severity: 'error',
      code: 'manifest-moved-out',
      file: 'docs/b.txt',
      line: 1,
      side: 'head',
      message:
        'the manifest k8s/b.yaml moved out of the analysed paths (manifests: k8s/**/*.yaml, deploy/*.yml) to docs/b.txt: its objects would drop out of the analysis unseen. Keep manifests under the manifests globs, or change the globs on the base branch first.',
    });
    // Equal paths keep their order (two files moved onto one path).
    const same = movedOutDiagnostics([{ from: 'k8s/x.yaml', to: 'docs/z.txt' }, { from: 'k8s/y.yaml', to: 'docs/z.txt' }], new Set(['k8s/x.yaml', 'k8s/y.yaml']), new Set(), ['k8s/**']);
    expect(same.map((d) => d.message.slice(0, 23))).toEqual(['the manifest k8s/x.yaml', 'the manifest k8s/y.yaml']);
  });
});
