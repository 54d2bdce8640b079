import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Files to write (text), delete (null) or make symbolic links, by repository-relative path. */
export type FileChanges = Record<string, string | null | { symlink: string }>;

export interface PullRepo {
  root: string;
  /** The 'origin': a bare repository reached through file://, so fetches work offline. */
  bare: string;
  author: string;
  baseSha: string;
  headSha: string;
  /** The test merge commit GitHub makes for refs/pull/N/merge: parents [base, head]. */
  mergeSha: string;
  number: number;
}

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function apply(dir: string, changes: FileChanges): void {
  for (const [p, text] of Object.entries(changes)) {
    const full = path.join(dir, p);
    if (text === null) {
      rmSync(full, { force: true });
      continue;
    }
    mkdirSync(path.dirname(full), { recursive: true });
    rmSync(full, { force: true });
    if (typeof text === 'string') writeFileSync(full, text);
    else symlinkSync(text.symlink, full);
  }
}

function commit(dir: string, message: string): string {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

function makeMerge(r: Pick<PullRepo, 'author' | 'number'>): string {
  git(r.author, 'checkout', '-q', 'main');
  const main = git(r.author, 'rev-parse', 'HEAD');
  git(r.author, 'merge', '-q', '--no-ff', '--no-edit', 'feature');
  const merge = git(r.author, 'rev-parse', 'HEAD');
  git(r.author, 'push', '-q', '-f', 'origin', `${main}:refs/heads/main`, 'feature:feature', `${merge}:refs/pull/${r.number}/merge`);
  git(r.author, 'reset', '-q', '--hard', 'HEAD~1');
  return merge;
}

/** A repository with a base commit on main, a PR branch on top, and GitHub's merge ref. */
export function makePullRepo(base: FileChanges, head: FileChanges, number = 7): PullRepo {
  const root = mkdtempSync(path.join(os.tmpdir(), 'flowgate-repo-'));
  const bare = path.join(root, 'origin.git');
  const author = path.join(root, 'author');
  mkdirSync(author);
  git(root, 'init', '-q', '--bare', bare);
  git(author, 'init', '-q', '-b', 'main');
  git(author, 'remote', 'add', 'origin', `file://${bare}`);
  apply(author, base);
  const baseSha = commit(author, 'base');
  git(author, 'checkout', '-q', '-b', 'feature');
  apply(author, head);
  const headSha = commit(author, 'head');
  const r = { root, bare, author, baseSha, headSha, number, mergeSha: '' };
  r.mergeSha = makeMerge(r);
  return r;
}

/** Another push to the PR branch: new head and merge commits. */
export function pushHead(r: PullRepo, changes: FileChanges): void {
  git(r.author, 'checkout', '-q', 'feature');
  apply(r.author, changes);
  r.headSha = commit(r.author, 'more');
  r.mergeSha = makeMerge(r);
}

/** A push to the base branch (main moves on): new main, and GitHub's merge commit made again on it. */
export function advanceMain(r: PullRepo, changes: FileChanges): string {
  git(r.author, 'checkout', '-q', 'main');
  apply(r.author, changes);
  const main = commit(r.author, 'main moves on');
  git(r.author, 'push', '-q', 'origin', 'main:main');
  r.mergeSha = makeMerge(r);
  return main;
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
