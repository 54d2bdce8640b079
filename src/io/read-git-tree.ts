import path from 'node:path';
import { readBlobs, resolveTree, runGit } from './git';
import { dotPathMatcher, dotPathPolicy, dotPathTooLarge } from './dot-paths';
import { DEFAULT_GLOBS, globMatcher, inSkippedDir } from './globs';
import { decode, linkedFolder, MAX_FILE_BYTES, tooLarge, type ReadResult } from './read-result';

/** A symbolic link is mode 120000; its blob holds the target path. */
const LINK_MODE = '120000';
/** As the kernel's limit on nested links (ELOOP): a longer chain is a loop. */
const MAX_LINK_HOPS = 40;

interface TreeEntry {
  mode: string;
  sha: string;
  size: number;
  /** The path in the repository. */
  path: string;
  /** Matches the globs (relative to the prefix) outside the folders never read. */
  scanned: boolean;
  /** Not scanned only for a dot in its path (dot-paths.ts): read to tell whether it holds a policy. */
  dotPath: boolean;
}

/** Where a symbolic link leads in the tree, and every path it passes through (links and the end). */
export type LinkEnd = { kind: 'file'; path: string; via: string[] } | { kind: 'outside' | 'broken' | 'directory'; via: string[] };

/** A link's target inside the tree (posix, normalized), or null when it leaves the tree. */
function linkTarget(linkPath: string, target: string): string | null {
  if (target.startsWith('/')) return null;
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(linkPath), target));
  return joined === '..' || joined.startsWith('../') ? null : joined.replace(/\/+$/, '');
}

/** Whether a repository path is read: it matches the globs (relative to the prefix) outside the folders never read. */
function scannedPath(globs: readonly string[], prefix: string): (p: string) => boolean {
  const isMatch = globMatcher(globs);
  const pre = prefix ? prefix.replace(/\/?$/, '/') : '';
  return (p) => p.startsWith(pre) && !inSkippedDir(p) && isMatch(p.slice(pre.length));
}

/**
 * The files under a linked folder that the globs would read through the link but that are not
 * read at their own path: a deploy tool that follows the link applies them, so leaving them out
 * in silence would hide a policy (read-dir.ts checks the work tree the same way).
 */
function hiddenBehind(link: string, dir: string, entries: readonly TreeEntry[], isScanned: (p: string) => boolean): string[] {
  const inside = `${dir}/`;
  return entries.filter((t) => t.path.startsWith(inside) && t.mode !== LINK_MODE && !t.scanned && isScanned(link + t.path.slice(dir.length))).map((t) => t.path);
}

/** Every blob of the tree (scanned or not: links may lead anywhere), in git's order. */
async function listTree(tree: string, cwd: string, globs: readonly string[], prefix: string): Promise<TreeEntry[]> {
  const listing = await runGit(cwd, ['ls-tree', '-r', '-z', '-l', '--full-tree', tree, ...(prefix ? ['--', prefix] : [])]);
  const isScanned = scannedPath(globs, prefix);
  const isDot = dotPathMatcher(globs);
  const pre = prefix ? prefix.replace(/\/?$/, '/') : '';
  const isDotPath = (p: string) => p.startsWith(pre) && !inSkippedDir(p) && isDot(p.slice(pre.length));
  const entries: TreeEntry[] = [];
  for (const entry of listing.toString('utf8').split('\0')) {
    if (!entry) continue;
    const tab = entry.indexOf('\t');
    const [mode, type, sha, size] = entry.slice(0, tab).split(/ +/);
    const p = entry.slice(tab + 1);
    if (type !== 'blob') continue;
    entries.push({ mode: mode!, sha: sha!, size: Number(size), path: p, scanned: isScanned(p), dotPath: isDotPath(p) });
  }
  return entries;
}

/** The tree's paths, link targets and folders, to resolve links the way the kernel does. */
class TreeIndex {
  readonly byPath: Map<string, TreeEntry>;
  readonly dirs = new Set<string>(['.']);
  constructor(
    entries: readonly TreeEntry[],
    readonly targets: ReadonlyMap<string, string>,
  ) {
    this.byPath = new Map(entries.map((e) => [e.path, e]));
    for (const e of entries) for (let d = path.posix.dirname(e.path); d !== '.' && !this.dirs.has(d); d = path.posix.dirname(d)) this.dirs.add(d);
  }

  /** The first folder of `p` that is a link, as [link, rest]; null when there is none. */
  private linkedParent(p: string): [string, string] | null {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) {
      const pre = parts.slice(0, i).join('/');
      if (this.targets.has(pre)) return [pre, parts.slice(i).join('/')];
    }
    return null;
  }

  /** Follows a link (and links among the folders of its target) to where it ends. */
  resolve(link: string): LinkEnd {
    const via = [link];
    let p = link;
    for (let hops = 0; hops <= MAX_LINK_HOPS; hops++) {
      const parent = this.linkedParent(p);
      const at = parent ? parent[0] : p;
      if (!parent && !this.targets.has(p)) {
        // The end is in `via` even when nothing is there: a pull request that deletes a link's
        // target changes what the link reads.
        if (this.byPath.has(p)) return { kind: 'file', path: p, via: [...via, p] };
        return { kind: this.dirs.has(p) ? 'directory' : 'broken', via: p === link ? via : [...via, p] };
      }
      if (at !== link) via.push(at);
      const t = linkTarget(at, this.targets.get(at)!);
      if (t === null) return { kind: 'outside', via };
      p = parent ? path.posix.normalize(`${t}/${parent[1]}`) : t;
      if (p === '..' || p.startsWith('../')) return { kind: 'outside', via };
    }
    return { kind: 'broken', via };
  }
}

