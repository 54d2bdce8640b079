import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client';
import { API, NockGitHub } from '../security/support/nock-github';
import { runInProcess } from '../security/support/in-process';
import { SYSTEM_PATH } from '../render/fake-tools';
import { checkout, makePullRepo, type FileChanges } from './git-fixture';

// Issue 13: when git cannot fetch the base commit (a shallow clone without credentials), the
// environments still render both sides: the base tree is rebuilt from the work tree and the
// pull request's changed files, read at the base commit through the API (nock), and the report
// is the one git would give. The Helm chart renders with test/render/bin/helm.

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
const roots: string[] = [];
afterAll(() => {
  nock.enableNetConnect();
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

const EXAMPLE = path.resolve('examples/helm-chart');
const RULES = '.github/flowgate.yml';

function filesOf(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) Object.assign(out, filesOf(full, `${prefix}${name}/`));
    else out[`${prefix}${name}`] = readFileSync(full, 'utf8');
  }
  return out;
}

const BASE = filesOf(path.join(EXAMPLE, 'base'));
const HEAD = filesOf(path.join(EXAMPLE, 'head'));
/** The head changes the policy template, adds a template (a debug pod) and removes the staging values' comment file. */
const DEBUG = 'apiVersion: v1\nkind: Pod\nmetadata: { name: "{{ .Release.Name }}-debug", labels: { app: debug } }\nspec: { containers: [{ name: d, image: busybox }] }\n';
const CHANGES: FileChanges = {
  'charts/shop/templates/networkpolicy.yaml': HEAD['charts/shop/templates/networkpolicy.yaml']!,
  'charts/shop/templates/debug.yaml': DEBUG,
  'charts/shop/NOTES.txt': null,
};
const LISTED = [
  { filename: 'charts/shop/templates/networkpolicy.yaml', status: 'modified' },
  { filename: 'charts/shop/templates/debug.yaml', status: 'added' },
  { filename: 'charts/shop/NOTES.txt', status: 'removed' },
];

/** Serves GET contents at the base commit from `base`; records the paths asked for. */
function serveContents(base: Record<string, string>, sha: string, asked: string[]): void {
  nock(API)
    .persist()
    .get(/^\/repos\/acme\/shop\/contents\//)
    .query(true)
    .reply((uri) => {
      const u = new URL(uri, API);
      const p = decodeURIComponent(u.pathname.replace('/repos/acme/shop/contents/', ''));
      asked.push(p);
      if (u.searchParams.get('ref') !== sha) return [404, { message: 'wrong ref' }];
      return p in base ? [200, base[p]] : [404, { message: 'Not Found' }];
    });
}

async function runPr(rules: string | null, broken: boolean): Promise<{ json: { environments: { name: string; counts: unknown; changes: unknown }[] }; stdout: string; asked: string[] }> {
  const base = { ...BASE, 'charts/shop/NOTES.txt': 'Thanks for installing.\n', ...(rules === null ? {} : { [RULES]: rules }) };
  const repo = makePullRepo(base, CHANGES);
  roots.push(repo.root);
  nock.cleanAll();
  const api = new NockGitHub();
  api.pull = { baseSha: repo.baseSha, headSha: repo.headSha };
  api.files = LISTED;
  const asked: string[] = [];
  serveContents(base, repo.baseSha, asked);
  const workspace = checkout(repo, undefined, broken ? 'file:///nonexistent/origin.git' : undefined);
  const saved = process.env.PATH;
  process.env.PATH = `${path.resolve('test/render/bin')}${path.delimiter}${SYSTEM_PATH}`;
  try {
    const r = await runInProcess({ repo, workspace, client: createClient({ token: 'ghs_inprocess', baseUrl: API, retryAfterBaseValue: 1, throttle: false }) });
    return { json: JSON.parse(readFileSync(r.outputs['report-json']!, 'utf8')) as never, stdout: r.stdout, asked };
  } finally {
    process.env.PATH = saved;
  }
}

describe('environments when git cannot fetch the base commit (issue 13)', () => {
  it.each([
    ['named in the rules file', readFileSync(path.join(EXAMPLE, 'flowgate.yml'), 'utf8'), 'staging'],
    ['detected (no rules file)', null, 'charts/shop'],
  ])('%s: the base is rebuilt through the API and the report is the one git gives', async (_what, rules, name) => {
    const viaGit = await runPr(rules, false);
    const viaApi = await runPr(rules, true);
    expect(viaApi.stdout).toMatch(/base tree for rendering: the work tree with the pull request's 2 changed files read at \w+ through the API/);
    // Removed and modified files are read at the base commit (added ones dropped), with the rules file.
    expect([...new Set(viaApi.asked)].sort()).toEqual([RULES, 'charts/shop/NOTES.txt', 'charts/shop/templates/networkpolicy.yaml']);
    expect(viaApi.json.environments.map((e) => e.name)).toEqual([name]);
    expect(viaApi.json.environments).toEqual(viaGit.json.environments);
    // The policy the PR widens and the pod it adds are both changes (the base had neither).
    expect(viaApi.json.environments[0]!.counts).toMatchObject({ opened: expect.any(Number) });
    expect(JSON.stringify(viaApi.json.environments[0]!.changes)).toContain('shop-debug');
  });
});
