import { describe, expect, it } from 'vitest';
import { analyzeDiff, DEFAULT_OPTIONS } from '../../src/analyze';
import { changedPairs } from '../../src/diff/change-pairs';
import { formatBecause } from '../../src/report/model/report-model';

const NS = (name: string, env: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n  labels:\n    env: ${env}\n`;
const POD = (ns: string, app: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${app}\n  namespace: ${ns}\n  labels:\n    app: ${app}\nspec:\n  containers:\n  - name: c\n    image: x\n    ports:\n    - containerPort: 80\n`;
const WORLD = [NS('prod', 'prod'), NS('dev', 'dev'), POD('prod', 'web'), POD('prod', 'api'), POD('dev', 'tool')].join('---\n');
const WEB_NP = `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: web-from-prod\n  namespace: prod\nspec:\n  podSelector:\n    matchLabels:\n      app: web\n  policyTypes: [Ingress]\n  ingress:\n  - from:\n    - podSelector: {}\n`;
const GUARD = (action: string) =>
  `apiVersion: policy.networking.k8s.io/v1alpha2\nkind: ClusterNetworkPolicy\nmetadata:\n  name: guard\nspec:\n  tier: Admin\n  priority: 1\n  subject:\n    namespaces:\n      matchLabels:\n        env: prod\n  ingress:\n  - name: from-prod\n    action: Accept\n    from:\n    - namespaces:\n        matchLabels:\n          env: staging\n  - name: from-dev\n    action: ${action}\n    from:\n    - namespaces:\n        matchLabels:\n          env: dev\n`;

/** `from -> to: why` of every changed pair between listed workloads (stand-ins are test/exposure's subject). */
function whys(base: string[], head: string[]): string[] {
  const run = analyzeDiff({ base: base.map((text, i) => ({ path: `b${i}.yaml`, text })), head: head.map((text, i) => ({ path: `h${i}.yaml`, text })), rules: null, options: { ...DEFAULT_OPTIONS, exposure: false }, failOn: 'new' });
  const ids = run.diff.endpoints.map((e) => e.id);
  return [...changedPairs(run.diff)].map((c) => `${c.group.kind} ${ids[c.from]} -> ${ids[c.to]}: ${formatBecause(c.group.because)}`);
}

describe('explanations through the tiers (T-2 … T-5)', () => {
  it('an Admin Deny is named with its tier, policy, rule number and line', () => {
    expect(whys([WORLD], [WORLD, GUARD('Deny')])).toEqual([
      'closed dev/tool[Pod] -> prod/api[Pod]: [Admin] cnp/guard rule 2 Deny (h1.yaml:19)',
      'closed dev/tool[Pod] -> prod/web[Pod]: [Admin] cnp/guard rule 2 Deny (h1.yaml:19)',
    ]);
  });

  it('a flow decided after a Pass names the Pass, then what decided in the NetworkPolicy tier', () => {
    expect(whys([WORLD], [WORLD, GUARD('Pass'), WEB_NP])).toEqual([
      // The Pass hands over to web-from-prod, which isolates web and does not admit dev.
      'closed dev/tool[Pod] -> prod/web[Pod]: [Admin] cnp/guard rule 2 Pass (h1.yaml:19) → [NetworkPolicy] isolated by prod/web-from-prod (h2.yaml:1)',
      'closed 0.0.0.0/0 -> prod/web[Pod]: prod/web-from-prod (h2.yaml:1)',
      'closed ::/0 -> prod/web[Pod]: prod/web-from-prod (h2.yaml:1)',
    ]);
    const fromDev = WEB_NP.replace('web-from-prod', 'web-from-dev').replace('    - podSelector: {}', '    - namespaceSelector:\n        matchLabels:\n          env: dev');
    expect(whys([WORLD, GUARD('Deny'), WEB_NP], [WORLD, GUARD('Pass'), fromDev])).toContainEqual(
      'opened dev/tool[Pod] -> prod/web[Pod]: [Admin] cnp/guard rule 2 Pass (h1.yaml:19) → [NetworkPolicy] allow prod/web-from-dev (h2.yaml:12)',
    );
  });
});
