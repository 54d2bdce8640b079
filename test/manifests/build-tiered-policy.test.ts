import { describe, expect, test } from 'vitest';
import { lineOf, load, summary } from './load-yaml';

const CNP = 'policy.networking.k8s.io/v1alpha2';
const V1A1 = 'policy.networking.k8s.io/v1alpha1';

/** A tiered policy of `kind`/`apiVersion` named `name` whose spec is the YAML given (column 0). */
function tieredYaml(spec: string, kind = 'ClusterNetworkPolicy', apiVersion = CNP, name = 'p'): string {
  const body = spec.split('\n').map((l) => (l ? `  ${l}` : l)).join('\n');
  return `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n${body}\n`;
}

const SUBJECT = 'subject:\n  namespaces: {}';
const EGRESS = (peer: string, extra = '') => `tier: Admin\npriority: 10\n${SUBJECT}\negress:\n- action: Deny\n  to:\n  - ${peer}${extra}`;

describe('reading tiered policies (T-1, T-12)', () => {
  test('v1alpha2, v1beta1, v1alpha1 ANP and BANP all land in one model', () => {
    const text = [
      tieredYaml(`tier: Baseline\npriority: 5\n${SUBJECT}\ningress:\n- action: Pass\n  from:\n  - namespaces: {}`),
      tieredYaml(`tier: Admin\npriority: 5\n${SUBJECT}`, 'ClusterNetworkPolicy', 'policy.networking.k8s.io/v1beta1', 'b'),
      tieredYaml(`priority: 1\n${SUBJECT}\negress:\n- action: Allow\n  to:\n  - pods:\n      namespaceSelector: {}\n      podSelector: {}\n  ports:\n  - portNumber: {port: 80}\n  - namedPort: web\n  - portRange: {protocol: UDP, start: 1000, end: 2000}`, 'AdminNetworkPolicy', V1A1, 'a'),
      tieredYaml(`${SUBJECT}\ningress:\n- action: Deny\n  from:\n  - namespaces: {}`, 'BaselineAdminNetworkPolicy', V1A1, 'default'),
    ].join('---\n');
    const c = load(text);
    expect(summary(c.diagnostics)).toEqual([]);
    // T-2, T-3: Admin first by priority, then Baseline; equal priority by id.
    expect(c.tieredPolicies!.map((p) => `${p.tier} ${p.priority} ${p.kind}/${p.name}`)).toEqual([
      'Admin 1 AdminNetworkPolicy/a',
      'Admin 5 ClusterNetworkPolicy/b',
      'Baseline 0 BaselineAdminNetworkPolicy/default',
      'Baseline 5 ClusterNetworkPolicy/p',
    ]);
    const anp = c.tieredPolicies![0]!;
    // T-13: Allow is Accept; T-11: a named port is tried for every protocol at the destination.
    expect(anp.egress[0]!.action).toBe('Accept');
    expect(anp.egress[0]!.ports).toEqual([
      { protocol: 'TCP', port: 80 },
      { protocol: 'TCP', port: 'web' },
      { protocol: 'UDP', port: 'web' },
      { protocol: 'SCTP', port: 'web' },
      { protocol: 'UDP', port: 1000, endPort: 2000 },
    ]);
    expect(c.diagnostics.filter((d) => d.code === 'not-analysed')).toEqual([]);
  });

  test('T-9: networks 0.0.0.0/0 holds every pod; a narrower CIDR does not', () => {
    const c = load(tieredYaml(EGRESS('networks: [0.0.0.0/0, 10.0.0.0/8]')));
    expect(c.tieredPolicies![0]!.egress[0]!.peers.map((p) => (p.kind === 'ipBlock' ? `${p.cidr} ${p.allPods}` : p.kind))).toEqual(['0.0.0.0/0 true', '10.0.0.0/8 false']);
  });

  test.each<[string, string, string, string]>([
    ['priority above 1000', `tier: Admin\npriority: 1001\n${SUBJECT}`, 'error invalid-priority', 'priority:'],
    ['no tier', `priority: 1\n${SUBJECT}`, 'error invalid-field', 'priority: 1'],
    ['a subject with two fields', 'tier: Admin\npriority: 1\nsubject:\n  namespaces: {}\n  pods: {namespaceSelector: {}, podSelector: {}}', 'error invalid-field', 'namespaces: {}'],
    ['a subject with none', 'tier: Admin\npriority: 1\nsubject: {}', 'error invalid-field', 'subject:'],
    ['pods without podSelector', 'tier: Admin\npriority: 1\nsubject:\n  pods:\n    namespaceSelector: {}', 'error invalid-field', 'namespaceSelector: {}'],
    ['an unknown action', `tier: Admin\npriority: 1\n${SUBJECT}\negress:\n- action: Allow\n  to:\n  - namespaces: {}`, 'error invalid-action', 'action:'],
    ['no to', `tier: Admin\npriority: 1\n${SUBJECT}\negress:\n- action: Deny`, 'error invalid-rule', '- action'],
    ['an empty to', `tier: Admin\npriority: 1\n${SUBJECT}\negress:\n- action: Deny\n  to: []`, 'error invalid-rule', 'to: []'],
    ['an empty peer', EGRESS('{}'), 'error invalid-peer', '- {}'],
    ['a peer with two fields', EGRESS('{namespaces: {}, networks: [10.0.0.0/8]}'), 'error invalid-peer', '- {namespaces'],
    ['an invalid CIDR', EGRESS('networks: [10.0.0.0/33]'), 'error invalid-cidr', 'networks:'],
    ['26 networks', EGRESS(`networks: [${Array.from({ length: 26 }, (_, i) => `10.${i}.0.0/16`).join(', ')}]`), 'error invalid-cidr', 'networks:'],
    ['protocols: []', EGRESS('namespaces: {}', '\n  protocols: []'), 'error invalid-port', 'protocols:'],
    ['tcp: {}', EGRESS('namespaces: {}', '\n  protocols:\n  - tcp: {}'), 'error invalid-port', 'tcp:'],
    ['a range with start = end', EGRESS('namespaces: {}', '\n  protocols:\n  - tcp: {destinationPort: {range: {start: 80, end: 80}}}'), 'error invalid-port', 'tcp:'],
    ['a port number and a range', EGRESS('namespaces: {}', '\n  protocols:\n  - udp: {destinationPort: {number: 53, range: {start: 1, end: 2}}}'), 'error invalid-port', 'udp:'],
    ['a named port with networks', EGRESS('networks: [10.0.0.0/8]', '\n  protocols:\n  - destinationNamedPort: web'), 'error invalid-port', '- destinationNamedPort'],
    ['domainNames in a Deny rule', EGRESS('domainNames: [example.com]'), 'error invalid-peer', 'domainNames:'],
    ['networks in an ingress peer', `tier: Admin\npriority: 1\n${SUBJECT}\ningress:\n- action: Deny\n  from:\n  - networks: [10.0.0.0/8]`, 'warning unknown-peer-field', 'networks:'],
    ['26 egress rules', `tier: Admin\npriority: 1\n${SUBJECT}\negress:\n${'- action: Deny\n  to:\n  - namespaces: {}\n'.repeat(26)}`, 'error invalid-rule', '- action: Deny'],
  ])('T-12 v1alpha2: %s', (_name, spec, expected, marker) => {
    const text = tieredYaml(spec);
    const c = load(text);
    expect(summary(c.diagnostics)).toContain(`${expected} ${lineOf(text, marker)}`);
    if (expected.startsWith('error')) expect(c.tieredPolicies ?? []).toEqual([]);
  });

  test.each<[string, string, string, string, string, string]>([
    ['ANP: Accept is v1alpha2 spelling', 'AdminNetworkPolicy', 'p', `priority: 1\n${SUBJECT}\ningress:\n- action: Accept\n  from:\n  - namespaces: {}`, 'error invalid-action', 'action:'],
    ['ANP: a port entry with two fields', 'AdminNetworkPolicy', 'p', `priority: 1\n${SUBJECT}\ningress:\n- action: Deny\n  from:\n  - namespaces: {}\n  ports:\n  - portNumber: {port: 80}\n    namedPort: web`, 'error invalid-port', '- portNumber'],
    ['ANP: a range 10-1', 'AdminNetworkPolicy', 'p', `priority: 1\n${SUBJECT}\ningress:\n- action: Deny\n  from:\n  - namespaces: {}\n  ports:\n  - portRange: {start: 10, end: 1}`, 'error invalid-port', 'portRange:'],
    ['ANP: tier is not a v1alpha1 field', 'AdminNetworkPolicy', 'p', `tier: Admin\npriority: 1\n${SUBJECT}`, 'error invalid-field', 'tier:'],
    ['BANP: no Pass', 'BaselineAdminNetworkPolicy', 'default', `${SUBJECT}\ningress:\n- action: Pass\n  from:\n  - namespaces: {}`, 'error invalid-action', 'action:'],
    ['BANP: the name is default', 'BaselineAdminNetworkPolicy', 'other', SUBJECT, 'error invalid-name', 'name: other'],
    ['BANP: no domainNames', 'BaselineAdminNetworkPolicy', 'default', `${SUBJECT}\negress:\n- action: Allow\n  to:\n  - domainNames: [example.com]`, 'warning unknown-peer-field', 'domainNames:'],
  ])('T-12 v1alpha1: %s', (_name, kind, name, spec, expected, marker) => {
    const text = tieredYaml(spec, kind, V1A1, name);
    const c = load(text);
    expect(summary(c.diagnostics)).toContain(`${expected} ${lineOf(text, marker)}`);
    if (expected.startsWith('error')) expect(c.tieredPolicies ?? []).toEqual([]);
  });

  test('T-8, T-13: nodes, domainNames and sameLabels are not analysed, with a warning naming the rule', () => {
    const text = tieredYaml(`priority: 1\n${SUBJECT}\negress:\n- action: Allow\n  to:\n  - nodes: {}\n  - domainNames: [example.com]\n  - namespaces:\n      sameLabels: [tenant]`, 'AdminNetworkPolicy', V1A1);
    const c = load(text);
    expect(summary(c.diagnostics)).toEqual([`warning not-analysed ${lineOf(text, 'nodes:')}`, `warning not-analysed ${lineOf(text, 'domainNames:')}`, `warning not-analysed ${lineOf(text, 'sameLabels')}`]);
    expect(c.tieredPolicies![0]!.egress[0]!.peers).toEqual([]);
  });

  test('T-10: a peer of unknown fields fails closed: Accept matches nothing, Deny and Pass deny all', () => {
    const text = tieredYaml(`tier: Admin\npriority: 1\n${SUBJECT}\negress:\n- action: Accept\n  to:\n  - services: {}\n- action: Pass\n  to:\n  - services: {}\n  protocols:\n  - tcp: {destinationPort: {number: 80}}`);
    const c = load(text);
    expect(summary(c.diagnostics)).toEqual([`warning unknown-peer-field ${lineOf(text, 'services:')}`, `warning unknown-peer-field ${lineOf(text, 'services:', 2)}`]);
    const [accept, pass] = c.tieredPolicies![0]!.egress;
    expect([accept!.action, accept!.peers, accept!.everyPeer]).toEqual(['Accept', [], false]);
    expect([pass!.action, pass!.everyPeer, pass!.ports]).toEqual(['Deny', true, []]);
  });

  test('T-1: other versions of the group stay not-analysed, never silent', () => {
    const c = load(tieredYaml(`priority: 1\n${SUBJECT}`, 'AdminNetworkPolicy', 'policy.networking.k8s.io/v1alpha9'));
    expect(summary(c.diagnostics)).toEqual(['warning not-analysed 1']);
  });
});
