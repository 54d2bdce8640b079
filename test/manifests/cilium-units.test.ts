import { describe, expect, test } from 'vitest';
import { selectorMatches } from '../../src/model/label-selector';
import type { Peer } from '../../src/model/types';
import { read, said } from './read-manifest';

/**
 * src/manifests/cilium/, case by case where test/manifests/cilium-fields.test.ts's tables leave a
 * reading open (issue 18): each expected value comes from Cilium's types and validation
 * (`pkg/policy/api`, `pkg/k8s/apis/cilium.io/utils/utils.go`) and the C-ids of README "Cilium
 * policies", never from flowgate's output.
 */
const W = 'CiliumNetworkPolicy prod/p: ';
const CCNP = 'CiliumClusterwideNetworkPolicy c: ';

function cnp(spec: string, kind = 'CiliumNetworkPolicy', meta = '{name: p, namespace: prod}'): string {
  return `apiVersion: cilium.io/v2\nkind: ${kind}\nmetadata: ${meta}\nspec:\n  ${spec.split('\n').join('\n  ')}\n`;
}
const ccnp = (spec: string) => cnp(spec, 'CiliumClusterwideNetworkPolicy', '{name: c}');

/** A policy whose `section` holds one rule (a flow mapping on line 8). */
const rule = (r: string, section = 'ingress', make = cnp) => make(`endpointSelector: {}\n${section}:\n- ${r}`);

/** The peers of the first rule of `section`, external ranges as `CIDR external N`. */
function peersOf(text: string, section = 'ingress'): unknown[] {
  const p = read(text).policies[0]!;
  const rules = section === 'ingressDeny' ? p.cilium!.denyIngress : section === 'egressDeny' ? p.cilium!.denyEgress : section === 'egress' ? p.egress : p.ingress;
  return rules[0]!.peers.map((x: Peer) => (x.kind === 'ipBlock' ? `${x.cidr}${x.except.length ? ` except ${x.except.join(',')}` : ''}${x.externalOnly ? ' external' : ''} ${x.ranges.length}` : x));
}

const sel = (l: Record<string, string>, e: object[] = []) => ({ matchLabels: l, matchExpressions: e });
const WORLD = ['0.0.0.0/0 external 1', '::/0 external 1'];
const NO_TEAM = [{ key: 'team', operator: 'DoesNotExist', values: [] }];

describe('read-peers: endpoints that reserved identities match (C-11, C-14)', () => {
  const noTeam = '{fromEndpoints: [{matchExpressions: [{key: io.cilium.k8s.namespace.labels.team, operator: DoesNotExist}]}]}';

  test('security: in a CNP, a selector of only a namespace label that no labels carry matches world too (Cilium adds no namespace to it)', () => {
    const text = rule(noTeam);
    expect(peersOf(text)).toEqual([{ kind: 'pods', namespaceSelector: sel({}, NO_TEAM), podSelector: sel({}) }, ...WORLD]);
    expect(said(read(text).diagnostics)).toEqual([`warning not-analysed 7: ${W}spec.ingress[0].fromEndpoints[0]: this selector also matches endpoints without a namespace (world, host, remote-node…): every external address is counted, the host and nodes are not analysed`]);
  });

  test('the same in a deny rule: world is denied too', () => {
    expect(peersOf(rule(noTeam, 'ingressDeny'), 'ingressDeny')).toEqual([{ kind: 'pods', namespaceSelector: sel({}, NO_TEAM), podSelector: sel({}) }, ...WORLD]);
  });

  test('in a CCNP the same selector matches pods only (Cilium adds `namespace key Exists` to it)', () => {
    const text = rule(noTeam, 'ingress', ccnp);
    expect(peersOf(text)).toEqual([{ kind: 'pods', namespaceSelector: sel({}, NO_TEAM), podSelector: sel({}) }]);
    expect(said(read(text).diagnostics)).toEqual([]);
  });

  test('in a CCNP a selector that names the namespace key is as written: NotIn matches world', () => {
    const text = rule('{toEndpoints: [{matchExpressions: [{key: k8s:io.kubernetes.pod.namespace, operator: NotIn, values: [a]}]}]}', 'egress', ccnp);
    expect(peersOf(text, 'egress')).toEqual([{ kind: 'pods', namespaceSelector: sel({}, [{ key: 'kubernetes.io/metadata.name', operator: 'NotIn', values: ['a'] }]), podSelector: sel({}) }, ...WORLD]);
    expect(said(read(text).diagnostics)).toEqual([`warning not-analysed 7: ${CCNP}spec.egress[0].toEndpoints[0]: this selector also matches endpoints without a namespace (world, host, remote-node…): every external address is counted, the host and nodes are not analysed`]);
  });

  test('a namespace label that world does not carry (Exists) matches no world', () => {
    const text = rule('{fromEndpoints: [{matchLabels: {io.cilium.k8s.namespace.labels.team: x}}]}');
    expect(peersOf(text)).toEqual([{ kind: 'pods', namespaceSelector: sel({ team: 'x' }), podSelector: sel({}) }]);
  });
});

