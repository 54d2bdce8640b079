import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient, isPermissionError } from '../../src/github/client';
import { API, REPO, expectAllDone, testClient } from './helpers';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

describe('createClient', () => {
  it('sends the token and retries a 5xx until it succeeds', async () => {
    const scope = nock(API, { reqheaders: { authorization: 'token ghs_test' } })
      .get('/repos/acme/shop/pulls/7')
      .reply(502, { message: 'Bad Gateway' })
      .get('/repos/acme/shop/pulls/7')
      .reply(503, { message: 'Service Unavailable' })
      .get('/repos/acme/shop/pulls/7')
      .reply(200, { number: 7 });
    const { data } = await testClient().rest.pulls.get({ ...REPO, pull_number: 7 });
    expect(data.number).toBe(7);
    expect(scope.isDone()).toBe(true);
  });

  it('gives up after the configured retries', async () => {
    nock(API).get('/repos/acme/shop/pulls/7').times(3).reply(500, { message: 'boom' });
    const client = createClient({ token: 't', baseUrl: API, retryAfterBaseValue: 1, retries: 2 });
    await expect(client.rest.pulls.get({ ...REPO, pull_number: 7 })).rejects.toMatchObject({ status: 500 });
    expectAllDone();
  });

  it('retries a network failure', async () => {
    nock(API).get('/repos/acme/shop/pulls/7').replyWithError('socket hang up').get('/repos/acme/shop/pulls/7').reply(200, { number: 7 });
    const { data } = await testClient().rest.pulls.get({ ...REPO, pull_number: 7 });
    expect(data.number).toBe(7);
    expectAllDone();
  });

  it('waits for a primary rate limit to reset, then retries', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 2);
    const warnings: string[] = [];
    nock(API)
      .get('/repos/acme/shop/pulls/7')
      .reply(403, { message: 'API rate limit exceeded' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset })
      .get('/repos/acme/shop/pulls/7')
      .reply(200, { number: 7 });
    const client = createClient({
      token: 't',
      baseUrl: API,
      retryAfterBaseValue: 1,
      log: { debug() {}, info() {}, warn: (m) => warnings.push(m), error() {} },
    });
    const { data } = await client.rest.pulls.get({ ...REPO, pull_number: 7 });
    expect(data.number).toBe(7);
    expect(warnings.join('\n')).toMatch(/primary rate limit .* retrying/);
    expectAllDone();
  });

  it('retries a secondary rate limit (403 with retry-after)', async () => {
    nock(API)
      .post('/repos/acme/shop/issues/7/comments')
      .reply(403, { message: 'You have exceeded a secondary rate limit' }, { 'retry-after': '3' })
      .post('/repos/acme/shop/issues/7/comments')
      .reply(201, { id: 1, html_url: 'u' });
    const { data } = await testClient(true).rest.issues.createComment({ ...REPO, issue_number: 7, body: 'x' });
    expect(data.id).toBe(1);
    expectAllDone();
  });

  it('does not retry a 403 that is a missing permission', async () => {
    nock(API).post('/repos/acme/shop/issues/7/comments').once().reply(403, { message: 'Resource not accessible by integration' });
    const e = await testClient(true)
      .rest.issues.createComment({ ...REPO, issue_number: 7, body: 'x' })
      .catch((err: unknown) => err);
    expect(isPermissionError(e)).toBe(true);
    expectAllDone();
  });
});