async function indexTree(ref: string, globs: readonly string[], cwd: string, prefix: string): Promise<{ entries: TreeEntry[]; index: TreeIndex; blobOf: Map<TreeEntry, Buffer> }> {
  const entries = await listTree(await resolveTree(ref, cwd), cwd, globs, prefix);
  // Every link's target and every scanned file within the size limit, in one git process.
  const needed = entries.filter((e) => e.mode === LINK_MODE || ((e.scanned || e.dotPath) && e.size <= MAX_FILE_BYTES));
  const blobs = await readBlobs(needed.map((e) => e.sha), cwd);
  const blobOf = new Map(needed.map((e, i) => [e, blobs[i]!]));
  const targets = new Map(entries.filter((e) => e.mode === LINK_MODE).map((e) => [e.path, blobOf.get(e)!.toString('utf8')]));
  return { entries, index: new TreeIndex(entries, targets), blobOf };
}

/**
 * The symbolic links of the tree at a revision, with where each leads: for telling whether a
 * pull request that changes only a link's target changes a manifest.
 */
export async function readTreeLinks(ref: string, cwd: string): Promise<{ path: string; end: LinkEnd; under: string[] }[]> {
  const { entries, index } = await indexTree(ref, [], cwd, '');
  return entries
    .filter((e) => e.mode === LINK_MODE)
    .map((e) => {
      const end = index.resolve(e.path);
      // A link to a folder: the files under it, relative to it, as a deploy tool would see them through the link.
      const dir = `${end.via[end.via.length - 1]}/`;
      const under = end.kind === 'directory' ? entries.filter((t) => t.path.startsWith(dir) && t.mode !== LINK_MODE).map((t) => t.path.slice(dir.length)) : [];
      return { path: e.path, end, under };
    });
}

/**
 * Reads the manifests of the tree at a git revision, without touching the work tree. Paths are
 * relative to the repository root; `prefix` limits the tree to a folder. A symbolic link is read
 * as the work tree reads it (io/read-dir.ts), as `kubectl apply -f` would: one that leads to a
 * file of the same commit that is not scanned anyway is read under the link's path; one that
 * leaves the repository is an error; a broken one a warning; one to a folder is not followed, and
 * is an error when the globs would read files through it that are not read at their own path.
 */
export async function readGitTree(ref: string, globs: readonly string[] = DEFAULT_GLOBS, cwd = process.cwd(), prefix = ''): Promise<ReadResult> {
  const { entries, index, blobOf } = await indexTree(ref, globs, cwd, prefix);
  const out: ReadResult = { files: [], skipped: [] };
  const followed = new Map<TreeEntry, TreeEntry>();
  const isScanned = scannedPath(globs, prefix);
  for (const e of entries) {
    if (e.mode !== LINK_MODE) continue;
    const end = index.resolve(e.path);
    if (end.kind === 'directory') {
      const hidden = hiddenBehind(e.path, end.via[end.via.length - 1]!, entries, isScanned);
      if (hidden.length) out.skipped.push(linkedFolder(e.path, hidden));
      continue;
    }
    if (!e.scanned) continue;
    if (end.kind === 'outside') out.skipped.push({ path: e.path, code: 'symlink-outside', reason: 'symbolic link to a path outside the repository; not read' });
    else if (end.kind === 'broken') out.skipped.push({ path: e.path, code: 'unreadable-file', severity: 'warning', reason: 'symbolic link to nothing (broken link); not read' });
    else if (end.kind === 'file' && !index.byPath.get(end.path)!.scanned) followed.set(e, index.byPath.get(end.path)!);
  }
  // The targets that links lead to, outside the scanned files: a second git process.
  const extra = [...new Set(followed.values())].filter((t) => !blobOf.has(t) && t.size <= MAX_FILE_BYTES);
  (await readBlobs(extra.map((t) => t.sha), cwd)).forEach((b, i) => blobOf.set(extra[i]!, b));
  for (const e of entries) {
    const source = e.mode === LINK_MODE ? followed.get(e) : e.scanned ? e : undefined;
    if (!source) continue;
    if (source.size > MAX_FILE_BYTES) {
      out.skipped.push(tooLarge(e.path, source.size));
      continue;
    }
    const text = decode(e.path, blobOf.get(source)!, out.skipped);
    if (text !== null) out.files.push({ path: e.path, text });
  }
  // A dot-path file that a scanned link reads is analysed (under the link's path).
  const linked = new Set(followed.values());
  for (const e of entries) {
    if (e.mode === LINK_MODE || !e.dotPath || linked.has(e)) continue;
    const problem = e.size > MAX_FILE_BYTES ? dotPathTooLarge(e.path, e.size) : dotPathPolicy(e.path, blobOf.get(e)!.toString('utf8'));
    if (problem) out.skipped.push(problem);
  }
  return out;
}
