import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliWithPath, fakeBin, makeTree, SYSTEM_PATH, WEB, webPolicy } from './fake-tools';

/** Issue 13: `git:REF` and `git:REF:PATH` sides, read as they are and rendered from an extracted tree. */

function repo(): string {
  const dir = makeTree({ 'app/env/prod.yaml': `${WEB}---\n${webPolicy(false)}`, 'other/x.yaml': webPolicy(true) });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'base');
  writeFileSync(path.join(dir, 'app/env/prod.yaml'), `${WEB}---\n${webPolicy(true)}`);
  git('commit', '-qam', 'open web');
  return dir;
}

describe('git sides', () => {
  it('git:REF:PATH reads one folder of a revision, paths relative to it', async () => {
    const dir = repo();
    const r = await cliWithPath(SYSTEM_PATH, ['diff', 'git:HEAD~1:app', 'git:HEAD:app', '--format', 'json'], dir);
    const json = JSON.parse(r.stdout) as { detected: boolean; environments: { name: string; changes: { because: string[] }[] }[] };
    // No chart, no kustomization, no environments in a rules file: the manifests as they are.
    expect(json.detected).toBe(false);
    expect(json.environments.map((e) => e.name)).toEqual(['manifests']);
    expect(json.environments[0]!.changes.length).toBeGreaterThan(0);
    expect(JSON.stringify(json.environments[0]!.changes)).toContain('env/prod.yaml');
    expect(JSON.stringify(json)).not.toContain('other/x.yaml');
  });

  it('an environment renders each revision from its extracted tree (a command run at that root)', async () => {
    const dir = repo();
    const out = mkdtempSync(path.join(tmpdir(), 'flowgate-out-'));
    writeFileSync(path.join(out, 'rules.yml'), 'environments:\n  - { name: prod, command: [gen, env/prod.yaml] }\n');
    const bin = fakeBin({ gen: 'cat "$1"' });
    const r = await cliWithPath(`${bin}:${SYSTEM_PATH}`, ['diff', 'git:HEAD~1:app', 'git:HEAD:app', '--rules', path.join(out, 'rules.yml'), '--format', 'json'], dir);
    const json = JSON.parse(r.stdout) as { environments: { name: string; changes: unknown[] }[] };
    expect(json.environments.map((e) => [e.name, e.changes.length > 0])).toEqual([['prod', true]]);
  });

  it('--environment names one that does not exist: a usage error listing the defined ones', async () => {
    const dir = repo();
    const out = mkdtempSync(path.join(tmpdir(), 'flowgate-out-'));
    writeFileSync(path.join(out, 'rules.yml'), 'environments:\n  - { name: prod, command: [gen, env/prod.yaml] }\n');
    const r = await cliWithPath(SYSTEM_PATH, ['diff', 'git:HEAD~1:app', 'git:HEAD:app', '--rules', path.join(out, 'rules.yml'), '--environment', 'prd'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--environment prd: no such environment (defined: prod)');
  });
});
