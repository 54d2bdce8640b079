import { describe, expect, test } from 'vitest';
import { read, said } from './read-manifest';

/**
 * src/manifests/build-tiered-policy.ts field by field: ClusterNetworkPolicy v1alpha2 (and
 * v1beta1), AdminNetworkPolicy and BaselineAdminNetworkPolicy v1alpha1 read as their CRDs'
 * schemas say (T-1, T-7 … T-13, network-policy-api `apis/v1alpha1`, `apis/v1alpha2` types),
 * with the exact words of each diagnostic. `L` in an expected diagnostic is the rule's line.
 */
const V2 = 'policy.networking.k8s.io/v1alpha2';
const V1 = 'policy.networking.k8s.io/v1alpha1';
type Kind = 'CNP' | 'ANP' | 'BANP';
const KIND = { CNP: ['ClusterNetworkPolicy', V2, 'p'], ANP: ['AdminNetworkPolicy', V1, 'p'], BANP: ['BaselineAdminNetworkPolicy', V1, 'default'] } as const;
const HEAD = { CNP: 'tier: Admin\n  priority: 1\n  ', ANP: 'priority: 1\n  ', BANP: '' };

/** A tiered policy whose spec is the given lines (at the spec's indent). */
function policy(kind: Kind, spec: string): string {
  const [k, apiVersion, name] = KIND[kind];
  return `apiVersion: ${apiVersion}\nkind: ${k}\nmetadata: {name: ${name}}\nspec:\n  ${spec.split('\n').join('\n  ')}\n`;
}

/** A policy of `kind` with one rule (a flow mapping on one line) in `direction`. */
function withRule(kind: Kind, rule: string, direction = 'egress'): string {
  return policy(kind, `${HEAD[kind]}subject: {namespaces: {}}\n${direction}:\n- ${rule}`.replace(/\n {2}/g, '\n'));
}

/** Diagnostics with the rule's line written as L. */
function saidAt(text: string): string[] {
  const line = text.split('\n').findIndex((l) => l.startsWith('  - ')) + 1;
  return said(read(text).diagnostics).map((d) => d.replace(` ${line}: `, ' L: '));
}

const TO = (peer: string, extra = '') => `{action: Deny, to: [${peer}]${extra}}`;
const PORTS = (ports: string) => `{action: Deny, to: [{namespaces: {}}], protocols: [${ports}]}`;
const V1PORTS = (ports: string) => `{action: Deny, to: [{namespaces: {}}], ports: [${ports}]}`;

