import path from 'node:path';
import { readBlobs, resolveTree, runGit } from './git';
import { DEFAULT_GLOBS, globMatcher, inSkippedDir } from './globs';
import { decode, MAX_FILE_BYTES, tooLarge, type ReadResult } from './read-result';

/** A link's target inside the tree (posix, normalized), or null when it leaves the tree. */
function linkTarget(linkPath: string, target: string): string | null {
  if (target.startsWith('/')) return null;
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(linkPath), target));
  return joined === '..' || joined.startsWith('../') ? null : joined;
}

/**
 * Reads the manifests of the tree at a git revision, without touching the work tree. Paths are
 * relative to the repository root; `prefix` limits the tree to a folder. Symbolic links (mode
 * 120000) are never followed.
 */
export async function readGitTree(ref: string, globs: readonly string[] = DEFAULT_GLOBS, cwd = process.cwd(), prefix = ''): Promise<ReadResult> {
  const tree = await resolveTree(ref, cwd);
  const listing = await runGit(cwd, ['ls-tree', '-r', '-z', '-l', '--full-tree', tree, ...(prefix ? ['--', prefix] : [])]);
  const isMatch = globMatcher(globs);
  const out: ReadResult = { files: [], skipped: [] };
  const entries = [];
  for (const entry of listing.toString('utf8').split('\0')) {
    if (!entry) continue;
    const tab = entry.indexOf('\t');
    const [mode, type, sha, size] = entry.slice(0, tab).split(/ +/);
    const p = entry.slice(tab + 1);
    if (type !== 'blob' || inSkippedDir(p)) continue;
    const rel = prefix ? p.slice(prefix.replace(/\/?$/, '/').length) : p;
    entries.push({ mode, sha: sha!, size: Number(size), p, scanned: isMatch(rel) });
  }
  const scanned = new Set(entries.filter((e) => e.scanned && e.mode !== '120000').map((e) => e.p));
  // Every blob needed (links' targets and files within the size limit) in one git process.
  const needed = entries.filter((e) => e.scanned && (e.mode === '120000' || e.size <= MAX_FILE_BYTES));
  const blobs = await readBlobs(needed.map((e) => e.sha), cwd);
  const blobOf = new Map(needed.map((e, i) => [e, blobs[i]!]));
  for (const e of entries) {
    if (!e.scanned) continue;
    if (e.mode === '120000') {
      const target = blobOf.get(e)!.toString('utf8');
      const inTree = linkTarget(e.p, target);
      if (inTree === null) out.skipped.push({ path: e.p, code: 'symlink-outside', reason: 'symbolic link to a path outside the repository; not read' });
      else if (!scanned.has(inTree)) out.skipped.push({ path: e.p, code: 'symlink-not-followed', severity: 'warning', reason: `symbolic link to ${inTree}, which is not scanned; not followed` });
      continue;
    }
    if (e.size > MAX_FILE_BYTES) {
      out.skipped.push(tooLarge(e.p, e.size));
      continue;
    }
    const text = decode(e.p, blobOf.get(e)!, out.skipped);
    if (text !== null) out.files.push({ path: e.p, text });
  }
  return out;
}
