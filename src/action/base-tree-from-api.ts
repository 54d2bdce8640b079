import { promises as fs } from 'node:fs';
import path from 'node:path';
import { baseEdits, fetchFileAt } from '../github/base-files';
import type { GitHubClient } from '../github/client';
import type { PullFile } from '../github/pull-files';
import type { RepoRef } from '../github/pull-request';
import { isInside } from '../render/find-program';

/** Parallel content requests (the throttling plugin caps the client at 10 anyway). */
const CONCURRENCY = 8;

/**
 * The file paths of the base commit's tree, from the head's and the pull request's changed files
 * (no request): what environment detection needs to know whether the base renders anything.
 */
export function basePathsFromHead(head: readonly string[], changed: readonly PullFile[]): string[] {
  const { drop, read } = baseEdits(changed);
  return [...new Set([...head.filter((p) => !drop.has(p)), ...read])].sort();
}

/** Copies the work tree (no .git) to `dest`: files, and links that stay inside it. */
async function copyTree(src: string, dest: string): Promise<void> {
  const queue = [''];
  while (queue.length) {
    const rel = queue.shift()!;
    const entries = await fs.readdir(path.join(src, rel), { withFileTypes: true });
    for (const e of entries) {
      const p = path.join(rel, e.name);
      if (e.isDirectory()) {
        if (e.name === '.git') continue;
        await fs.mkdir(path.join(dest, p), { recursive: true });
        queue.push(p);
      } else if (e.isFile()) {
        await fs.copyFile(path.join(src, p), path.join(dest, p));
        await fs.chmod(path.join(dest, p), (await fs.stat(path.join(src, p))).mode & 0o777);
      } else if (e.isSymbolicLink()) {
        // As extract-git-tree: a link is kept only when it stays inside the tree.
        const target = await fs.readlink(path.join(src, p));
        if (!path.isAbsolute(target) && isInside(path.resolve(dest, path.dirname(p), target), dest)) await fs.symlink(target, path.join(dest, p));
      }
    }
  }
}

/**
 * Issue 13, when git cannot fetch the base commit (a shallow clone without credentials): the
 * base commit's whole tree rebuilt in `dest` (an empty temporary folder) from the work tree and
 * the pull request's changed files, each read at the base commit through the contents API:
 * added files dropped, removed and modified ones written as the base has them, a renamed file
 * back at its old path. `changed` must be GitHub's complete list. Every file may matter to a
 * render (a chart's values, a template, a patch), so every changed file is read, manifest or
 * not. Returns the number of files read through the API.
 */
export async function writeBaseTreeFromHead(client: GitHubClient, repo: RepoRef, baseSha: string, changed: readonly PullFile[], workspace: string, dest: string): Promise<number> {
  await copyTree(workspace, dest);
  const { drop, read } = baseEdits(changed);
  const inside = (p: string) => !path.isAbsolute(p) && isInside(path.resolve(dest, p), dest) && path.resolve(dest, p) !== path.resolve(dest) && !p.split('/').includes('.git');
  for (const p of drop) if (inside(p)) await fs.rm(path.join(dest, p), { recursive: true, force: true });
  const paths = [...read].filter(inside).sort();
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const p = paths[next++]!;
      const text = await fetchFileAt(client, repo, baseSha, p);
      if (text === null) continue;
      const file = path.join(dest, p);
      await fs.mkdir(path.dirname(file), { recursive: true });
      // A folder of the head where the base has a file (or a link in the way): the base's file wins.
      await fs.rm(file, { recursive: true, force: true });
      await fs.writeFile(file, text);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, paths.length) }, worker));
  return paths.length;
}
