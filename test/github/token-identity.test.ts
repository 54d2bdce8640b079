import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readTokenLogin } from '../../src/github/token-identity';
import { API, expectAllDone, testClient } from './helpers';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

describe('readTokenLogin', () => {
  it('takes the app slug when the workflow gives one, asking nothing', async () => {
    expect(await readTokenLogin(testClient(), 'acme-gate')).toBe('acme-gate[bot]');
  });

  it('a personal access token: its user', async () => {
    nock(API).get('/user').reply(200, { login: 'release-bot-user' });
    expect(await readTokenLogin(testClient(), null)).toBe('release-bot-user');
    expectAllDone();
  });

  it('an installation token (403 on GET /user): the GraphQL viewer', async () => {
    nock(API).get('/user').reply(403, { message: 'Resource not accessible by integration' });
    nock(API).post('/graphql').reply(200, { data: { viewer: { login: 'acme-gate[bot]' } } });
    expect(await readTokenLogin(testClient(), null)).toBe('acme-gate[bot]');
    expectAllDone();
  });

  it('neither answers: github-actions[bot], and says so', async () => {
    nock(API).get('/user').reply(403, { message: 'Resource not accessible by integration' });
    nock(API).post('/graphql').reply(403, { message: 'Forbidden' });
    const log: string[] = [];
    expect(await readTokenLogin(testClient(), null, (m) => log.push(m))).toBe('github-actions[bot]');
    expect(log.join()).toMatch(/could not read the token's login/);
  });
});