describe('read-peers: written, empty and null peer fields (C-12, C-18)', () => {
  test('C-12: a null peer field is not written: with toPorts, the rule applies to every peer', () => {
    const c = read(rule('{fromEndpoints: null, toPorts: [{ports: [{port: "80", protocol: TCP}]}]}'));
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.policies[0]!.ingress.map((r) => [r.peers, r.ports])).toEqual([[[], [{ protocol: 'TCP', port: 80 }]]]);
  });

  test('C-12, C-18: an empty list of an unanalysed field selects nothing and is not warned about', () => {
    const text = rule('{toServices: [], toEndpoints: [{matchLabels: {app: a}}]}', 'egress');
    expect(said(read(text).diagnostics)).toEqual([]);
    expect(peersOf(text, 'egress')).toEqual([{ kind: 'pods', namespaceSelector: sel({ 'kubernetes.io/metadata.name': 'prod' }), podSelector: sel({ app: 'a' }) }]);
  });

  test('C-3: the unknown pod keys of an allow peer are all named', () => {
    const text = rule('{fromEndpoints: [{matchLabels: {io.cilium.k8s.policy.serviceaccount: sa, io.cilium.k8s.policy.cluster: c1}}]}');
    expect(said(read(text).diagnostics)).toEqual([`warning not-analysed 7: ${W}spec.ingress[0].fromEndpoints[0]: selector keys io.cilium.k8s.policy.serviceaccount, io.cilium.k8s.policy.cluster (service accounts and clusters are not in the manifests) are not analysed: this allow peer is read without them, which may count more as allowed than Cilium does`]);
  });
});

