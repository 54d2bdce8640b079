import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors';
import { readBlobs, resolveTree, runGit } from './git';

/** Blobs read per `git cat-file --batch`: bounds memory on a large tree. */
const BATCH = 400;

/**
 * Issue 13: the tree of a revision (or of one folder of it, `prefix`), written to `dest` (an
 * empty temporary folder), so that Helm and Kustomize can render the base side; the work tree is
 * never touched. Files keep their executable bit; a symbolic link is written as a link only
 * when it stays inside the extracted tree (one that leaves it is left out, so nothing rendered
 * can read outside); submodules are left out.
 */
export async function extractGitTree(ref: string, cwd: string, dest: string, prefix = ''): Promise<void> {
  const tree = await resolveTree(ref, cwd);
  const pre = prefix.replace(/^\/+|\/+$/g, '');
  const listing = (await runGit(cwd, ['ls-tree', '-r', '-z', '--full-tree', tree, ...(pre ? ['--', pre] : [])])).toString('utf8').split('\0').filter(Boolean);
  const entries = listing
    .map((e) => {
      const tab = e.indexOf('\t');
      const [mode, type, sha] = e.slice(0, tab).split(/ +/);
      return { mode: mode!, type: type!, sha: sha!, path: e.slice(tab + 1) };
    })
    .filter((e) => !pre || e.path.startsWith(`${pre}/`))
    .map((e) => (pre ? { ...e, path: e.path.slice(pre.length + 1) } : e));
  if (pre && !entries.length) throw new UserError(`git:${ref}:${pre}: not a folder of that revision`);
  const blobs = entries.filter((e) => e.type === 'blob');
  for (let i = 0; i < blobs.length; i += BATCH) {
    const batch = blobs.slice(i, i + BATCH);
    const contents = await readBlobs(batch.map((b) => b.sha), cwd);
    for (const [j, b] of batch.entries()) {
      const file = path.join(dest, b.path);
      const rel = path.relative(dest, file);
      if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
      await fs.mkdir(path.dirname(file), { recursive: true });
      if (b.mode === '120000') {
        const target = contents[j]!.toString('utf8');
        const end = path.resolve(path.dirname(file), target);
        const inside = path.relative(dest, end);
        if (!path.isAbsolute(target) && !inside.startsWith('..') && !path.isAbsolute(inside)) await fs.symlink(target, file);
        continue;
      }
      await fs.writeFile(file, contents[j]!, { mode: b.mode === '100755' ? 0o755 : 0o644 });
    }
  }
}
