import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { runEntry } from '../../src/action/entry';

// The action's entry (src/action/entry.ts, what dist/index.js runs) in the test's own process,
// as a child process would run it: the runner's variables replace this process's, the work tree
// is the current directory, and stdout and stderr are caught in one string. It costs no node
// start-up, no bundle load and no schema compilation per run, so the end-to-end suites run most
// scenarios this way; each keeps its process-level cases (exit status, the raw stdout a runner
// reads) on dist/index.js.

/** Variables a runner sets, which this process may also hold (when the tests run in CI). */
const RUNNER_VARIABLE = /^(GITHUB_|RUNNER_|INPUT_|ACTIONS_)|^CI$/;

const dir = mkdtempSync(path.join(os.tmpdir(), 'flowgate-entry-'));
// @actions/core keeps the summary file of its first write for the life of the process: every
// run writes this one, and the runner's file gets a copy.
const SUMMARY = path.join(dir, 'summary.md');

export interface EntryResult {
  /** The exit status the process would have (1 when the action called setFailed). */
  status: number;
  /** stdout and stderr as written. */
  stdout: string;
}

/** Runs the action with `env` as the whole of its runner environment, in `cwd`. */
export async function runEntryInProcess(env: Readonly<Record<string, string>>, cwd: string): Promise<EntryResult> {
  const saved = { ...process.env };
  const savedCwd = process.cwd();
  for (const k of Object.keys(process.env)) if (RUNNER_VARIABLE.test(k)) delete process.env[k];
  Object.assign(process.env, env, { GITHUB_STEP_SUMMARY: SUMMARY });
  writeFileSync(SUMMARY, '');
  let stdout = '';
  const capture = (chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  };
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  process.exitCode = undefined;
  process.chdir(cwd);
  try {
    await runEntry();
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.chdir(savedCwd);
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
  const status = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  if (env.GITHUB_STEP_SUMMARY) copyFileSync(SUMMARY, env.GITHUB_STEP_SUMMARY);
  return { status, stdout };
}
