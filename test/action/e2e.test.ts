import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateRepo, openEverythingHead, SIZES } from '../../bench/generate';
import { buildCheckedBundle } from './built-bundle';
import { runEntryInProcess } from './entry-in-process';
import { FakeGitHub } from './fake-github';
import { ALLOW_WEB_TO_DB as POLICY } from './manifests';
import { checkout, makePullRepo, pushHead, type PullRepo } from './git-fixture';

// The action with the environment a runner gives it, against a fake GitHub API on 127.0.0.1 and
// a git checkout made here (PRODUCT.md part 5). The first run of the first case runs the built
// dist/index.js as a child process (exit status, the stdout a runner reads, outputs, the token
// masked); every other run is its entry in this process (entry-in-process.ts), which costs no
// node start-up and no bundle load.

const ROOT = path.resolve(__dirname, '../..');
const TOKEN = 'ghs_e2eSecretToken0123456789';
// The comment line puts the rule at line 12, where the annotations must point.
const ALLOW_WEB_TO_DB = `# Lets the web tier talk to the database directly: the rules forbid it.\n${POLICY}`;

const example = (p: string) => readFileSync(path.join(ROOT, 'examples/three-tier', p), 'utf8');


interface ActionResult {
  status: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

function parseOutputs(file: string): Record<string, string> {
  if (!existsSync(file)) return {};
  const out: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i]!.match(/^([^<]+)<<(.+)$/);
    if (!m) continue;
    const value: string[] = [];
    while (lines[++i] !== m[2]) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

interface Scenario {
  repo: PullRepo;
  api: FakeGitHub;
  workspace: string;
  inputs?: Record<string, string>;
  eventName?: string;
  /** The runner's PATH (default: this process's). */
  path?: string;
  /** Run the built dist/index.js as a child process, not the entry in this process. */
  bundle?: boolean;
}

/** A pull_request event payload as GitHub writes it (the fields that matter, and some that do not). */
function pullRequestEvent(s: Scenario): Record<string, unknown> {
  const pull = s.api.pulls.get(s.repo.number)!;
  return {
    action: 'synchronize',
    number: s.repo.number,
    pull_request: {
      number: s.repo.number,
      state: 'open',
      title: 'Change the network policies',
      user: { login: 'dev', type: 'User' },
      head: { sha: pull.headSha, ref: pull.headRef, repo: { full_name: pull.headRepo, fork: pull.headRepo !== 'acme/shop' } },
      base: { sha: pull.baseSha, ref: pull.baseRef, repo: { full_name: 'acme/shop' } },
    },
    repository: { full_name: 'acme/shop', name: 'shop', owner: { login: 'acme' } },
    sender: { login: 'dev' },
  };
}

async function runAction(s: Scenario): Promise<ActionResult> {
  const temp = mkdtempSync(path.join(s.repo.root, 'runner-'));
  const event = path.join(temp, 'event.json');
  const eventName = s.eventName ?? 'pull_request';
  const payload = eventName === 'workflow_dispatch' ? { inputs: { 'pr-number': String(s.repo.number) }, ref: 'refs/heads/main', repository: { full_name: 'acme/shop' } } : pullRequestEvent(s);
  writeFileSync(event, JSON.stringify(payload));
  const output = path.join(temp, 'output');
  const summary = path.join(temp, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const inputs = { token: TOKEN, manifests: '**/*.yaml\n**/*.yml\n**/*.json', 'rules-file': '.github/flowgate.yml', 'default-namespace': 'default', 'fail-on': 'new', comment: 'update', 'pr-number': '', ...s.inputs };
  const env: Record<string, string> = {
    PATH: s.path ?? process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? os.homedir(),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_API_URL: s.api.url,
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: s.repo.mergeSha,
    GITHUB_REF: `refs/pull/${s.repo.number}/merge`,
    GITHUB_WORKSPACE: s.workspace,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: temp,
    GIT_CONFIG_NOSYSTEM: '1',
  };
  // @actions/core reads INPUT_<NAME upper-cased, spaces to _>; hyphens stay (INPUT_FAIL-ON).
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const { status, stdout } = s.bundle ? await runBundle(env, s.workspace) : await runEntryInProcess(env, s.workspace);
  return { status, stdout, outputs: parseOutputs(output), summary: readFileSync(summary, 'utf8') };
}

async function runBundle(env: Record<string, string>, cwd: string): Promise<{ status: number | null; stdout: string }> {
  const child = spawn(process.execPath, [bundle], { cwd, env });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, stdout };
}

/** The three-tier app of PRODUCT.md with no policy: every pod reaches every pod. */
const OPEN_BASE = {
  'k8s/app.yaml': example('base/app.yaml'),
  // Listed workloads only: these runs predate stand-ins (issue 11; test/security/exposure-bypass.test.ts).
  '.github/flowgate.yml': `${example('flowgate.yml')}exposure: false\n`,
  'README.md': '# shop\n',
  'package.json': '{ "name": "shop" }\n',
};
/** The same app locked down: only the api reaches the database, on TCP 3306. */
const LOCKED_BASE = { ...OPEN_BASE, 'k8s/allow-ingress-to-db.yaml': example('head/allow-ingress-to-db.yaml') };

const MARKER = '<!-- flowgate-report -->';
/** The report escapes punctuation from manifests as numeric entities; tests read it decoded. */
const decode = (s: string) => s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
const roots: string[] = [];
const servers: FakeGitHub[] = [];

let bundle = '';

beforeAll(() => {
  bundle = buildCheckedBundle(ROOT, 'flowgate-dist-');
  roots.push(path.dirname(bundle));
});

afterAll(async () => {
  for (const s of servers) await s.stop();
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

async function setup(base: Record<string, string>, head: Record<string, string | null>, headRepo = 'acme/shop'): Promise<{ repo: PullRepo; api: FakeGitHub }> {
  const repo = makePullRepo(base, head);
  roots.push(repo.root);
  const api = new FakeGitHub({ owner: 'acme', repo: 'shop', bare: repo.bare, token: TOKEN });
  api.pulls.set(repo.number, { number: repo.number, baseSha: repo.baseSha, headSha: repo.headSha, baseRef: 'main', headRef: 'feature', headRepo });
  servers.push(api);
  await api.start();
  return { repo, api };
}

/** Query parameters the GitHub API calls may carry; anything else leaked from an object spread. */
const ALLOWED_QUERY = new Set(['per_page', 'page', 'ref']);

/** A policy change that is fine by the rules: the api may also use MySQL's X protocol port. */
const WIDEN_API = example('head/allow-ingress-to-db.yaml').replace('          port: 3306\n', '          port: 3306\n        - protocol: TCP\n          port: 33060\n');

describe('the action, end to end', () => {
  it('fails and comments when a forbidden flow opens, then edits that same comment after the fix', async () => {
    const { repo, api } = await setup(LOCKED_BASE, { 'k8s/allow-web-to-db.yaml': ALLOW_WEB_TO_DB });
    // A busy PR: the report's comment lands on the second page of comments.
    for (let i = 0; i < 120; i++) api.addComment(`review note ${i}`);

    const first = await runAction({ repo, api, workspace: checkout(repo), bundle: true });
    expect(first.status, first.stdout).toBe(1);
    const reports = api.comments.filter((c) => c.body.includes(MARKER));
    expect(reports).toHaveLength(1);
    const firstRaw = reports[0]!.body;
    const firstBody = decode(firstRaw);
    expect(firstBody.startsWith(MARKER)).toBe(true);
    expect(firstBody).toContain('Fail');
    expect(firstBody).toContain('web never talks to the database directly');
    expect(firstBody).toContain('Rules: .github/flowgate.yml on the base branch main.');
    expect(first.outputs).toMatchObject({ violations: '1', 'new-violations': '1' });
    const declared = Object.keys((parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { outputs: object }).outputs);
    expect(Object.keys(first.outputs).sort()).toEqual(declared.sort());
    expect(Number(first.outputs.opened)).toBeGreaterThan(0);
    expect(first.stdout).toMatch(/^::error title=flowgate%3A forbidden flow open,file=k8s\/allow-web-to-db\.yaml,line=12::New violation: prod\/web\[Pod\] can reach prod\/db\[Pod\]/m);
    expect(first.stdout).toMatch(/^::error::1 new rule violation$/m);
    expect(api.checkRuns).toHaveLength(1);
    expect(api.checkRuns[0]).toMatchObject({ name: 'flowgate report', head_sha: repo.headSha, conclusion: 'failure', output: { title: '1 new rule violation' } });
    expect(api.checkRuns[0]!.annotations).toEqual([expect.objectContaining({ path: 'k8s/allow-web-to-db.yaml', start_line: 12, annotation_level: 'failure' })]);
    expect(decode(first.summary)).toContain('web never talks to the database directly');
    const json = JSON.parse(readFileSync(first.outputs['report-json']!, 'utf8')) as { version: number; environments: { name: string; violations: { rule: string; new: boolean; from: string[]; to: string[] }[] }[] };
    expect(json.version).toBe(2);
    // Issue 13: one environment (the manifests as they are), so the shape never flips.
    expect(json.environments.map((e) => e.name)).toEqual(['manifests']);
    expect(json.environments[0]!.violations).toEqual([expect.objectContaining({ rule: 'web never talks to the database directly', new: true, from: ['prod/web[Pod]'], to: ['prod/db[Pod]'], pairs: 1 })]);
    expect(readFileSync(first.outputs['report-markdown']!, 'utf8')).toBe(reports[0]!.body);
    expect(path.relative(path.dirname(path.dirname(first.outputs['report-json']!)), first.outputs['report-json']!)).toMatch(/^flowgate-/);
    // The token never shows, except in the command that masks it.
    expect(first.stdout.replaceAll(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);

    // The fix, pushed to the same PR: drop that policy; widen the api's instead.
    pushHead(repo, { 'k8s/allow-web-to-db.yaml': null, 'k8s/allow-ingress-to-db.yaml': WIDEN_API });
    api.pulls.get(repo.number)!.headSha = repo.headSha;
    const second = await runAction({ repo, api, workspace: checkout(repo) });
    expect(second.status, second.stdout).toBe(0);
    const after = api.comments.filter((c) => c.body.includes(MARKER));
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(reports[0]!.id);
    expect(decode(after[0]!.body)).toContain('Pass');
    expect(after[0]!.body).toContain('33060');
    expect(api.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'))).toHaveLength(1);
    expect(api.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/issues/comments/'))).toHaveLength(1);
    expect(api.requests.some((r) => r.method === 'GET' && r.path.endsWith('/issues/7/comments') && r.query.page === '2')).toBe(true);
    expect(second.outputs).toMatchObject({ opened: '0', closed: '0', violations: '0', 'new-violations': '0' });
    expect(Number(second.outputs.changed)).toBeGreaterThan(0);
    expect(api.checkRuns[1]).toMatchObject({ head_sha: repo.headSha, conclusion: 'success', annotations: [] });

    // A third push takes every manifest change back: the stale report gives way to a note.
    pushHead(repo, { 'k8s/allow-ingress-to-db.yaml': example('head/allow-ingress-to-db.yaml') });
    api.pulls.get(repo.number)!.headSha = repo.headSha;
    const third = await runAction({ repo, api, workspace: checkout(repo) });
    expect(third.status, third.stdout).toBe(0);
    expect(api.comments.filter((c) => c.body.includes(MARKER))).toEqual([expect.objectContaining({ id: reports[0]!.id, body: expect.stringContaining('none of them a Kubernetes manifest') })]);
    expect(third.outputs).toMatchObject({ opened: '0', closed: '0', changed: '0', 'report-json': '' });
    for (const r of api.requests) expect(Object.keys(r.query).filter((k) => !ALLOWED_QUERY.has(k)), `${r.method} ${r.path}`).toEqual([]);
    if (process.env.FLOWGATE_E2E_DUMP) {
      const dump = process.env.FLOWGATE_E2E_DUMP;
      writeFileSync(`${dump}-comment-1.md`, firstRaw);
      writeFileSync(`${dump}-comment-2.md`, after[0]!.body);
      writeFileSync(`${dump}-summary-1.md`, first.summary);
      writeFileSync(`${dump}-stdout-1.txt`, first.stdout);
    }
  });

  it('reports the three-tier change (closes web to db), retrying through a 502', async () => {
    const { repo, api } = await setup(OPEN_BASE, { 'k8s/allow-ingress-to-db.yaml': example('head/allow-ingress-to-db.yaml') });
    api.failNext = 1;
    const r = await runAction({ repo, api, workspace: checkout(repo) });
    expect(r.status, r.stdout).toBe(0);
    // The first request (the pull request as GitHub has it now) met the 502 and was retried.
    expect(api.requests.slice(0, 2).map((q) => q.path)).toEqual(Array(2).fill('/repos/acme/shop/pulls/7'));
    expect(r.outputs).toMatchObject({ opened: '0', violations: '0' });
    expect(Number(r.outputs.closed)).toBeGreaterThan(0);
    const body = decode(api.comments[0]!.body);
    expect(body).toMatch(/closed .*prod\/web.*\| prod\/db \|/);
    expect(body).toMatch(/narrowed \| prod\/api \| prod\/db \| all → TCP 3306 \| \[allow-ingress-to-db:14\]\(https:\/\/github\.test\/acme\/shop\/blob\/[0-9a-f]{40}\/k8s\/allow-ingress-to-db\.yaml#L14\) \|/);
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file']!, 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).toBe('2.1.0');
  });

  it('comment: on-change posts nothing when no flow changed, and still edits an earlier comment', async () => {
    const app = OPEN_BASE['k8s/app.yaml'];
    const { repo, api } = await setup(LOCKED_BASE, { 'k8s/app.yaml': `# reformatted, same objects\n${app}` });
    const quiet = await runAction({ repo, api, workspace: checkout(repo), inputs: { comment: 'on-change' } });
    expect(quiet.status, quiet.stdout).toBe(0);
    expect(quiet.stdout).toContain('no flow or violation changed: no comment posted');
    expect(api.comments).toHaveLength(0);
    expect(JSON.parse(readFileSync(quiet.outputs['sarif-file']!, 'utf8')).runs[0].results).toEqual([]);
    const loud = await runAction({ repo, api, workspace: checkout(repo), inputs: { comment: 'update' } });
    expect(api.comments, loud.stdout).toHaveLength(1);
    const edited = await runAction({ repo, api, workspace: checkout(repo), inputs: { comment: 'on-change' } });
    expect(edited.status, edited.stdout).toBe(0);
    expect(api.comments, edited.stdout).toHaveLength(1);
    // The same report: the earlier comment is found and left as it is (an edit would be a no-op).
    expect(edited.stdout).toMatch(/comment unchanged: /);
    expect(edited.stdout).not.toContain('no comment posted');
  });

  it('reads the base through the API when git cannot fetch it, with the same result', async () => {
    const { repo, api } = await setup(LOCKED_BASE, { 'k8s/allow-web-to-db.yaml': ALLOW_WEB_TO_DB });
    const viaGit = await runAction({ repo, api, workspace: checkout(repo), inputs: { comment: 'off' } });
    const viaApi = await runAction({ repo, api, workspace: checkout(repo, undefined, 'file:///nonexistent/origin.git'), inputs: { comment: 'off' } });
    expect(viaApi.status, viaApi.stdout).toBe(1);
    expect(viaApi.stdout).toContain('read the base versions of the changed files through the API');
    expect(api.requests.some((r) => r.path === '/repos/acme/shop/contents/.github/flowgate.yml' && r.query.ref === repo.baseSha)).toBe(true);
    const strip = (o: Record<string, string>) => ({ ...o, 'report-json': '', 'report-markdown': '', 'sarif-file': '' });
    expect(strip(viaApi.outputs)).toEqual(strip(viaGit.outputs));
    expect(readFileSync(viaApi.outputs['report-json']!, 'utf8')).toBe(readFileSync(viaGit.outputs['report-json']!, 'utf8'));
    expect(api.comments).toHaveLength(0);
  });

  it('on a fork (read-only token) puts the report in the summary and still fails the check', async () => {
    const { repo, api } = await setup(LOCKED_BASE, { 'k8s/allow-web-to-db.yaml': ALLOW_WEB_TO_DB }, 'someone/shop');
    api.readOnly = true;
    const r = await runAction({ repo, api, workspace: checkout(repo) });
    expect(r.status, r.stdout).toBe(1);
    expect(r.stdout).toMatch(/::warning::flowgate cannot comment on pull request #7: the token is read-only \(a pull request from a fork/);
    expect(r.stdout).toMatch(/::notice::flowgate wrote no check run/);
    expect(r.stdout).toMatch(/^::error::1 new rule violation$/m);
    expect(decode(r.summary)).toContain('web never talks to the database directly');
    expect(r.outputs['new-violations']).toBe('1');
    expect(api.comments).toHaveLength(0);
  });

  it('finishes fast when the PR touches no manifest', async () => {
    const { repo, api } = await setup(LOCKED_BASE, { 'README.md': '# shop, documented\n' });
    const r = await runAction({ repo, api, workspace: checkout(repo) });
    expect(r.status, r.stdout).toBe(0);
    expect(r.outputs).toEqual({ opened: '0', closed: '0', changed: '0', violations: '0', 'new-violations': '0', 'report-json': '', 'report-markdown': '', 'sarif-file': expect.stringMatching(/report\.sarif$/) });
    expect(JSON.parse(readFileSync(r.outputs['sarif-file']!, 'utf8')).runs[0].results).toEqual([]);
    expect(r.summary).toMatch(/none of them a Kubernetes manifest/);
    expect(api.comments).toHaveLength(0);
    expect(api.checkRuns).toHaveLength(0);
  });

  it('analyses in full, with the base rules, a PR that drops a command environment from the rules file (no fast path bought with the head rules)', async () => {
    const manifests = Object.entries(LOCKED_BASE)
      .filter(([p]) => p.startsWith('k8s/'))
      .map(([, text]) => text)
      .join('\n---\n');
    const rules = example('flowgate.yml');
    const base = { 'gen/cluster.txt': manifests, '.github/flowgate.yml': `environments:\n  - { name: generated, command: [cat, gen/cluster.txt] }\n${rules}` };
    // The head opens web → db in a file only the command environment reads, and drops that environment.
    const { repo, api } = await setup(base, { 'gen/cluster.txt': `${manifests}\n---\n${ALLOW_WEB_TO_DB}`, '.github/flowgate.yml': rules });
    const r = await runAction({ repo, api, workspace: checkout(repo) });
    expect(r.status, r.stdout).toBe(1);
    // web → db, and the stand-in for unlisted web pods (issue 11) with it.
    expect(Number(r.outputs['new-violations'])).toBeGreaterThanOrEqual(1);
    expect(decode(r.summary)).toContain('web never talks to the database directly');
  });

  it('applies the base rules when the PR weakens them, and says so', async () => {
    const { repo, api } = await setup(LOCKED_BASE, { 'k8s/allow-web-to-db.yaml': ALLOW_WEB_TO_DB, '.github/flowgate.yml': 'rules: {}\n' });
    const r = await runAction({ repo, api, workspace: checkout(repo) });
    expect(r.status, r.stdout).toBe(1);
    expect(r.outputs['new-violations']).toBe('1');
    expect(decode(api.comments[0]!.body)).toContain("This pull request changes the rules file; the base branch's rules were applied");
  });

  it('on workflow_dispatch reads the PR by number and compares its head with the merge base', async () => {
    const { repo, api } = await setup(LOCKED_BASE, { 'k8s/allow-web-to-db.yaml': ALLOW_WEB_TO_DB });
    const r = await runAction({ repo, api, workspace: checkout(repo, 'refs/heads/feature'), eventName: 'workflow_dispatch', inputs: { 'pr-number': '7' } });
    expect(r.status, r.stdout).toBe(1);
    expect(api.requests.some((q) => q.path === '/repos/acme/shop/pulls/7')).toBe(true);
    expect(api.requests.some((q) => q.path === `/repos/acme/shop/compare/${repo.baseSha}...${repo.headSha}`)).toBe(true);
    expect(r.outputs['new-violations']).toBe('1');
  });

  it('refuses a work tree at the base commit (pull_request_target without checking out the PR)', async () => {
    const { repo, api } = await setup(LOCKED_BASE, { 'k8s/allow-web-to-db.yaml': ALLOW_WEB_TO_DB });
    const r = await runAction({ repo, api, workspace: checkout(repo, 'refs/heads/main'), eventName: 'pull_request_target' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::the work tree is the base commit .* check out the pull request first/);
    expect(r.summary).toMatch(/The analysis did not run:\*\* the work tree is the base commit/);
    expect(api.comments).toHaveLength(0);
  });

  it('fails with the file and line of an invalid manifest', async () => {
    const broken = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: bad, namespace: prod }\nspec:\n  podSelector: {}\n  ingress:\n    - from:\n        - ipBlock: { cidr: 10.0.0.0/33 }\n';
    const { repo, api } = await setup(LOCKED_BASE, { 'k8s/broken.yaml': broken });
    const r = await runAction({ repo, api, workspace: checkout(repo) });
    expect(r.status, r.stdout).toBe(1);
    expect(r.stdout).toMatch(/^::error title=flowgate%3A [^,]+,file=k8s\/broken\.yaml,line=8::.*10\.0\.0\.0\/33/m);
    expect(r.stdout).toMatch(/^::error::1 input error/m);
    expect(api.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
  });
});

/** Issue 13: the kustomize example as a repository: a base, two overlays, environments in the rules file. */
const KUSTOMIZE_EXAMPLE = (side: 'base' | 'head'): Record<string, string> => {
  const root = path.join(ROOT, 'examples/kustomize-overlays', side);
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else files[path.relative(root, p).split(path.sep).join('/')] = readFileSync(p, 'utf8');
    }
  };
  walk(root);
  return files;
};
const hasKubectl = (process.env.PATH ?? '').split(path.delimiter).some((d) => d && existsSync(path.join(d, 'kubectl')));

describe('the action over environments (issue 13)', () => {
  it.skipIf(!hasKubectl)('renders the base from its commit and the head from the work tree, one section per changed environment, in the comment of its comment-id; the pull request runs none of its code', async () => {
    const rules = readFileSync(path.join(ROOT, 'examples/kustomize-overlays/flowgate.yml'), 'utf8');
    const base: Record<string, string> = { ...KUSTOMIZE_EXAMPLE('base'), '.github/flowgate.yml': rules };
    const pwned = path.join(mkdtempSync(path.join(os.tmpdir(), 'flowgate-pwned-')), 'ran');
    const head = {
      ...Object.fromEntries(Object.entries(KUSTOMIZE_EXAMPLE('head')).filter(([p, text]) => base[p] !== text)),
      // The pull request adds a command environment to the rules file, and its own kubectl.
      '.github/flowgate.yml': `environments:\n  - { name: mine, command: [sh, -c, "touch ${pwned}"] }\n`,
      'bin/kubectl': `#!/bin/sh\ntouch ${pwned}\n`,
    };
    const { repo, api } = await setup(base, head);
    api.addComment('<!-- flowgate-report -->\nan earlier report of another flowgate step');
    const workspace = checkout(repo);
    chmodSync(path.join(workspace, 'bin/kubectl'), 0o755);
    const r = await runAction({ repo, api, workspace, inputs: { 'comment-id': 'overlays' }, path: `${path.join(workspace, 'bin')}${path.delimiter}${process.env.PATH ?? ''}` });
    expect(r.status, r.stdout).toBe(1);
    expect(existsSync(pwned)).toBe(false);
    expect(r.stdout).toMatch(/environments: prod, staging/);
    expect(r.stdout).toMatch(/render tools: kustomize v/);
    const ours = api.comments.filter((c) => c.body.startsWith('<!-- flowgate-report:overlays -->'));
    expect(ours).toHaveLength(1);
    expect(api.comments.filter((c) => c.body.startsWith('<!-- flowgate-report -->'))).toHaveLength(1);
    const body = decode(ours[0]!.body);
    expect(body).toContain('### Environment prod');
    expect(body).toContain('- ✅ staging (kustomize deploy/overlays/staging)');
    expect(body).toContain('the API is not reachable from outside the cluster');
    const json = JSON.parse(readFileSync(r.outputs['report-json']!, 'utf8')) as { version: number; environments: { name: string }[] };
    expect(json.environments.map((e) => e.name)).toEqual(['prod', 'staging']);
    expect(api.checkRuns[0]).toMatchObject({ conclusion: 'failure', output: { title: 'prod: 1 new rule violation' } });
  });
});

describe('the fast path and rendered sources (issue 13, security)', () => {
  it.skipIf(!hasKubectl)('analyses a PR that changes only a file the globs skip (a dot folder) but a kustomization renders', async () => {
    const app = Object.entries(LOCKED_BASE)
      .filter(([p]) => p.startsWith('k8s/'))
      .map(([, text]) => text)
      .join('\n---\n');
    const harmless = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n  namespace: prod\n';
    const base = { 'app.yaml': app, '.extra/policy.yaml': harmless, 'kustomization.yaml': 'resources:\n- app.yaml\n- .extra/policy.yaml\n', '.github/flowgate.yml': example('flowgate.yml') };
    // The head opens web → db in a file no manifest glob reads (dot folders are skipped), which the kustomization renders.
    const { repo, api } = await setup(base, { '.extra/policy.yaml': ALLOW_WEB_TO_DB });
    const r = await runAction({ repo, api, workspace: checkout(repo) });
    expect(r.status, r.stdout).toBe(1);
    expect(Number(r.outputs['new-violations'])).toBeGreaterThanOrEqual(1);
    expect(decode(r.summary)).toContain('web never talks to the database directly');
  });
});

describe('the action on a change that opens everything (issue 16)', () => {
  it('publishes the comment and the check run before the JSON report, and still when the JSON cannot be written', async () => {
    const generated = generateRepo(SIZES.S, 1);
    const open = openEverythingHead(generated.base);
    const head: Record<string, string | null> = {};
    for (const p of generated.base.keys()) if (!open.has(p)) head[p] = null;
    const { repo, api } = await setup(Object.fromEntries(generated.base), head);
    const runnerDirs = () => readdirSync(repo.root).filter((d) => d.startsWith('runner-')).flatMap((d) => readdirSync(path.join(repo.root, d)).filter((f) => f.startsWith('flowgate-')).map((f) => path.join(repo.root, d, f)));
    const seen: { what: string; jsonExists: boolean }[] = [];
    api.onRequest = (method, p) => {
      const what = method === 'POST' && p.endsWith('/comments') ? 'comment' : method === 'POST' && p.endsWith('/check-runs') ? 'check run' : null;
      if (!what) return;
      seen.push({ what, jsonExists: runnerDirs().some((d) => existsSync(path.join(d, 'report.json'))) });
      // A directory where the JSON report goes: writing it fails (EISDIR) after the check run.
      if (what === 'check run') for (const d of runnerDirs()) mkdirSync(path.join(d, 'report.json'));
    };
    const r = await runAction({ repo, api, workspace: checkout(repo) });
    expect(r.status, r.stdout).toBe(0);
    expect(seen).toEqual([
      { what: 'comment', jsonExists: false },
      { what: 'check run', jsonExists: false },
    ]);
    expect(api.comments.filter((c) => c.body.includes(MARKER))).toHaveLength(1);
    expect(api.checkRuns).toHaveLength(1);
    expect(Number(r.outputs.opened)).toBeGreaterThan(1000);
    expect(r.outputs['report-json']).toBe('');
    expect(r.outputs['report-markdown']).toMatch(/comment\.md$/);
    expect(r.stdout).toMatch(/^::warning::flowgate could not write the JSON report in full \(.*EISDIR/m);
    expect(decode(r.summary)).toContain('opened');
  });
});
