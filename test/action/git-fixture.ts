import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

/** Files to write (text), delete (null) or make symbolic links, by repository-relative path. */
export type FileChanges = Record<string, string | null | { symlink: string }>;

/** A commit's files: text or a symbolic link's target, by repository-relative path. */
type Tree = Map<string, string | { symlink: string }>;

export interface PullRepo {
  root: string;
  /** The 'origin': a bare repository reached through file://, so fetches work offline. */
  bare: string;
  baseSha: string;
  headSha: string;
  /** The test merge commit GitHub makes for refs/pull/N/merge: parents [base, head]. */
  mergeSha: string;
  number: number;
  /** main's tip: the base commit until advanceMain moves it. */
  mainSha: string;
  /** The files of main's tip, of the PR branch's tip, and of their merge base. */
  trees: { main: Tree; head: Tree; fork: Tree };
}

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  // No background housekeeping after each commit and fetch: a process each, for nothing here.
  GIT_CONFIG_COUNT: '2',
  GIT_CONFIG_KEY_0: 'maintenance.auto',
  GIT_CONFIG_VALUE_0: 'false',
  GIT_CONFIG_KEY_1: 'gc.auto',
  GIT_CONFIG_VALUE_1: '0',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function apply(tree: Tree, changes: FileChanges): Tree {
  const out = new Map(tree);
  for (const [p, content] of Object.entries(changes)) {
    if (content === null) out.delete(p);
    else out.set(p, content);
  }
  return out;
}

/** What `git merge` makes of two branches that change different files since their merge base. */
function merge(main: Tree, head: Tree, fork: Tree): Tree {
  const same = (a: Tree, b: Tree, p: string) => JSON.stringify(a.get(p)) === JSON.stringify(b.get(p));
  const out = new Map(main);
  for (const p of new Set([...head.keys(), ...fork.keys()])) {
    if (same(head, fork, p)) continue;
    if (!same(main, fork, p) && !same(main, head, p)) throw new Error(`git fixture: ${p} changed on both branches`);
    const v = head.get(p);
    if (v === undefined) out.delete(p);
    else out.set(p, v);
  }
  return out;
}

/** A git object: its name and its bytes as git hashes them (`<type> <size>\0<body>`). */
interface GitObject {
  sha: string;
  raw: Buffer;
}

function gitObject(type: 'blob' | 'tree' | 'commit', body: Buffer): GitObject {
  const raw = Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]);
  return { sha: createHash('sha1').update(raw).digest('hex'), raw };
}

/** A loose object under `objects`, as git writes it (zlib-deflated); kept when already there. */
function writeObject(objects: string, o: GitObject): void {
  const dir = path.join(objects, o.sha.slice(0, 2));
  const file = path.join(dir, o.sha.slice(2));
  if (existsSync(file)) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, deflateSync(o.raw, { level: 1 }));
}

/**
 * The objects of one commit: blobs, trees (entries in git's order: by name, a folder's name with
 * a "/" after it) and the commit, last. Nothing of its parents but their names.
 */
function commitObjects(tree: Tree, parents: readonly string[], message: string, who: string): GitObject[] {
  const out: GitObject[] = [];
  const folder = (prefix: string): GitObject => {
    const entries: { key: string; head: string; sha: string }[] = [];
    const subfolders = new Set<string>();
    for (const [p, content] of tree) {
      if (!p.startsWith(prefix)) continue;
      const rest = p.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash >= 0) {
        subfolders.add(rest.slice(0, slash));
        continue;
      }
      const blob = gitObject('blob', Buffer.from(typeof content === 'string' ? content : content.symlink));
      out.push(blob);
      entries.push({ key: rest, head: `${typeof content === 'string' ? '100644' : '120000'} ${rest}`, sha: blob.sha });
    }
    for (const name of subfolders) entries.push({ key: `${name}/`, head: `40000 ${name}`, sha: folder(`${prefix}${name}/`).sha });
    entries.sort((a, b) => Buffer.compare(Buffer.from(a.key), Buffer.from(b.key)));
    const t = gitObject('tree', Buffer.concat(entries.flatMap((e) => [Buffer.from(`${e.head}\0`), Buffer.from(e.sha, 'hex')])));
    out.push(t);
    return t;
  };
  const root = folder('');
  const header = [`tree ${root.sha}`, ...parents.map((p) => `parent ${p}`), `author ${who}`, `committer ${who}`].join('\n');
  out.push(gitObject('commit', Buffer.from(`${header}\n\n${message}\n`)));
  return out;
}

interface NewCommit {
  ref: string;
  message: string;
  tree: Tree;
  /** Hashes, or ":n" for the n-th commit of this call. */
  parents: string[];
}

/** What the fixture wrote: each commit's objects and whether it has parents, by commit hash. */
const written = new WeakMap<PullRepo, Map<string, { objects: GitObject[]; root: boolean }>>();

/** A path in the repository's git folder, made safe from a ref name the tests chose. */
function refFile(gitDir: string, ref: string): string {
  return path.join(gitDir, ...ref.split('/'));
}

/**
 * Writes commits into the bare repository as loose objects, computed here (no git process: a
 * commit by `git add` and `git commit` in a work tree, then a push, costs a dozen), moves `ref`
 * to each, and returns their hashes. test/action/git-fixture.test.ts checks what git makes of them.
 */
