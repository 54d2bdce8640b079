import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkout } from '../action/git-fixture';
import { BASE_FILES, HEAD_FILES, OPENING_LINE, RULES } from '../exposure/scenario';
import { caseDir, cliProcess as cli, removeCaseDirs } from './support/cli-case';
import { buildBundle, cleanup, decode, MARKER, runAction, setup } from './support/harness';

// Issue 11 (security): a forbid rule about namespaces dev and staging must not pass just because
// no workload of dev or staging is in the repository. The PR opens prod/db to every namespace;
// the gate must fail, naming the stand-in, the rule, the policy line that opened it and the port.

beforeAll(buildBundle);
afterAll(cleanup);

afterAll(removeCaseDirs);

describe('issue 11: pods that are not in the repository', () => {
  it('the CLI (dist/cli.js) fails the gate: the stand-ins of dev and staging reach prod/db on TCP 3306, opened by the head policy line', async () => {
    const under = (side: string, files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([p, t]) => [`${side}/${p}`, t]));
    const dir = caseDir('flowgate-exposure-', { ...under('base', BASE_FILES), ...under('head', HEAD_FILES), 'rules.yml': RULES });
    const json = await cli(['diff', 'base', 'head', '--rules', 'rules.yml', '--format', 'json'], dir);
    expect(json.status, json.stderr).toBe(1);
    type Block = { from: string[]; to: string[] };
    const doc = JSON.parse(json.stdout) as {
      environments: {
        violations: (Block & { rule: string; ports: unknown; new: boolean })[];
        changes: (Block & { change: string; because: { file: string; line: number; policy: string }[] })[];
        endpoints: { id: string; kind: string; standsFor?: unknown }[];
      }[];
    };
    // One environment (plain manifests): contract v2 always wraps the report in `environments`.
    expect(doc.environments).toHaveLength(1);
    const report = doc.environments[0]!;
    expect(report.violations.map((v) => [v.rule, v.from, v.to, v.ports, v.new])).toEqual([
      ['no dev or staging to the database', ['dev/[all pods]', 'staging/[all pods]'], ['prod/db[Deployment]'], { TCP: [[3306, 3306]] }, true],
    ]);
    const opening = report.changes.find((c) => c.from.includes('dev/[all pods]') && c.to.includes('prod/db[Deployment]'));
    expect(opening).toMatchObject({ change: 'opened', because: [expect.objectContaining({ policy: 'prod/db-ingress', file: 'head/k8s/db-ingress.yaml', line: OPENING_LINE })] });
    expect(report.endpoints).toContainEqual({ id: 'dev/[all pods]', kind: 'Unlisted', standsFor: { namespace: { name: 'dev' }, pods: { all: true } } });

    const text = await cli(['diff', 'base', 'head', '--rules', 'rules.yml'], dir);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain(`NEW forbid rule "no dev or staging to the database" (rules.yml:3): dev/[all pods], staging/[all pods] -> prod/db allows TCP 3306 (2 pairs); why: prod/db-ingress (head/k8s/db-ingress.yaml:${OPENING_LINE})`);

    // `--exposure off` is today's listed-only result, for repositories that hold the whole cluster.
    const off = await cli(['diff', 'base', 'head', '--rules', 'rules.yml', '--exposure', 'off'], dir);
    expect([off.status, off.stdout.split('\n')[0]]).toEqual([0, 'flowgate: PASS - no rule is violated']);
  });

  it('the action (dist/index.js) fails the check and its comment names the stand-in, the rule, the policy line and the port', async () => {
    const rulesFile = { '.github/flowgate.yml': RULES };
    const { repo, api } = await setup({ ...BASE_FILES, ...rulesFile }, HEAD_FILES);
    const r = await runAction({ repo, api, workspace: checkout(repo) });
    expect(r.status, r.stdout).toBe(1);
    expect(r.outputs['new-violations']).toBe('2');
    const comment = decode(api.comments.find((c) => c.body.startsWith(MARKER))?.body ?? '');
    const line = comment.split('\n').find((l) => l.includes('no dev or staging to the database') && l.includes('new'));
    expect(line).toContain('dev/[all pods], staging/[all pods] → prod/db allows TCP 3306');
    expect(line).toContain(`k8s/db-ingress.yaml:${OPENING_LINE}`);
    expect(api.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
  });
});
