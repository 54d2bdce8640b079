import { rmSync } from 'node:fs';
import nock from 'nock';
import picomatch from 'picomatch';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readBase, readHead, type BaseRequest } from '../../src/action/read-sides';
import { DEFAULT_GLOBS } from '../../src/io/globs';
import { API, REPO, expectAllDone, testClient } from '../github/helpers';
import { checkout, git, makePullRepo } from './git-fixture';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const RULES = '.github/flowgate.yml';
const repo = makePullRepo(
  { 'k8s/app.yaml': 'kind: Pod # base\n', 'k8s/gone.yaml': 'kind: Pod # removed by the PR\n', 'k8s/old-name.yaml': 'kind: Pod # renamed\n', [RULES]: 'rules: {} # base\n', 'README.md': 'hi\n' },
  { 'k8s/app.yaml': 'kind: Pod # head\n', 'k8s/gone.yaml': null, 'k8s/old-name.yaml': null, 'k8s/new-name.yaml': 'kind: Pod # renamed\n', 'k8s/added.yaml': 'kind: Pod # new\n', [RULES]: 'rules: {} # head\n' },
);
afterAll(() => rmSync(repo.root, { recursive: true, force: true }));

const keep = (p: string) => p !== RULES;
const matches = picomatch(DEFAULT_GLOBS);
const isManifest = (p: string) => keep(p) && matches(p);
const changed = {
  truncated: false,
  files: [
    { path: '.github/flowgate.yml', status: 'modified' as const },
    { path: 'k8s/added.yaml', status: 'added' as const },
    { path: 'k8s/app.yaml', status: 'modified' as const },
    { path: 'k8s/gone.yaml', status: 'removed' as const },
    { path: 'k8s/new-name.yaml', status: 'renamed' as const, previousPath: 'k8s/old-name.yaml' },
  ],
};

async function request(ws: string): Promise<BaseRequest> {
  const head = await readHead(ws, DEFAULT_GLOBS, keep);
  return { workspace: ws, baseSha: repo.baseSha, globs: DEFAULT_GLOBS, keep, isManifest, rulesFile: RULES, head, changed, client: testClient(), repo: REPO };
}

const EXPECTED_BASE = [
  { path: 'k8s/app.yaml', text: 'kind: Pod # base\n' },
  { path: 'k8s/gone.yaml', text: 'kind: Pod # removed by the PR\n' },
  { path: 'k8s/old-name.yaml', text: 'kind: Pod # renamed\n' },
];

describe('readHead', () => {
  it('reads the work tree, without the rules file and dot folders', async () => {
    const head = await readHead(checkout(repo), DEFAULT_GLOBS, keep);
    expect(head.files.map((f) => f.path)).toEqual(['k8s/added.yaml', 'k8s/app.yaml', 'k8s/new-name.yaml']);
  });
});

describe('readBase', () => {
  it('fetches the base commit with git and reads its whole tree and rules', async () => {
    const ws = checkout(repo);
    const base = await readBase(await request(ws));
    expect(base.via).toBe('git');
    expect(base.files).toEqual(EXPECTED_BASE);
    expect(base.rules).toBe('rules: {} # base\n');
    expect(git(ws, 'cat-file', '-t', repo.baseSha)).toBe('commit');
  });

  it('falls back to the API when git cannot fetch, and gets the same base', async () => {
    const ws = checkout(repo, undefined, 'file:///nonexistent/origin.git');
    const contents = (p: string, text: string) => nock(API).get(`/repos/acme/shop/contents/${p}`).query({ ref: repo.baseSha }).reply(200, text);
    contents('k8s/app.yaml', 'kind: Pod # base\n');
    contents('k8s/gone.yaml', 'kind: Pod # removed by the PR\n');
    contents('k8s/old-name.yaml', 'kind: Pod # renamed\n');
    contents('.github/flowgate.yml', 'rules: {} # base\n');
    const base = await readBase(await request(ws));
    expect(base.via).toBe('api');
    expect(base.gitError).toMatch(/fatal/);
    expect(base.files).toEqual(EXPECTED_BASE);
    expect(base.rules).toBe('rules: {} # base\n');
    expectAllDone();
  });

  it('treats symbolic links alike on both sides: in-tree ones not read twice, outside ones reported', async () => {
    const linked = makePullRepo({ 'shared/db.yaml': 'kind: Pod # shared\n', 'k8s/db.yaml': { symlink: '../shared/db.yaml' }, 'k8s/out.yaml': { symlink: '/etc/passwd' } }, { 'k8s/new.yaml': 'kind: Pod\n' });
    try {
      const ws = checkout(linked);
      const head = await readHead(ws, DEFAULT_GLOBS, keep);
      const base = await readBase({ ...(await request(ws)), baseSha: linked.baseSha, head });
      expect(base.files.map((f) => f.path)).toEqual(['shared/db.yaml']);
      expect(head.files.map((f) => f.path)).toEqual(['k8s/new.yaml', 'shared/db.yaml']);
      expect(base.diagnostics).toEqual([expect.objectContaining({ file: 'k8s/out.yaml', code: 'symlink-outside', side: 'base', severity: 'error' })]);
      expect(head.diagnostics).toEqual([expect.objectContaining({ file: 'k8s/out.yaml', code: 'symlink-outside', side: 'head', severity: 'error' })]);
    } finally {
      rmSync(linked.root, { recursive: true, force: true });
    }
  });

  it('refuses the API fallback when the file list is truncated', async () => {
    const ws = checkout(repo, undefined, 'file:///nonexistent/origin.git');
    const req = { ...(await request(ws)), changed: { ...changed, truncated: true } };
    await expect(readBase(req)).rejects.toThrow(/more files than GitHub lists/);
  });
});
