import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceMain, checkout, pushHead, type FileChanges } from '../action/git-fixture';
import { workflowCommands } from './support/commands';
import { ALLOW_WEB_TO_DB, buildBundle, cleanup, decode, example, LOCKED_BASE, MARKER, ROOT, runAction, runBundle, setup, type ActionResult } from './support/harness';

// Issue 15: a green flowgate check must mean "no forbidden path opened". Each case is a way a
// pull request (or the timing of runs) could turn a violation into a pass, run end to end
// against the fake GitHub API: the action's entry in this process, and the first case through
// the built dist/index.js as a child process.

beforeAll(buildBundle);
afterAll(cleanup);

const DB_POLICY = 'k8s/allow-ingress-to-db.yaml';
/** The pull request deletes the database's policy: web → db opens, which the rules forbid. */
const DELETE_DB_POLICY: FileChanges = { [DB_POLICY]: null };
const RULE = 'web never talks to the database directly';
const BROKEN_ORIGIN = 'file:///nonexistent/origin.git';

const reports = <C extends { body: string }>(api: { comments: C[] }) => api.comments.filter((c) => c.body.startsWith(MARKER));
const errors = (r: ActionResult) => workflowCommands(r.stdout).filter((c) => c.name === 'error').map((c) => c.data);

function expectNewViolation(r: ActionResult): void {
  expect(r.status, r.stdout).toBe(1);
  expect(r.outputs['new-violations'], r.stdout).toBe('1');
  expect(decode(r.summary)).toContain(RULE);
}

