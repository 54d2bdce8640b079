/**
 * `npm run bench:action [-- --size L] [--head open|close] [--seed N] [--keep] [--cpu-prof DIR]`: the Action end to
 * end on a generated repository whose pull request deletes every NetworkPolicy (`open`, the
 * default) or replaces them all by a deny-all per namespace (`close`) — issue 16's "the Action on
 * 10k workloads with every policy deleted posts its comment and check run".
 *
 * The repository (bench/generate.ts, plus a rules file with forbid and require rules that the
 * change violates) is written by one `git fast-import`, checked out as actions/checkout leaves
 * it, and the built `dist/index.js` runs as a process with a runner's variables against the fake
 * GitHub API of the end-to-end tests on 127.0.0.1. It prints wall time, CPU, peak RSS (GNU time),
 * the comment's and check run's sizes, and the order in which the comment, the check run and the
 * JSON report came; it exits 1 when the comment or the check run was not posted, or came after
 * the JSON report. A script that prints numbers (too heavy for the test suite), never a test.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FakeGitHub } from '../test/action/fake-github';
import { checkout, makePullRepo, type FileChanges } from '../test/action/git-fixture';
import { closeEverythingHead, generateRepo, openEverythingHead, SIZES, type SizeName } from './generate';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const TOKEN = 'ghs_benchToken0123456789';
const RULES_FILE = '.github/flowgate.yml';

/** Rules the open-everything change breaks (dev reaching prod, the internet reaching databases) and the close-everything change breaks (monitoring scraping prod). */
const RULES = `rules:
  forbid:
    - name: dev never reaches prod
      from: { namespaceLabels: { env: dev } }
      to: { namespaceLabels: { env: prod } }
    - name: the internet never reaches a database
      from: { cidr: 0.0.0.0/0 }
      to: { labels: { tier: db } }
  require:
    - name: monitoring scrapes prod
      from: { namespace: monitoring }
      to: { namespaceLabels: { env: prod } }
`;

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

/** The pull request as file changes on top of the base: deleted files null, new or edited files their text. */
function headChanges(base: ReadonlyMap<string, string>, head: ReadonlyMap<string, string>): FileChanges {
  const changes: FileChanges = {};
  for (const p of base.keys()) if (!head.has(p)) changes[p] = null;
  for (const [p, text] of head) if (base.get(p) !== text) changes[p] = text;
  return changes;
}

function parseOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    while (i + 1 < lines.length && lines[++i] !== m[2]) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

interface ProcessResult {
  status: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
}

