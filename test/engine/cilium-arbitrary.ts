/**
 * fast-check arbitraries for Cilium policies (issue 14) in the model the reader builds: CNP rules
 * (subject in their namespace) and CCNP rules (any namespace, namespace label forms), allow and
 * deny rules over endpoint selectors (namespace by name or labels, C-3, C-11), CIDR sets with
 * except (external only, C-13), the world / cluster / all entities (C-14, C-15), rules with ports
 * only (every peer, C-12), named ports (C-20), and enableDefaultDeny (C-6), on top of a random
 * cluster with or without tiered policies (C-10).
 */
import fc from 'fast-check';
import { FULL_RANGES } from '../../src/model/cidr';
import type { CiliumSection } from '../../src/model/cilium';
import { NAMESPACE_NAME_LABEL } from '../../src/model/kube-names';
import { EMPTY_SELECTOR } from '../../src/model/label-selector';
import { policyId, type Cluster, type LabelSelector, type Peer, type Policy, type PolicyPort, type Rule } from '../../src/model/types';
import { clusterArbitrary, ipBlock, NS_KEYS, POD_KEYS, policyPort, selector } from './cluster-arbitrary';
import { tieredClusterArbitrary } from './tiered-arbitrary';

const NAMESPACES = ['ns0', 'ns1', 'ns2'];
const byName = (ns: string): LabelSelector => ({ matchLabels: { [NAMESPACE_NAME_LABEL]: ns }, matchExpressions: [] });
const and = (a: LabelSelector, b: LabelSelector): LabelSelector => ({ matchLabels: { ...b.matchLabels, ...a.matchLabels }, matchExpressions: [...a.matchExpressions, ...b.matchExpressions, ...Object.entries(b.matchLabels).filter(([k]) => k in a.matchLabels).map(([key, v]) => ({ key, operator: 'In' as const, values: [v] }))] });

/** C-3: a namespace part: by name (In / NotIn) or by namespace labels. */
const namespacePart: fc.Arbitrary<LabelSelector> = fc.oneof(
  selector(NS_KEYS),
  fc.record({ operator: fc.constantFrom<'In' | 'NotIn'>('In', 'NotIn'), values: fc.uniqueArray(fc.constantFrom(...NAMESPACES), { minLength: 1, maxLength: 2 }) }).map(({ operator, values }) => ({ matchLabels: {}, matchExpressions: [{ key: NAMESPACE_NAME_LABEL, operator, values }] })),
);

const external = (i: 0 | 1): Peer => ({ kind: 'ipBlock', cidr: i === 0 ? '0.0.0.0/0' : '::/0', except: [], ranges: [FULL_RANGES[i]!], externalOnly: true });

/** C-11, C-13 … C-15: the peers one L3 field selects (the policy's namespace given for a CNP). */
const peers = (ns: string | null): fc.Arbitrary<Peer[]> =>
  fc.oneof(
    fc.array(fc.record({ pod: selector(POD_KEYS), namesNamespace: fc.boolean(), ns: namespacePart }).map((e): Peer => ({ kind: 'pods', podSelector: e.pod, namespaceSelector: e.namesNamespace || ns === null ? e.ns : and(byName(ns), e.ns) })), { minLength: 1, maxLength: 2 }),
    fc.array(ipBlock.map((p): Peer => (p.kind === 'ipBlock' ? { ...p, externalOnly: true } : p)), { minLength: 1, maxLength: 2 }),
    fc.constantFrom<Peer[]>([external(0), external(1)], [external(0)], [{ kind: 'pods', namespaceSelector: EMPTY_SELECTOR, podSelector: EMPTY_SELECTOR }], [{ kind: 'pods', namespaceSelector: EMPTY_SELECTOR, podSelector: EMPTY_SELECTOR }, external(0), external(1)]),
  );

/** C-19: ANY as the three protocols; a named port for every protocol. */
const ciliumPorts: fc.Arbitrary<PolicyPort[]> = fc.array(
  fc.oneof(policyPort.map((p) => [p]), fc.constantFrom('http', 'dns').map((port) => (['TCP', 'UDP', 'SCTP'] as const).map((protocol) => ({ protocol, port })))),
  { maxLength: 2 },
).map((xs) => xs.flat());

