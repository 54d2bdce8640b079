import { describe, expect, test } from 'vitest';
import { EMPTY_SELECTOR } from '../../src/model/label-selector';
import type { Policy } from '../../src/model/types';
import { lineOf, load, policyYaml, summary } from './load-yaml';

function onePolicy(spec: string): { policy: Policy; diagnostics: string[]; text: string } {
  const text = policyYaml(spec);
  const c = load(text);
  expect(c.policies).toHaveLength(1);
  return { policy: c.policies[0]!, diagnostics: summary(c.diagnostics), text };
}

describe('policyTypes defaulting (A-3)', () => {
  test.each<[string, string, { ingress: boolean; egress: boolean }, boolean, [number, number]]>([
    ['A-3: only a podSelector: [Ingress], a default deny ingress', 'podSelector: {}', { ingress: true, egress: false }, true, [0, 0]],
    ['A-3a: egress rules without policyTypes also isolate ingress', 'podSelector: {}\negress:\n- to:\n  - podSelector: {}', { ingress: true, egress: true }, true, [0, 1]],
    ['A-3b: egress: [] without policyTypes does not add Egress', 'podSelector: {}\negress: []', { ingress: true, egress: false }, true, [0, 0]],
    ['A-3c: egress: [{}] gives [Ingress, Egress], allow-all egress', 'podSelector: {}\negress:\n- {}', { ingress: true, egress: true }, true, [0, 1]],
    ['A-3d: policyTypes: [] is defaulted like a missing field', 'podSelector: {}\npolicyTypes: []\negress:\n- {}', { ingress: true, egress: true }, true, [0, 1]],
    ['A-3e: explicit policyTypes is kept as written', 'podSelector: {}\npolicyTypes: [Egress]', { ingress: false, egress: true }, false, [0, 0]],
    ['A-3g: duplicates pass and count once', 'podSelector: {}\npolicyTypes: [Ingress, Ingress]\ningress:\n- {}', { ingress: true, egress: false }, false, [1, 0]],
    ['A-3: both, explicit', 'podSelector: {}\npolicyTypes: [Ingress, Egress]\ningress:\n- {}\negress:\n- {}', { ingress: true, egress: true }, false, [1, 1]],
  ])('%s', (_name, spec, types, implicit, [nIn, nOut]) => {
    const { policy, diagnostics } = onePolicy(spec);
    expect(policy.types).toEqual(types);
    expect(policy.implicitTypes).toBe(implicit);
    expect([policy.ingress.length, policy.egress.length]).toEqual([nIn, nOut]);
    expect(diagnostics).toEqual([]);
  });

  test('A-3f: rules of a direction left out of policyTypes are ignored, with a warning at their line', () => {
    const { policy, diagnostics, text } = onePolicy('podSelector: {}\npolicyTypes: [Egress]\ningress:\n- from:\n  - podSelector: {}');
    expect(policy.types).toEqual({ ingress: false, egress: true });
    expect(policy.ingress).toEqual([]);
    expect(diagnostics).toEqual([`warning ignored-rules ${lineOf(text, '- from:')}`]);
  });

  test('A-3f: the same for egress rules under policyTypes [Ingress]', () => {
    const { policy, diagnostics, text } = onePolicy('podSelector: {}\npolicyTypes: [Ingress]\negress:\n- {}');
    expect(policy.egress).toEqual([]);
    expect(diagnostics).toEqual([`warning ignored-rules ${lineOf(text, '- {}')}`]);
  });

  test.each<[string, string, string]>([
    ['A-3g: an unknown type', 'podSelector: {}\npolicyTypes:\n- Ingress\n- Foo', '- Foo'],
    ['A-3g: types are case-sensitive', 'podSelector: {}\npolicyTypes:\n- ingress', '- ingress'],
    ['A-3g: at most two entries', 'podSelector: {}\npolicyTypes:\n- Ingress\n- Egress\n- Ingress', '- Ingress'],
  ])('%s is rejected', (_name, spec, marker) => {
    const text = policyYaml(spec);
    const c = load(text);
    expect(c.policies).toEqual([]);
    expect(summary(c.diagnostics)).toEqual([`error invalid-policy-types ${lineOf(text, marker)}`]);
  });
});

