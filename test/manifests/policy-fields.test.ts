import { describe, expect, test } from 'vitest';
import { EMPTY_SELECTOR } from '../../src/model/label-selector';
import { networkPolicy, read, said } from './read-manifest';

/**
 * src/manifests/build-policy.ts field by field: what each NetworkPolicy field is read as (A-3 …
 * … A-27) and the exact words of each diagnostic (file line, field, why).
 * In `networkPolicy`, the spec's fields start on line 7; the entry under test is on line 10.
 */
const P = 'NetworkPolicy ns/p: ';

describe('ports (A-4, A-6, A-25, A-27)', () => {
  /** One ports entry of the first ingress rule (line 10). */
  const withPort = (entry: string) => read(networkPolicy(`podSelector: {}\ningress:\n- ports:\n  - ${entry}`));

  test.each<[string, string, object]>([
    ['A-25: a null entry is an empty NetworkPolicyPort: every TCP port (A-4)', 'null', { protocol: 'TCP' }],
    ['A-6: port 1, the lowest', '{port: 1}', { protocol: 'TCP', port: 1 }],
    ['A-27: endPort 1 with port 1', '{port: 1, endPort: 1}', { protocol: 'TCP', port: 1, endPort: 1 }],
    ['A-27: endPort 65535', '{port: 65535, endPort: 65535}', { protocol: 'TCP', port: 65535, endPort: 65535 }],
    ['A-25: port and endPort null are absent', '{protocol: UDP, port: null, endPort: null}', { protocol: 'UDP' }],
    ['A-4: protocol null is TCP', '{protocol: null, port: 53}', { protocol: 'TCP', port: 53 }],
  ])('%s', (_name, entry, want) => {
    const c = withPort(entry);
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.policies[0]!.ingress[0]!.ports).toEqual([want]);
  });

  test.each<[string, string, string]>([
    ['not a mapping', '80', 'a ports entry must be a mapping (protocol, port, endPort), not the number 80'],
    ['A-4: a protocol that is not a string', '{protocol: 6}', 'protocol must be TCP, UDP or SCTP, not the number 6'],
    ['A-4: an unknown protocol', '{protocol: ICMP}', 'protocol must be TCP, UDP or SCTP, not the string "ICMP"'],
    ['A-6: port 0', '{port: 0}', 'port 0 is out of range: a port number is 1-65535'],
    ['A-6: a fractional port', '{port: 80.5}', 'port 80.5 is out of range: a port number is 1-65535'],
    ['A-6: a quoted number is a port name without a letter', '{port: "80"}', 'port "80" is not a valid port name: a port name has at least one letter (write the number without quotes)'],
    ['A-6: digits and a dash are no number either', '{port: 8-0}', 'port "8-0" is not a valid port name: a port name has at least one letter'],
    ['A-6: upper case', '{port: HTTP}', 'port "HTTP" is not a valid port name: a port name has only lower-case letters, digits and "-"'],
    ['a port of another type', '{port: true}', 'port must be a number or a port name, not the boolean true'],
    ['A-6: endPort as a string', '{port: 80, endPort: "90"}', 'endPort must be a port number 1-65535, not the string "90"'],
    ['A-6: endPort 0', '{port: 1, endPort: 0}', 'endPort must be a port number 1-65535, not the number 0'],
    ['A-6: a fractional endPort', '{port: 80, endPort: 80.5}', 'endPort must be a port number 1-65535, not the number 80.5'],
    ['A-6: endPort above 65535', '{port: 80, endPort: 65536}', 'endPort must be a port number 1-65535, not the number 65536'],
    ['A-27: endPort without port', '{endPort: 90}', 'endPort needs a numeric port (port is missing)'],
    ['A-27: endPort with a named port', '{port: http, endPort: 90}', 'endPort needs a numeric port (port is the name "http")'],
    ['A-27: endPort below port', '{port: 80, endPort: 79}', 'endPort 79 is below port 80'],
  ])('%s is an error at its line, and the policy is left out', (_name, entry, message) => {
    const c = withPort(entry);
    expect(said(c.diagnostics)).toEqual([`error invalid-port 10: ${P}${message}`]);
    expect(c.policies).toEqual([]);
  });

  test('ports that are not a list: an error at the field; the policy is left out', () => {
    const c = read(networkPolicy('podSelector: {}\ningress:\n- ports: {port: 80}'));
    expect(said(c.diagnostics)).toEqual([`error invalid-field 9: ${P}spec.ingress[0].ports must be a list, not a mapping`]);
    expect(c.policies).toEqual([]);
  });
});

