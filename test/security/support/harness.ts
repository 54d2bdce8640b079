import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCheckedBundle } from '../../action/built-bundle';
import { runEntryInProcess } from '../../action/entry-in-process';
import { FakeGitHub, type FakePull } from '../../action/fake-github';
import { makePullRepo, type FileChanges, type PullRepo } from '../../action/git-fixture';

// The action with a runner's environment, against the fake GitHub API of test/action on
// 127.0.0.1 and a git repository made on disk: runBundle runs the built dist/index.js as a child
// process, runAction its entry in this process (test/action/entry-in-process.ts). The same shape
// as test/action/e2e.test.ts, shared by the files of test/security.

export const ROOT = path.resolve(__dirname, '../../..');
export const TOKEN = 'ghs_securitySecretToken0123456789';
export const MARKER = '<!-- flowgate-report -->';

export const example = (p: string) => readFileSync(path.join(ROOT, 'examples/three-tier', p), 'utf8');

/** The report writes punctuation from manifests as numeric entities; tests read it decoded. */
export const decode = (s: string) => s.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));

export interface ActionResult {
  status: number | null;
  /** stdout and stderr, interleaved as the runner would read them. */
  stdout: string;
  outputs: Record<string, string>;
  /** The raw GITHUB_OUTPUT file. */
  outputFile: string;
  summary: string;
}

export interface Scenario {
  repo: PullRepo;
  api: FakeGitHub;
  workspace: string;
  inputs?: Record<string, string>;
  /** More of the runner's environment (GITHUB_WORKFLOW_REF). */
  env?: Record<string, string>;
  /** pull_request unless said otherwise; workflow_dispatch gets a payload without a pull request. */
  eventName?: string;
}

const roots: string[] = [];
const servers: FakeGitHub[] = [];
let bundle = '';

/** Builds dist/index.js and runs a checked copy of it (see buildCheckedBundle). */
export function buildBundle(): void {
  bundle = buildCheckedBundle(ROOT, 'flowgate-sec-dist-');
  roots.push(path.dirname(bundle));
}

export async function cleanup(): Promise<void> {
  for (const s of servers.splice(0)) await s.stop();
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
}

/**
 * The fake API lists a PR's files from `git diff --name-status`, which quotes unusual names
 * ("k8s/a\nb.yaml" with the quotes); GitHub gives the names as they are. Same listing, read
 * NUL-separated.
 */
function exactFileNames(api: FakeGitHub, bare: string): void {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: bare, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const status: Record<string, string> = { A: 'added', D: 'removed', M: 'modified', R: 'renamed', C: 'copied', T: 'changed' };
  (api as unknown as { pullFiles: (p: FakePull) => Record<string, unknown>[] }).pullFiles = (p) => {
    const fields = git('diff', '--name-status', '-z', '-M', git('merge-base', p.baseSha, p.headSha).trim(), p.headSha).split('\0');
    const out: Record<string, unknown>[] = [];
    for (let i = 0; i < fields.length - 1; ) {
      const code = fields[i++]!;
      const s = status[code[0]!] ?? 'modified';
      if (code[0] === 'R' || code[0] === 'C') {
        const [from, to] = [fields[i++]!, fields[i++]!];
        out.push({ filename: to, status: s, previous_filename: from });
      } else out.push({ filename: fields[i++]!, status: s });
    }
    return out;
  };
}

/** A repository with base and head commits, and a fake API that knows the pull request. */
export async function setup(base: FileChanges, head: FileChanges, headRepo = 'acme/shop'): Promise<{ repo: PullRepo; api: FakeGitHub }> {
  const repo = makePullRepo(base, head);
  roots.push(repo.root);
  const api = new FakeGitHub({ owner: 'acme', repo: 'shop', bare: repo.bare, token: TOKEN });
  exactFileNames(api, repo.bare);
  api.pulls.set(repo.number, { number: repo.number, baseSha: repo.baseSha, headSha: repo.headSha, baseRef: 'main', headRef: 'feature', headRepo });
  servers.push(api);
  await api.start();
  return { repo, api };
}

/** The name<<delimiter blocks of a GITHUB_OUTPUT file. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i]!.match(/^([^<]+)<<(.+)$/);
    if (!m) continue;
    const value: string[] = [];
    while (i + 1 < lines.length && lines[++i] !== m[2]) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

/** Runs the bundle (dist/index.js, a child process) on the scenario's event. */
export function runBundle(s: Scenario): Promise<ActionResult> {
  if (!bundle) throw new Error('call buildBundle() in beforeAll');
  return runWith(s, async (env) => {
    const child = spawn(process.execPath, [bundle], { cwd: s.workspace, env });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return { status, stdout };
  });
}

/** Runs the action's entry in this process on the scenario's event, as runBundle would run it. */
export function runAction(s: Scenario): Promise<ActionResult> {
  return runWith(s, (env) => runEntryInProcess(env, s.workspace));
}

async function runWith(s: Scenario, execute: (env: Record<string, string>) => Promise<{ status: number | null; stdout: string }>): Promise<ActionResult> {
  const temp = mkdtempSync(path.join(s.repo.root, 'runner-'));
  const event = path.join(temp, 'event.json');
  const pull = s.api.pulls.get(s.repo.number)!;
  const eventName = s.eventName ?? 'pull_request';
  const pullRequest = {
    action: 'synchronize',
    number: s.repo.number,
    pull_request: {
      number: s.repo.number,
      head: { sha: pull.headSha, ref: pull.headRef, repo: { full_name: pull.headRepo } },
      base: { sha: pull.baseSha, ref: pull.baseRef, repo: { full_name: 'acme/shop' } },
    },
    repository: { full_name: 'acme/shop' },
  };
  const dispatch = { inputs: { 'pr-number': String(s.repo.number) }, ref: 'refs/heads/main', repository: { full_name: 'acme/shop' } };
  writeFileSync(event, JSON.stringify(eventName === 'workflow_dispatch' ? dispatch : pullRequest));
  const output = path.join(temp, 'output');
  const summary = path.join(temp, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const inputs = { token: TOKEN, manifests: '**/*.yaml\n**/*.yml\n**/*.json', 'rules-file': '.github/flowgate.yml', 'default-namespace': 'default', 'fail-on': 'new', comment: 'update', 'pr-number': '', ...s.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? os.homedir(),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_API_URL: s.api.url,
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: s.repo.mergeSha,
    GITHUB_WORKSPACE: s.workspace,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: temp,
    GIT_CONFIG_NOSYSTEM: '1',
    ...s.env,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const { status, stdout } = await execute(env);
  const outputFile = existsSync(output) ? readFileSync(output, 'utf8') : '';
  return { status, stdout, outputs: parseOutputs(outputFile), outputFile, summary: readFileSync(summary, 'utf8') };
}

/**
 * These suites are about the gate's integrity over the listed workloads; their counts predate
 * stand-ins (issue 11), which exposure-bypass.test.ts covers end to end. Rules files here turn
 * exposure off, on their last line (rule lines stay where the tests expect them).
 */
export const LISTED_ONLY = 'exposure: false\n';

/** The three-tier app of PRODUCT.md, locked down: only the api reaches the database (TCP 3306). */
export const LOCKED_BASE: FileChanges = {
  'k8s/app.yaml': example('base/app.yaml'),
  'k8s/allow-ingress-to-db.yaml': example('head/allow-ingress-to-db.yaml'),
  '.github/flowgate.yml': example('flowgate.yml') + LISTED_ONLY,
  'README.md': '# shop\n',
};

export { ALLOW_WEB_TO_DB } from '../../action/manifests';
