import { describe, expect, it } from 'vitest';
import { computeReachability } from '../../src/engine/compute-reachability';
import { lintReachability } from '../../src/engine/lint';
import { parseCidr } from '../../src/model/cidr';
import { load } from '../manifests/load-yaml';

const NS = (name: string, env: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n  labels:\n    env: ${env}\n`;
const POD = (ns: string, app: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${app}\n  namespace: ${ns}\n  labels:\n    app: ${app}\nspec:\n  containers:\n  - name: c\n    image: x\n`;
const CNP = (name: string, tier: string, priority: number, body: string) =>
  `apiVersion: policy.networking.k8s.io/v1alpha2\nkind: ClusterNetworkPolicy\nmetadata:\n  name: ${name}\nspec:\n  tier: ${tier}\n  priority: ${priority}\n  subject:\n    namespaces:\n      matchLabels:\n        env: prod\n${body}`;
const WORLD = [NS('prod', 'prod'), NS('dev', 'dev'), POD('prod', 'web'), POD('dev', 'tool')];

function lints(docs: string[], podCidrs: string[] = []): string[] {
  const cluster = load([...WORLD, ...docs].join('---\n'));
  expect(cluster.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const reach = computeReachability(cluster, { podCidrs: podCidrs.map((c) => (parseCidr(c) as { range: import('../../src/model/types').IpRange }).range) });
  return lintReachability(reach).map((w) => `${w.code} ${w.subject}: ${w.message}`);
}

const INGRESS = (action: string, env = 'dev', extra = '') => `  ingress:\n  - action: ${action}\n    from:\n    - namespaces:\n        matchLabels:\n          env: ${env}\n${extra}`;

describe('lint warnings of tiered policies', () => {
  it('T-7: an Admin policy that selects nothing', () => {
    const out = lints([CNP('none', 'Admin', 1, INGRESS('Deny')).replace('env: prod', 'env: staging')]);
    expect(out).toEqual([expect.stringMatching(/^dangling-tiered-policy cnp\/none: \[Admin\] selects no workload/)]);
  });

  it('T-4: a Deny shadowed by a higher-priority Accept, named; a Deny that still decides is quiet', () => {
    const out = lints([CNP('open', 'Admin', 1, INGRESS('Accept')), CNP('shut', 'Admin', 2, INGRESS('Deny')), CNP('shut-all', 'Admin', 3, INGRESS('Deny', 'prod'))]);
    expect(out.filter((w) => w.startsWith('shadowed-deny'))).toEqual(['shadowed-deny cnp/shut: [Admin] ingress rule 1 Deny never takes effect: every connection it matches is accepted first by cnp/open ingress rule 1.']);
  });

  it('T-4: Pass with nothing after it, in Admin (no NetworkPolicy, no Baseline) and in Baseline', () => {
    const pass = (docs: string[]) => lints(docs).filter((w) => w.startsWith('pass-to-nothing'));
    expect(pass([CNP('hand', 'Admin', 1, INGRESS('Pass'))])).toEqual([expect.stringContaining('cnp/hand: [Admin] ingress rule 1 Pass hands over to nothing')]);
    expect(pass([CNP('base', 'Baseline', 1, INGRESS('Pass'))])).toEqual([expect.stringContaining('cnp/base: [Baseline] ingress rule 1 Pass hands over to the default allow')]);
    // With a Baseline rule after it, the Admin Pass has a meaning.
    const withBaseline = lints([CNP('hand', 'Admin', 1, INGRESS('Pass')), CNP('base', 'Baseline', 1, INGRESS('Deny'))]);
    expect(withBaseline.filter((w) => w.startsWith('pass-to-nothing'))).toEqual([]);
  });

  it('T-14: equal priorities that overlap; distinct priorities or disjoint peers are quiet', () => {
    expect(lints([CNP('a', 'Admin', 5, INGRESS('Accept')), CNP('b', 'Admin', 5, INGRESS('Deny'))]).filter((w) => w.startsWith('equal-priority'))).toEqual([
      expect.stringContaining('equal-priority cnp/b: [Admin] has priority 5, like cnp/a'),
    ]);
    expect(lints([CNP('a', 'Admin', 5, INGRESS('Accept')), CNP('b', 'Admin', 5, INGRESS('Deny', 'prod'))]).filter((w) => w.startsWith('equal-priority'))).toEqual([]);
    expect(lints([CNP('a', 'Admin', 5, INGRESS('Accept')), CNP('b', 'Admin', 6, INGRESS('Deny'))]).filter((w) => w.startsWith('equal-priority'))).toEqual([]);
  });

  it('T-9: a narrower networks CIDR is flagged; 0.0.0.0/0, or all the pod CIDRs, or none of them, is not', () => {
    const egress = (cidr: string) => `  egress:\n  - action: Deny\n    to:\n    - networks: [${cidr}]\n`;
    expect(lints([CNP('net', 'Admin', 1, egress('10.0.0.0/8'))]).filter((w) => w.startsWith('networks-some-pods'))).toEqual([expect.stringContaining('may hold pod addresses (no podCidrs are given)')]);
    expect(lints([CNP('net', 'Admin', 1, egress('10.0.0.0/8'))], ['10.244.0.0/16']).filter((w) => w.startsWith('networks-some-pods'))).toEqual([]);
    expect(lints([CNP('net', 'Admin', 1, egress('10.244.0.0/24'))], ['10.244.0.0/16']).filter((w) => w.startsWith('networks-some-pods'))).toEqual([expect.stringContaining('covers part of the pod CIDRs')]);
    expect(lints([CNP('net', 'Admin', 1, egress('192.168.0.0/16'))], ['10.244.0.0/16']).filter((w) => w.startsWith('networks-some-pods'))).toEqual([]);
    expect(lints([CNP('net', 'Admin', 1, egress('0.0.0.0/0'))]).filter((w) => w.startsWith('networks-some-pods'))).toEqual([]);
  });
});