describe('peers (A-5, A-17) and ipBlocks (A-7, A-21)', () => {
  /** One peer of the first ingress rule (line 10). */
  const withPeer = (peer: string, direction = 'ingress') => read(networkPolicy(`podSelector: {}\n${direction}:\n- ${direction === 'ingress' ? 'from' : 'to'}:\n  - ${peer}`));

  test.each<[string, string, string, string]>([
    ['not a mapping', '5', 'invalid-peer', 'a peer must be a mapping (podSelector, namespaceSelector or ipBlock), not the number 5'],
    ['an unknown field', '{podSelector: {}, podSelectr: {}}', 'invalid-peer', 'unknown peer field "podSelectr" (a peer has podSelector, namespaceSelector or ipBlock)'],
    ['A-5: no selector and no ipBlock', '{podSelector: null, ipBlock: null}', 'invalid-peer', 'a peer must specify podSelector, namespaceSelector or ipBlock (an empty peer is rejected by the API server)'],
    ['A-5: ipBlock with a podSelector', '{ipBlock: {cidr: 10.0.0.0/8}, podSelector: {}}', 'invalid-peer', 'a peer may not specify both ipBlock and a pod or namespace selector; write them as two peers'],
    ['A-5: ipBlock with a namespaceSelector', '{ipBlock: {cidr: 10.0.0.0/8}, namespaceSelector: {}}', 'invalid-peer', 'a peer may not specify both ipBlock and a pod or namespace selector; write them as two peers'],
    ['an ipBlock that is not a mapping', '{ipBlock: 10.0.0.0/8}', 'invalid-field', 'spec.ingress[0].from[0].ipBlock must be a mapping, not the string "10.0.0.0/8"'],
    ['A-7: ipBlock without cidr', '{ipBlock: {except: []}}', 'invalid-ipblock', 'ipBlock.cidr is required and must be a string, not nothing'],
    ['A-7: a cidr that is not a string', '{ipBlock: {cidr: 10}}', 'invalid-ipblock', 'ipBlock.cidr is required and must be a string, not the number 10'],
    ['A-7: a cidr with spaces', '{ipBlock: {cidr: " 10.0.0.0/8"}}', 'invalid-cidr', 'invalid ipBlock.cidr " 10.0.0.0/8": it holds spaces, which Kubernetes rejects'],
    ['A-7: an invalid cidr', '{ipBlock: {cidr: 10.0.0.0/33}}', 'invalid-cidr', 'invalid ipBlock.cidr: "10.0.0.0/33": prefix length 33 is longer than 32 bits'],
    ['A-7: except that is not a list', '{ipBlock: {cidr: 10.0.0.0/8, except: 10.1.0.0/16}}', 'invalid-ipblock', 'ipBlock.except must be a list of CIDRs, not the string "10.1.0.0/16"'],
    ['A-7: an except that is not a string', '{ipBlock: {cidr: 10.0.0.0/8, except: [5]}}', 'invalid-cidr', 'an except entry must be a CIDR string, not the number 5'],
    ['A-7: an except with spaces', '{ipBlock: {cidr: 10.0.0.0/8, except: ["10.1.0.0/16 "]}}', 'invalid-cidr', 'invalid ipBlock.except entry "10.1.0.0/16 ": it holds spaces, which Kubernetes rejects'],
    ['A-7: an invalid except', '{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/40]}}', 'invalid-cidr', 'invalid ipBlock.except entry: "10.1.0.0/40": prefix length 40 is longer than 32 bits'],
    ['A-7: an except outside the cidr', '{ipBlock: {cidr: 10.0.0.0/8, except: [11.0.0.0/16]}}', 'except-outside-cidr', 'except 11.0.0.0/16 is not inside cidr 10.0.0.0/8 (each except must be a strict subset of the cidr)'],
    ['A-7: an except equal to the cidr', '{ipBlock: {cidr: 10.0.0.0/8, except: [10.0.0.0/8]}}', 'except-outside-cidr', 'except 10.0.0.0/8 is not inside cidr 10.0.0.0/8 (each except must be a strict subset of the cidr)'],
  ])('%s is an error at its line, and the policy is left out', (_name, peer, code, message) => {
    const c = withPeer(peer);
    expect(said(c.diagnostics)).toEqual([`error ${code} 10: ${P}${message}`]);
    expect(c.policies).toEqual([]);
  });

  test.each<[string, string, object]>([
    ['A-5, A-17: a null podSelector beside an ipBlock is absent', '{ipBlock: {cidr: 10.0.0.0/8}, podSelector: null}', { kind: 'ipBlock', cidr: '10.0.0.0/8', except: [] }],
    ['A-5, A-17: a null namespaceSelector beside an ipBlock is absent', '{ipBlock: {cidr: 10.0.0.0/8}, namespaceSelector: null}', { kind: 'ipBlock', cidr: '10.0.0.0/8', except: [] }],
    ['A-17: a null namespaceSelector beside a podSelector is absent (pods of the namespace)', '{podSelector: {}, namespaceSelector: null}', { kind: 'pods', podSelector: EMPTY_SELECTOR }],
    ['A-17: a null podSelector beside a namespaceSelector is absent (every pod of those namespaces)', '{podSelector: null, namespaceSelector: {}}', { kind: 'pods', namespaceSelector: EMPTY_SELECTOR }],
    ['A-7: a null except is no except', '{ipBlock: {cidr: 10.0.0.0/8, except: null}}', { kind: 'ipBlock', cidr: '10.0.0.0/8', except: [] }],
  ])('%s', (_name, peer, want) => {
    const c = withPeer(peer, 'egress');
    expect(said(c.diagnostics)).toEqual([]);
    const got = c.policies[0]!.egress[0]!.peers[0]!;
    expect(got.kind === 'ipBlock' ? { kind: got.kind, cidr: got.cidr, except: got.except } : got).toEqual(want);
  });

  test('A-7, A-21: excepts are kept canonical (with a warning each) and cut out of the cidr', () => {
    const c = withPeer('{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.1/16, 10.3.0.0/16]}}', 'egress');
    expect(said(c.diagnostics)).toEqual([`warning non-canonical-cidr 10: ${P}except "10.1.0.1/16" is not canonical; it means 10.1.0.0/16`]);
    const got = c.policies[0]!.egress[0]!.peers[0]!;
    expect(got.kind === 'ipBlock' && [got.except, got.ranges.map((r) => [r.lo, r.hi])]).toEqual([
      ['10.1.0.0/16', '10.3.0.0/16'],
      [
        [0x0a000000n, 0x0a00ffffn],
        [0x0a020000n, 0x0a02ffffn],
        [0x0a040000n, 0x0affffffn],
      ],
    ]);
  });

  test('A-7: a non-canonical cidr warns with what it means', () => {
    const c = withPeer('{ipBlock: {cidr: 10.0.0.1/24}}', 'egress');
    expect(said(c.diagnostics)).toEqual([`warning non-canonical-cidr 10: ${P}ipBlock.cidr "10.0.0.1/24" is not canonical; it means 10.0.0.0/24 (newer API servers reject it)`]);
  });

  test('a peer list that is not a list is an error at the field', () => {
    const c = read(networkPolicy('podSelector: {}\ningress:\n- from: {podSelector: {}}'));
    expect(said(c.diagnostics)).toEqual([`error invalid-field 9: ${P}spec.ingress[0].from must be a list, not a mapping`]);
    expect(c.policies).toEqual([]);
  });
});

