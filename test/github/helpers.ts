import nock from 'nock';
import { createClient, type GitHubClient } from '../../src/github/client';

export const API = 'https://api.github.test';
export const REPO = { owner: 'acme', repo: 'shop' };

/**
 * A client against the nock'd API, with back-off delays of a millisecond per second. `throttle`
 * (rate limits, spacing of writes) is on only where a test is about it: it spaces writes 1-3 s.
 */
export function testClient(throttle = false): GitHubClient {
  return createClient({ token: 'ghs_test', baseUrl: API, retryAfterBaseValue: 1, throttle });
}

/** Fails the test when a mocked request was not made. */
export function expectAllDone(): void {
  const pending = nock.pendingMocks();
  if (pending.length) throw new Error(`requests not made: ${pending.join(', ')}`);
}