describe('policy structure', () => {
  test('A-2: a missing or null spec.podSelector selects every pod of the namespace', () => {
    expect(onePolicy('policyTypes: [Ingress]').policy.podSelector).toEqual(EMPTY_SELECTOR);
    expect(onePolicy('podSelector:\npolicyTypes: [Ingress]').policy.podSelector).toEqual(EMPTY_SELECTOR);
  });

  test('A-1: a policy without metadata.namespace lands in the default namespace', () => {
    const c = load(policyYaml('podSelector: {}', '  name: p\n'), { defaultNamespace: 'team' });
    expect(c.policies.map((p) => `${p.namespace}/${p.name}`)).toEqual(['team/p']);
  });

  test('A-9: ingress: [] and a missing ingress mean the same', () => {
    const a = onePolicy('podSelector: {}\npolicyTypes: [Ingress, Egress]\ningress: []\negress: []').policy;
    const b = onePolicy('podSelector: {}\npolicyTypes: [Ingress, Egress]').policy;
    expect({ ...a, source: null }).toEqual({ ...b, source: null });
  });

  test('A-16: empty ports and peers stay empty (all ports, all peers); a null rule is an empty rule', () => {
    const { policy } = onePolicy('podSelector: {}\ningress:\n- from: []\n  ports: []\n-');
    expect(policy.ingress.map((r) => [r.peers, r.ports])).toEqual([
      [[], []],
      [[], []],
    ]);
  });

  test('A-17: the peer forms keep absent selectors absent and empty ones empty', () => {
    const { policy } = onePolicy(
      'podSelector: {}\ningress:\n- from:\n  - podSelector: {matchLabels: {app: a}}\n  - namespaceSelector: {}\n  - namespaceSelector: {matchLabels: {team: x}}\n    podSelector: {}',
    );
    expect(policy.ingress[0]!.peers).toEqual([
      { kind: 'pods', podSelector: { matchLabels: { app: 'a' }, matchExpressions: [] } },
      { kind: 'pods', namespaceSelector: EMPTY_SELECTOR },
      { kind: 'pods', podSelector: EMPTY_SELECTOR, namespaceSelector: { matchLabels: { team: 'x' }, matchExpressions: [] } },
    ]);
  });

  test('a rule remembers its line', () => {
    const { policy, text } = onePolicy('podSelector: {}\ningress:\n- ports:\n  - port: 80\n- from:\n  - podSelector: {}');
    expect(policy.ingress.map((r) => r.source.line)).toEqual([lineOf(text, '- ports:'), lineOf(text, '- from:')]);
  });

  test('an old apiVersion is reported and left out', () => {
    const text = policyYaml('podSelector: {}').replace('networking.k8s.io/v1', 'extensions/v1beta1');
    const c = load(text);
    expect(c.policies).toEqual([]);
    expect(summary(c.diagnostics)).toEqual(['error unsupported-api-version 1']);
  });
});

