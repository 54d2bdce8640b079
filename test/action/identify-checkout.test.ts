import { describe, expect, it } from 'vitest';
import { identifyCheckout } from '../../src/action/identify-checkout';
import type { PullRequestRef } from '../../src/github/pull-request';

const pr: PullRequestRef = { owner: 'acme', repo: 'shop', number: 7, baseSha: 'b1', headSha: 'h1', baseRef: 'main', fromFork: false };

describe('identifyCheckout', () => {
  it('takes the first parent of the test merge commit (right even when the payload base is stale)', () => {
    expect(identifyCheckout({ sha: 'm1', parents: ['b2', 'h1'] }, ['h1'], pr)).toEqual({ kind: 'merge', sha: 'm1', headSha: 'h1', baseSha: 'b2' });
  });

  it('knows a head the API lists now (a checkout made after a push)', () => {
    expect(identifyCheckout({ sha: 'm2', parents: ['b2', 'h2'] }, ['h1', 'h2'], pr)).toMatchObject({ kind: 'merge', headSha: 'h2' });
    expect(identifyCheckout({ sha: 'h2', parents: ['h1'] }, ['h1', 'h2'], pr)).toEqual({ kind: 'head', sha: 'h2', headSha: 'h2', baseSha: null });
  });

  it('refuses a work tree at the base commit, at a base that moved on, at any other commit, and without git', () => {
    expect(() => identifyCheckout({ sha: 'b1', parents: ['p'] }, ['h1'], pr)).toThrow(/work tree is the base commit .* check out the pull request/);
    expect(() => identifyCheckout({ sha: 'b9', parents: ['b1'] }, ['h1'], pr)).toThrow(/commit b9, which is neither the head h1 of pull request #7 nor GitHub's merge commit of it: it is not the pull request's code/);
    expect(() => identifyCheckout({ sha: 'm1', parents: ['h1', 'b1'] }, ['h1'], pr)).toThrow(/not the pull request's code/);
    expect(() => identifyCheckout(null, ['h1'], pr)).toThrow(/not a git checkout/);
  });
});
