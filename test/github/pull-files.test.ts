import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listPullFiles, MAX_PULL_FILES } from '../../src/github/pull-files';
import { fetchPullRequest, pullRequestRef } from '../../src/github/pull-request';
import { API, REPO, expectAllDone, testClient } from './helpers';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const file = (i: number) => ({ filename: `k8s/f${i}.yaml`, status: 'modified' });

function link(page: number, last: number): Record<string, string> {
  if (page >= last) return {};
  return { link: `<${API}/repos/acme/shop/pulls/7/files?per_page=100&page=${page + 1}>; rel="next", <${API}/repos/acme/shop/pulls/7/files?per_page=100&page=${last}>; rel="last"` };
}

describe('listPullFiles', () => {
  it('reads every page and keeps renames', async () => {
    nock(API)
      .get('/repos/acme/shop/pulls/7/files')
      .query({ per_page: '100' })
      .reply(200, Array.from({ length: 100 }, (_, i) => file(i)), link(1, 2))
      .get('/repos/acme/shop/pulls/7/files')
      .query({ per_page: '100', page: '2' })
      .reply(200, [{ filename: 'k8s/new.yaml', status: 'renamed', previous_filename: 'k8s/old.yaml' }]);
    const r = await listPullFiles(testClient(), REPO, 7);
    expect(r.files).toHaveLength(101);
    expect(r.files[100]).toEqual({ path: 'k8s/new.yaml', status: 'renamed', previousPath: 'k8s/old.yaml' });
    expect(r.truncated).toBe(false);
    expectAllDone();
  });

  it('sends only owner and repo of a PullRequestRef, never its other fields as query parameters', async () => {
    nock(API).get('/repos/acme/shop/pulls/7/files').query({ per_page: '100' }).reply(200, [file(1)]);
    const pr = { ...REPO, number: 7, baseSha: 'b', headSha: 'h', baseRef: 'main', fromFork: false };
    expect((await listPullFiles(testClient(), pr, 7)).files).toHaveLength(1);
    expectAllDone();
  });

  it('stops at GitHub\'s 3,000 files and says the list is truncated', async () => {
    const scope = nock(API);
    for (let page = 1; page <= 30; page++) {
      scope
        .get('/repos/acme/shop/pulls/7/files')
        .query(page === 1 ? { per_page: '100' } : { per_page: '100', page: String(page) })
        .reply(200, Array.from({ length: 100 }, (_, i) => file((page - 1) * 100 + i)), link(page, 31));
    }
    const r = await listPullFiles(testClient(), REPO, 7);
    expect(r.files).toHaveLength(MAX_PULL_FILES);
    expect(r.truncated).toBe(true);
    expectAllDone();
  });
});

describe('pull requests', () => {
  const payload = {
    number: 7,
    base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'acme/shop' } },
    head: { sha: 'h'.repeat(40), ref: 'feature', repo: { full_name: 'someone/shop' } },
  };

  it('reads base, head and whether the head is a fork', () => {
    expect(pullRequestRef(REPO, payload)).toEqual({ ...REPO, number: 7, baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40), baseRef: 'main', fromFork: true });
    expect(pullRequestRef(REPO, { ...payload, head: { ...payload.head, repo: { full_name: 'acme/shop' } } }).fromFork).toBe(false);
    expect(pullRequestRef(REPO, { ...payload, head: { ...payload.head, repo: null } }).fromFork).toBe(true);
  });

  it('fetches a pull request by number', async () => {
    nock(API).get('/repos/acme/shop/pulls/7').reply(200, payload);
    expect((await fetchPullRequest(testClient(), REPO, 7)).headSha).toBe('h'.repeat(40));
    expectAllDone();
  });
});