describe('rules', () => {
  test.each<[string, string, string]>([
    ['an ingress rule that is not a mapping', 'ingress:\n- 5', 'error invalid-rule 9: NetworkPolicy ns/p: an ingress rule must be a mapping (from, ports), not the number 5'],
    ['an egress rule that is not a mapping', 'egress:\n- [a]', 'error invalid-rule 9: NetworkPolicy ns/p: an egress rule must be a mapping (to, ports), not a list'],
    ['"to" in an ingress rule', 'ingress:\n- to: []', 'error invalid-rule 9: NetworkPolicy ns/p: unknown field "to" in an ingress rule (ingress rules use "from")'],
    ['"from" in an egress rule', 'egress:\n- from: []', 'error invalid-rule 9: NetworkPolicy ns/p: unknown field "from" in an egress rule (egress rules use "to")'],
    ['another unknown field', 'ingress:\n- peers: []', 'error invalid-rule 9: NetworkPolicy ns/p: unknown field "peers" in an ingress rule'],
    ['rules that are not a list', 'egress: {to: []}', 'error invalid-field 8: NetworkPolicy ns/p: spec.egress must be a list, not a mapping'],
  ])('%s is an error at its line', (_name, rules, message) => {
    const c = read(networkPolicy(`podSelector: {}\n${rules}`));
    expect(said(c.diagnostics)).toEqual([message]);
    expect(c.policies).toEqual([]);
  });

  test('A-3, A-15: each rule keeps its direction, index, peers, ports and line', () => {
    const c = read(networkPolicy('podSelector: {}\negress:\n- to:\n  - podSelector: {}\n- ports:\n  - port: 53'));
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.policies[0]!.egress).toEqual([
      { direction: 'egress', peers: [{ kind: 'pods', podSelector: EMPTY_SELECTOR }], ports: [], index: 0, source: { file: 'm.yaml', line: 9 } },
      { direction: 'egress', peers: [], ports: [{ protocol: 'TCP', port: 53 }], index: 1, source: { file: 'm.yaml', line: 11 } },
    ]);
  });

  test('every problem of a rule is reported, and each rule after it is still read', () => {
    const c = read(networkPolicy('podSelector: {}\ningress:\n- from:\n  - 5\n  - {podSelector: {}, x: 1}\n  ports:\n  - {port: 0}\n- to: []'));
    expect(said(c.diagnostics).map((d) => d.slice(0, d.indexOf(':')))).toEqual(['error invalid-peer 10', 'error invalid-peer 11', 'error invalid-port 13', 'error invalid-rule 14']);
  });
});

