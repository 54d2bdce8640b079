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
  // A link to a folder that the pull request adds, moves, or whose files it changes: the files the
  // globs would read through the link count as changed manifests (the readers refuse such a link
  // when the files are not read at their own path, so the fast path must not skip it).
  const throughFolders = links.flatMap((l) => {
    const dir = l.end.via[l.end.via.length - 1]!;
    const hit = l.end.kind === 'directory' && (l.end.via.some((p) => touched.has(p)) || l.under.some((f) => touched.has(`${dir}/${f}`)));
    return hit ? l.under.map((f) => `${l.path}/${f}`).filter((p) => isManifest(p) && !touched.has(p)) : [];
  });
  for (const p of throughFolders) core.info(`${p} is read through a symbolic link to a folder that this pull request changes: analysed as a changed manifest`);
  const added = [...extra.map((l) => l.path), ...throughFolders].map((path) => ({ path, status: 'modified' as const }));
  return { files: [...changed.files, ...added], truncated: false };
}
