import { readFileSync } from 'node:fs';
import os from 'node:os';
import { UserError } from '../errors';
import type { RepoRef } from '../github/pull-request';

/** What the runner tells the action through its environment (docs: "Default environment variables"). */
export interface RunContext {
  eventName: string;
  /** The event payload (GITHUB_EVENT_PATH), or {} when there is none. */
  payload: Record<string, unknown>;
  repo: RepoRef;
  workspace: string;
  runnerTemp: string;
  apiUrl: string;
  /** The workflow run's page, where the job summary is shown. */
  runUrl: string | null;
  /** GITHUB_SERVER_URL, e.g. https://github.com (links to files at a commit). */
  serverUrl: string;
}

/** Reads the run context from environment variables (process.env in the action). */
export function readRunContext(env: Readonly<Record<string, string | undefined>>): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length) throw new UserError(`GITHUB_REPOSITORY must be owner/name, not "${repository}" (is this running in GitHub Actions?)`);
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      throw new UserError(`cannot read the event payload at GITHUB_EVENT_PATH (${(e as Error).message})`, { cause: e });
    }
  }
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const runId = env.GITHUB_RUN_ID;
  const attempt = env.GITHUB_RUN_ATTEMPT;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    repo: { owner, repo },
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: env.RUNNER_TEMP || os.tmpdir(),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    runUrl: runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}` : null,
    serverUrl,
  };
}
