/**
 * fast-check arbitraries for small random clusters, built directly as the model (the manifests
 * layer has its own tests): 1-3 namespaces with random labels, 1-8 workloads with random labels,
 * named ports and hostNetwork, 0-5 policies with random selectors (In, NotIn, Exists,
 * DoesNotExist), peers of every form, ports numeric, named, ranges and protocol-only, ipBlocks
 * with excepts in IPv4 and IPv6, and every policyTypes variant.
 */
import fc from 'fast-check';
import { NAMESPACE_NAME_LABEL } from '../../src/model/kube-names';
import { parseCidr, subtractIpRanges } from '../../src/model/cidr';
import { policyId, workloadId, type Cluster, type ContainerPort, type LabelSelector, type Labels, type Namespace, type Peer, type Policy, type PolicyPort, type Protocol, type Requirement, type Rule, type Workload } from '../../src/model/types';

const NAMESPACES = ['ns0', 'ns1', 'ns2'];
export const POD_KEYS = ['app', 'tier', 'env'];
export const NS_KEYS = ['team', 'env'];
const VALUES = ['a', 'b', 'c'];

const labels = (keys: readonly string[]): fc.Arbitrary<Labels> => fc.dictionary(fc.constantFrom(...keys), fc.constantFrom(...VALUES), { maxKeys: keys.length });

const requirement = (keys: readonly string[]): fc.Arbitrary<Requirement> =>
  fc.oneof(
    fc.record({ key: fc.constantFrom(...keys, NAMESPACE_NAME_LABEL), operator: fc.constantFrom<'In' | 'NotIn'>('In', 'NotIn'), values: fc.uniqueArray(fc.constantFrom(...VALUES, ...NAMESPACES), { minLength: 1, maxLength: 2 }) }),
    fc.record({ key: fc.constantFrom(...keys), operator: fc.constantFrom<'Exists' | 'DoesNotExist'>('Exists', 'DoesNotExist'), values: fc.constant([]) }),
  );

export const selector = (keys: readonly string[]): fc.Arbitrary<LabelSelector> =>
  fc.record({ matchLabels: fc.dictionary(fc.constantFrom(...keys), fc.constantFrom(...VALUES), { maxKeys: 2 }), matchExpressions: fc.array(requirement(keys), { maxLength: 2 }) });

/** CIDRs and, for each, the excepts that are strict subsets of it. */
const BLOCKS: Record<string, string[]> = {
  '0.0.0.0/0': ['10.0.0.0/8', '192.168.1.0/24', '10.1.0.0/16'],
  '10.0.0.0/8': ['10.1.0.0/16', '10.1.2.0/24'],
  '10.1.0.0/16': ['10.1.2.0/24', '10.1.2.128/25'],
  '192.168.1.0/24': ['192.168.1.0/28'],
  '::/0': ['2001:db8::/32', 'fd00::/8'],
  '2001:db8::/32': ['2001:db8:1::/48'],
};

export const ipBlock: fc.Arbitrary<Peer> = fc
  .constantFrom(...Object.keys(BLOCKS))
  .chain((cidr) => fc.record({ cidr: fc.constant(cidr), except: fc.uniqueArray(fc.constantFrom(...BLOCKS[cidr]!), { maxLength: 2 }) }))
  .map(({ cidr, except }) => {
    const c = parseCidr(cidr);
    if (!c.ok) throw new Error(cidr);
    const holes = except.map((e) => {
      const x = parseCidr(e);
      if (!x.ok) throw new Error(e);
      return x.range;
    });
    return { kind: 'ipBlock', cidr, except, ranges: subtractIpRanges(c.range, holes) };
  });

export const podsPeer: fc.Arbitrary<Peer> = fc
  .record({ podSelector: fc.option(selector(POD_KEYS), { nil: undefined }), namespaceSelector: fc.option(selector(NS_KEYS), { nil: undefined }) })
  .filter((p) => p.podSelector !== undefined || p.namespaceSelector !== undefined)
  .map((p) => {
    const peer: Peer = { kind: 'pods' };
    if (p.podSelector) peer.podSelector = p.podSelector;
    if (p.namespaceSelector) peer.namespaceSelector = p.namespaceSelector;
    return peer;
  });

