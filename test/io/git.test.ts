import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { fetchCommit, GitError, hasCommit, readGitFile, readHeadCommit, runGit } from '../../src/io/git';
import { checkout, makePullRepo } from '../action/git-fixture';

const repo = makePullRepo({ 'a.yaml': 'a: 1\n', '.github/flowgate.yml': 'rules: {}\n' }, { 'b.yaml': 'b: 2\n' });
afterAll(() => rmSync(repo.root, { recursive: true, force: true }));

describe('git helpers on a depth-1 checkout of the merge ref', () => {
  it('knows the merge commit and its parents without their objects', async () => {
    const ws = checkout(repo);
    expect(await readHeadCommit(ws)).toEqual({ sha: repo.mergeSha, parents: [repo.baseSha, repo.headSha] });
    expect(await hasCommit(ws, repo.baseSha)).toBe(false);
  });

  it('fetches the base commit, then reads files at it', async () => {
    const ws = checkout(repo);
    expect(await fetchCommit(ws, repo.baseSha)).toEqual({ ok: true });
    expect(await readGitFile(ws, repo.baseSha, '.github/flowgate.yml')).toBe('rules: {}\n');
    expect(await readGitFile(ws, repo.baseSha, 'b.yaml')).toBeNull();
  });

  it('reports a fetch that cannot work instead of throwing', async () => {
    const ws = checkout(repo, undefined, 'file:///nonexistent/origin.git');
    const r = await fetchCommit(ws, repo.baseSha);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error).toMatch(/nonexistent|not appear to be a git repository|Could not read/i);
  });

  it('returns null outside a repository', async () => {
    expect(await readHeadCommit('/')).toBeNull();
  });
});

describe('runGit, the one git runner', () => {
  it('feeds standard input and returns standard output as bytes', async () => {
    const out = await runGit(repo.bare, ['hash-object', '--stdin'], { input: 'a: 1\n' });
    expect(out.toString('utf8').trim()).toMatch(/^[0-9a-f]{40}$/);
  });

  it('rejects with the exit status and what git said', async () => {
    const e = await runGit(repo.bare, ['cat-file', '-p', 'no-such-object']).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(GitError);
    expect((e as GitError).exitCode).toBe(128);
    expect((e as GitError).stderr).toMatch(/no-such-object/);
  });
});
