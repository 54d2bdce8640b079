import { describe, expect, it } from 'vitest';
import { chooseBase } from '../../src/action/resolve-base';
import type { PullRequestRef } from '../../src/github/pull-request';

const pr: PullRequestRef = { owner: 'acme', repo: 'shop', number: 7, baseSha: 'b1', headSha: 'h1', baseRef: 'main', fromFork: false };

describe('chooseBase', () => {
  it('takes the first parent of the test merge commit (right even when the payload base is stale)', () => {
    expect(chooseBase({ sha: 'm1', parents: ['b2', 'h1'] }, pr)).toEqual({ kind: 'merge', baseSha: 'b2' });
  });

  it('leaves a head checkout to the merge base', () => {
    expect(chooseBase({ sha: 'h1', parents: ['p'] }, pr)).toEqual({ kind: 'head', baseSha: null });
  });

  it('refuses a work tree at the base commit (pull_request_target checks out the base)', () => {
    expect(() => chooseBase({ sha: 'b1', parents: ['p'] }, pr)).toThrow(/work tree is the base commit .* check out the pull request/);
  });

  it('falls back to the payload base without git, or for an unknown commit', () => {
    expect(chooseBase(null, pr)).toEqual({ kind: 'unknown', baseSha: 'b1' });
    expect(chooseBase({ sha: 'x', parents: ['y'] }, pr)).toEqual({ kind: 'other', baseSha: 'b1' });
  });
});