describe('rules (T-12)', () => {
  test.each<[string, Kind, string, string, string[]]>([
    ['not a mapping', 'CNP', '5', 'egress', ['error invalid-rule L: an egress rule must be a mapping (name, action, to, protocols), not the number 5']],
    ['an ANP ingress rule not a mapping', 'ANP', '[a]', 'ingress', ['error invalid-rule L: an ingress rule must be a mapping (name, action, from, ports), not a list']],
    ['an unknown field', 'CNP', '{action: Deny, to: [{namespaces: {}}], ports: [a]}', 'egress', ['error invalid-rule L: unknown field "ports" in an egress rule (name, action, to, protocols)']],
    ['a name of 101 characters', 'CNP', `{name: ${'n'.repeat(101)}, action: Deny, to: [{namespaces: {}}]}`, 'egress', ['error invalid-rule L: a rule name is a string of at most 100 characters']],
    ['a name that is not a string', 'CNP', '{name: 5, action: Deny, to: [{namespaces: {}}]}', 'egress', ['error invalid-rule L: a rule name is a string of at most 100 characters']],
    ['no action', 'CNP', '{to: [{namespaces: {}}]}', 'egress', ['error invalid-action L: unrecognized action nothing: ClusterNetworkPolicy v1alpha2 rules take Accept, Deny, Pass']],
    ['T-13: Allow in v1alpha2', 'CNP', '{action: Allow, to: [{namespaces: {}}]}', 'egress', ['error invalid-action L: unrecognized action the string "Allow": ClusterNetworkPolicy v1alpha2 rules take Accept, Deny, Pass']],
    ['T-12 (security): an action inherited from Object.prototype', 'CNP', '{action: constructor, to: [{namespaces: {}}]}', 'egress', ['error invalid-action L: unrecognized action the string "constructor": ClusterNetworkPolicy v1alpha2 rules take Accept, Deny, Pass']],
    ['T-12 (security): toString in an ANP', 'ANP', '{action: toString, to: [{namespaces: {}}]}', 'egress', ['error invalid-action L: unrecognized action the string "toString": AdminNetworkPolicy v1alpha1 rules take Allow, Deny, Pass']],
    ['T-13: Accept in an ANP', 'ANP', '{action: Accept, to: [{namespaces: {}}]}', 'egress', ['error invalid-action L: unrecognized action the string "Accept": AdminNetworkPolicy v1alpha1 rules take Allow, Deny, Pass']],
    ['T-13: Pass in a BANP', 'BANP', '{action: Pass, from: [{namespaces: {}}]}', 'ingress', ['error invalid-action L: unrecognized action the string "Pass": BaselineAdminNetworkPolicy v1alpha1 rules take Allow, Deny']],
    ['no peers', 'CNP', '{action: Deny}', 'egress', ['error invalid-rule L: to field must be defined and contain at least one item']],
    ['ingress peers that are not a list', 'CNP', '{action: Deny, from: {namespaces: {}}}', 'ingress', ['error invalid-rule L: from field must be defined and contain at least one item']],
    ['26 peers', 'CNP', `{action: Deny, to: [${'{namespaces: {}}, '.repeat(26).slice(0, -2)}]}`, 'egress', ['error invalid-rule L: to holds 26 peers; at most 25 are allowed']],
    ['101 peers in an ANP', 'ANP', `{action: Deny, to: [${'{namespaces: {}}, '.repeat(101).slice(0, -2)}]}`, 'egress', ['error invalid-rule L: to holds 101 peers; at most 100 are allowed']],
  ])('%s (%s)', (_name, kind, rule, direction, diagnostics) => {
    const text = withRule(kind, rule, direction);
    expect(saidAt(text)).toEqual(diagnostics.map((d) => d.replace(': ', `: ${KIND[kind][0]} ${KIND[kind][2]}: `)));
    expect(read(text).tieredPolicies ?? []).toEqual([]);
  });

  test('rules that are not a list, and too many rules, are errors at the field', () => {
    const notList = policy('CNP', 'tier: Admin\npriority: 1\nsubject: {namespaces: {}}\ningress: {action: Deny}');
    expect(said(read(notList).diagnostics)).toEqual(['error invalid-field 8: ClusterNetworkPolicy p: spec.ingress must be a list, not a mapping']);
    expect(read(notList).tieredPolicies ?? []).toEqual([]);
    const many = policy('ANP', `priority: 1\nsubject: {namespaces: {}}\ningress:\n${'- {action: Deny, from: [{namespaces: {}}]}\n'.repeat(101)}`);
    expect(said(read(many).diagnostics)).toEqual(['error invalid-rule 8: AdminNetworkPolicy p: ingress holds 101 rules; at most 100 are allowed']);
    expect(read(many).tieredPolicies ?? []).toEqual([]);
  });

  test('the limits themselves are accepted: 25 peers, 25 rules and 25 protocols (v1alpha2); 100 peers and rules (v1alpha1); a name of 100', () => {
    const peers = (n: number) => `[${'{namespaces: {}}, '.repeat(n).slice(0, -2)}]`;
    const cnp = policy('CNP', `tier: Admin\npriority: 1\nsubject: {namespaces: {}}\negress:\n- {name: ${'n'.repeat(100)}, action: Deny, to: ${peers(25)}, protocols: [${'{tcp: {destinationPort: {number: 80}}}, '.repeat(25).slice(0, -2)}]}\n${'- {action: Deny, to: [{namespaces: {}}]}\n'.repeat(24)}`);
    const anp = policy('ANP', `priority: 1\nsubject: {namespaces: {}}\negress:\n- {action: Deny, to: ${peers(100)}}\n${'- {action: Deny, to: [{namespaces: {}}]}\n'.repeat(99)}`);
    for (const text of [cnp, anp]) {
      const c = read(text);
      expect(said(c.diagnostics)).toEqual([]);
      expect(c.tieredPolicies![0]!.egress).toHaveLength(text === cnp ? 25 : 100);
    }
  });

  test('a rule reads into its direction, index, line, name, action, peers and ports; an empty name is left out', () => {
    const text = policy('CNP', 'tier: Admin\npriority: 1\nsubject: {namespaces: {}}\ningress:\n- {name: "", action: Pass, from: [{namespaces: {}}]}\n- {name: r, action: Accept, from: [{pods: {podSelector: {matchLabels: {app: a}}}}], protocols: [{udp: {destinationPort: {number: 53}}}]}');
    const c = read(text);
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.tieredPolicies![0]!.ingress).toEqual([
      { direction: 'ingress', index: 0, source: { file: 'm.yaml', line: 9 }, action: 'Pass', peers: [{ kind: 'pods', namespaceSelector: { matchLabels: {}, matchExpressions: [] } }], everyPeer: false, ports: [] },
      {
        direction: 'ingress',
        index: 1,
        source: { file: 'm.yaml', line: 10 },
        name: 'r',
        action: 'Accept',
        peers: [{ kind: 'pods', namespaceSelector: { matchLabels: {}, matchExpressions: [] }, podSelector: { matchLabels: { app: 'a' }, matchExpressions: [] } }],
        everyPeer: false,
        ports: [{ protocol: 'UDP', port: 53 }],
      },
    ]);
  });

  test('T-13: v1alpha1 Allow is Accept; Deny and Pass keep their names (ANP and BANP)', () => {
    const anp = read(withRule('ANP', '{action: Allow, to: [{namespaces: {}}]}'));
    const banp = read(policy('BANP', 'subject: {namespaces: {}}\negress:\n- {action: Allow, to: [{namespaces: {}}]}\n- {action: Deny, to: [{namespaces: {}}]}'));
    const pass = read(withRule('ANP', '{action: Pass, to: [{namespaces: {}}]}'));
    expect([...anp.tieredPolicies![0]!.egress, ...banp.tieredPolicies![0]!.egress, ...pass.tieredPolicies![0]!.egress].map((r) => r.action)).toEqual(['Accept', 'Accept', 'Deny', 'Pass']);
  });
});