describe('ports (A-4, A-6, A-25, A-27)', () => {
  test.each<[string, string, object]>([
    ['A-4: protocol defaults to TCP', '{port: 80}', { protocol: 'TCP', port: 80 }],
    ['UDP', '{protocol: UDP, port: 53}', { protocol: 'UDP', port: 53 }],
    ['SCTP', '{protocol: SCTP, port: 7070}', { protocol: 'SCTP', port: 7070 }],
    ['A-25: ports [{}] is every TCP port', '{}', { protocol: 'TCP' }],
    ['A-25: a protocol without port is every port of it', '{protocol: UDP}', { protocol: 'UDP' }],
    ['highest port', '{port: 65535}', { protocol: 'TCP', port: 65535 }],
    ['a named port', '{port: http}', { protocol: 'TCP', port: 'http' }],
    ['a named port with digits and dashes', '{port: serve-80-tcp}', { protocol: 'TCP', port: 'serve-80-tcp' }],
    ['A-27: endPort', '{port: 32000, endPort: 32768}', { protocol: 'TCP', port: 32000, endPort: 32768 }],
    ['A-6: endPort equal to port is valid', '{port: 80, endPort: 80}', { protocol: 'TCP', port: 80, endPort: 80 }],
  ])('%s: %s', (_name, entry, want) => {
    const { policy, diagnostics } = onePolicy(`podSelector: {}\ningress:\n- ports:\n  - ${entry}`);
    expect(policy.ingress[0]!.ports).toEqual([want]);
    expect(diagnostics).toEqual([]);
  });

  test.each<[string, string]>([
    ['A-4: an unknown protocol', '{protocol: ICMP, port: 80}'],
    ['A-4: protocols are case-sensitive', '{protocol: tcp, port: 80}'],
    ['A-6: port 0', '{port: 0}'],
    ['A-6: port above 65535', '{port: 65536}'],
    ['A-6: a fractional port', '{port: 80.5}'],
    ['A-6: a quoted number is a port name, and not a valid one', '{port: "80"}'],
    ['A-6: upper case in a port name', '{port: HTTP}'],
    ['A-6: a port name longer than 15', '{port: abcdefghijklmnop}'],
    ['A-6: a port name with --', '{port: a--b}'],
    ['A-6: a port name starting with -', '{port: -ab}'],
    ['A-6: endPort without port', '{endPort: 90}'],
    ['A-6: endPort with a named port', '{port: http, endPort: 90}'],
    ['A-6: endPort below port', '{port: 80, endPort: 79}'],
    ['A-6: endPort above 65535', '{port: 80, endPort: 65536}'],
    ['a ports entry that is not a mapping', '80'],
  ])('%s (%s) is rejected at its line', (_name, entry) => {
    const text = policyYaml(`podSelector: {}\ningress:\n- from:\n  - podSelector: {}\n  ports:\n  - {port: 443}\n  - ${entry}`);
    const c = load(text);
    expect(c.policies).toEqual([]);
    expect(summary(c.diagnostics)).toEqual([`error invalid-port ${lineOf(text, `- ${entry}`)}`]);
  });
});

describe('peers (A-5) and ipBlocks (A-7)', () => {
  test.each<[string, string, string]>([
    ['A-5: an empty peer', '{}', 'invalid-peer'],
    ['A-5: a peer with only a null podSelector', '{podSelector: null}', 'invalid-peer'],
    ['A-5: ipBlock with a podSelector', '{ipBlock: {cidr: 10.0.0.0/8}, podSelector: {}}', 'invalid-peer'],
    ['A-5: ipBlock with a namespaceSelector', '{ipBlock: {cidr: 10.0.0.0/8}, namespaceSelector: {}}', 'invalid-peer'],
    ['an unknown peer field', '{podSelectr: {}}', 'invalid-peer'],
    ['A-7: ipBlock without cidr', '{ipBlock: {except: [10.1.0.0/16]}}', 'invalid-ipblock'],
    ['A-7: an invalid cidr', '{ipBlock: {cidr: 10.0.0.0/33}}', 'invalid-cidr'],
    ['A-7: an except equal to the cidr', '{ipBlock: {cidr: 10.0.0.0/8, except: [10.0.0.0/8]}}', 'except-outside-cidr'],
    ['A-7: an except outside the cidr', '{ipBlock: {cidr: 10.0.0.0/8, except: [11.0.0.0/16]}}', 'except-outside-cidr'],
    ['A-7: an except wider than the cidr', '{ipBlock: {cidr: 10.0.0.0/16, except: [10.0.0.0/8]}}', 'except-outside-cidr'],
    ['A-7, A-23: an except of the other family', '{ipBlock: {cidr: 10.0.0.0/8, except: ["2001:db8::/32"]}}', 'except-outside-cidr'],
  ])('%s is rejected', (_name, peer, code) => {
    const text = policyYaml(`podSelector: {}\ningress:\n- from:\n  - ${peer}`);
    const c = load(text);
    expect(c.policies).toEqual([]);
    expect(summary(c.diagnostics)).toEqual([`error ${code} ${lineOf(text, `- ${peer}`)}`]);
  });

  test('A-5: podSelector and namespaceSelector together are one valid peer', () => {
    const { policy } = onePolicy('podSelector: {}\ningress:\n- from:\n  - {podSelector: {}, namespaceSelector: {}}');
    expect(policy.ingress[0]!.peers).toEqual([{ kind: 'pods', podSelector: EMPTY_SELECTOR, namespaceSelector: EMPTY_SELECTOR }]);
  });

  test('A-21: an ipBlock is its cidr minus every except', () => {
    const { policy } = onePolicy('podSelector: {}\negress:\n- to:\n  - ipBlock: {cidr: 10.0.0.0/8, except: [10.11.0.0/16]}');
    const peer = policy.egress[0]!.peers[0]!;
    expect(peer.kind === 'ipBlock' && [peer.cidr, peer.except, peer.ranges.map((r) => [r.lo, r.hi])]).toEqual([
      '10.0.0.0/8',
      ['10.11.0.0/16'],
      [
        [0x0a000000n, 0x0a0affffn],
        [0x0a0c0000n, 0x0affffffn],
      ],
    ]);
  });

  test('A-7: a non-canonical cidr is kept as the network it means, with a warning at its line', () => {
    const text = policyYaml('podSelector: {}\negress:\n- to:\n  - ipBlock:\n      cidr: 10.0.0.1/24\n      except:\n      - 10.0.0.128/25');
    const c = load(text);
    const peer = c.policies[0]!.egress[0]!.peers[0]!;
    expect(peer.kind === 'ipBlock' && peer.cidr).toBe('10.0.0.0/24');
    expect(summary(c.diagnostics)).toEqual([`warning non-canonical-cidr ${lineOf(text, 'cidr: 10.0.0.1/24')}`]);
  });
});

