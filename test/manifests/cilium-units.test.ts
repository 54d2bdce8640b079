import { describe, expect, test } from 'vitest';
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
