import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { run } from '../../../src/action/run';
import type { GitHubClient } from '../../../src/github/client';
import type { PullRepo } from '../../action/git-fixture';
import { parseOutputs } from './harness';

// The action's pipeline (run()) in this process, with a client whose requests nock answers: the
// environment a runner gives it is set on process.env for the duration of one run, and what
// @actions/core writes to stdout is captured.

export interface InProcessResult {
  /** process.exitCode as the action left it (1 when it called setFailed). */
  exitCode: number;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'flowgate-inproc-'));
// @actions/core remembers the summary file of its first write, so every run uses this one.
const SUMMARY = path.join(dir, 'summary.md');

/** Runs the action on the pull request of `repo` (a pull_request event), with `client` for the API. */
export async function runInProcess(opts: { repo: PullRepo; workspace: string; client: GitHubClient; inputs?: Record<string, string> }): Promise<InProcessResult> {
  const temp = mkdtempSync(path.join(dir, 'run-'));
  const event = path.join(temp, 'event.json');
  const output = path.join(temp, 'output');
  writeFileSync(output, '');
  writeFileSync(SUMMARY, '');
  writeFileSync(
    event,
    JSON.stringify({
      number: opts.repo.number,
      pull_request: {
        number: opts.repo.number,
        head: { sha: opts.repo.headSha, ref: 'feature', repo: { full_name: 'acme/shop' } },
        base: { sha: opts.repo.baseSha, ref: 'main', repo: { full_name: 'acme/shop' } },
      },
    }),
  );
  const inputs = { token: 'ghs_inprocess', manifests: '**/*.yaml\n**/*.yml\n**/*.json', 'rules-file': '.github/flowgate.yml', 'default-namespace': 'default', 'fail-on': 'new', comment: 'update', 'pr-number': '', ...opts.inputs };
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: SUMMARY,
    RUNNER_TEMP: temp,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const saved = new Map(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  process.exitCode = undefined;
  try {
    await run({ env, client: opts.client });
  } finally {
    spy.mockRestore();
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return { exitCode, stdout, summary: readFileSync(SUMMARY, 'utf8'), outputs: parseOutputs(readFileSync(output, 'utf8')) };
}
