import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeCheckRun, type CheckAnnotation } from '../../src/github/check-run';
import { API, REPO, expectAllDone, testClient } from './helpers';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const SHA = 'a'.repeat(40);
const annotations = (n: number): CheckAnnotation[] =>
  Array.from({ length: n }, (_, i) => ({ path: 'k8s/policy.yaml', startLine: i + 1, level: 'failure', title: 'forbidden flow', message: `line ${i + 1}` }));

interface Body {
  name?: string;
  head_sha?: string;
  conclusion?: string;
  output: { title: string; annotations: { start_line: number; end_line: number; annotation_level: string }[] };
}

describe('writeCheckRun', () => {
  it('sends 120 annotations as a create with 50 and two updates with 50 and 20', async () => {
    const bodies: Body[] = [];
    nock(API)
      .post('/repos/acme/shop/check-runs', (b: Body) => (bodies.push(b), true))
      .reply(201, { id: 33, html_url: 'https://github.test/runs/33' })
      .patch('/repos/acme/shop/check-runs/33', (b: Body) => (bodies.push(b), true))
      .times(2)
      .reply(200, { id: 33 });
    const r = await writeCheckRun(testClient(), REPO, { name: 'flowgate', headSha: SHA, conclusion: 'failure', title: '1 new rule violation', summary: 's', annotations: annotations(120) });
    expect(r).toEqual({ id: 33, url: 'https://github.test/runs/33', requests: 3 });
    expect(bodies.map((b) => b.output.annotations.length)).toEqual([50, 50, 20]);
    expect(bodies[0]).toMatchObject({ name: 'flowgate', head_sha: SHA, conclusion: 'failure', output: { title: '1 new rule violation' } });
    expect(bodies[2]!.output.annotations[19]).toMatchObject({ start_line: 120, end_line: 120, annotation_level: 'failure' });
    expectAllDone();
  });

  it('makes one request when there are no annotations', async () => {
    nock(API)
      .post('/repos/acme/shop/check-runs', (b: Body) => b.output.annotations.length === 0 && b.conclusion === 'success')
      .reply(201, { id: 1, html_url: 'u' });
    expect((await writeCheckRun(testClient(), REPO, { name: 'flowgate', headSha: SHA, conclusion: 'success', title: 't', summary: 's', annotations: [] })).requests).toBe(1);
    expectAllDone();
  });

  it('clips output over the API limits', async () => {
    nock(API)
      .post('/repos/acme/shop/check-runs', (b: { output: { summary: string; title: string } }) => b.output.summary.length === 65_535 && b.output.title.length === 255)
      .reply(201, { id: 1, html_url: 'u' });
    await writeCheckRun(testClient(), REPO, { name: 'flowgate', headSha: SHA, conclusion: 'success', title: 't'.repeat(300), summary: 's'.repeat(70_000), annotations: [] });
    expectAllDone();
  });

  it('passes a 403 (no checks: write) to the caller', async () => {
    nock(API).post('/repos/acme/shop/check-runs').reply(403, { message: 'Resource not accessible by integration' });
    await expect(writeCheckRun(testClient(), REPO, { name: 'flowgate', headSha: SHA, conclusion: 'success', title: 't', summary: 's', annotations: [] })).rejects.toMatchObject({ status: 403 });
  });
});