describe('peers (T-7 … T-10)', () => {
  test.each<[string, Kind, string, string, string[]]>([
    ['not a mapping (to)', 'CNP', TO('5'), 'egress', ['error invalid-peer L: a rule peer (to) must be a mapping (one of namespaces, pods, nodes, networks, domainNames), not the number 5']],
    ['not a mapping (from)', 'CNP', '{action: Deny, from: [5]}', 'ingress', ['error invalid-peer L: a rule peer (from) must be a mapping (one of namespaces, pods), not the number 5']],
    ['no field', 'CNP', TO('{networks: null}'), 'egress', ['error invalid-peer L: exactly one field must be set in a rule peer (one of namespaces, pods, nodes, networks, domainNames); none is set']],
    ['two fields', 'CNP', TO('{namespaces: {}, pods: {podSelector: {}}}'), 'egress', ['error invalid-peer L: exactly one field must be set in a rule peer (one of namespaces, pods, nodes, networks, domainNames); found namespaces, pods']],
    ['T-13: a BANP egress peer list has no domainNames', 'BANP', '{action: Deny, to: [{}]}', 'egress', ['error invalid-peer L: exactly one field must be set in a rule peer (one of namespaces, pods, nodes, networks); none is set']],
    ['T-8: domainNames in a Deny rule', 'CNP', TO('{domainNames: [a.example]}'), 'egress', ['error invalid-peer L: domainNames peers are only allowed in Accept rules']],
    ['T-8: domainNames in an ANP Pass rule', 'ANP', '{action: Pass, to: [{domainNames: [a.example]}]}', 'egress', ['error invalid-peer L: domainNames peers are only allowed in Allow rules']],
    ['T-9: networks empty', 'CNP', TO('{networks: []}'), 'egress', ['error invalid-cidr L: networks must be a list of 1-25 CIDRs, not a list']],
    ['T-9: networks not a list', 'CNP', TO('{networks: 10.0.0.0/8}'), 'egress', ['error invalid-cidr L: networks must be a list of 1-25 CIDRs, not the string "10.0.0.0/8"']],
    ['T-9: 26 networks', 'CNP', TO(`{networks: [${Array.from({ length: 26 }, (_, i) => `10.${i}.0.0/16`).join(', ')}]}`), 'egress', ['error invalid-cidr L: networks holds 26 CIDRs; at most 25 are allowed']],
    ['T-9: a network that is not a string', 'CNP', TO('{networks: [5]}'), 'egress', ['error invalid-cidr L: invalid CIDR address the number 5']],
    ['T-9: an invalid network', 'CNP', TO('{networks: [10.0.0.0/8, 10.0.0.0/33]}'), 'egress', ['error invalid-cidr L: invalid CIDR address the string "10.0.0.0/33": "10.0.0.0/33": prefix length 33 is longer than 32 bits']],
    ['T-11: a named port with a networks peer', 'CNP', TO('{networks: [10.0.0.0/8]}', ', protocols: [{destinationNamedPort: web}]'), 'egress', ['error invalid-port L: a named port cannot go with a networks peer (there are no named ports there)']],
    ['T-11: a named port with a nodes peer (named first)', 'CNP', TO('{nodes: {}}, {networks: [10.0.0.0/8]}', ', protocols: [{destinationNamedPort: web}]'), 'egress', ['warning not-analysed L: nodes peers are not analysed (node addresses are not in the manifests): the peer is counted as matching nothing', 'error invalid-port L: a named port cannot go with a nodes peer (there are no named ports there)']],
    ['T-7: pods not a mapping', 'CNP', TO('{pods: 5}'), 'egress', ['error invalid-field L: spec.egress[0].to[0].pods must be a mapping, not the number 5']],
    ['T-7: pods without podSelector', 'CNP', TO('{pods: {namespaceSelector: {}}}'), 'egress', ['error invalid-field L: pods needs a podSelector ({} selects every pod)']],
    ['T-7: an unknown field in pods', 'CNP', TO('{pods: {podSelector: {}, labels: {}}}'), 'egress', ['error invalid-field L: unknown field "labels" in pods (namespaceSelector, podSelector)']],
    ['T-7: v1alpha1 pods need a namespaceSelector', 'ANP', TO('{pods: {podSelector: {}}}'), 'egress', ['error invalid-field L: pods needs a namespaceSelector ({} selects every namespace)']],
    ['T-7: an invalid podSelector', 'CNP', TO('{pods: {podSelector: {app: a}}}'), 'egress', ['error invalid-selector L: unknown selector field "app" (a selector has matchLabels and matchExpressions; did you mean matchLabels: {app: …}?)']],
    ['T-7: an invalid namespaceSelector in pods', 'ANP', TO('{pods: {podSelector: {}, namespaceSelector: 5}}'), 'egress', ['error invalid-selector L: namespaceSelector must be a label selector mapping (matchLabels / matchExpressions), not the number 5']],
    ['an invalid namespaces selector', 'CNP', TO('{namespaces: [a]}'), 'egress', ['error invalid-selector L: namespaces must be a label selector mapping (matchLabels / matchExpressions), not a list']],
  ])('%s (%s)', (_name, kind, rule, direction, diagnostics) => {
    const text = withRule(kind, rule, direction);
    expect(saidAt(text)).toEqual(diagnostics.map((d) => d.replace(': ', `: ${KIND[kind][0]} ${KIND[kind][2]}: `)));
    expect(read(text).tieredPolicies ?? []).toEqual([]);
  });

  test.each<[string, Kind, string, string]>([
    ['T-10: an unknown field in a Deny rule', 'CNP', TO('{services: {}}'), 'warning unknown-peer-field L: peer field "services" is not known to ClusterNetworkPolicy v1alpha2: the rule is read as denying all traffic (fail closed)'],
    ['T-10: an unknown field in an Accept rule', 'CNP', '{action: Accept, to: [{services: {}}]}', 'warning unknown-peer-field L: peer field "services" is not known to ClusterNetworkPolicy v1alpha2: the peer matches nothing (fail closed)'],
    ['T-10, T-13: domainNames in a BANP', 'BANP', '{action: Allow, to: [{domainNames: [a.example]}]}', 'warning unknown-peer-field L: peer field "domainNames" is not known to BaselineAdminNetworkPolicy v1alpha1: the peer matches nothing (fail closed)'],
    ['T-13: sameLabels', 'ANP', TO('{namespaces: {sameLabels: [tenant]}}'), 'warning not-analysed L: namespaces with sameLabels / notSameLabels is not analysed: the peer is counted as matching nothing'],
    ['T-13: notSameLabels', 'ANP', TO('{namespaces: {notSameLabels: [tenant]}}'), 'warning not-analysed L: namespaces with sameLabels / notSameLabels is not analysed: the peer is counted as matching nothing'],
    ['T-8: nodes', 'CNP', TO('{nodes: {matchLabels: {a: b}}}'), 'warning not-analysed L: nodes peers are not analysed (node addresses are not in the manifests): the peer is counted as matching nothing'],
    ['T-8: domainNames in an Accept rule', 'CNP', '{action: Accept, to: [{domainNames: [a.example]}]}', 'warning not-analysed L: domainNames peers are not analysed (domain names are not in the manifests): the peer is counted as matching nothing'],
    ['T-9: a network that is not canonical', 'CNP', TO('{networks: [10.0.0.1/8]}'), 'warning non-canonical-cidr L: ClusterNetworkPolicy p: network "10.0.0.1/8" is not canonical; it means 10.0.0.0/8'],
  ])('%s: a warning, and the policy is read', (_name, kind, rule, diagnostic) => {
    const text = withRule(kind, rule);
    const prefix = `${KIND[kind][0]} ${KIND[kind][2]}: `;
    expect(saidAt(text)).toEqual([diagnostic.includes(prefix) ? diagnostic : diagnostic.replace(': ', `: ${prefix}`)]);
    expect(read(text).tieredPolicies).toHaveLength(1);
  });

  test('T-10: a peer of unknown fields fails closed: an Accept rule keeps its other peers; a Deny or Pass rule denies everything on every port', () => {
    const accept = read(withRule('CNP', '{action: Accept, to: [{services: {}}, {namespaces: {}}], protocols: [{tcp: {destinationPort: {number: 80}}}]}')).tieredPolicies![0]!.egress[0]!;
    expect([accept.action, accept.everyPeer, accept.peers.length, accept.ports]).toEqual(['Accept', false, 1, [{ protocol: 'TCP', port: 80 }]]);
    const deny = read(withRule('ANP', '{name: d, action: Deny, to: [{services: {}}, {namespaces: {}}], ports: [{portNumber: {port: 80}}]}')).tieredPolicies![0]!.egress[0]!;
    expect(deny).toEqual({ direction: 'egress', index: 0, source: { file: 'm.yaml', line: 8 }, name: 'd', action: 'Deny', peers: [], everyPeer: true, ports: [] });
  });

  test('T-7, T-9: the peers as read: namespaces, pods (v1alpha2 may leave out namespaceSelector), networks (0.0.0.0/0 and ::/0 hold every pod)', () => {
    const rule = read(withRule('CNP', '{action: Deny, to: [{namespaces: {matchLabels: {a: b}}}, {pods: {podSelector: {matchLabels: {c: d}}}}, {networks: [10.0.0.0/8, 0.0.0.0/0, "::/0"]}, {networks: null, nodes: null, pods: {namespaceSelector: {matchLabels: {e: f}}, podSelector: {}}}]}')).tieredPolicies![0]!.egress[0]!;
    const sel = (l: Record<string, string>) => ({ matchLabels: l, matchExpressions: [] });
    expect(rule.peers.map((p) => (p.kind === 'ipBlock' ? { cidr: p.cidr, except: p.except, ranges: p.ranges.length, allPods: p.allPods } : p))).toEqual([
      { kind: 'pods', namespaceSelector: sel({ a: 'b' }) },
      { kind: 'pods', namespaceSelector: sel({}), podSelector: sel({ c: 'd' }) },
      { cidr: '10.0.0.0/8', except: [], ranges: 1, allPods: false },
      { cidr: '0.0.0.0/0', except: [], ranges: 1, allPods: true },
      { cidr: '::/0', except: [], ranges: 1, allPods: true },
      { kind: 'pods', namespaceSelector: sel({ e: 'f' }), podSelector: sel({}) },
    ]);
  });
});

