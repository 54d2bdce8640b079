import type { Cluster, Diagnostic } from '../model/types';

/** A file that the pull request renames or moves: its path in base and in head. */
export interface Rename {
  from: string;
  to: string;
}

/** Whether a cluster holds an object the analysis uses: a workload, a NetworkPolicy or a Namespace. */
export function holdsObjects(c: Cluster): boolean {
  return c.workloads.length > 0 || c.policies.length > 0 || (c.tieredPolicies?.length ?? 0) > 0 || [...c.namespaces.values()].some((n) => n.source !== undefined);
}

/**
 * Manifests that the pull request moves out of the analysed paths (k8s/web.yaml renamed to
 * docs/web.txt, or into a dot folder): an error each, on the new path. Without it, a move would
 * make the base's objects vanish from the head, and a forbidden flow opened by the moved
 * workload would never be seen, while the file is still in the repository. `objectFiles` are the
 * base files that hold a Kubernetes object: a renamed file that held none (a package.json
 * renamed to package.json5) is not reported. `headPaths` are the head's analysed paths, read or
 * not: a move that stays inside them is no move out.
 */
export function movedOutDiagnostics(renames: readonly Rename[], objectFiles: ReadonlySet<string>, headPaths: ReadonlySet<string>, globs: readonly string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const r of renames) {
    if (!objectFiles.has(r.from) || headPaths.has(r.to)) continue;
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
