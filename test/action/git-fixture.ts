import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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

/** A path in a fast-import command, C-style quoted (names may hold spaces, quotes, newlines). */
function quote(p: string): string {
  let out = '"';
  for (const c of p) {
    const code = c.charCodeAt(0);
    if (c === '\\' || c === '"') out += `\\${c}`;
    else if (code < 0x20 || code === 0x7f) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += c;
  }
  return `${out}"`;
}

function data(text: string): string {
  return `data ${Buffer.byteLength(text)}\n${text}\n`;
}

interface NewCommit {
  ref: string;
  message: string;
  tree: Tree;
  parents: string[];
}

/**
 * Writes commits into the bare repository with one `git fast-import` (a commit by `git add` and
 * `git commit` in a work tree, then a push, costs a dozen processes) and returns their hashes.
 * A parent is a hash, or ":n" for the n-th commit of this call.
 */
function writeCommits(bare: string, commits: NewCommit[]): string[] {
  const now = Math.floor(Date.now() / 1000);
  const who = `Test <test@example.com> ${now} +0000`;
  let stream = '';
  commits.forEach((c, i) => {
    stream += `commit ${c.ref}\nmark :${i + 1}\nauthor ${who}\ncommitter ${who}\n${data(c.message)}`;
    const [first, ...rest] = c.parents;
    if (first !== undefined) stream += `from ${first}\n`;
    for (const p of rest) stream += `merge ${p}\n`;
    stream += 'deleteall\n';
    for (const [p, content] of c.tree) {
      if (typeof content === 'string') stream += `M 100644 inline ${quote(p)}\n${data(content)}`;
      else stream += `M 120000 inline ${quote(p)}\n${data(content.symlink)}`;
    }
    stream += '\n';
  });
  const marks = path.join(bare, 'fixture-marks');
  execFileSync('git', ['fast-import', '--quiet', '--force', `--export-marks=${marks}`], { cwd: bare, env: GIT_ENV, input: stream, stdio: ['pipe', 'pipe', 'pipe'] });
  const bySerial = new Map(readFileSync(marks, 'utf8').trim().split('\n').map((l) => l.split(' ') as [string, string]));
  rmSync(marks);
  return commits.map((_, i) => bySerial.get(`:${i + 1}`)!);
}

/** GitHub's merge commit of the PR branch (`head`, a hash or mark) into main, at refs/pull/N/merge. */
function mergeCommit(r: PullRepo, main: string, head: string): NewCommit {
  return { ref: `refs/pull/${r.number}/merge`, message: 'Merge feature into main', tree: merge(r.trees.main, r.trees.head, r.trees.fork), parents: [main, head] };
}

/** A repository with a base commit on main, a PR branch on top, and GitHub's merge ref. */
export function makePullRepo(base: FileChanges, head: FileChanges, number = 7): PullRepo {
  const root = mkdtempSync(path.join(os.tmpdir(), 'flowgate-repo-'));
  const bare = path.join(root, 'origin.git');
  mkdirSync(bare);
  git(bare, 'init', '-q', '--bare', '-b', 'main');
  const baseTree = apply(new Map(), base);
  const headTree = apply(baseTree, head);
  const r: PullRepo = { root, bare, number, baseSha: '', headSha: '', mergeSha: '', mainSha: '', trees: { main: baseTree, head: headTree, fork: baseTree } };
  [r.baseSha, r.headSha, r.mergeSha] = writeCommits(bare, [
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
  [r.headSha, r.mergeSha] = writeCommits(r.bare, [{ ref: 'refs/heads/feature', message: 'more', tree: r.trees.head, parents: [r.headSha] }, mergeCommit(r, r.mainSha, ':1')]) as [string, string];
}

/** A push to the base branch (main moves on): new main, and GitHub's merge commit made again on it. */
export function advanceMain(r: PullRepo, changes: FileChanges): string {
  r.trees.main = apply(r.trees.main, changes);
  [r.mainSha, r.mergeSha] = writeCommits(r.bare, [{ ref: 'refs/heads/main', message: 'main moves on', tree: r.trees.main, parents: [r.mainSha] }, mergeCommit(r, ':1', r.headSha)]) as [string, string];
  return r.mainSha;
}

/**
 * A work tree as actions/checkout leaves it on pull_request: depth 1 of refs/pull/N/merge,
 * detached, with 'origin' set (and `originUrl` to break it for the API fallback).
 */
export function checkout(r: PullRepo, ref = `refs/pull/${r.number}/merge`, originUrl?: string): string {
  const ws = mkdtempSync(path.join(r.root, 'workspace-'));
  git(ws, 'init', '-q');
  git(ws, 'remote', 'add', 'origin', `file://${r.bare}`);
  git(ws, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', `+${ref}:refs/remotes/pull/checkout`);
  git(ws, 'checkout', '-q', '--detach', 'refs/remotes/pull/checkout');
  if (originUrl !== undefined) git(ws, 'remote', 'set-url', 'origin', originUrl);
  return ws;
}