/** C-8, C-12: a rule has peers, or ports only (every peer); the reader drops a rule with neither. */
const rawRule = (ns: string | null) =>
  fc.oneof(
    fc.record({ peers: peers(ns), ports: ciliumPorts }),
    fc.record({ peers: fc.constant<Peer[]>([]), ports: ciliumPorts.filter((p) => p.length > 0) }),
  );

const rawCilium = fc.record({ clusterWide: fc.boolean(), ns: fc.constantFrom(...NAMESPACES) }).chain(({ clusterWide, ns }) =>
  fc.record({
    clusterWide: fc.constant(clusterWide),
    ns: fc.constant(ns),
    subjectNs: clusterWide ? fc.option(namespacePart, { nil: undefined }) : fc.constant(undefined),
    podSelector: selector(POD_KEYS),
    spec: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
    // C-5: a section written with rules (true), or not; C-6: enableDefaultDeny unset, true or false.
    defaultDeny: fc.record({ ingress: fc.constantFrom(undefined, undefined, true, false), egress: fc.constantFrom(undefined, undefined, true, false) }),
    ingress: fc.array(rawRule(clusterWide ? null : ns), { maxLength: 2 }),
    ingressDeny: fc.array(rawRule(clusterWide ? null : ns), { maxLength: 2 }),
    egress: fc.array(rawRule(clusterWide ? null : ns), { maxLength: 2 }),
    egressDeny: fc.array(rawRule(clusterWide ? null : ns), { maxLength: 1 }),
  }),
);

function rules(raw: { peers: Peer[]; ports: PolicyPort[] }[], section: CiliumSection, file: string): Rule[] {
  const direction = section.startsWith('ingress') ? 'ingress' : 'egress';
  return raw.map((r, index) => ({ direction, peers: r.peers, ports: r.ports, index, source: { file, line: 20 + index }, cilium: { section, l7: [] } }));
}

/** A random cluster (sometimes with tiered policies) with 1-3 Cilium rules on top. */
export const ciliumClusterArbitrary: fc.Arbitrary<Cluster> = fc
  .record({ cluster: fc.oneof(clusterArbitrary, clusterArbitrary, tieredClusterArbitrary), cilium: fc.array(rawCilium, { minLength: 1, maxLength: 3 }) })
  .map(({ cluster, cilium }) => {
    const ps: Policy[] = cilium.map((c, i) => {
      const file = `c${i}.yaml`;
      const sections = { ingress: rules(c.ingress, 'ingress', file), ingressDeny: rules(c.ingressDeny, 'ingressDeny', file), egress: rules(c.egress, 'egress', file), egressDeny: rules(c.egressDeny, 'egressDeny', file) };
      return {
        namespace: c.clusterWide ? '' : c.ns,
        name: `c${i}`,
        podSelector: c.podSelector,
        types: {
          ingress: c.defaultDeny.ingress ?? (c.ingress.length + c.ingressDeny.length > 0),
          egress: c.defaultDeny.egress ?? (c.egress.length + c.egressDeny.length > 0),
        },
        implicitTypes: false,
        ingress: sections.ingress,
        egress: sections.egress,
        source: { file, line: 1 },
        cilium: {
          kind: c.clusterWide ? 'CiliumClusterwideNetworkPolicy' : 'CiliumNetworkPolicy',
          spec: c.spec,
          namespaceSelector: c.clusterWide ? (c.subjectNs ?? EMPTY_SELECTOR) : byName(c.ns),
          denyIngress: sections.ingressDeny,
          denyEgress: sections.egressDeny,
        },
      };
    });
    const namespaces = new Map(cluster.namespaces);
    for (const p of ps) if (p.namespace && !namespaces.has(p.namespace)) namespaces.set(p.namespace, { name: p.namespace, labels: { [NAMESPACE_NAME_LABEL]: p.namespace } });
    const byId = (a: Policy, b: Policy) => (policyId(a) < policyId(b) ? -1 : policyId(a) > policyId(b) ? 1 : 0);
    return { ...cluster, namespaces, policies: [...cluster.policies, ...ps].sort(byId) };
  });