describe('build-cilium-policy: spec, specs and the subject (C-1, C-2, C-4, C-22)', () => {
  const obj = (body: string, kind = 'CiliumNetworkPolicy', meta = '{name: p, namespace: prod}') => `apiVersion: cilium.io/v2\nkind: ${kind}\nmetadata: ${meta}\n${body}\n`;

  test('C-4: specs alone: one policy per rule, no error', () => {
    const c = read(obj('specs:\n- {endpointSelector: {matchLabels: {app: a}}, ingress: [{}]}\n- {endpointSelector: {matchLabels: {app: b}}, egress: [{}]}'));
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.policies.map((p) => [p.cilium!.spec, p.podSelector.matchLabels, p.types])).toEqual([
      [0, { app: 'a' }, { ingress: true, egress: false }],
      [1, { app: 'b' }, { ingress: false, egress: true }],
    ]);
  });

  test('C-4: spec: null is not written: specs are read alone', () => {
    const c = read(obj('spec: null\nspecs:\n- {endpointSelector: {}, ingress: [{}]}'));
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.policies.map((p) => p.cilium!.spec)).toEqual([0]);
  });

  test('C-22: an invalid subject selector in spec refuses the whole object, specs too', () => {
    const c = read(obj('spec: {endpointSelector: {matchLabels: 5}, ingress: [{}]}\nspecs:\n- {endpointSelector: {}, ingress: [{}]}'));
    expect(said(c.diagnostics)).toEqual([`error invalid-selector 4: ${W}matchLabels must be a mapping, not the number 5`]);
    expect(c.policies).toEqual([]);
  });

  test('C-2: a null endpointSelector beside a nodeSelector is a host policy (not analysed), not both selectors', () => {
    const c = read(obj('spec: {endpointSelector: null, nodeSelector: {}, ingress: [{}]}', 'CiliumClusterwideNetworkPolicy', '{name: c}'));
    expect(said(c.diagnostics)).toEqual([`warning not-analysed 4: ${CCNP}spec.nodeSelector: a host policy (nodeSelector) is not analysed: it applies to nodes, which are not in the manifests`]);
    expect(c.policies).toEqual([]);
  });

  test('C-1: a null nodeSelector beside an endpointSelector is not written', () => {
    const c = read(obj('spec: {endpointSelector: {}, nodeSelector: null, ingress: [{}]}'));
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.policies).toHaveLength(1);
  });

  test('C-1: in the subject, the k8s: namespace label gives way to the policy namespace; a namespace label beside it stays', () => {
    const c = read(obj('spec: {endpointSelector: {matchLabels: {k8s:io.kubernetes.pod.namespace: other, io.cilium.k8s.namespace.labels.team: x}}, ingress: [{}]}'));
    expect(c.policies[0]!.cilium!.namespaceSelector).toEqual(sel({ 'kubernetes.io/metadata.name': 'prod', team: 'x' }));
  });

  test.each<[string, string, string[]]>([
    ['the any-source key naming the policy namespace: its pods', '{io.kubernetes.pod.namespace: prod, k8s:io.kubernetes.pod.namespace: other}', ['prod']],
    ['the any-source key naming another namespace: no pod, though the k8s: key names it too', '{io.kubernetes.pod.namespace: other, k8s:io.kubernetes.pod.namespace: other}', []],
    ['written the other way round', '{k8s:io.kubernetes.pod.namespace: other, io.kubernetes.pod.namespace: other}', []],
  ])('C-1: Cilium writes the policy namespace over the k8s: key only: %s', (_name, labels, namespaces) => {
    const c = read(obj(`spec: {endpointSelector: {matchLabels: ${labels}}, ingress: [{}]}`));
    const selected = ['prod', 'other'].filter((n) => selectorMatches(c.policies[0]!.cilium!.namespaceSelector, { 'kubernetes.io/metadata.name': n }));
    expect(selected).toEqual(namespaces);
  });

  test('C-1, C-22: the namespace value Cilium writes over is still checked (the API server refuses an invalid one)', () => {
    const c = read(obj('spec: {endpointSelector: {matchLabels: {k8s:io.kubernetes.pod.namespace: "no way"}}, ingress: [{}]}'));
    expect(said(c.diagnostics)).toEqual([expect.stringMatching(/^error invalid-label 4: CiliumNetworkPolicy prod\/p: .*"no way"/)]);
    expect(c.policies).toEqual([]);
  });
});

describe('read-selector: label sources as Cilium parses them (C-3)', () => {
  test.each<[string, string, object]>([
    ['an empty source is any: the pod label', '{matchLabels: {":app": a}}', sel({ app: 'a' })],
    ['an empty source in an expression', '{matchExpressions: [{key: ":app", operator: Exists}]}', sel({}, [{ key: 'app', operator: 'Exists', values: [] }])],
    ['a label key with dots and a slash has no source', '{matchLabels: {app.kubernetes.io/name: a}}', sel({ 'app.kubernetes.io/name': 'a' })],
  ])('%s', (_name, selector, podSelector) => {
    const text = rule(`{fromEndpoints: [${selector}]}`);
    expect(said(read(text).diagnostics)).toEqual([]);
    expect(peersOf(text)).toEqual([{ kind: 'pods', namespaceSelector: sel({ 'kubernetes.io/metadata.name': 'prod' }), podSelector }]);
  });

  test.each<[string, string]>([
    ['$host is reserved:host', '$host'],
    ['reserved.host without a colon is reserved:host', 'reserved.host'],
  ])('%s: it matches no pod, with a warning (not an invalid label key)', (_name, key) => {
    const text = rule(`{fromEndpoints: [{matchLabels: {"${key}": ""}}, {matchLabels: {app: b}}]}`);
    expect(said(read(text).diagnostics)).toEqual([`warning not-analysed 7: ${W}spec.ingress[0].fromEndpoints[0]: selector key ${key} is not analysed (label sources other than k8s: and any: match no pod): this peer is counted as matching nothing`]);
    expect(peersOf(text)).toEqual([{ kind: 'pods', namespaceSelector: sel({ 'kubernetes.io/metadata.name': 'prod' }), podSelector: sel({ app: 'b' }) }]);
  });
});

