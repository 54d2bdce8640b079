import * as core from '@actions/core';
import { UserError } from '../errors';
import type { PullFiles } from '../github/pull-files';
import { readTreeLinks } from '../io/read-git-tree';

/**
 * GitHub's list of changed files, plus every manifest that is a symbolic link leading through a
 * changed file: the work tree reads a link as its target, so a pull request that edits only the
 * target of k8s/policy.yaml changes that manifest, though GitHub lists only the target.
 */
export async function withLinkedManifests(workspace: string, changed: PullFiles | null, isManifest: (p: string) => boolean): Promise<PullFiles | null> {
  if (!changed || changed.truncated) return changed;
  let links;
  try {
    links = await readTreeLinks('HEAD', workspace);
  } catch (e) {
    throw new UserError(`cannot list the symbolic links of the work tree (${(e as Error).message})`, { cause: e });
  }
  const touched = new Set(changed.files.flatMap((f) => (f.previousPath === undefined ? [f.path] : [f.path, f.previousPath])));
  const extra = links.filter((l) => isManifest(l.path) && !touched.has(l.path) && l.end.via.some((p) => touched.has(p)));
  for (const l of extra) core.info(`${l.path} is a symbolic link through ${l.end.via.filter((p) => touched.has(p)).join(', ')}, which this pull request changes: analysed as a changed manifest`);
  return { files: [...changed.files, ...extra.map((l) => ({ path: l.path, status: 'modified' as const }))], truncated: false };
}
