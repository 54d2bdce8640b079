import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isPermissionError } from '../../src/github/client';
import { findComment, upsertComment } from '../../src/github/sticky-comment';
import { API, REPO, expectAllDone, testClient } from './helpers';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const MARKER = '<!-- flowgate-report -->';
const BOT = 'github-actions[bot]';
const PATH = '/repos/acme/shop/issues/7/comments';
const human = (id: number, body = `comment ${id}`) => ({ id, body, html_url: `https://github.test/c/${id}`, user: { login: 'dev', type: 'User' } });
const bot = (id: number, body: string) => ({ id, body, html_url: `https://github.test/c/${id}`, user: { login: 'github-actions[bot]', type: 'Bot' } });

function pages(...all: unknown[][]): void {
  const scope = nock(API);
  all.forEach((data, i) => {
    const next: Record<string, string> = i + 1 < all.length ? { link: `<${API}${PATH}?per_page=100&page=${i + 2}>; rel="next"` } : {};
    scope
      .get(PATH)
      .query(i === 0 ? { per_page: '100' } : { per_page: '100', page: String(i + 1) })
      .reply(200, data as nock.Body, next);
  });
}

describe('findComment', () => {
  it('finds the marker on the second page', async () => {
    pages(
      Array.from({ length: 100 }, (_, i) => human(i + 1)),
      [human(101), bot(102, `${MARKER}\nold report`), human(103)],
    );
    expect(await findComment(testClient(), REPO, 7, MARKER, BOT)).toEqual({ id: 102, body: `${MARKER}\nold report`, url: 'https://github.test/c/102' });
    expectAllDone();
  });

  it('returns null when no comment holds the marker', async () => {
    pages([human(1), human(2)]);
    expect(await findComment(testClient(), REPO, 7, MARKER, BOT)).toBeNull();
    expectAllDone();
  });

  it("takes only the token's own comments: not a person's, not another bot's that quote the marker", async () => {
    const other = { id: 1, body: `${MARKER}\nsummary by another bot`, html_url: 'https://github.test/c/1', user: { login: 'pr-summary[bot]', type: 'Bot' } };
    pages([other, human(2, `${MARKER} quoted`)]);
    expect(await findComment(testClient(), REPO, 7, MARKER, BOT)).toBeNull();
    expectAllDone();
  });

  it("prefers the bot's comment to a person quoting the marker", async () => {
    pages([human(1, `> ${MARKER} why is this red?`)], [bot(2, `${MARKER}\nreport`)]);
    expect((await findComment(testClient(), REPO, 7, MARKER, BOT))?.id).toBe(2);
    expectAllDone();
  });
});

describe('upsertComment', () => {
  it('creates the comment when there is none', async () => {
    pages([human(1)]);
    nock(API)
      .post(PATH, (b: { body: string }) => b.body === `${MARKER}\nnew`)
      .reply(201, { id: 9, html_url: 'https://github.test/c/9' });
    // Looked at again after creating, for a duplicate posted by a racing run (there is none).
    pages([human(1), bot(9, `${MARKER}\nnew`)]);
    expect(await upsertComment(testClient(), REPO, 7, MARKER, `${MARKER}\nnew`, BOT)).toEqual({ action: 'created', id: 9, url: 'https://github.test/c/9' });
    expectAllDone();
  });

  it('edits the comment in place, never a second one', async () => {
    pages(Array.from({ length: 100 }, (_, i) => human(i + 1)), [bot(150, `${MARKER}\nold`)]);
    nock(API)
      .patch('/repos/acme/shop/issues/comments/150', { body: `${MARKER}\nnew` })
      .reply(200, { id: 150, html_url: 'https://github.test/c/150' });
    const post = nock(API).post(PATH).reply(201, {});
    expect(await upsertComment(testClient(), REPO, 7, MARKER, `${MARKER}\nnew`, BOT)).toEqual({ action: 'updated', id: 150, url: 'https://github.test/c/150' });
    expect(post.isDone()).toBe(false);
  });

  it('leaves an identical comment alone', async () => {
    pages([bot(5, `${MARKER}\nsame`)]);
    expect((await upsertComment(testClient(), REPO, 7, MARKER, `${MARKER}\nsame`, BOT)).action).toBe('unchanged');
    expectAllDone();
  });

  it('passes a 403 (read-only token of a fork) to the caller', async () => {
    pages([]);
    nock(API).post(PATH).reply(403, { message: 'Resource not accessible by integration' });
    const e = await upsertComment(testClient(), REPO, 7, MARKER, `${MARKER}\nx`, BOT).catch((err: unknown) => err);
    expect(isPermissionError(e)).toBe(true);
    expectAllDone();
  });

  it('refuses a body without the marker', async () => {
    await expect(upsertComment(testClient(), REPO, 7, MARKER, 'no marker', BOT)).rejects.toThrow(/marker/);
  });
});
