import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRunContext } from '../../src/action/context';

describe('readRunContext', () => {
  it('reads the runner environment and the event payload', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'flowgate-ctx-'));
    const event = path.join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 3 } }));
    const ctx = readRunContext({
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_WORKSPACE: '/w',
      RUNNER_TEMP: '/t',
      GITHUB_API_URL: 'https://ghe.example/api/v3/',
      GITHUB_SERVER_URL: 'https://ghe.example',
      GITHUB_RUN_ID: '99',
      GITHUB_RUN_ATTEMPT: '2',
    });
    expect(ctx).toEqual({
      eventName: 'pull_request',
      payload: { pull_request: { number: 3 } },
      repo: { owner: 'acme', repo: 'shop' },
      workspace: '/w',
      runnerTemp: '/t',
      apiUrl: 'https://ghe.example/api/v3',
      runUrl: 'https://ghe.example/acme/shop/actions/runs/99/attempts/2',
      serverUrl: 'https://ghe.example',
    });
  });

  it('says what is wrong outside a runner', () => {
    expect(() => readRunContext({})).toThrow(/GITHUB_REPOSITORY must be owner\/name/);
    expect(() => readRunContext({ GITHUB_REPOSITORY: 'a/b', GITHUB_EVENT_PATH: '/nonexistent/event.json' })).toThrow(/cannot read the event payload/);
  });
});