describe('1. the work tree must be the pull request, identified from git', () => {
  it.each([
    ['pull_request_target', 'refs/heads/main'],
    ['workflow_dispatch', 'refs/heads/main'],
  ])('%s with the default checkout after main moved on: an error, never a pass', async (eventName, ref) => {
    const { repo, api } = await setup(LOCKED_BASE, DELETE_DB_POLICY);
    // main moves on: the checkout is main's new tip, which the event's base.sha no longer names.
    advanceMain(repo, { 'README.md': '# shop, moved on\n' });
    const r = await (eventName === 'pull_request_target' ? runBundle : runAction)({ repo, api, workspace: checkout(repo, ref), eventName, inputs: eventName === 'workflow_dispatch' ? { 'pr-number': '7' } : {} });
    expect(r.status, r.stdout).toBe(1);
    expect(errors(r).join('\n')).toMatch(/neither the head [0-9a-f]{12} of pull request #7 nor GitHub's merge commit of it: it is not the pull request's code/);
    expect(r.summary).toMatch(/The analysis did not run:\*\* the work tree is commit/);
    expect(reports(api)).toEqual([]);
    expect(api.checkRuns).toEqual([]);
  });

  it('a checkout of the merge ref after main moved on compares with the merge commit\'s first parent', async () => {
    const { repo, api } = await setup(LOCKED_BASE, DELETE_DB_POLICY);
    const main = advanceMain(repo, { 'README.md': '# shop, moved on\n' });
    const r = await runAction({ repo, api, workspace: checkout(repo), eventName: 'pull_request_target' });
    expectNewViolation(r);
    expect(r.stdout).toContain(`base: its first parent ${main}`);
  });
});

describe('2. symbolic links are read the same way on both sides', () => {
  const POLICY = example('head/allow-ingress-to-db.yaml');
  /** Step (a) merged: the db policy is a link to a file outside the manifest globs. */
  const LINKED_BASE: FileChanges = { ...LOCKED_BASE, [DB_POLICY]: { symlink: '../.policies/db.yaml' }, '.policies/db.yaml': POLICY };

  it('step (a): turning the policy into a link to the same text changes nothing (both sides follow it)', async () => {
    const { repo, api } = await setup(LOCKED_BASE, { [DB_POLICY]: { symlink: '../.policies/db.yaml' }, '.policies/db.yaml': POLICY });
    const r = await runAction({ repo, api, workspace: checkout(repo) });
    expect(r.status, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ opened: '0', closed: '0', changed: '0', violations: '0' });
    expect(r.stdout).not.toMatch(/symlink|symbolic link/);
  });

  it.each([
    ['edits', 'git base', undefined, 'new'],
    ['edits', 'API base', BROKEN_ORIGIN, 'new'],
    ['edits', 'git base, fail-on any', undefined, 'any'],
    ['deletes', 'git base', undefined, 'new'],
  ])('step (b): a PR that only %s the link\'s target is analysed, and the violation is new (%s)', async (what, _base, origin, failOn) => {
    const { repo, api } = await setup(LINKED_BASE, { '.policies/db.yaml': what === 'edits' ? '# retired\n' : null });
    const r = await runAction({ repo, api, workspace: checkout(repo, undefined, origin), inputs: { 'fail-on': failOn } });
    expectNewViolation(r);
    expect(r.stdout).toContain(`${DB_POLICY} is a symbolic link through .policies/db.yaml, which this pull request changes`);
    expect(r.summary).not.toContain('none of them a Kubernetes manifest');
    expect(api.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
  });

  it.each([
    ['git base', undefined],
    ['API base', BROKEN_ORIGIN],
  ])('a link to a folder that hides a policy outside the globs fails the check, naming the link (%s)', async (_base, origin) => {
    const { repo, api } = await setup(LOCKED_BASE, { 'k8s/extra': { symlink: '../.hidden' }, '.hidden/allow-web-to-db.yaml': ALLOW_WEB_TO_DB });
    const r = await runAction({ repo, api, workspace: checkout(repo, undefined, origin) });
    expect(r.status, r.stdout).toBe(1);
    const linkErrors = workflowCommands(r.stdout).filter((c) => c.name === 'error' && c.properties.file === 'k8s/extra');
    expect(linkErrors.map((c) => c.data).join('\n')).toMatch(/symbolic link to a folder whose files \(\.hidden\/allow-web-to-db\.yaml\)/);
    expect(api.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
  });

  it('a link that leaves the repository is an error naming it, on the side that has it', async () => {
    const { repo, api } = await setup(LOCKED_BASE, { [DB_POLICY]: { symlink: '/etc/hostname' } });
    const r = await runAction({ repo, api, workspace: checkout(repo) });
    expect(r.status, r.stdout).toBe(1);
    const linkErrors = workflowCommands(r.stdout).filter((c) => c.name === 'error' && c.properties.file === DB_POLICY);
    expect(linkErrors.map((c) => c.data).join('\n')).toMatch(/symbolic link to a (path|file) outside/);
  });
});

describe('3. trusted mode: pull_request_target reads the merge commit as data', () => {
  it('recognises the mode and says so in the report; the fork cannot change the gate', async () => {
    const { repo, api } = await setup(LOCKED_BASE, { ...DELETE_DB_POLICY, '.github/flowgate.yml': 'rules: {}\n' }, 'someone/shop');
    const r = await runAction({ repo, api, workspace: checkout(repo), eventName: 'pull_request_target' });
    expectNewViolation(r);
    const comment = decode(reports(api)[0]!.body);
    expect(comment).toContain('Trusted mode (pull_request_target)');
    expect(comment).toContain("the base branch's rules were applied");
    expect(api.checkRuns[0]).toMatchObject({ head_sha: repo.headSha, conclusion: 'failure' });
  });
});

describe("4. the sticky comment is only the token's own", () => {
  it("another bot's comment that quotes the marker is left alone; flowgate posts its own", async () => {
    const { repo, api } = await setup(LOCKED_BASE, DELETE_DB_POLICY);
    const foreign = api.addComment(`${MARKER}\n✅ Pass: summary by another bot`, 'Bot', 'pr-summary[bot]');
    const r = await runAction({ repo, api, workspace: checkout(repo) });
    expectNewViolation(r);
    expect(api.comments.find((c) => c.id === foreign.id)!.body).toBe(`${MARKER}\n✅ Pass: summary by another bot`);
    expect(api.requests.filter((q) => q.method === 'PATCH' && q.path.includes('/issues/comments/'))).toEqual([]);
    const ours = reports(api).filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(decode(ours[0]!.body)).toContain(RULE);
    expect(r.stdout).not.toContain('read-only');
    // On pull_request the report does not claim trusted mode.
    expect(decode(ours[0]!.body)).not.toContain('Trusted mode');
  });

  it.each([
    ['an app token named by app-slug', { login: 'acme-gate[bot]', type: 'Bot' as const }, { 'app-slug': 'acme-gate' }],
    ['an app token, found through the GraphQL viewer', { login: 'acme-gate[bot]', type: 'Bot' as const }, {}],
    ['a personal access token (GET /user)', { login: 'release-manager', type: 'User' as const, user: true }, {}],
  ])('%s edits its own comment, not github-actions[bot]\'s', async (_what, identity, inputs) => {
    const { repo, api } = await setup(LOCKED_BASE, DELETE_DB_POLICY);
    api.identity = identity;
    const actions = api.addComment(`${MARKER}\nreport of the GITHUB_TOKEN workflow`, 'Bot', 'github-actions[bot]');
    const own = api.addComment(`${MARKER}\nan older report`, identity.type, identity.login);
    const r = await runAction({ repo, api, workspace: checkout(repo), inputs });
    expectNewViolation(r);
    expect(api.comments.find((c) => c.id === actions.id)!.body).toBe(`${MARKER}\nreport of the GITHUB_TOKEN workflow`);
    expect(decode(api.comments.find((c) => c.id === own.id)!.body)).toContain(RULE);
    expect(api.comments).toHaveLength(2);
    if ('app-slug' in inputs) expect(api.requests.some((q) => q.path === '/user' || q.path === '/graphql')).toBe(false);
  });
});

describe('5. a run whose head is no longer the PR head publishes nothing', () => {
  it('a push lands while the run analyses: no comment, no check run, and it says so', async () => {
    const { repo, api } = await setup(LOCKED_BASE, DELETE_DB_POLICY);
    const newer = api.addComment(`${MARKER}\nthe newer run's report`, 'Bot');
    const analysed = repo.headSha;
    // The push lands once the run has identified its work tree, as it lists the files.
    api.onRequest = (method, p) => {
      if (method !== 'GET' || !p.endsWith('/pulls/7/files') || api.pulls.get(7)!.headSha !== analysed) return;
      pushHead(repo, { 'README.md': '# shop, newer\n' });
      api.pulls.get(7)!.headSha = repo.headSha;
    };
    const workspace = checkout(repo);
    const r = await runAction({ repo, api, workspace });
    expectNewViolation(r);
    expect(r.stdout).toContain(`pull request #7 moved on to ${repo.headSha} while this run analysed ${analysed}: this run publishes no comment and no check run`);
    expect(api.comments).toEqual([expect.objectContaining({ id: newer.id, body: `${MARKER}\nthe newer run's report` })]);
    expect(api.checkRuns).toEqual([]);
  });
});

describe('6. the comment says that it is rewritten on every push', () => {
  it('a reviewer\'s edit inside the comment does not survive, and the footer says so', async () => {
    const { repo, api } = await setup(LOCKED_BASE, DELETE_DB_POLICY);
    await runAction({ repo, api, workspace: checkout(repo) });
    const comment = reports(api)[0]!;
    expect(comment.body.trimEnd()).toMatch(/flowgate rewrites this comment on every push: anything edited into it is lost\. Reply in a comment of your own\._$/);
    comment.body = comment.body.replace('\n', '\n**Approved by @acme/security-team**\n');
    pushHead(repo, { 'README.md': '# shop, again\n', [DB_POLICY]: null });
    api.pulls.get(7)!.headSha = repo.headSha;
    const r = await runAction({ repo, api, workspace: checkout(repo) });
    expectNewViolation(r);
    expect(reports(api)).toHaveLength(1);
    expect(reports(api)[0]!.body).not.toContain('Approved by');
    expect(reports(api)[0]!.body).toContain('flowgate rewrites this comment on every push');
  });
});

describe('7. licences ship with the bundle', () => {
  it('LICENSE is the Apache License 2.0, and dist/licenses.txt holds the licence of every bundled package', () => {
    expect(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/);
    const notices = path.join(ROOT, 'dist/licenses.txt');
    expect(existsSync(notices)).toBe(true);
    const text = readFileSync(notices, 'utf8');
    for (const pkg of ['yaml', 'ajv', 'picomatch', 'ipaddr.js', 'markdown-table', '@actions/core', '@octokit/rest', 'before-after-hook']) {
      const meta = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string; license: string };
      expect(text, pkg).toContain(`\n${pkg} ${meta.version} (${meta.license})\n`);
    }
    // Apache-2.0 code (before-after-hook) keeps its full licence text.
    expect(text).toContain('TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION');
  });
});