describe('label selectors in policies (A-8)', () => {
  test.each<[string, string, string]>([
    ['In without values', '{matchExpressions: [{key: app, operator: In, values: []}]}', 'invalid-selector'],
    ['In with values missing', '{matchExpressions: [{key: app, operator: In}]}', 'invalid-selector'],
    ['NotIn without values', '{matchExpressions: [{key: app, operator: NotIn, values: []}]}', 'invalid-selector'],
    ['Exists with values', '{matchExpressions: [{key: app, operator: Exists, values: [a]}]}', 'invalid-selector'],
    ['DoesNotExist with values', '{matchExpressions: [{key: app, operator: DoesNotExist, values: [a]}]}', 'invalid-selector'],
    ['an operator in the wrong case', '{matchExpressions: [{key: app, operator: in, values: [a]}]}', 'invalid-selector'],
    ['an invalid key in an expression', '{matchExpressions: [{key: "bad key", operator: Exists}]}', 'invalid-selector'],
    ['an invalid value in an expression', '{matchExpressions: [{key: app, operator: In, values: ["a b"]}]}', 'invalid-selector'],
    ['an invalid matchLabels value', '{matchLabels: {app: "a b"}}', 'invalid-label'],
    ['a matchLabels key with two slashes', '{matchLabels: {"a/b/c": x}}', 'invalid-label'],
    ['a non-string matchLabels value (YAML 1.1 y is true)', '{matchLabels: {ns: y}}', 'invalid-label'],
    ['labels written directly under the selector', '{app: web}', 'invalid-selector'],
  ])('%s is rejected at its line', (_name, selector, code) => {
    const text = policyYaml(`podSelector: ${selector}\npolicyTypes: [Ingress]`);
    const c = load(text);
    expect(c.policies).toEqual([]);
    expect(summary(c.diagnostics)).toEqual([`error ${code} ${lineOf(text, 'podSelector:')}`]);
  });

  test('valid expressions of every operator are kept in order', () => {
    const { policy } = onePolicy(
      'podSelector:\n  matchLabels: {app: web}\n  matchExpressions:\n  - {key: env, operator: In, values: [prod]}\n  - {key: env, operator: NotIn, values: [dev]}\n  - {key: example.com/team, operator: Exists}\n  - {key: debug, operator: DoesNotExist}',
    );
    expect(policy.podSelector).toEqual({
      matchLabels: { app: 'web' },
      matchExpressions: [
        { key: 'env', operator: 'In', values: ['prod'] },
        { key: 'env', operator: 'NotIn', values: ['dev'] },
        { key: 'example.com/team', operator: 'Exists', values: [] },
        { key: 'debug', operator: 'DoesNotExist', values: [] },
      ],
    });
  });
});