describe('read-selector: the selector as written (C-3, C-22)', () => {
  test.each<[string, string, object]>([
    ['null matchLabels is not written', '{matchLabels: null, matchExpressions: [{key: app, operator: Exists}]}', sel({}, [{ key: 'app', operator: 'Exists', values: [] }])],
    ['null matchExpressions is not written', '{matchLabels: {app: a}, matchExpressions: null}', sel({ app: 'a' })],
  ])('%s', (_name, selector, podSelector) => {
    const text = rule(`{fromEndpoints: [${selector}]}`);
    expect(said(read(text).diagnostics)).toEqual([]);
    expect(peersOf(text)).toEqual([{ kind: 'pods', namespaceSelector: sel({ 'kubernetes.io/metadata.name': 'prod' }), podSelector }]);
  });

  test('an expression whose key is not a string is an error', () => {
    const c = read(rule('{fromEndpoints: [{matchExpressions: [{key: 5, operator: Exists}]}]}'));
    expect(said(c.diagnostics)).toEqual([`error invalid-selector 7: ${W}matchExpressions entry needs a string "key"`]);
    expect(c.policies).toEqual([]);
  });

  test('an invalid namespace name is an error; the policy is left out', () => {
    const c = read(rule('{fromEndpoints: [{matchLabels: {io.kubernetes.pod.namespace: "a b"}}]}'));
    expect(said(c.diagnostics)).toEqual([`error invalid-label 7: ${W}label "kubernetes.io/metadata.name" has an invalid value "a b": a label value is at most 63 characters of letters, digits, "-", "_" and ".", starting and ending with a letter or digit`]);
    expect(c.policies).toEqual([]);
  });

  test.each<[string, string, string]>([
    ['matchLabels', 'matchExpressions: []\n  matchLabels: 5', 'error invalid-selector 7: CiliumNetworkPolicy prod/p: matchLabels must be a mapping, not the number 5'],
    ['matchExpressions', 'matchLabels: {}\n  matchExpressions: {}', 'error invalid-selector 7: CiliumNetworkPolicy prod/p: matchExpressions must be a list, not a mapping'],
  ])('%s of the wrong type, on its own line, is an error at that line', (_name, fields, diagnostic) => {
    const c = read(cnp(`endpointSelector:\n  ${fields}\ningress: [{}]`));
    expect(said(c.diagnostics)).toEqual([diagnostic]);
    expect(c.policies).toEqual([]);
  });

  test('an error in a selector written over several lines names the line of the label', () => {
    const c = read(cnp('endpointSelector:\n  matchLabels:\n    tier: web\n    app: "a b"\ningress: [{}]'));
    expect(said(c.diagnostics)).toEqual([`error invalid-label 8: ${W}label "app" has an invalid value "a b": a label value is at most 63 characters of letters, digits, "-", "_" and ".", starting and ending with a letter or digit`]);
    expect(c.policies).toEqual([]);
  });
});

describe('read-ports (C-19)', () => {
  test('C-12: a null toPorts is not written: the rule allows every port of its peers', () => {
    const c = read(rule('{fromEntities: [cluster], toPorts: null}'));
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.policies[0]!.ingress.map((r) => [r.peers.length, r.ports])).toEqual([[1, []]]);
  });

  test('a null endPort is not written: one port', () => {
    const c = read(rule('{toPorts: [{ports: [{port: "80", endPort: null, protocol: TCP}]}]}'));
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.policies[0]!.ingress[0]!.ports).toEqual([{ protocol: 'TCP', port: 80 }]);
  });
});

describe('read-selector: namespace keys (C-1, C-3)', () => {
  test('C-3: the namespace label prefix with an empty label name is no namespace label', () => {
    // Read as a pod label key, which cannot end with "."; Cilium's own label-selector validation refuses it too.
    const c = read(rule('{fromEndpoints: [{matchLabels: {io.cilium.k8s.namespace.labels.: x}}]}'));
    expect(said(c.diagnostics)).toEqual([`error invalid-label 7: ${W}label key "io.cilium.k8s.namespace.labels." is invalid: a label name is 1-63 characters of letters, digits, "-", "_" and ".", starting and ending with a letter or digit`]);
    expect(c.policies).toEqual([]);
  });

  test('C-1: a subject that names its own namespace is that namespace, with a warning', () => {
    const c = read(cnp('endpointSelector: {matchLabels: {io.kubernetes.pod.namespace: prod}}\ningress: [{}]'));
    expect(said(c.diagnostics)).toEqual([`warning cilium-subject-namespace 5: ${W}spec.endpointSelector: a CiliumNetworkPolicy applies in its own namespace (prod) only: the namespace requirement is ANDed with it`]);
    expect(c.policies[0]!.cilium!.namespaceSelector).toEqual(sel({ 'kubernetes.io/metadata.name': 'prod' }));
  });
});
