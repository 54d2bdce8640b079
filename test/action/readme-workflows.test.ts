import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The workflows the README tells people to copy (issue 15): each has a concurrency group of its
// own (groups are repository-wide), in block style, cancelling older runs only on pull request
// triggers; none posts what a pull request's own workflow produced.

const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
const workflows = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((y) => /^on:/m.test(y));

describe('README workflows', () => {
  it('are there: the quick start and trusted mode', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(2);
  });

  it.each(workflows.map((w) => [w.match(/^name: (.*)$/m)?.[1] ?? '?', w]))('%s has a concurrency block keyed by workflow and pull request', (_name, text) => {
    const wf = parse(text) as { on: Record<string, unknown>; concurrency?: { group: string; 'cancel-in-progress'?: boolean } };
    expect(text).toMatch(/^concurrency:\n {2}group: /m);
    expect(wf.concurrency?.group).toBe('${{ github.workflow }}-${{ github.event.pull_request.number || github.ref }}');
    const onPullRequests = Object.keys(wf.on).every((e) => e === 'pull_request' || e === 'pull_request_target');
    expect(wf.concurrency?.['cancel-in-progress'] ?? false).toBe(onPullRequests);
    expect(Object.keys(wf.on)).not.toContain('workflow_run');
  });
});