function writeCommits(r: PullRepo, commits: NewCommit[]): string[] {
  const who = `Test <test@example.com> ${Math.floor(Date.now() / 1000)} +0000`;
  const byCommit = written.get(r)!;
  const shas: string[] = [];
  for (const c of commits) {
    const parents = c.parents.map((p) => (p.startsWith(':') ? shas[Number(p.slice(1)) - 1]! : p));
    const objects = commitObjects(c.tree, parents, c.message, who);
    for (const o of objects) writeObject(path.join(r.bare, 'objects'), o);
    const sha = objects.at(-1)!.sha;
    byCommit.set(sha, { objects, root: parents.length === 0 });
    const file = refFile(r.bare, c.ref);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${sha}\n`);
    shas.push(sha);
  }
  return shas;
}

/** GitHub's merge commit of the PR branch (`head`, a hash or mark) into main, at refs/pull/N/merge. */
function mergeCommit(r: PullRepo, main: string, head: string): NewCommit {
  return { ref: `refs/pull/${r.number}/merge`, message: 'Merge feature into main', tree: merge(r.trees.main, r.trees.head, r.trees.fork), parents: [main, head] };
}

/** Empty repositories made by `git init` once per process, copied for each fixture. */
let templates: { bare: string; work: string } | undefined;
function emptyRepos(): { bare: string; work: string } {
  if (!templates) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'flowgate-git-template-'));
    templates = { bare: path.join(dir, 'bare.git'), work: path.join(dir, 'work') };
    mkdirSync(templates.bare);
    mkdirSync(templates.work);
    // No template files (sample hooks): nothing here runs hooks, and each copy is smaller.
    git(templates.bare, 'init', '-q', '--template=', '--bare', '-b', 'main');
    git(templates.work, 'init', '-q', '--template=');
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return templates;
}

/** A repository with a base commit on main, a PR branch on top, and GitHub's merge ref. */
export function makePullRepo(base: FileChanges, head: FileChanges, number = 7): PullRepo {
  const root = mkdtempSync(path.join(os.tmpdir(), 'flowgate-repo-'));
  const bare = path.join(root, 'origin.git');
  cpSync(emptyRepos().bare, bare, { recursive: true });
  const baseTree = apply(new Map(), base);
  const headTree = apply(baseTree, head);
  const r: PullRepo = { root, bare, number, baseSha: '', headSha: '', mergeSha: '', mainSha: '', trees: { main: baseTree, head: headTree, fork: baseTree } };
  written.set(r, new Map());
  [r.baseSha, r.headSha, r.mergeSha] = writeCommits(r, [
    { ref: 'refs/heads/main', message: 'base', tree: baseTree, parents: [] },
    { ref: 'refs/heads/feature', message: 'head', tree: headTree, parents: [':1'] },
    mergeCommit(r, ':1', ':2'),
  ]) as [string, string, string];
  r.mainSha = r.baseSha;
  return r;
}

/** Another push to the PR branch: new head and merge commits. */
export function pushHead(r: PullRepo, changes: FileChanges): void {
  r.trees.head = apply(r.trees.head, changes);
  [r.headSha, r.mergeSha] = writeCommits(r, [{ ref: 'refs/heads/feature', message: 'more', tree: r.trees.head, parents: [r.headSha] }, mergeCommit(r, r.mainSha, ':1')]) as [string, string];
}

/** A push to the base branch (main moves on): new main, and GitHub's merge commit made again on it. */
export function advanceMain(r: PullRepo, changes: FileChanges): string {
  r.trees.main = apply(r.trees.main, changes);
  [r.mainSha, r.mergeSha] = writeCommits(r, [{ ref: 'refs/heads/main', message: 'main moves on', tree: r.trees.main, parents: [r.mainSha] }, mergeCommit(r, ':1', r.headSha)]) as [string, string];
  return r.mainSha;
}

/**
 * A work tree as actions/checkout leaves it on pull_request: depth 1 of refs/pull/N/merge,
 * detached, with 'origin' set (and `originUrl` to break it for the API fallback). What its
 * `git fetch --depth=1` would bring is written here (the commit, its trees and blobs; the commit
 * in .git/shallow when it has parents), then `git checkout` makes the index and the files;
 * test/action/git-fixture.test.ts compares the result with a real fetch.
 */
export function checkout(r: PullRepo, ref = `refs/pull/${r.number}/merge`, originUrl?: string): string {
  const ws = mkdtempSync(path.join(r.root, 'workspace-'));
  const gitDir = path.join(ws, '.git');
  cpSync(path.join(emptyRepos().work, '.git'), gitDir, { recursive: true });
  appendFileSync(path.join(gitDir, 'config'), `[remote "origin"]\n\turl = ${originUrl ?? `file://${r.bare}`}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`);
  const sha = readFileSync(refFile(r.bare, ref), 'utf8').trim();
  const commit = written.get(r)!.get(sha)!;
  for (const o of commit.objects) writeObject(path.join(gitDir, 'objects'), o);
  if (!commit.root) writeFileSync(path.join(gitDir, 'shallow'), `${sha}\n`);
  // A fetched branch also moves its remote-tracking ref (the origin's fetch refspec covers it).
  const local = ['refs/remotes/pull/checkout', ...(ref.startsWith('refs/heads/') ? [`refs/remotes/origin/${ref.slice('refs/heads/'.length)}`] : [])];
  for (const name of local) {
    mkdirSync(path.dirname(refFile(gitDir, name)), { recursive: true });
    writeFileSync(refFile(gitDir, name), `${sha}\n`);
  }
  git(ws, 'checkout', '-q', '--detach', 'refs/remotes/pull/checkout');
  return ws;
}
