import { DEFAULT_OPTIONS, parseCluster, type SourceFile } from '../analyze';
import type { PullFiles } from '../github/pull-files';
import type { Diagnostic } from '../model/types';
import type { Side } from './read-sides';

/** A file that the pull request renames or moves: its path in base and in head. */
export interface Rename {
  from: string;
  to: string;
}

/** The renames in GitHub's list of the pull request's files. */
export function renamesOf(changed: PullFiles): Rename[] {
  return changed.files.filter((f) => f.status === 'renamed' && f.previousPath !== undefined).map((f) => ({ from: f.previousPath!, to: f.path }));
}

/** Whether a file holds an object the analysis uses: a workload, a NetworkPolicy or a Namespace. */
function holdsObjects(file: SourceFile): boolean {
  const c = parseCluster([file], DEFAULT_OPTIONS);
  return c.workloads.length > 0 || c.policies.length > 0 || [...c.namespaces.values()].some((n) => n.source !== undefined);
}

/**
 * Manifests that the pull request moves out of the analysed paths (k8s/web.yaml renamed to
 * docs/web.txt, or into a dot folder): an error each, on the new path. Without it, a move would
 * make the base's objects vanish from the head, and a forbidden flow opened by the moved
 * workload would never be seen, while the file is still in the repository. A base file that
 * held no Kubernetes object (a package.json renamed to package.json5) is not reported.
 */
export function movedOutDiagnostics(renames: readonly Rename[], base: readonly SourceFile[], head: Side, globs: readonly string[]): Diagnostic[] {
  const baseFiles = new Map(base.map((f) => [f.path, f]));
  const headPaths = new Set([...head.files.map((f) => f.path), ...head.diagnostics.map((d) => d.file)]);
  const out: Diagnostic[] = [];
  for (const r of renames) {
    const was = baseFiles.get(r.from);
    if (!was || headPaths.has(r.to) || !holdsObjects(was)) continue;
    out.push({
      severity: 'error',
      code: 'manifest-moved-out',
      file: r.to,
      line: 1,
      side: 'head',
      message:
        `the manifest ${r.from} moved out of the analysed paths (manifests: ${globs.join(', ')}) to ${r.to}: its objects would drop out of the analysis unseen. ` +
        'Keep manifests under the manifests globs, or change the globs on the base branch first.',
    });
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
