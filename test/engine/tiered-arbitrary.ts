/**
 * fast-check arbitraries for tiered cluster policies (T-1): 0-4 Admin or Baseline policies with
 * few priorities (so that equal ones occur, T-14), namespace or pod subjects, Accept / Deny / Pass
 * rules over namespaces, pods and networks peers (0.0.0.0/0 holds every pod, T-9), the fail-closed
 * deny-all (T-10), and ports numeric, ranged or named (T-11), on top of clusterArbitrary.
 */
import fc from 'fast-check';
import { parseCidr } from '../../src/model/cidr';
import { compareTiered, type TierRule, type TieredPolicy } from '../../src/model/tiers';
import type { Cluster, Peer, PolicyPort } from '../../src/model/types';
import { clusterArbitrary, NS_KEYS, POD_KEYS, policyPort, protocol, selector } from './cluster-arbitrary';

const network: fc.Arbitrary<Peer> = fc.constantFrom('0.0.0.0/0', '10.0.0.0/8', '::/0', '192.168.1.0/24').map((cidr) => {
  const c = parseCidr(cidr);
  if (!c.ok) throw new Error(cidr);
  return { kind: 'ipBlock', cidr, except: [], ranges: [c.range], allPods: c.prefix === 0 };
});

const tierPeer = (egress: boolean): fc.Arbitrary<Peer> =>
  fc.oneof(
    selector(NS_KEYS).map((namespaceSelector): Peer => ({ kind: 'pods', namespaceSelector })),
    fc.record({ namespaceSelector: selector(NS_KEYS), podSelector: selector(POD_KEYS) }).map((p): Peer => ({ kind: 'pods', ...p })),
    ...(egress ? [network] : []),
  );

/** T-11: tiered ports: numbers, ranges, and a name tried for every protocol. */
const tierPorts: fc.Arbitrary<PolicyPort[]> = fc.array(
  fc.oneof(
    policyPort.filter((p) => typeof p.port === 'number'),
    fc.record({ protocol, port: fc.constantFrom(53, 80) }),
    fc.constantFrom('http', 'dns', 'nope').map((name) => (['TCP', 'UDP', 'SCTP'] as const).map((protocol) => ({ protocol, port: name }))),
  ).map((x) => (Array.isArray(x) ? x : [x])),
  { maxLength: 2 },
).map((xs) => xs.flat());

const tierRule = (direction: 'ingress' | 'egress', tier: 'Admin' | 'Baseline') =>
  fc.record({
    action: fc.constantFrom<'Accept' | 'Deny' | 'Pass'>('Accept', 'Deny', 'Pass'),
    peers: fc.array(tierPeer(direction === 'egress'), { minLength: 1, maxLength: 2 }),
    ports: tierPorts,
    // T-10: one rule in twelve lost a peer of unknown fields.
    unknown: fc.integer({ min: 0, max: 11 }),
    tier: fc.constant(tier),
  });

const rawTiered = fc.constantFrom<'Admin' | 'Baseline'>('Admin', 'Admin', 'Baseline').chain((tier) =>
  fc.record({
    tier: fc.constant(tier),
    priority: fc.constantFrom(0, 10, 10, 20),
    subject: fc.oneof(
      fc.record({ namespaceSelector: selector(NS_KEYS) }),
      fc.record({ namespaceSelector: selector(NS_KEYS), podSelector: selector(POD_KEYS) }),
    ),
    ingress: fc.array(tierRule('ingress', tier), { maxLength: 3 }),
    egress: fc.array(tierRule('egress', tier), { maxLength: 3 }),
  }),
);

function tierRules(raw: { action: 'Accept' | 'Deny' | 'Pass'; peers: Peer[]; ports: PolicyPort[]; unknown: number }[], direction: 'ingress' | 'egress', file: string): TierRule[] {
  return raw.map((r, index) => {
    const base = { direction, index, source: { file, line: 10 + index } };
    if (r.unknown === 0) return r.action === 'Accept' ? { ...base, action: 'Accept', peers: [], everyPeer: false, ports: r.ports } : { ...base, action: 'Deny', peers: [], everyPeer: true, ports: [] };
    return { ...base, action: r.action, peers: r.peers, everyPeer: false, ports: r.ports };
  });
}

/** A small random cluster with tiered policies (and v1 NetworkPolicies) on top. */
export const tieredClusterArbitrary: fc.Arbitrary<Cluster> = fc.record({ cluster: clusterArbitrary, tiered: fc.array(rawTiered, { minLength: 1, maxLength: 4 }) }).map(({ cluster, tiered }) => {
  const tieredPolicies: TieredPolicy[] = tiered.map((t, i) => ({
    kind: 'ClusterNetworkPolicy',
    apiVersion: 'policy.networking.k8s.io/v1alpha2',
    name: `t${i}`,
    tier: t.tier,
    priority: t.priority,
    subject: t.subject,
    ingress: tierRules(t.ingress, 'ingress', `t${i}.yaml`),
    egress: tierRules(t.egress, 'egress', `t${i}.yaml`),
    source: { file: `t${i}.yaml`, line: 1 },
  }));
  return { ...cluster, tieredPolicies: tieredPolicies.sort(compareTiered) };
});
