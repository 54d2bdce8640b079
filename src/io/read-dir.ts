import { promises as fs, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors';
import { DEFAULT_GLOBS, globMatcher, inSkippedDir, SKIPPED_DIRS } from './globs';
import { dotPathMatcher, dotPathPolicy, dotPathTooLarge } from './dot-paths';
import { decode, linkedFolder, MAX_FILE_BYTES, tooLarge, type ReadResult } from './read-result';

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}

function inside(root: string, target: string): boolean {
  return target === root || target.startsWith(root + path.sep);
}

/** Reads one regular file, checking its size first so a huge file is never loaded. */
async function readRegular(full: string, rel: string, out: ReadResult): Promise<void> {
  try {
    // Synchronous on purpose: tens of thousands of small files read through the thread pool
    // cost more in thread wake-ups than in reading.
    const st = statSync(full);
    if (st.size > MAX_FILE_BYTES) {
      out.skipped.push(tooLarge(rel, st.size));
      return;
    }
    const text = decode(rel, readFileSync(full), out.skipped);
    if (text !== null) out.files.push({ path: rel, text });
  } catch (e) {
    out.skipped.push({ path: rel, code: 'unreadable-file', reason: `cannot read the file (${errorCode(e)})` });
  }
}

interface Walk {
  /** The directory as given (paths are matched relative to it) and its real path. */
  abs: string;
  root: string;
  base: string;
  isScanned: (relToAbs: string) => boolean;
  /** A file the globs would read but for a dot in its path (dot-paths.ts). */
  isDotPath: (relToAbs: string) => boolean;
  /** Dot-path files found, checked once the walk is over (unless a link read them). */
  dotPaths: { full: string; rel: string }[];
  /** Real paths of the files read through a link. */
  linked: Set<string>;
  out: ReadResult;
}

/** A dot-path file: an error when it holds a policy or is too large to tell (dot-paths.ts); otherwise not read. */
function checkDotPath(full: string, rel: string, out: ReadResult): void {
  try {
    const size = statSync(full).size;
    if (size > MAX_FILE_BYTES) return void out.skipped.push(dotPathTooLarge(rel, size));
    const problem = dotPathPolicy(rel, readFileSync(full, 'utf8'));
    if (problem) out.skipped.push(problem);
  } catch {
    // Unreadable: not a manifest the globs name, so nothing is lost that kubectl could read either.
  }
}

/**
 * A symbolic link is never followed out of the scanned directory (a pull request could point one
 * at /etc/passwd or ../secret.yaml), and never followed into a directory (no loops). A link to a
 * file that is scanned anyway is left alone, so that its objects are not read twice.
 */
async function readLink(w: Walk, full: string): Promise<void> {
  const rel = toPosix(path.relative(w.base, full));
  const matches = w.isScanned(toPosix(path.relative(w.abs, full)));
  const target = await fs.realpath(full).catch(() => null);
  const st = target ? await fs.stat(target).catch(() => null) : null;
  if (!target || !st) {
    if (matches) w.out.skipped.push({ path: rel, code: 'unreadable-file', severity: 'warning', reason: 'symbolic link to nothing (broken link); not read' });
    return;
  }
  if (!inside(w.root, target)) {
    if (st.isDirectory()) {
      w.out.skipped.push({ path: rel, code: 'symlink-outside', severity: 'warning', reason: 'symbolic link to a directory outside the scanned directory; not followed, manifests in it are not analysed' });
    } else if (matches) {
      w.out.skipped.push({ path: rel, code: 'symlink-outside', reason: 'symbolic link to a file outside the scanned directory; not read' });
    }
    return;
  }
  if (st.isDirectory()) {
    const hidden = hiddenBehind(w, full, target);
    if (hidden.length) w.out.skipped.push(linkedFolder(rel, hidden));
    return;
  }
  if (!matches || !st.isFile() || w.isScanned(toPosix(path.relative(w.root, target)))) return;
  w.linked.add(target);
  await readRegular(target, rel, w.out);
}

/** The regular files under a folder, links not followed, the folders never read skipped. */
function filesUnder(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return SKIPPED_DIRS.has(e.name) ? [] : filesUnder(full);
    return e.isFile() ? [full] : [];
  });
}

/**
 * The files under a linked folder inside the tree that the globs would read through the link but
 * that are not read at their own path (read-git-tree.ts checks a revision the same way).
 */
function hiddenBehind(w: Walk, link: string, target: string): string[] {
  const viaLink = toPosix(path.relative(w.abs, link));
  return filesUnder(target)
    .filter((f) => w.isScanned(`${viaLink}/${toPosix(path.relative(target, f))}`) && !w.isScanned(toPosix(path.relative(w.root, f))))
    .map((f) => toPosix(path.relative(w.root, f)));
}

async function walkDir(w: Walk, dir: string): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    w.out.skipped.push({ path: toPosix(path.relative(w.base, dir)) || '.', code: 'unreadable-file', reason: `cannot read the directory (${errorCode(e)})` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    // Dirents describe the entry itself (lstat): a link to a directory is a link, not a directory.
    if (e.isDirectory()) {
      if (!SKIPPED_DIRS.has(e.name)) await walkDir(w, full);
    } else if (e.isSymbolicLink()) {
      await readLink(w, full);
    } else if (e.isFile() && w.isScanned(toPosix(path.relative(w.abs, full)))) {
      await readRegular(full, toPosix(path.relative(w.base, full)), w.out);
    } else if (e.isFile() && w.isDotPath(toPosix(path.relative(w.abs, full)))) {
      w.dotPaths.push({ full, rel: toPosix(path.relative(w.base, full)) });
    }
  }
}

/**
 * Reads the manifests under each path: a file is read as it is; a directory is walked for files
 * matching the globs (relative to it), skipping node_modules and .git and never following a
 * symbolic link out of the directory. Paths in the result are relative to `base`. Files that
 * cannot be read are in `skipped`, never thrown.
 */
export async function readManifestFiles(paths: readonly string[], globs: readonly string[] = DEFAULT_GLOBS, base = process.cwd()): Promise<ReadResult> {
  const out: ReadResult = { files: [], skipped: [] };
  const isMatch = globMatcher(globs);
  const isDot = dotPathMatcher(globs);
  for (const given of paths) {
    const abs = path.resolve(base, given);
    let st;
    try {
      st = await fs.stat(abs);
    } catch {
      throw new UserError(`${given}: no such file or directory`);
    }
    if (st.isFile()) {
      await readRegular(abs, toPosix(path.relative(base, abs)) || path.basename(abs), out);
      continue;
    }
    if (!st.isDirectory()) throw new UserError(`${given}: not a file or a directory`);
    const root = await fs.realpath(abs);
    const isScanned = (rel: string) => !rel.startsWith('../') && rel !== '..' && !inSkippedDir(rel) && isMatch(rel);
    const isDotPath = (rel: string) => !rel.startsWith('../') && !inSkippedDir(rel) && isDot(rel);
    const w: Walk = { abs, root, base, isScanned, isDotPath, dotPaths: [], linked: new Set(), out };
    await walkDir(w, abs);
    // A dot-path file that a scanned link reads is analysed (under the link's path).
    for (const d of w.dotPaths) if (!w.linked.has(await fs.realpath(d.full).catch(() => d.full))) checkDotPath(d.full, d.rel, out);
  }
  return out;
}