export const protocol = fc.constantFrom<Protocol>('TCP', 'TCP', 'UDP', 'SCTP');
export const policyPort: fc.Arbitrary<PolicyPort> = fc.oneof(
  fc.record({ protocol, port: fc.constantFrom(53, 80, 443, 8080, 9000) }),
  fc.record({ protocol, port: fc.constantFrom(50, 80, 440), endPort: fc.constantFrom(80, 443, 9000) }).filter((p) => p.endPort >= p.port),
  fc.record({ protocol, port: fc.constantFrom('http', 'dns', 'sctp', 'nope') }),
  fc.record({ protocol }),
);

const CONTAINER_PORTS: ContainerPort[] = [
  { name: 'http', port: 80, protocol: 'TCP' },
  { name: 'http', port: 8080, protocol: 'TCP' },
  { name: 'dns', port: 53, protocol: 'UDP' },
  { port: 443, protocol: 'TCP' },
  { name: 'sctp', port: 9000, protocol: 'SCTP' },
];

const workload = fc.record({
  namespace: fc.constantFrom(...NAMESPACES),
  labels: labels(POD_KEYS),
  ports: fc.subarray(CONTAINER_PORTS, { maxLength: 3 }).filter((ps) => new Set(ps.map((p) => p.name ?? `#${p.port}`)).size === ps.length),
});

const rawRule = fc.record({ peers: fc.array(fc.oneof(podsPeer, podsPeer, ipBlock), { maxLength: 3 }), ports: fc.array(policyPort, { maxLength: 3 }) });

const rawPolicy = fc.record({
  namespace: fc.constantFrom(...NAMESPACES),
  podSelector: selector(POD_KEYS),
  types: fc.constantFrom({ ingress: true, egress: false }, { ingress: false, egress: true }, { ingress: true, egress: true }),
  ingress: fc.array(rawRule, { maxLength: 3 }),
  egress: fc.array(rawRule, { maxLength: 3 }),
});

function rules(raw: { peers: Peer[]; ports: PolicyPort[] }[], direction: 'ingress' | 'egress', file: string): Rule[] {
  return raw.map((r, index) => ({ direction, peers: r.peers, ports: r.ports, index, source: { file, line: 10 + index } }));
}

/** A small random cluster; workload names are w0..w7, so two clusters share some workloads. */
export const clusterArbitrary: fc.Arbitrary<Cluster> = fc
  .record({
    namespaces: fc.uniqueArray(fc.record({ name: fc.constantFrom(...NAMESPACES), labels: labels(NS_KEYS) }), { minLength: 1, maxLength: 3, selector: (n) => n.name }),
    // One workload in ten runs in the host network.
    workloads: fc.array(fc.record({ w: workload, hostNetwork: fc.integer({ min: 0, max: 9 }) }), { minLength: 1, maxLength: 8 }),
    policies: fc.array(rawPolicy, { maxLength: 5 }),
  })
  .map(({ namespaces, workloads, policies }) => {
    const nsMap = new Map<string, Namespace>();
    for (const n of namespaces) nsMap.set(n.name, { name: n.name, labels: { ...n.labels, [NAMESPACE_NAME_LABEL]: n.name } });
    const ws: Workload[] = workloads.map(({ w, hostNetwork }, i) => ({
      kind: 'Deployment',
      name: `w${i}`,
      namespace: w.namespace,
      labels: w.labels,
      ports: w.ports,
      hostNetwork: hostNetwork === 0,
      source: { file: 'w.yaml', line: i + 1 },
    }));
    const ps: Policy[] = policies.map((p, i) => ({
      namespace: p.namespace,
      name: `p${i}`,
      podSelector: p.podSelector,
      types: p.types,
      implicitTypes: false,
      // A-3f: only the rules of the directions in policyTypes are kept.
      ingress: p.types.ingress ? rules(p.ingress, 'ingress', `p${i}.yaml`) : [],
      egress: p.types.egress ? rules(p.egress, 'egress', `p${i}.yaml`) : [],
      source: { file: `p${i}.yaml`, line: 1 },
    }));
    // Every namespace a workload or policy uses exists, with its name label.
    for (const name of [...ws.map((w) => w.namespace), ...ps.map((p) => p.namespace)]) {
      if (!nsMap.has(name)) nsMap.set(name, { name, labels: { [NAMESPACE_NAME_LABEL]: name } });
    }
    const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return {
      namespaces: nsMap,
      workloads: ws.sort((a, b) => byId(workloadId(a), workloadId(b))),
      policies: ps.sort((a, b) => byId(policyId(a), policyId(b))),
      diagnostics: [],
    };
  });
