import { ConnsTable, type Conns } from '../model/port-set';
import { formatRange } from '../model/cidr';
import { workloadId, type Cluster, type IpRange } from '../model/types';
import { classify, type Classification, type EndpointClass } from './classify';
import type { Endpoint } from './endpoint';
import { buildPolicyIndex, type IndexedRule, type PolicyIndex } from './policy-index';
import { resolvePorts } from './resolve-ports';

export interface ReachabilityOptions {
  /** Extra cuts of the address space (the other side of a diff, rule CIDRs). */
  boundaries?: readonly IpRange[];
}

/**
 * The reachability of one cluster state, computed per class of endpoints. `classConns(a, b)`
 * is the exact set of connections class `a` may open to class `b`.
 */
export interface Reachability {
  cluster: Cluster;
  index: PolicyIndex;
  classification: Classification;
  table: ConnsTable;
  /** Workload endpoints in cluster order, then one per elementary external interval. */
  endpoints: Endpoint[];
  endpointClass: Int32Array;
  classConnsId(from: number, to: number): number;
  classConns(from: number, to: number): Conns;
}

interface Side {
  /** Policies that isolate the class in this direction; empty = not isolated. */
  isolating: boolean;
  rules: IndexedRule[];
}

function sideOf(c: EndpointClass, index: PolicyIndex, dir: 'ingress' | 'egress'): Side {
  const rules: IndexedRule[] = [];
  let isolating = false;
  for (const p of c.subjectOf) {
    if (!p.types[dir]) continue;
    isolating = true;
    rules.push(...index[dir].get(p)!);
  }
  return { isolating, rules };
}

function ruleMatches(r: IndexedRule, peer: EndpointClass): boolean {
  if (r.peerIds === null) return true;
  for (const id of r.peerIds) if (peer.peers.has(id)) return true;
  return false;
}

export function computeReachability(cluster: Cluster, options: ReachabilityOptions = {}): Reachability {
  const index = buildPolicyIndex(cluster.policies);
  const classification = classify(cluster, index, options.boundaries ?? []);
  const { classes } = classification;
  const n = classes.length;
  const table = new ConnsTable();
  const ALL = table.intern(resolvePorts([], null));
  const ingress = classes.map((c) => (c.external ? { isolating: false, rules: [] } : sideOf(c, index, 'ingress')));
  const egress = classes.map((c) => (c.external ? { isolating: false, rules: [] } : sideOf(c, index, 'egress')));

  // Ports of a rule at a destination class, memoised by (rule, destination's named-port signature).
  const portMemo = new Map<number, number>();
  const portsAt = (r: IndexedRule, dst: EndpointClass): number => {
    const sig = r.named ? dst.portSignature + 1 : 0;
    const k = r.serial * 65536 + sig;
    let id = portMemo.get(k);
    if (id === undefined) {
      id = table.intern(resolvePorts(r.ports, dst.external ? null : dst.ports));
      portMemo.set(k, id);
    }
    return id;
  };

  // A side's verdict for one peer: the union of the ports of every rule that matches it.
  const sideConns = (side: Side, peer: EndpointClass, dst: EndpointClass): number => {
    if (!side.isolating) return ALL;
    let acc = 0;
    for (const r of side.rules) if (ruleMatches(r, peer)) acc = table.union(acc, portsAt(r, dst));
    return acc;
  };

  const matrix = new Int32Array(n * n);
  for (let s = 0; s < n; s++) {
    const src = classes[s]!;
    for (let d = 0; d < n; d++) {
      const dst = classes[d]!;
      if (src.external && dst.external) continue;
      // the source's egress and the destination's ingress must both allow.
      // an external source has no egress side, an external destination no ingress side.
      const e = src.external ? ALL : sideConns(egress[s]!, dst, dst);
      if (e === 0) continue;
      const i = dst.external ? ALL : sideConns(ingress[d]!, src, dst);
      matrix[s * n + d] = table.intersect(e, i);
    }
  }

  const endpoints: Endpoint[] = cluster.workloads.map((w) => ({ id: workloadId(w), kind: w.kind, namespace: w.namespace, name: w.name, workload: w }));
  const endpointClass = new Int32Array(endpoints.length + classification.intervals.length);
  endpointClass.set(classification.workloadClass);
  classification.intervals.forEach((range, i) => {
    endpoints.push({ id: formatRange(range), kind: 'External', range });
    endpointClass[cluster.workloads.length + i] = classification.intervalClass[i]!;
  });

  return {
    cluster,
    index,
    classification,
    table,
    endpoints,
    endpointClass,
    classConnsId: (a, b) => matrix[a * n + b]!,
    classConns: (a, b) => table.get(matrix[a * n + b]!),
  };
}
