import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import picomatch from 'picomatch';
import type { SourceFile } from '../analyze';
import { UserError } from '../errors';

export const DEFAULT_GLOBS = ['**/*.yaml', '**/*.yml', '**/*.json'];
const SKIPPED_DIRS = new Set(['node_modules', '.git']);
/** Files above this size are reported, not parsed (bounded time on hostile input). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

const execFileP = promisify(execFile);

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

export interface ReadResult {
  files: SourceFile[];
  /** Files that could not be read as text, with the reason. */
  skipped: { path: string; reason: string }[];
}

function decode(p: string, buf: Buffer, skipped: ReadResult['skipped']): string | null {
  if (buf.length > MAX_FILE_BYTES) {
    skipped.push({ path: p, reason: `file is ${(buf.length / 1048576).toFixed(1)} MiB, above the ${MAX_FILE_BYTES / 1048576} MiB limit for one manifest file` });
    return null;
  }
  // Invalid UTF-8 turns into U+FFFD, which the parser reports with its line.
  return buf.toString('utf8');
}

/**
 * Reads the manifests under each path: a file is read as it is; a directory is walked for files
 * matching the globs (relative to it), skipping node_modules and .git and never following a
 * symbolic link out of the directory. Paths in the result are relative to `base`.
 */
export async function readManifestFiles(paths: readonly string[], globs: readonly string[] = DEFAULT_GLOBS, base = process.cwd()): Promise<ReadResult> {
  const files: SourceFile[] = [];
  const skipped: ReadResult['skipped'] = [];
  const isMatch = picomatch([...globs], { dot: false });
  for (const given of paths) {
    const abs = path.resolve(base, given);
    let st;
    try {
      st = await fs.stat(abs);
    } catch {
      throw new UserError(`${given}: no such file or directory`);
    }
    if (st.isFile()) {
      const buf = await fs.readFile(abs);
      const rel = toPosix(path.relative(base, abs)) || path.basename(abs);
      const text = decode(rel, buf, skipped);
      if (text !== null) files.push({ path: rel, text });
      continue;
    }
    const root = await fs.realpath(abs);
    const walk = async (dir: string): Promise<void> => {
      const entries = await fs.readdir(dir, { withFileTypes: true });
      entries.sort((a, b) => (a.name < b.name ? -1 : 1));
      for (const e of entries) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIPPED_DIRS.has(e.name)) await walk(full);
          continue;
        }
        const relToRoot = toPosix(path.relative(abs, full));
        if (!isMatch(relToRoot)) continue;
        if (e.isSymbolicLink()) {
          // Never read outside the tree through a link (a PR could point one at /etc/passwd).
          const target = await fs.realpath(full).catch(() => null);
          if (!target || !(target === root || target.startsWith(root + path.sep))) {
            skipped.push({ path: toPosix(path.relative(base, full)), reason: 'symbolic link to a path outside the scanned directory; not read' });
            continue;
          }
          const tst = await fs.stat(target);
          if (!tst.isFile()) continue;
        } else if (!e.isFile()) continue;
        const buf = await fs.readFile(full);
        const rel = toPosix(path.relative(base, full));
        const text = decode(rel, buf, skipped);
        if (text !== null) files.push({ path: rel, text });
      }
    };
    await walk(abs);
  }
  return { files, skipped };
}

/**
 * Reads the manifests of the tree at a git revision, without touching the work tree. Paths are
 * relative to the repository root; `prefix` limits the tree to a folder.
 */
export async function readGitTree(ref: string, globs: readonly string[] = DEFAULT_GLOBS, cwd = process.cwd(), prefix = ''): Promise<ReadResult> {
  const git = (args: string[], opts: { maxBuffer?: number; encoding?: BufferEncoding | 'buffer' } = {}) =>
    execFileP('git', args, { cwd, maxBuffer: opts.maxBuffer ?? 1 << 30, encoding: (opts.encoding ?? 'utf8') as BufferEncoding });
  try {
    await git(['rev-parse', '--verify', '--quiet', `${ref}^{tree}`]);
  } catch {
    throw new UserError(`git:${ref}: not a revision of the repository in ${cwd}`);
  }
  const { stdout } = await git(['ls-tree', '-r', '-z', '--full-tree', ref, ...(prefix ? ['--', prefix] : [])]);
  const isMatch = picomatch([...globs], { dot: false });
  const files: SourceFile[] = [];
  const skipped: ReadResult['skipped'] = [];
  for (const entry of String(stdout).split('\0')) {
    if (!entry) continue;
    const tab = entry.indexOf('\t');
    const [mode, type, sha] = entry.slice(0, tab).split(' ');
    const p = entry.slice(tab + 1);
    if (type !== 'blob' || p.split('/').some((s) => SKIPPED_DIRS.has(s))) continue;
    const rel = prefix ? p.slice(prefix.replace(/\/?$/, '/').length) : p;
    if (!isMatch(rel)) continue;
    if (mode === '120000') {
      skipped.push({ path: p, reason: 'symbolic link; not followed' });
      continue;
    }
    const blob = await execFileP('git', ['cat-file', 'blob', sha!], { cwd, maxBuffer: 1 << 30, encoding: 'buffer' });
    const text = decode(p, blob.stdout as unknown as Buffer, skipped);
    if (text !== null) files.push({ path: p, text });
  }
  return { files, skipped };
}
