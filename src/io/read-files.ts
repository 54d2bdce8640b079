import { execFile, spawn } from 'node:child_process';
import { promises as fs, readFileSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import picomatch from 'picomatch';
import type { SourceFile } from '../model/types';
import { UserError } from '../errors';

export const DEFAULT_GLOBS = ['**/*.yaml', '**/*.yml', '**/*.json'];
const SKIPPED_DIRS = new Set(['node_modules', '.git']);
/** Files above this size are reported, not parsed (bounded time on hostile input). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

const execFileP = promisify(execFile);

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/**
 * Matches repository paths against manifest globs. dotAll (`s`): picomatch builds `**` from `.`,
 * which stops at a line break, so without it a folder named "x\n" would hide every manifest
 * under it from the analysis (a pull request could add a policy that is never checked).
 */
export function globMatcher(globs: readonly string[]): (p: string) => boolean {
  return picomatch([...globs], { dot: false, flags: 's' });
}

/** A file that was not read, and why. */
export interface SkippedFile {
  path: string;
  reason: string;
  /** A stable diagnostic code: file-too-large, symlink-outside, symlink-not-followed, unreadable-file. */
  code?: string;
  /** Error unless said otherwise: a manifest that is not read is a finding lost. */
  severity?: 'error' | 'warning';
}

export interface ReadResult {
  files: SourceFile[];
  /** Files that could not be read as text, with the reason. */
  skipped: SkippedFile[];
}

function tooLarge(p: string, bytes: number): SkippedFile {
  return { path: p, code: 'file-too-large', reason: `file is ${(bytes / 1048576).toFixed(1)} MiB, above the ${MAX_FILE_BYTES / 1048576} MiB limit for one manifest file; it is not analysed` };
}

function decode(p: string, buf: Buffer, skipped: SkippedFile[]): string | null {
  if (buf.length > MAX_FILE_BYTES) {
    skipped.push(tooLarge(p, buf.length));
    return null;
  }
  // Invalid UTF-8 turns into U+FFFD, which the parser reports with its line.
  return buf.toString('utf8');
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
  out: ReadResult;
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
  if (!matches || !st.isFile() || w.isScanned(toPosix(path.relative(w.root, target)))) return;
  await readRegular(target, rel, w.out);
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
    const isScanned = (rel: string) => !rel.startsWith('../') && rel !== '..' && !rel.split('/').some((s) => SKIPPED_DIRS.has(s)) && isMatch(rel);
    await walkDir({ abs, root, base, isScanned, out }, abs);
  }
  return out;
}

/**
 * The tree of a revision: a ref that could be read as an option (`--output=…`) or that git does
 * not know is a user error, and nothing else runs. git is run with arguments, never a shell, and
 * after `--end-of-options`; later commands get the tree's object name, not the ref.
 */
async function resolveTree(ref: string, cwd: string): Promise<string> {
  if (!ref || ref.startsWith('-') || [...ref].some((c) => c < ' ' || c === '\x7f')) throw new UserError(`git:${ref}: not a valid revision`);
  try {
    const { stdout } = await execFileP('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{tree}`], { cwd, encoding: 'utf8' });
    const tree = stdout.trim();
    if (/^[0-9a-f]{40,64}$/.test(tree)) return tree;
  } catch {
    // Reported below.
  }
  throw new UserError(`git:${ref}: not a revision of the repository in ${cwd}`);
}

/** A link's target inside the tree (posix, normalized), or null when it leaves the tree. */
function linkTarget(linkPath: string, target: string): string | null {
  if (target.startsWith('/')) return null;
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(linkPath), target));
  return joined === '..' || joined.startsWith('../') ? null : joined;
}

/** The contents of blobs, from one `git cat-file --batch` for all of them (not a process per file). */
async function readBlobs(shas: readonly string[], cwd: string): Promise<Buffer[]> {
  if (!shas.length) return [];
  const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const closed = new Promise<number | null>((resolve, reject) => {
    child.on('error', (e) => reject(new UserError(`cannot run git to read the tree (${e.message})`, { cause: e })));
    child.on('close', resolve);
  });
  // A write error (git gone) shows in the exit status below.
  child.stdin.on('error', () => {});
  child.stdin.end(`${shas.join('\n')}\n`);
  const code = await closed;
  if (code !== 0) throw new UserError(`git cat-file --batch failed (exit ${code}): ${stderr.trim()}`);
  const out = Buffer.concat(chunks);
  const blobs: Buffer[] = [];
  let pos = 0;
  for (const sha of shas) {
    // Each answer is `<sha> blob <size>\n<contents>\n`.
    const nl = out.indexOf(10, pos);
    const header = out.toString('utf8', pos, nl < 0 ? out.length : nl).split(' ');
    if (nl < 0 || header[0] !== sha || header[1] !== 'blob') throw new UserError(`git cat-file --batch: unexpected answer for ${sha}: ${header.join(' ')}`);
    const size = Number(header[2]);
    blobs.push(out.subarray(nl + 1, nl + 1 + size));
    pos = nl + 1 + size + 1;
  }
  return blobs;
}

/**
 * Reads the manifests of the tree at a git revision, without touching the work tree. Paths are
 * relative to the repository root; `prefix` limits the tree to a folder. Symbolic links (mode
 * 120000) are never followed.
 */
export async function readGitTree(ref: string, globs: readonly string[] = DEFAULT_GLOBS, cwd = process.cwd(), prefix = ''): Promise<ReadResult> {
  const tree = await resolveTree(ref, cwd);
  const git = (args: string[]) => execFileP('git', args, { cwd, maxBuffer: 1 << 30, encoding: 'buffer' });
  const listing = await git(['ls-tree', '-r', '-z', '-l', '--full-tree', tree, ...(prefix ? ['--', prefix] : [])]);
  const isMatch = globMatcher(globs);
  const out: ReadResult = { files: [], skipped: [] };
  const entries = [];
  for (const entry of listing.stdout.toString('utf8').split('\0')) {
    if (!entry) continue;
    const tab = entry.indexOf('\t');
    const [mode, type, sha, size] = entry.slice(0, tab).split(/ +/);
    const p = entry.slice(tab + 1);
    if (type !== 'blob' || p.split('/').some((s) => SKIPPED_DIRS.has(s))) continue;
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