describe('the policy (A-2, A-3)', () => {
  test.each<[string, string, string[]]>([
    ['no metadata.name', 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {namespace: ns}\nspec: {}\n', ['error missing-name 3: NetworkPolicy: NetworkPolicy has no metadata.name']],
    ['no spec', 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: ns}\n', ['error invalid-field 1: NetworkPolicy ns/p: spec is required']],
    ['a spec that is not a mapping', 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: ns}\nspec: [a]\n', ['error invalid-field 4: NetworkPolicy ns/p: spec must be a mapping, not a list']],
    ['A-3g: a policyTypes entry that is not a string', networkPolicy('policyTypes: [5]'), ['error invalid-policy-types 7: NetworkPolicy ns/p: policyTypes entries are "Ingress" or "Egress", not the number 5']],
    ['A-3g: three policyTypes', networkPolicy('policyTypes: [Ingress, Egress, Egress]'), ['error invalid-policy-types 7: NetworkPolicy ns/p: policyTypes has at most 2 entries']],
    ['policyTypes that is not a list', networkPolicy('policyTypes: Ingress'), ['error invalid-field 7: NetworkPolicy ns/p: spec.policyTypes must be a list, not the string "Ingress"']],
  ])('%s: an error, and no policy', (_name, text, messages) => {
    const c = read(text);
    expect(said(c.diagnostics)).toEqual(messages);
    expect(c.policies).toEqual([]);
  });

  // Strict field validation (kubectl apply's default --validate=strict): an unknown field anywhere
  // makes the API server refuse the policy, so it protects nothing: an error, and no policy.
  test.each<[string, string, string]>([
    ['spec', networkPolicy('podSelector: {}\ningres: []'), 'error unknown-field 8: NetworkPolicy ns/p: unknown field "ingres" in spec (podSelector, policyTypes, ingress, egress): kubectl apply refuses the object (strict field validation), so it is left out'],
    ['the object', `${networkPolicy('podSelector: {}')}specs: {}\n`, 'error unknown-field 8: NetworkPolicy ns/p: unknown field "specs" in a NetworkPolicy (apiVersion, kind, metadata, spec, status): kubectl apply refuses the object (strict field validation), so it is left out'],
    ['metadata', networkPolicy('podSelector: {}').replace('  namespace: ns\n', '  namespace: ns\n  label: {a: b}\n'), 'error unknown-field 6: NetworkPolicy ns/p: unknown field "label" in metadata'],
    ['a ports entry', networkPolicy('podSelector: {}\ningress:\n- ports:\n  - {port: 80, protocl: UDP}'), 'error unknown-field 10: NetworkPolicy ns/p: unknown field "protocl" in a ports entry (protocol, port, endPort)'],
    ['an ipBlock', networkPolicy('podSelector: {}\ningress:\n- from:\n  - ipBlock: {cidr: 10.0.0.0/8, excpet: [10.1.0.0/16]}'), 'error unknown-field 10: NetworkPolicy ns/p: unknown field "excpet" in an ipBlock (cidr, except)'],
    ['a matchExpressions entry', networkPolicy('podSelector:\n  matchExpressions:\n  - {key: app, operator: Exists, value: [x]}'), 'error invalid-selector 9: NetworkPolicy ns/p: unknown field "value" in a matchExpressions entry (key, operator, values): kubectl apply refuses the object'],
  ])('an unknown field in %s is an error; the policy is left out', (_where, text, message) => {
    const c = read(text);
    expect(said(c.diagnostics)).toEqual([expect.stringContaining(message)]);
    expect(c.policies).toEqual([]);
  });

  test('status, as older API servers wrote it, and the fields of a dumped object are known', () => {
    const c = read(`${networkPolicy('podSelector: {}').replace('  namespace: ns\n', '  namespace: ns\n  uid: u\n  resourceVersion: "1"\n  generation: 1\n')}status: {}\n`);
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.policies.map((p) => p.name)).toEqual(['p']);
  });

  test('A-3f: the warnings for rules that policyTypes leaves out say which and why', () => {
    const c = read(networkPolicy('podSelector: {}\npolicyTypes: [Egress]\ningress:\n- {}'));
    expect(said(c.diagnostics)).toEqual(['warning ignored-rules 10: NetworkPolicy ns/p: has ingress rules but policyTypes leaves out Ingress: the rules are ignored']);
    const d = read(networkPolicy('podSelector: {}\npolicyTypes: [Ingress]\negress:\n- {}'));
    expect(said(d.diagnostics)).toEqual(['warning ignored-rules 10: NetworkPolicy ns/p: has egress rules but policyTypes leaves out Egress: the rules are ignored']);
  });

  test('A-2, A-3: a policy reads into its namespace, name, selector, types, rules and source', () => {
    const c = read(networkPolicy('podSelector: {matchLabels: {app: db}}\npolicyTypes: [Egress, Ingress]\ningress:\n- {}'));
    expect(c.policies).toEqual([
      {
        namespace: 'ns',
        name: 'p',
        podSelector: { matchLabels: { app: 'db' }, matchExpressions: [] },
        types: { ingress: true, egress: true },
        implicitTypes: false,
        ingress: [{ direction: 'ingress', peers: [], ports: [], index: 0, source: { file: 'm.yaml', line: 10 } }],
        egress: [],
        source: { file: 'm.yaml', line: 1 },
      },
    ]);
  });
});