/** `dist/index.js` under GNU time (when present), asynchronously: the fake API answers in this process meanwhile. */
function runAction(env: Record<string, string>, cwd: string, cpuProf: string | undefined): Promise<ProcessResult> {
  const node = [...(cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(cpuProf)}`] : []), path.join(ROOT, 'dist/index.js')];
  const gnuTime = existsSync('/usr/bin/time');
  const t0 = process.hrtime.bigint();
  const child = gnuTime ? spawn('/usr/bin/time', ['-v', process.execPath, ...node], { cwd, env }) : spawn(process.execPath, node, { cwd, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr, wallMs: ms(t0) })));
}

function runnerEnv(api: FakeGitHub, repo: ReturnType<typeof makePullRepo>, workspace: string, temp: string): Record<string, string> {
  const event = path.join(temp, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      action: 'synchronize',
      number: repo.number,
      pull_request: {
        number: repo.number,
        state: 'open',
        head: { sha: repo.headSha, ref: 'feature', repo: { full_name: 'acme/shop', fork: false } },
        base: { sha: repo.baseSha, ref: 'main', repo: { full_name: 'acme/shop' } },
      },
      repository: { full_name: 'acme/shop', name: 'shop', owner: { login: 'acme' } },
    }),
  );
  writeFileSync(path.join(temp, 'output'), '');
  writeFileSync(path.join(temp, 'summary.md'), '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: temp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: repo.mergeSha,
    GITHUB_REF: `refs/pull/${repo.number}/merge`,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: path.join(temp, 'output'),
    GITHUB_STEP_SUMMARY: path.join(temp, 'summary.md'),
    RUNNER_TEMP: temp,
    GIT_CONFIG_NOSYSTEM: '1',
  };
  const inputs = { token: TOKEN, manifests: '**/*.yaml\n**/*.yml\n**/*.json', 'rules-file': RULES_FILE, 'default-namespace': 'default', 'fail-on': 'new', comment: 'update', 'pr-number': '' };
  // @actions/core reads INPUT_<NAME upper-cased>; hyphens stay (INPUT_FAIL-ON).
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return env;
}

/** The JSON reports under the runner's temporary folder (the action writes flowgate-*\/report.json). */
function jsonReports(temp: string): string[] {
  return readdirSync(temp)
    .filter((d) => d.startsWith('flowgate-'))
    .map((d) => path.join(temp, d, 'report.json'))
    .filter((f) => existsSync(f));
}

const timeField = (stderr: string, re: RegExp) => {
  const m = re.exec(stderr);
  return m ? Number(m[1]) : NaN;
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { size: { type: 'string', default: 'L' }, head: { type: 'string', default: 'open' }, seed: { type: 'string', default: '1' }, keep: { type: 'boolean', default: false }, 'cpu-prof': { type: 'string' } } });
  const size = values.size!.toUpperCase() as SizeName;
  if (!(size in SIZES)) throw new Error(`unknown size ${values.size} (${Object.keys(SIZES).join(', ')})`);
  if (values.head !== 'open' && values.head !== 'close') throw new Error(`--head is open or close, not ${values.head}`);
  if (!existsSync(path.join(ROOT, 'dist/index.js'))) throw new Error('dist/index.js is missing: npm run bundle first');

  let t0 = process.hrtime.bigint();
  const generated = generateRepo(SIZES[size], Number(values.seed));
  const head = values.head === 'open' ? openEverythingHead(generated.base) : closeEverythingHead(generated.base);
  const base = new Map(generated.base).set(RULES_FILE, RULES);
  const repo = makePullRepo(Object.fromEntries(base), headChanges(generated.base, head));
  const workspace = checkout(repo);
  const setupMs = ms(t0);
  const api = new FakeGitHub({ owner: 'acme', repo: 'shop', bare: repo.bare, token: TOKEN });
  api.pulls.set(repo.number, { number: repo.number, baseSha: repo.baseSha, headSha: repo.headSha, baseRef: 'main', headRef: 'feature', headRepo: 'acme/shop' });
  await api.start();
  const temp = mkdtempSync(path.join(repo.root, 'runner-'));
  // What came when: the comment and the check run must come before the JSON report exists.
  const order: string[] = [];
  api.onRequest = (method, p) => {
    const what = method === 'POST' && p.endsWith('/comments') ? 'comment' : method === 'POST' && p.endsWith('/check-runs') ? 'check run' : null;
    if (what) order.push(`${what}${jsonReports(temp).length ? ' (after the JSON report)' : ''}`);
  };
  try {
    const loadBefore = load();
    t0 = process.hrtime.bigint();
    const r = await runAction(runnerEnv(api, repo, workspace, temp), workspace, values['cpu-prof']);
    const outputs = parseOutputs(path.join(temp, 'output'));
    const comment = api.comments.find((c) => c.body.includes('<!-- flowgate-report'));
    const check = api.checkRuns[0];
    const json = outputs['report-json'] ? statSync(outputs['report-json']).size : NaN;
    const summary = statSync(path.join(temp, 'summary.md')).size;
    const rssMiB = timeField(r.stderr, /Maximum resident set size \(kbytes\): (\d+)/) / 1024;
    const cpuS = timeField(r.stderr, /User time \(seconds\): ([\d.]+)/) + timeField(r.stderr, /System time \(seconds\): ([\d.]+)/);
    // setFailed's message is the last error line (octokit logs a 403 on GET /user before it, an installation token's answer).
    const failed = r.status === 0 ? undefined : [...r.stdout.matchAll(/^::error::(.*)$/gm)].at(-1)?.[1];
    const lines = [
      `flowgate Action, size ${size} (${generated.counts.workloads} workloads, ${generated.counts.policies} policies, ${generated.counts.files} files), head: ${values.head} everything (${Object.keys(headChanges(generated.base, head)).length} files changed)`,
      `setup (generate, git fast-import, checkout): ${(setupMs / 1000).toFixed(1)} s`,
      `action (node dist/index.js): exit ${r.status}, wall ${(r.wallMs / 1000).toFixed(1)} s, CPU ${cpuS.toFixed(1)} s, peak RSS ${rssMiB.toFixed(0)} MiB`,
      `outputs: opened ${outputs.opened}, closed ${outputs.closed}, changed ${outputs.changed}, violations ${outputs.violations}, new ${outputs['new-violations']}${failed ? `; failed: ${failed}` : ''}`,
      `comment: ${comment ? `posted, ${comment.body.length} chars (${Buffer.byteLength(comment.body)} bytes)` : 'NOT POSTED'}`,
      `check run: ${check ? `posted, conclusion ${check.conclusion}, title "${check.output.title}", summary ${check.output.summary.length} chars, text ${check.output.text?.length ?? 0} chars, ${check.annotations.length} annotations` : 'NOT POSTED'}`,
      `order: ${order.join(' → ') || 'nothing posted'}; JSON report ${Number.isNaN(json) ? 'not written' : `${(json / 1048576).toFixed(1)} MiB`}; job summary ${summary} bytes`,
      `GitHub API requests: ${api.requests.length}; load average before ${loadBefore}, after ${load()}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    const ok = comment && check && !order.some((o) => o.includes('after the JSON report'));
    if (!ok) {
      process.stderr.write(`the action did not post its comment and check run before the JSON report\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}\n`);
      process.exitCode = 1;
    }
  } finally {
    await api.stop();
    if (values.keep) process.stderr.write(`kept ${repo.root}\n`);
    else rmSync(repo.root, { recursive: true, force: true });
  }
}

await main();
