import { rmSync } from 'node:fs';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client';
import { checkout, makePullRepo, type FileChanges } from '../action/git-fixture';
import { workflowCommands } from './support/commands';
import { ALLOW_WEB_TO_DB, decode, example, LOCKED_BASE, MARKER } from './support/harness';
import { runInProcess, type InProcessResult } from './support/in-process';
import { API, BOT, NockGitHub } from './support/nock-github';

// GitHub faults while the action runs (nock answers the API; the repository is a real git
// fixture): permissions, deleted and racing comments, validation errors, server errors, rate
// limits, the 3,000-file cap. In every case the report reaches the job summary, the action does
// not throw, and the exit status is the verdict's.

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
const roots: string[] = [];
afterAll(() => {
  nock.enableNetConnect();
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

const RULE = 'web never talks to the database directly';

/** A PR that opens the forbidden flow web → db, and an API that lists its one file. */
function scenario(head: FileChanges = { 'k8s/allow-web-to-db.yaml': ALLOW_WEB_TO_DB }, base: FileChanges = LOCKED_BASE) {
  const repo = makePullRepo(base, head);
  roots.push(repo.root);
  const api = new NockGitHub();
  api.pull = { baseSha: repo.baseSha, headSha: repo.headSha };
  api.files = Object.keys(head).map((filename) => ({ filename, status: base[filename] === undefined ? 'added' : head[filename] === null ? 'removed' : 'modified' }));
  return { repo, api, workspace: checkout(repo) };
}

/** Back-off of a millisecond per second; the throttling plugin only where a test is about it. */
const client = (throttle = false) => createClient({ token: 'ghs_inprocess', baseUrl: API, retryAfterBaseValue: 1, throttle });

function expectVerdict(r: InProcessResult): void {
  expect(r.exitCode, r.stdout).toBe(1);
  expect(decode(r.summary)).toContain(RULE);
  expect(decode(r.summary)).toContain('Fail');
  expect(r.outputs['new-violations']).toBe('1');
  const errors = workflowCommands(r.stdout).filter((c) => c.name === 'error');
  expect(errors.at(-1)!.data).toBe('1 new rule violation');
}

const warnings = (r: InProcessResult) => workflowCommands(r.stdout).filter((c) => c.name === 'warning').map((c) => c.data);
const reports = (api: NockGitHub) => api.comments.filter((c) => c.body.startsWith(MARKER));

describe('permissions and validation', () => {
  it('403 on the comment and on the check run: the report is in the summary, the check still fails', async () => {
    const { repo, api, workspace } = scenario();
    api.fail('create-comment', { status: 403, message: 'Resource not accessible by integration' });
    api.fail('create-check', { status: 403, message: 'Resource not accessible by integration' });
    const r = await runInProcess({ repo, workspace, client: client() });
    expectVerdict(r);
    expect(warnings(r).join('\n')).toMatch(/cannot comment on pull request #7: the token is read-only \(grant `pull-requests: write`\)/);
    expect(workflowCommands(r.stdout).filter((c) => c.name === 'notice').map((c) => c.data)).toContain('flowgate wrote no check run: the token lacks `checks: write`. The annotations are on this step.');
    expect(api.comments).toEqual([]);
    expect(api.checkRuns).toEqual([]);
  });

  it('422 on the comment, and on the check run with annotations (written again without them)', async () => {
    const { repo, api, workspace } = scenario();
    api.fail('create-comment', { status: 422, message: 'Validation Failed' });
    api.fail('create-check', { status: 422, message: 'Validation Failed: annotation path not in the commit' });
    const r = await runInProcess({ repo, workspace, client: client() });
    expectVerdict(r);
    expect(warnings(r).join('\n')).toMatch(/could not post its comment on pull request #7 \(422 Validation Failed/);
    expect(warnings(r).join('\n')).toMatch(/GitHub refused the check run's annotations/);
    expect(api.count('create-comment')).toBe(1);
    expect(api.checkRuns).toHaveLength(1);
    expect(api.checkRuns[0]!.body).toMatchObject({ conclusion: 'failure' });
    expect(api.checkRuns[0]!.annotations).toEqual([]);
  });
});

describe('a comment deleted between find and update', () => {
  it('is posted anew, once', async () => {
    const { repo, api, workspace } = scenario();
    const old = api.addComment(`${MARKER}\nan old report`);
    // Deleted by someone after the action listed the comments, before its edit.
    api.fail('update-comment', { status: 404, message: 'Not Found', effect: () => api.comments.splice(api.comments.indexOf(old), 1) });
    const r = await runInProcess({ repo, workspace, client: client() });
    expectVerdict(r);
    expect(api.count('update-comment')).toBe(1);
    expect(api.count('create-comment')).toBe(1);
    expect(reports(api).map((c) => c.id)).toEqual([old.id + 1]);
    expect(decode(reports(api)[0]!.body)).toContain(RULE);
  });

  it('a listing that still shows the deleted comment does not make it edited again', async () => {
    const { repo, api, workspace } = scenario();
    const old = api.addComment(`${MARKER}\nan old report`);
    api.fail('update-comment', { status: 404, message: 'Not Found' });
    const r = await runInProcess({ repo, workspace, client: client() });
    expectVerdict(r);
    expect(api.count('update-comment')).toBe(1);
    expect(api.count('create-comment')).toBe(1);
    expect(reports(api).map((c) => c.id)).toEqual([old.id, old.id + 1]);
  });

  it('when the second lookup finds another that is also gone, gives up with a warning instead of looping', async () => {
    const { repo, api, workspace } = scenario();
    api.addComment(`${MARKER}\nreport of run 1`);
    api.addComment(`${MARKER}\nreport of run 2`);
    api.fail('update-comment', { status: 404, message: 'Not Found' }, { status: 404, message: 'Not Found' });
    const r = await runInProcess({ repo, workspace, client: client() });
    expectVerdict(r);
    expect(api.count('update-comment')).toBe(2);
    expect(api.count('create-comment')).toBe(0);
    expect(warnings(r).join('\n')).toMatch(/could not post its comment on pull request #7 \(404 Not Found/);
  });
});

describe('server errors', () => {
  it('500 and 502 are retried: the file list, the comment (a 502 after GitHub created it leaves one comment), the check run', async () => {
    const { repo, api, workspace } = scenario();
    api.fail('list-files', { status: 502, message: 'Bad Gateway' });
    api.fail('create-comment', { status: 502, message: 'Bad Gateway', apply: true });
    api.fail('create-check', { status: 500, message: 'Server Error' }, { status: 502, message: 'Bad Gateway' });
    const r = await runInProcess({ repo, workspace, client: client() });
    expectVerdict(r);
    expect(api.count('list-files')).toBe(2);
    expect(api.count('create-comment')).toBe(2);
    // The retry created a duplicate of the comment the 502 hid; the newer one was removed.
    expect(api.count('delete-comment')).toBe(1);
    expect(reports(api)).toHaveLength(1);
    expect(decode(reports(api)[0]!.body)).toContain(RULE);
    expect(api.checkRuns).toHaveLength(1);
    expect(warnings(r)).toEqual([]);
  });

  it('when every call fails, the analysis still runs on the whole tree and the summary has the report', async () => {
    const { repo, api, workspace } = scenario();
    const down = { status: 500, message: 'Server Error' };
    for (const route of ['list-files', 'list-comments', 'create-check'] as const) api.fail(route, down, down, down, down);
    const r = await runInProcess({ repo, workspace, client: client() });
    expectVerdict(r);
    expect(warnings(r).join('\n')).toMatch(/could not list the pull request's changed files \(Server Error\); analysing the whole tree/);
    expect(warnings(r).join('\n')).toMatch(/could not post its comment/);
    expect(warnings(r).join('\n')).toMatch(/could not write its check run \(500/);
    expect(api.comments).toEqual([]);
  });
});

describe('rate limits', () => {
  it('secondary rate limits (retry-after, or the message alone) are waited out', async () => {
    const { repo, api, workspace } = scenario();
    api.fail('create-comment', { status: 403, message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', headers: { 'retry-after': '2' } });
    api.fail('create-check', { status: 403, message: 'You have exceeded a secondary rate limit' });
    const r = await runInProcess({ repo, workspace, client: client(true) });
    expectVerdict(r);
    expect(api.count('create-comment')).toBe(2);
    expect(reports(api)).toHaveLength(1);
    expect(api.count('create-check')).toBe(2);
    expect(api.checkRuns).toHaveLength(1);
  });

  it('a rate limit that outlasts the retries is reported as one, not as a missing permission', async () => {
    const { repo, api, workspace } = scenario();
    const secondary = { status: 403, message: 'You have exceeded a secondary rate limit', headers: { 'retry-after': '1' } };
    api.fail('create-comment', secondary, secondary, secondary);
    // A primary limit whose reset is an hour away: not waited for.
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    api.fail('create-check', { status: 403, message: 'API rate limit exceeded for installation', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } });
    const r = await runInProcess({ repo, workspace, client: client(true) });
    expectVerdict(r);
    expect(api.count('create-comment')).toBe(3);
    expect(api.count('create-check')).toBe(1);
    const w = warnings(r).join('\n');
    expect(w).toMatch(/GitHub's rate limit kept flowgate from posting its comment on pull request #7/);
    expect(w).toMatch(/GitHub's rate limit kept flowgate from writing its check run/);
    expect(r.stdout).not.toMatch(/read-only|checks: write/);
  });
});

describe('a pull request with more files than GitHub lists', () => {
  it('stops at 3,000 files, says the list may be truncated, and compares the whole trees', async () => {
    const worker = example('base/app.yaml').split(/^---\n/m).find((d) => /^ {2}name: web$/m.test(d))!.replace(/^ {2}name: web$/m, '  name: worker');
    const base = { ...LOCKED_BASE, 'k8s/worker.yaml': worker };
    // Neither the forbidden policy nor the move of worker.yaml out of the globs is in the list.
    const { repo, api, workspace } = scenario({ 'k8s/allow-web-to-db.yaml': ALLOW_WEB_TO_DB, 'k8s/worker.yaml': null, 'docs/worker.txt': worker }, base);
    api.files = Array.from({ length: 3100 }, (_, i) => ({ filename: `docs/page-${String(i).padStart(4, '0')}.md`, status: 'added' }));
    const r = await runInProcess({ repo, workspace, client: client() });
    expect(api.count('list-files')).toBe(30);
    expect(api.requests.filter((q) => q.route === 'list-files').map((q) => Number(q.query.page ?? 1))).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(warnings(r).join('\n')).toContain('GitHub lists at most 3,000 changed files of a pull request, and this one reaches that: the list may be truncated, so the whole base and head trees are compared');
    expect(r.exitCode, r.stdout).toBe(1);
    expect(r.outputs['new-violations']).toBe('1');
    expect(decode(r.summary)).toContain(RULE);
    const moved = workflowCommands(r.stdout).filter((c) => c.properties.title === 'flowgate: manifest-moved-out');
    expect(moved.map((c) => c.properties.file)).toEqual(['docs/worker.txt']);
    expect(decode(r.summary)).toContain('moved out of the analysed paths');
  });
});

describe('two runs racing on the sticky comment', () => {
  it('a comment that appears between the lookup and the create: ours is removed, theirs carries our report', async () => {
    const { repo, api, workspace } = scenario();
    let theirs = 0;
    api.beforeCreate = () => {
      if (!theirs) theirs = api.addComment(`${MARKER}\nthe other run's report`).id;
    };
    const r = await runInProcess({ repo, workspace, client: client() });
    expectVerdict(r);
    expect(api.count('create-comment')).toBe(1);
    expect(api.requests.filter((q) => q.route === 'delete-comment').map((q) => q.path)).toEqual([`/repos/acme/shop/issues/comments/${theirs + 1}`]);
    expect(reports(api).map((c) => c.id)).toEqual([theirs]);
    expect(decode(reports(api)[0]!.body)).toContain(RULE);
  });

  it('when ours is the older one, it stays (the other run removes its own)', async () => {
    const { repo, api, workspace } = scenario();
    api.afterCreate = () => {
      api.afterCreate = null;
      api.addComment(`${MARKER}\nthe other run's report`);
    };
    const r = await runInProcess({ repo, workspace, client: client() });
    expectVerdict(r);
    expect(api.count('delete-comment')).toBe(0);
    expect(decode(reports(api)[0]!.body)).toContain(RULE);
  });

  it("a person's comment that holds the marker is never edited: the report gets its own comment", async () => {
    const { repo, api, workspace } = scenario();
    const planted = api.addComment(`${MARKER}\n✅ Pass: nothing to see here`, { login: 'mallory', type: 'User' });
    const r = await runInProcess({ repo, workspace, client: client() });
    expectVerdict(r);
    expect(api.count('update-comment')).toBe(0);
    expect(api.comments.find((c) => c.id === planted.id)!.body).toBe(`${MARKER}\n✅ Pass: nothing to see here`);
    const ours = reports(api).filter((c) => c.user.type === BOT.type);
    expect(ours).toHaveLength(1);
    expect(decode(ours[0]!.body)).toContain(RULE);
  });
});
