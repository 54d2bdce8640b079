import { describe, expect, it } from 'vitest';
import { analyzeDiff } from '../../src/analyze';
import { movedOutDiagnostics } from '../../src/diff/moved-out';
import type { Diagnostic, SourceFile } from '../../src/model/types';

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
