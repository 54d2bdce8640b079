import { promises as fs } from 'node:fs';
import path from 'node:path';
import { KUSTOMIZATION_FILES } from '../environments/kustomization-refs';
import type { TreeListing } from '../environments/detect-environments';
import { SKIPPED_DIRS } from '../io/globs';
import { parseDocuments } from '../yaml/parse-documents';

/** A repository has far fewer files than this; past it, detection works on what it listed. */
const MAX_LISTED = 200_000;

/** The files of a folder (links not followed) and its kustomizations, for detecting environments. */
export async function listTree(root: string): Promise<TreeListing> {
  const paths: string[] = [];
  const kustomizations = new Map<string, unknown>();
  const queue = [''];
  while (queue.length && paths.length < MAX_LISTED) {
    const rel = queue.shift()!;
    const entries = await fs.readdir(path.join(root, rel), { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name)) queue.push(p);
      } else if (e.isFile()) paths.push(p);
    }
    const k = KUSTOMIZATION_FILES.find((n) => entries.some((e) => e.isFile() && e.name === n));
    if (k) {
      const file = rel ? `${rel}/${k}` : k;
      const text = await fs.readFile(path.join(root, file), 'utf8').catch(() => '');
      kustomizations.set(rel, parseDocuments(file, text).documents[0]?.value ?? null);
    }
  }
  return { paths, kustomizations };
}