describe('ports (T-11)', () => {
  test.each<[string, Kind, string, string[]]>([
    ['protocols not a list', 'CNP', '{action: Deny, to: [{namespaces: {}}], protocols: {tcp: {}}}', ['error invalid-field L: spec.egress[0].protocols must be a list, not a mapping']],
    ['protocols: []', 'CNP', PORTS(''), ['error invalid-port L: protocols must hold at least one entry (leave it out to match all traffic)']],
    ['ports: [] (v1alpha1)', 'ANP', V1PORTS(''), ['error invalid-port L: ports must hold at least one entry (leave it out to match all traffic)']],
    ['26 protocols', 'CNP', PORTS('{tcp: {destinationPort: {number: 80}}}, '.repeat(26).slice(0, -2)), ['error invalid-port L: protocols holds 26 entries; at most 25 are allowed']],
    ['101 ports (v1alpha1)', 'ANP', V1PORTS('{portNumber: {port: 80}}, '.repeat(101).slice(0, -2)), ['error invalid-port L: ports holds 101 entries; at most 100 are allowed']],
    ['an entry that is not a mapping', 'CNP', PORTS('5'), ['error invalid-port L: a protocols entry must be a mapping (one of tcp, udp, sctp, destinationNamedPort), not the number 5']],
    ['an entry with no field', 'CNP', PORTS('{tcp: null}'), ['error invalid-port L: exactly one field must be set in a protocols entry (one of tcp, udp, sctp, destinationNamedPort); none is set']],
    ['an entry with two fields', 'CNP', PORTS('{tcp: {destinationPort: {number: 1}}, udp: {destinationPort: {number: 1}}}'), ['error invalid-port L: exactly one field must be set in a protocols entry (one of tcp, udp, sctp, destinationNamedPort); found tcp, udp']],
    ['an unknown protocol', 'CNP', PORTS('{icmp: {}}'), ['error invalid-port L: unknown field "icmp" in a protocols entry (one of tcp, udp, sctp, destinationNamedPort)']],
    ['tcp without destinationPort', 'CNP', PORTS('{tcp: {}}'), ['error invalid-port L: tcp needs a destinationPort (a number or a range); to match every TCP port, use a range 1-65535']],
    ['udp that is not a mapping', 'CNP', PORTS('{udp: 53}'), ['error invalid-port L: udp needs a destinationPort (a number or a range); to match every UDP port, use a range 1-65535']],
    ['sctp with a null destinationPort', 'CNP', PORTS('{sctp: {destinationPort: null}}'), ['error invalid-port L: sctp needs a destinationPort (a number or a range); to match every SCTP port, use a range 1-65535']],
    ['a destinationPort that is not a mapping', 'CNP', PORTS('{tcp: {destinationPort: 80}}'), ['error invalid-port L: a destinationPort must be a mapping (one of number, range), not the number 80']],
    ['a destinationPort with no field', 'CNP', PORTS('{tcp: {destinationPort: {}}}'), ['error invalid-port L: exactly one field must be set in a destinationPort (one of number, range); none is set']],
    ['port 0', 'CNP', PORTS('{tcp: {destinationPort: {number: 0}}}'), ['error invalid-port L: a port number is an integer 1-65535, not the number 0']],
    ['port 65536', 'CNP', PORTS('{tcp: {destinationPort: {number: 65536}}}'), ['error invalid-port L: a port number is an integer 1-65535, not the number 65536']],
    ['a fractional port', 'CNP', PORTS('{tcp: {destinationPort: {number: 80.5}}}'), ['error invalid-port L: a port number is an integer 1-65535, not the number 80.5']],
    ['a quoted port', 'CNP', PORTS('{tcp: {destinationPort: {number: "80"}}}'), ['error invalid-port L: a port number is an integer 1-65535, not the string "80"']],
    ['a range that is not a mapping', 'CNP', PORTS('{tcp: {destinationPort: {range: 5}}}'), ['error invalid-port L: a port range is a mapping with start and end, not the number 5']],
    ['a range without end', 'CNP', PORTS('{tcp: {destinationPort: {range: {start: 1}}}}'), ['error invalid-port L: a port number is an integer 1-65535, not nothing']],
    ['a range with start 0', 'CNP', PORTS('{tcp: {destinationPort: {range: {start: 0, end: 5}}}}'), ['error invalid-port L: a port number is an integer 1-65535, not the number 0']],
    ['v1alpha2: a range with start above end', 'CNP', PORTS('{tcp: {destinationPort: {range: {start: 90, end: 80}}}}'), ['error invalid-port L: port range 90-80 is invalid: start must be less than end']],
    ['v1alpha2: a range with start = end', 'CNP', PORTS('{tcp: {destinationPort: {range: {start: 80, end: 80}}}}'), ['error invalid-port L: port range 80-80 is invalid: start must be less than end']],
    ['v1alpha1: a range with start above end', 'ANP', V1PORTS('{portRange: {start: 6, end: 5}}'), ['error invalid-port L: port range 6-5 is invalid: start must be at most end']],
    ['a named port that is not a string', 'CNP', PORTS('{destinationNamedPort: 5}'), ['error invalid-port L: a named port is a string, not the number 5']],
    ['an invalid port name', 'ANP', V1PORTS('{namedPort: HTTP}'), ['error invalid-port L: "HTTP" is not a valid port name: a port name has only lower-case letters, digits and "-"']],
    ['v1alpha1: portNumber that is not a mapping', 'ANP', V1PORTS('{portNumber: 80}'), ['error invalid-port L: portNumber must be a mapping, not the number 80']],
    ['v1alpha1: portRange that is not a mapping', 'ANP', V1PORTS('{portRange: [1, 2]}'), ['error invalid-port L: portRange must be a mapping, not a list']],
    ['v1alpha1: an unknown protocol', 'ANP', V1PORTS('{portNumber: {protocol: ICMP, port: 1}}'), ['error invalid-port L: protocol must be TCP, UDP or SCTP, not the string "ICMP"']],
    ['v1alpha1: a protocol that is not a string', 'ANP', V1PORTS('{portRange: {protocol: 6, start: 1, end: 2}}'), ['error invalid-port L: protocol must be TCP, UDP or SCTP, not the number 6']],
    ['v1alpha1: portNumber without port', 'ANP', V1PORTS('{portNumber: {protocol: UDP}}'), ['error invalid-port L: a port number is an integer 1-65535, not nothing']],
    ['v1alpha1: an unknown port field', 'BANP', '{action: Deny, to: [{namespaces: {}}], ports: [{port: 80}]}', ['error invalid-port L: unknown field "port" in an AdminNetworkPolicyPort (one of portNumber, namedPort, portRange)']],
  ])('%s (%s)', (_name, kind, rule, diagnostics) => {
    const text = withRule(kind, rule);
    expect(saidAt(text)).toEqual(diagnostics.map((d) => d.replace(': ', `: ${KIND[kind][0]} ${KIND[kind][2]}: `)));
    expect(read(text).tieredPolicies ?? []).toEqual([]);
  });

  test.each<[string, Kind, string, object[]]>([
    ['T-11: tcp port 1', 'CNP', PORTS('{tcp: {destinationPort: {number: 1}}}'), [{ protocol: 'TCP', port: 1 }]],
    ['T-11: sctp port 65535', 'CNP', PORTS('{sctp: {destinationPort: {number: 65535}}}'), [{ protocol: 'SCTP', port: 65535 }]],
    ['T-11: udp range 1-65535', 'CNP', PORTS('{udp: {destinationPort: {range: {start: 1, end: 65535}}}}'), [{ protocol: 'UDP', port: 1, endPort: 65535 }]],
    ['T-11: a named port is tried for every protocol', 'CNP', PORTS('{destinationNamedPort: web}'), [{ protocol: 'TCP', port: 'web' }, { protocol: 'UDP', port: 'web' }, { protocol: 'SCTP', port: 'web' }]],
    ['T-11: entries add up in order', 'CNP', PORTS('{udp: {destinationPort: {number: 53}}, sctp: null}, {tcp: {destinationPort: {number: 53}}}'), [{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }]],
    ['v1alpha1: A-4, protocol defaults to TCP', 'ANP', V1PORTS('{portNumber: {port: 80}}'), [{ protocol: 'TCP', port: 80 }]],
    ['v1alpha1: protocol SCTP', 'ANP', V1PORTS('{portNumber: {port: 80, protocol: SCTP}}'), [{ protocol: 'SCTP', port: 80 }]],
    ['v1alpha1: a range with start = end', 'BANP', V1PORTS('{portRange: {start: 5, end: 5, protocol: UDP}}'), [{ protocol: 'UDP', port: 5, endPort: 5 }]],
    ['v1alpha1: a named port', 'ANP', V1PORTS('{namedPort: web}'), [{ protocol: 'TCP', port: 'web' }, { protocol: 'UDP', port: 'web' }, { protocol: 'SCTP', port: 'web' }]],
  ])('%s (%s)', (_name, kind, rule, ports) => {
    const c = read(withRule(kind, rule));
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.tieredPolicies![0]!.egress[0]!.ports).toEqual(ports);
  });
});

