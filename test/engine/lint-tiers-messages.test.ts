import { describe, expect, it } from 'vitest';
import { computeReachability } from '../../src/engine/compute-reachability';
import { lintReachability } from '../../src/engine/lint';
import { ruleLabel } from '../../src/engine/lint-tiers';
import { load } from '../manifests/load-yaml';

/**
 * The lint warnings of tiered policies, message by message: T-7 (dangling), T-9 (networks that
 * may hold pod addresses), T-14 (equal priorities that overlap), T-4 (a Deny every connection of
 * which an earlier Accept takes; a Pass with nothing after it), T-5 (a NetworkPolicy after an
 * Admin Pass). World: namespaces prod (env=prod), dev (env=dev); pods prod/web, prod/api, dev/tool
 * (web and tool serve TCP 8080 named http).
 */
const NS = (name: string) => `apiVersion: v1\nkind: Namespace\nmetadata: {name: ${name}, labels: {env: ${name}}}\n`;
const POD = (ns: string, app: string, ports = '[{containerPort: 8080, name: http}]') => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${app}, namespace: ${ns}, labels: {app: ${app}}}\nspec: {containers: [{name: c, image: x, ports: ${ports}}]}\n`;
const WORLD = [NS('prod'), NS('dev'), POD('prod', 'web'), POD('prod', 'api', '[]'), POD('dev', 'tool')];
const TIERED = (name: string, tier: string, priority: number, body: string, subject = '{namespaces: {matchLabels: {env: prod}}}') =>
  `apiVersion: policy.networking.k8s.io/v1alpha2\nkind: ClusterNetworkPolicy\nmetadata: {name: ${name}}\nspec: {tier: ${tier}, priority: ${priority}, subject: ${subject}, ${body}}\n`;
const FROM_DEV = '{namespaces: {matchLabels: {env: dev}}}';
const rule = (action: string, peers: string, extra = '') => `{action: ${action}, ${peers}${extra}}`;
const ports = (...ps: number[]) => `, protocols: [${ps.map((p) => `{tcp: {destinationPort: {number: ${p}}}}`).join(', ')}]`;

function lints(code: string, ...docs: string[]): string[] {
  const cluster = load([...WORLD, ...docs].join('---\n'));
  expect(cluster.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return lintReachability(computeReachability(cluster))
    .filter((w) => w.code === code)
    .map((w) => `${w.ref} ${w.subject} ${w.line}: ${w.message}`);
}

describe('ruleLabel', () => {
  it('1-based, with its name when written', () => {
    expect(ruleLabel({ index: 0 })).toBe('rule 1');
    expect(ruleLabel({ index: 2, name: 'deny-dev' })).toBe('rule 3 "deny-dev"');
    expect(ruleLabel({ index: 1, name: '' })).toBe('rule 2');
  });
});

describe('dangling-tiered-policy (T-7)', () => {
  it('names the tier; a policy that selects a pod is quiet', () => {
    expect(lints('dangling-tiered-policy', TIERED('none', 'Baseline', 1, `ingress: [${rule('Deny', `from: [${FROM_DEV}]`)}]`, '{namespaces: {matchLabels: {env: qa}}}'), TIERED('some', 'Admin', 1, `ingress: [${rule('Deny', `from: [${FROM_DEV}]`)}]`))).toEqual([
      'T-7 cnp/none 24: [Baseline] selects no workload in the manifests: it has no effect today, but a workload that matches its subject would be governed by it at once.',
    ]);
  });
});

describe('networks-some-pods (T-9)', () => {
  it('names the egress rule by number and name; ingress rules are not checked', () => {
    const p = TIERED('net', 'Admin', 1, `egress: [${rule('Deny', 'to: [{networks: [10.0.0.0/8, 0.0.0.0/0]}]', ', name: out')}], ingress: [${rule('Deny', `from: [${FROM_DEV}]`)}]`);
    expect(lints('networks-some-pods', p)).toEqual([
      'T-9 cnp/net 27: egress rule 1 "out" names network 10.0.0.0/8, which may hold pod addresses (no podCidrs are given): the API matches pods by address, which the manifests cannot tell, so flowgate counts it as matching external addresses only.',
    ]);
  });
});

describe('networks-some-pods (T-9): other peers', () => {
  it('a namespaces peer beside a network is not a network to check', () => {
    const p = TIERED('net', 'Admin', 1, `egress: [${rule('Deny', `to: [${FROM_DEV}, {networks: [10.0.0.0/8]}]`)}]`);
    expect(lints('networks-some-pods', p)).toEqual([
      'T-9 cnp/net 27: egress rule 1 names network 10.0.0.0/8, which may hold pod addresses (no podCidrs are given): the API matches pods by address, which the manifests cannot tell, so flowgate counts it as matching external addresses only.',
    ]);
  });
});

describe('equal-priority (T-14)', () => {
  const deny = (name: string, tier: string, priority: number, dir = 'ingress', peers = `from: [${FROM_DEV}]`) => TIERED(name, tier, priority, `${dir}: [${rule('Deny', peers)}]`);
  it('names both, the direction and the order flowgate takes', () => {
    expect(lints('equal-priority', deny('b', 'Admin', 5), deny('a', 'Admin', 5))).toEqual([
      'T-14 cnp/b 24: [Admin] has priority 5, like cnp/a (m.yaml:29), and both have ingress rules for a common workload and peer: the API lets a cluster apply either one. flowgate evaluates cnp/a first (by name); give them distinct priorities.',
    ]);
  });

  it.each<[string, string[], number]>([
    ['egress rules that overlap', [deny('a', 'Admin', 5, 'egress', `to: [${FROM_DEV}]`), deny('b', 'Admin', 5, 'egress', `to: [${FROM_DEV}]`)], 1],
    ['one ingress, one egress: no common direction', [deny('a', 'Admin', 5), deny('b', 'Admin', 5, 'egress', `to: [${FROM_DEV}]`)], 0],
    ['the same priority in different tiers', [deny('a', 'Admin', 5), deny('b', 'Baseline', 5)], 0],
    ['equal priorities in the Baseline tier', [deny('a', 'Baseline', 5), deny('b', 'Baseline', 5)], 1],
    ['no common subject', [deny('a', 'Admin', 5), TIERED('b', 'Admin', 5, `ingress: [${rule('Deny', `from: [${FROM_DEV}]`)}]`, '{namespaces: {matchLabels: {env: dev}}}')], 0],
    ['three at one priority: each later one once per earlier', [deny('a', 'Admin', 5), deny('b', 'Admin', 5), deny('c', 'Admin', 5)], 3],
  ])('%s', (_what, docs, count) => {
    expect(lints('equal-priority', ...docs)).toHaveLength(count);
  });
});

describe('shadowed-deny (T-4)', () => {
  it('names every Accept that takes its connections first, sorted', () => {
    const open = TIERED('open', 'Admin', 1, `ingress: [${rule('Accept', `from: [${FROM_DEV}]`, ports(80))}, ${rule('Accept', `from: [${FROM_DEV}]`, ports(81))}]`);
    const first = TIERED('first', 'Admin', 0, `ingress: [${rule('Accept', `from: [${FROM_DEV}]`, ports(82))}]`);
    const shut = TIERED('shut', 'Admin', 2, `ingress: [${rule('Deny', `from: [${FROM_DEV}]`, ports(80, 81, 82))}]`);
    expect(lints('shadowed-deny', open, first, shut)).toEqual([
      'T-4 cnp/shut 37: [Admin] ingress rule 1 Deny never takes effect: every connection it matches is accepted first by cnp/first ingress rule 1, cnp/open ingress rule 1, cnp/open ingress rule 2.',
    ]);
  });

  it.each<[string, string[], number]>([
    ['a Deny that still takes a port is quiet', [TIERED('p', 'Admin', 1, `ingress: [${rule('Accept', `from: [${FROM_DEV}]`, ports(80))}, ${rule('Deny', `from: [${FROM_DEV}]`, ports(80, 81))}]`)], 0],
    ['a Deny after a Deny (no Accept) is quiet', [TIERED('p', 'Admin', 1, `ingress: [${rule('Deny', `from: [${FROM_DEV}]`, ports(80))}, ${rule('Deny', `from: [${FROM_DEV}]`, ports(80))}]`)], 0],
    ['an Accept of other peers does not shadow', [TIERED('p', 'Admin', 1, `ingress: [${rule('Accept', `from: [{namespaces: {matchLabels: {env: prod}}}]`)}, ${rule('Deny', `from: [${FROM_DEV}]`)}]`)], 0],
    ['in the Baseline tier', [TIERED('p', 'Baseline', 1, `ingress: [${rule('Accept', `from: [${FROM_DEV}]`)}, ${rule('Deny', `from: [${FROM_DEV}]`, ports(80))}]`)], 1],
    ['egress, by a named port that resolves at the peer (A-26)', [TIERED('p', 'Admin', 1, `egress: [${rule('Accept', `to: [${FROM_DEV}]`, ', protocols: [{destinationNamedPort: http}]')}, ${rule('Deny', `to: [${FROM_DEV}]`, ports(8080))}]`)], 1],
    // api serves no port named http: there the Accept takes nothing and the Deny of 8080 decides.
    ['egress, a named port that resolves at some peers only', [TIERED('p', 'Admin', 1, `egress: [${rule('Accept', 'to: [{namespaces: {}}]', ', protocols: [{destinationNamedPort: http}]')}, ${rule('Deny', 'to: [{namespaces: {}}]', ports(8080))}]`)], 0],
    // T-10 (A.7: fail closed): a Deny with a peer field flowgate does not know denies every peer.
    ['a deny-all for an unknown peer field after an Accept still decides the other peers', [TIERED('p', 'Admin', 1, `ingress: [${rule('Accept', `from: [${FROM_DEV}]`)}, ${rule('Deny', 'from: [{futurePeer: {}}]')}]`)], 0],
    ['an Accept of every peer before a deny-all for an unknown peer field shadows it', [TIERED('p', 'Admin', 1, `egress: [${rule('Accept', 'to: [{namespaces: {}}, {networks: [0.0.0.0/0, ::/0]}]')}, ${rule('Deny', 'to: [{futurePeer: {}}]')}]`)], 1],
    ['egress, a named port the peer does not serve takes nothing', [TIERED('p', 'Admin', 1, `egress: [${rule('Accept', `to: [${FROM_DEV}]`, ', protocols: [{destinationNamedPort: metrics}]')}, ${rule('Deny', `to: [${FROM_DEV}]`, ports(8080))}]`)], 0],
  ])('%s', (_what, docs, count) => {
    expect(lints('shadowed-deny', ...docs)).toHaveLength(count);
  });
});

describe('pass-to-nothing (T-4, T-5)', () => {
  const pass = (name: string, tier: string, dir = 'ingress') => TIERED(name, tier, 1, `${dir}: [${rule('Pass', dir === 'ingress' ? `from: [${FROM_DEV}]` : `to: [${FROM_DEV}]`)}, ${rule('Deny', dir === 'ingress' ? `from: [${FROM_DEV}]` : `to: [${FROM_DEV}]`, ports(22))}]`);
  it('Admin: no NetworkPolicy and no Baseline rule after it', () => {
    expect(lints('pass-to-nothing', pass('hand', 'Admin', 'egress'))).toEqual([
      'T-4 cnp/hand 27: [Admin] egress rule 1 Pass hands over to nothing: no NetworkPolicy isolates its workloads for egress and no Baseline rule applies to them, so it allows what it matches, like an Accept.',
    ]);
  });

  it('Baseline: the default allow', () => {
    expect(lints('pass-to-nothing', pass('base', 'Baseline'))).toEqual(['T-4 cnp/base 27: [Baseline] ingress rule 1 Pass hands over to the default allow, so it allows what it matches, like an Accept.']);
  });

  const NP = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np, namespace: prod}\nspec: {podSelector: {matchLabels: {app: web}}, policyTypes: [Ingress]}\n';
  it.each<[string, string[], number]>([
    ['T-5: a NetworkPolicy isolates one of its workloads in that direction', [pass('hand', 'Admin'), NP], 0],
    ['a NetworkPolicy of the other direction does not count', [pass('hand', 'Admin', 'egress'), NP], 1],
    ['a Baseline rule of that direction applies to them', [pass('hand', 'Admin'), TIERED('floor', 'Baseline', 1, `ingress: [${rule('Deny', `from: [${FROM_DEV}]`)}]`)], 0],
    ['a Baseline policy with rules of the other direction only', [pass('hand', 'Admin'), TIERED('floor', 'Baseline', 1, `egress: [${rule('Deny', `to: [${FROM_DEV}]`)}]`)], 1],
    ['a policy that selects nothing is left to dangling-tiered-policy', [TIERED('none', 'Admin', 1, `ingress: [${rule('Pass', `from: [${FROM_DEV}]`)}]`, '{namespaces: {matchLabels: {env: qa}}}')], 0],
  ])('%s', (_what, docs, count) => {
    expect(lints('pass-to-nothing', ...docs)).toHaveLength(count);
  });
});