describe('the policy: subject, tier, priority, name (T-1 … T-3, T-12, T-13)', () => {
  test.each<[string, Kind, string, string[]]>([
    ['no subject', 'CNP', 'tier: Admin\npriority: 1', ['error invalid-field 5: exactly one field must be set in a subject (one of namespaces, pods); none is set']],
    ['a subject that is not a mapping', 'CNP', 'tier: Admin\npriority: 1\nsubject: 5', ['error invalid-field 7: a subject must be a mapping (one of namespaces, pods), not the number 5']],
    ['an unknown subject field', 'ANP', 'priority: 1\nsubject: {services: {}}', ['error invalid-field 6: unknown field "services" in a subject (one of namespaces, pods)']],
    ['T-7: a v1alpha1 pods subject needs a namespaceSelector', 'BANP', 'subject: {pods: {podSelector: {}}}', ['error invalid-field 5: pods needs a namespaceSelector ({} selects every namespace)']],
    ['an invalid namespaces subject', 'CNP', 'tier: Admin\npriority: 1\nsubject: {namespaces: {matchLabels: 5}}', ['error invalid-field 7: spec.subject.namespaces.matchLabels must be a mapping, not the number 5']],
    ['T-12: tier in the wrong case', 'CNP', 'tier: admin\npriority: 1\nsubject: {namespaces: {}}', ['error invalid-field 5: tier must be Admin or Baseline, not the string "admin"']],
    ['T-12: no tier', 'CNP', 'priority: 1\nsubject: {namespaces: {}}', ['error invalid-field 5: tier must be Admin or Baseline, not nothing']],
    ['T-12: priority -1', 'CNP', 'tier: Admin\npriority: -1\nsubject: {namespaces: {}}', ['error invalid-priority 6: Invalid Priority Value: the number -1; Priority value must be between 0-1000']],
    ['T-12: priority 1001', 'ANP', 'priority: 1001\nsubject: {namespaces: {}}', ['error invalid-priority 5: Invalid Priority Value: the number 1001; Priority value must be between 0-1000']],
    ['T-12: a fractional priority', 'CNP', 'tier: Baseline\npriority: 1.5\nsubject: {namespaces: {}}', ['error invalid-priority 6: Invalid Priority Value: the number 1.5; Priority value must be between 0-1000']],
    ['T-12: a quoted priority', 'ANP', 'priority: "5"\nsubject: {namespaces: {}}', ['error invalid-priority 5: Invalid Priority Value: the string "5"; Priority value must be between 0-1000']],
    ['T-12: no priority', 'ANP', 'subject: {namespaces: {}}', ['error invalid-priority 5: Invalid Priority Value: nothing; Priority value must be between 0-1000']],
    ['an unknown spec field (CNP)', 'CNP', 'tier: Admin\npriority: 1\nsubject: {namespaces: {}}\nrules: []', ['error invalid-field 8: unknown spec field "rules" (subject, ingress, egress, priority, tier)']],
    ['an unknown spec field (ANP)', 'ANP', 'priority: 1\nsubject: {namespaces: {}}\ntier: Admin', ['error invalid-field 7: unknown spec field "tier" (subject, ingress, egress, priority)']],
    ['T-13: a BANP has no priority', 'BANP', 'subject: {namespaces: {}}\npriority: 1', ['error invalid-field 6: unknown spec field "priority" (subject, ingress, egress)']],
    ['a spec that is not a mapping', 'CNP', '[a]', ['error invalid-field 5: spec must be a mapping, not a list']],
  ])('%s (%s): an error, and no policy', (_name, kind, spec, diagnostics) => {
    const c = read(policy(kind, spec));
    expect(said(c.diagnostics)).toEqual(diagnostics.map((d) => d.replace(': ', `: ${KIND[kind][0]} ${KIND[kind][2]}: `)));
    expect(c.tieredPolicies ?? []).toEqual([]);
  });

  test('no spec, and a second BANP name, say so', () => {
    expect(said(read('apiVersion: policy.networking.k8s.io/v1alpha2\nkind: ClusterNetworkPolicy\nmetadata: {name: p}\n').diagnostics)).toEqual(['error invalid-field 1: ClusterNetworkPolicy p: spec is required']);
    const banp = read('apiVersion: policy.networking.k8s.io/v1alpha1\nkind: BaselineAdminNetworkPolicy\nmetadata: {name: other}\nspec: {subject: {namespaces: {}}}\n');
    expect(said(banp.diagnostics)).toEqual(['error invalid-name 3: BaselineAdminNetworkPolicy other: only one baseline admin network policy with metadata.name=default can be created in the cluster']);
    expect(banp.tieredPolicies ?? []).toEqual([]);
  });

  test('T-1: a policy reads into kind, apiVersion, name, tier, priority, subject, rules and source; the priority bounds 0 and 1000 hold', () => {
    const sel = (l: Record<string, string>) => ({ matchLabels: l, matchExpressions: [] });
    const text = [
      policy('CNP', 'tier: Baseline\npriority: 1000\nsubject: {pods: {podSelector: {matchLabels: {app: a}}}}'),
      policy('ANP', 'priority: 0\nsubject: {pods: {namespaceSelector: {matchLabels: {t: x}}, podSelector: {}}}').replace('name: p', 'name: q'),
      policy('BANP', 'subject: {namespaces: {matchLabels: {t: z}}}\ningress: [{action: Deny, from: [{namespaces: {}}]}]'),
    ].join('---\n');
    const c = read(text);
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.tieredPolicies!.map((p) => ({ ...p, ingress: p.ingress.length }))).toEqual([
      { kind: 'AdminNetworkPolicy', apiVersion: V1, name: 'q', tier: 'Admin', priority: 0, subject: { namespaceSelector: sel({ t: 'x' }), podSelector: sel({}) }, ingress: 0, egress: [], source: { file: 'm.yaml', line: 9 } },
      { kind: 'BaselineAdminNetworkPolicy', apiVersion: V1, name: 'default', tier: 'Baseline', priority: 0, subject: { namespaceSelector: sel({ t: 'z' }) }, ingress: 1, egress: [], source: { file: 'm.yaml', line: 16 } },
      { kind: 'ClusterNetworkPolicy', apiVersion: V2, name: 'p', tier: 'Baseline', priority: 1000, subject: { namespaceSelector: sel({}), podSelector: sel({ app: 'a' }) }, ingress: 0, egress: [], source: { file: 'm.yaml', line: 1 } },
    ]);
  });

  test('T-1: the kinds and versions read, and those that are not (a not-analysed warning)', () => {
    const doc = (apiVersion: string, kind: string) => `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: default}\nspec: {priority: 1, tier: Admin, subject: {namespaces: {}}}\n`;
    const read1 = (apiVersion: string, kind: string) => {
      const c = read(doc(apiVersion, kind));
      return c.tieredPolicies?.length ? 'read' : c.diagnostics.map((d) => d.code).join(',');
    };
    expect([
      read1('policy.networking.k8s.io/v1beta1', 'ClusterNetworkPolicy'),
      read1(V1, 'ClusterNetworkPolicy'),
      read1(V2, 'AdminNetworkPolicy'),
      read1(V2, 'BaselineAdminNetworkPolicy'),
      read1(V1, 'NetworkPolicy'),
    ]).toEqual(['read', 'not-analysed', 'not-analysed', 'not-analysed', 'not-analysed']);
  });
});
