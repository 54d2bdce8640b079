import { compareRanges } from '../model/cidr';
import { labelsKey, selectorKey, selectorMatches } from '../model/label-selector';
import type { TieredPolicy } from '../model/tiers';
import type { Cluster, ContainerPort, IpRange, Labels, Policy } from '../model/types';
import type { PolicyIndex } from './policy-index';

/**
 * A class of endpoints that no policy can tell apart: the same selecting policies, the same
 * matching peers and, for workloads, the same resolution of every port name that rules use.
 */
export interface EndpointClass {
  index: number;
  external: boolean;
  /** Policies that select the class (pods only), in cluster order. */
  subjectOf: readonly Policy[];
  /** T-7: tiered policies whose subject holds the class (pods only), in evaluation order (T-2, T-3). */
  tierSubjectOf: readonly TieredPolicy[];
  /** Ids of the distinct peers that match the class. */
  peers: ReadonlySet<number>;
  /** Container ports of a representative workload (all members resolve names the same way). */
  ports: readonly ContainerPort[];
  /** Index into the named-port signatures, for memoising port resolution. */
  portSignature: number;
}

export interface Classification {
  classes: EndpointClass[];
  /** Class of each workload, in cluster order. */
  workloadClass: Int32Array;
  /** Elementary external intervals (sorted, v4 then v6) and the class of each. */
  intervals: IpRange[];
  intervalClass: Int32Array;
  /** The pod address ranges ipBlocks were also matched against; empty = external only. */
  podCidrs: readonly IpRange[];
}

/** Cuts each family at every boundary and returns the elementary intervals, covering all of it. */
export function elementaryIntervals(boundaries: readonly IpRange[]): IpRange[] {
  const out: IpRange[] = [];
  // IPv4 cuts fit in doubles, which sort far faster than bigints.
  const v4 = new Float64Array(2 * boundaries.length + 1);
  let n4 = 1;
  const v6: bigint[] = [0n];
  const max4 = 2 ** 32 - 1;
  const max6 = (1n << 128n) - 1n;
  for (const r of boundaries) {
    if (r.family === 4) {
      v4[n4++] = Number(r.lo);
      if (r.hi < max4) v4[n4++] = Number(r.hi) + 1;
    } else {
      v6.push(r.lo);
      if (r.hi < max6) v6.push(r.hi + 1n);
    }
  }
  const cuts4 = v4.subarray(0, n4).sort();
  for (let i = 0; i < cuts4.length; i++) {
    if (i > 0 && cuts4[i] === cuts4[i - 1]) continue;
    let j = i + 1;
    while (j < cuts4.length && cuts4[j] === cuts4[i]) j++;
    out.push({ family: 4, lo: BigInt(cuts4[i]!), hi: j < cuts4.length ? BigInt(cuts4[j]! - 1) : BigInt(max4) });
  }
  v6.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (let i = 0; i < v6.length; i++) {
    if (i > 0 && v6[i] === v6[i - 1]) continue;
    let j = i + 1;
    while (j < v6.length && v6[j] === v6[i]) j++;
    out.push({ family: 6, lo: v6[i]!, hi: j < v6.length ? v6[j]! - 1n : max6 });
  }
  return out;
}

function namedPortSignature(ports: readonly ContainerPort[], names: ReadonlySet<string>): string {
  if (names.size === 0) return '';
  return ports
    .filter((p) => p.name !== undefined && names.has(p.name))
    .map((p) => `${p.name}/${p.protocol}/${p.port}`)
    .sort()
    .join(',');
}

/** Workloads with the same namespace, labels, named-port resolution and hostNetwork. */
interface Group {
  ns: string;
  labels: Labels;
  hostNetwork: boolean;
  ports: readonly ContainerPort[];
  portSig: string;
  /** Indices of the policies that select the group. */
  subjects: number[];
  /** Indices (into index.tiered) of the tiered policies whose subject holds the group. */
  tierSubjects: number[];
  /** Ids of the distinct peers that match the group. */
  peers: number[];
}

interface Groups {
  /** Distinct groups, in order of first appearance. */
  all: Map<string, Group>;
  /** The group of each workload, in cluster order. */
  of: Group[];
  /** the groups of a namespace that pod selectors can match (host-network pods are not). */
  selectableByNs: Map<string, Group[]>;
}

/** Step 1: workloads with the same namespace, labels, named-port resolution and hostNetwork are one group. */
function groupWorkloads(cluster: Cluster, index: PolicyIndex): Groups {
  const all = new Map<string, Group>();
  const of: Group[] = [];
  // host-network pods are not matched by pod selectors (the common CNI behaviour), so
  // only the other groups of a namespace are selectable.
  const selectableByNs = new Map<string, Group[]>();
  for (const w of cluster.workloads) {
    const portSig = namedPortSignature(w.ports, index.portNames);
    const lk = labelsKey(w.labels);
    const key = `${w.namespace}\u0000${lk}\u0000${portSig}\u0000${w.hostNetwork}`;
    let g = all.get(key);
    if (!g) {
      g = { ns: w.namespace, labels: w.labels, hostNetwork: w.hostNetwork, ports: w.ports, portSig, subjects: [], tierSubjects: [], peers: [] };
      all.set(key, g);
      if (!g.hostNetwork) {
        const list = selectableByNs.get(w.namespace);
        if (list) list.push(g);
        else selectableByNs.set(w.namespace, [g]);
      }
    }
    of.push(g);
  }
  return { all, of, selectableByNs };
}

/**
 * Step 3: A-17: pod peers; a namespaceSelector picks namespaces by their labels. Groups
 * have distinct label sets, so selectors are matched directly: a memo would only grow. Returns
 * the ipBlock peers, which step 5 matches against the external intervals.
 */
function matchPeers(cluster: Cluster, index: PolicyIndex, groups: Groups, podCidrs: readonly IpRange[]): { id: number; ranges: readonly IpRange[] }[] {
  const selectable = (ns: string): readonly Group[] => groups.selectableByNs.get(ns) ?? [];
  const namespaces = [...cluster.namespaces.values()];
  const ipPeers: { id: number; ranges: readonly IpRange[] }[] = [];
  const nsBySelector = new Map<string, string[]>();
  for (const { id, namespace, peer } of index.peers) {
    if (peer.kind === 'ipBlock') {
      ipPeers.push({ id, ranges: peer.ranges });
      // A-22 (option): with pod CIDRs given, an ipBlock that holds all of them matches every pod,
      // whatever address it gets; host-network pods have node addresses.
      // T-9: a `networks` entry of 0.0.0.0/0 or ::/0 holds every pod address whatever the pod CIDRs.
      // C-13: a Cilium CIDR or world entity never matches pods.
      if (!peer.externalOnly && (peer.allPods || ipBlockHoldsPods(peer.ranges, podCidrs))) for (const list of groups.selectableByNs.values()) for (const g of list) g.peers.push(id);
      continue;
    }
    let nss: string[];
    if (peer.namespaceSelector) {
      const sel = peer.namespaceSelector;
      const sk = selectorKey(sel);
      let found = nsBySelector.get(sk);
      if (!found) {
        found = namespaces.filter((n) => selectorMatches(sel, n.labels)).map((n) => n.name);
        nsBySelector.set(sk, found);
      }
      nss = found;
    } else {
      nss = [namespace];
    }
    const ps = peer.podSelector;
    for (const ns of nss) {
      for (const g of selectable(ns)) if (!ps || selectorMatches(ps, g.labels)) g.peers.push(id);
    }
  }
  return ipPeers;
}

/** Step 4: classes of workloads: same subjects, peers and named-port resolution. Returns each workload's class. */
function classWorkloads(groups: Groups, index: PolicyIndex, classes: EndpointClass[], classByKey: Map<string, EndpointClass>): Int32Array {
  const portSigIds = new Map<string, number>();
  const classOfGroup = new Map<Group, EndpointClass>();
  for (const g of groups.all.values()) {
    const key = `w${g.subjects.join(',')}|${g.tierSubjects.join(',')}|${g.peers.join(',')}|${g.portSig}`;
    let c = classByKey.get(key);
    if (!c) {
      let ps = portSigIds.get(g.portSig);
      if (ps === undefined) portSigIds.set(g.portSig, (ps = portSigIds.size));
      c = { index: classes.length, external: false, subjectOf: g.subjects.map((i) => index.policies[i]!), tierSubjectOf: g.tierSubjects.map((i) => index.tiered[i]!), peers: new Set(g.peers), ports: g.ports, portSignature: ps };
      classByKey.set(key, c);
      classes.push(c);
    }
    classOfGroup.set(g, c);
  }
  return Int32Array.from(groups.of, (g) => classOfGroup.get(g)!.index);
}

/** Step 5: external intervals, cut at every ipBlock boundary, classed by matching ipBlocks. */
function classIntervals(ipPeers: readonly { id: number; ranges: readonly IpRange[] }[], boundaries: readonly IpRange[], classes: EndpointClass[], classByKey: Map<string, EndpointClass>): { intervals: IpRange[]; intervalClass: Int32Array } {
  const cuts: IpRange[] = [...boundaries];
  for (const p of ipPeers) cuts.push(...p.ranges);
  const intervals = elementaryIntervals(cuts);
  const members: number[][] = intervals.map(() => []);
  for (const p of ipPeers) {
    for (const r of p.ranges) {
      let i = lowerBound(intervals, r);
      while (i < intervals.length && intervals[i]!.family === r.family && intervals[i]!.hi <= r.hi) members[i++]!.push(p.id);
    }
  }
  const intervalClass = new Int32Array(intervals.length);
  members.forEach((m, i) => {
    const key = `x${m.join(',')}`;
    let c = classByKey.get(key);
    if (!c) {
      c = { index: classes.length, external: true, subjectOf: [], tierSubjectOf: [], peers: new Set(m), ports: [], portSignature: -1 };
      classByKey.set(key, c);
      classes.push(c);
    }
    intervalClass[i] = c.index;
  });
  return { intervals, intervalClass };
}

/** Groups workloads and external intervals into classes (PRODUCT.md part 2: work grows with classes). */
export function classify(cluster: Cluster, index: PolicyIndex, boundaries: readonly IpRange[], podCidrs: readonly IpRange[] = []): Classification {
  const groups = groupWorkloads(cluster, index);
  // Step 2: a policy selects pods of its own namespace only; C-1, C-2: a Cilium rule,
  // pods of the namespaces its subject allows (the CNP's own, or any for a CCNP).
  const namespaces = [...cluster.namespaces.values()];
  index.policies.forEach((p, pi) => {
    const nss = p.cilium ? namespaces.filter((n) => selectorMatches(p.cilium!.namespaceSelector, n.labels)).map((n) => n.name) : [p.namespace];
    for (const ns of nss) for (const g of groups.selectableByNs.get(ns) ?? []) if (selectorMatches(p.podSelector, g.labels)) g.subjects.push(pi);
  });
  matchTierSubjects(cluster, index, groups);
  const ipPeers = matchPeers(cluster, index, groups, podCidrs);
  const classes: EndpointClass[] = [];
  const classByKey = new Map<string, EndpointClass>();
  const workloadClass = classWorkloads(groups, index, classes, classByKey);
  const { intervals, intervalClass } = classIntervals(ipPeers, boundaries, classes, classByKey);
  return { classes, workloadClass, intervals, intervalClass, podCidrs };
}

/**
 * T-7: a tiered policy applies to the pods of the namespaces its subject's namespaceSelector
 * matches (A-19: by their labels) and, for `subject.pods`, of those the ones its podSelector
 * matches; host-network pods are never subjects.
 */
function matchTierSubjects(cluster: Cluster, index: PolicyIndex, groups: Groups): void {
  const namespaces = [...cluster.namespaces.values()];
  index.tiered.forEach((p, pi) => {
    for (const ns of namespaces) {
      if (!selectorMatches(p.subject.namespaceSelector, ns.labels)) continue;
      const ps = p.subject.podSelector;
      for (const g of groups.selectableByNs.get(ns.name) ?? []) if (!ps || selectorMatches(ps, g.labels)) g.tierSubjects.push(pi);
    }
  });
}

function lowerBound(intervals: readonly IpRange[], r: IpRange): number {
  let lo = 0;
  let hi = intervals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareRanges(intervals[mid]!, r) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when pod CIDRs are given and every one lies inside one range of the ipBlock (cidr minus except). */
export function ipBlockHoldsPods(ranges: readonly IpRange[], podCidrs: readonly IpRange[]): boolean {
  return podCidrs.length > 0 && podCidrs.every((c) => ranges.some((r) => r.family === c.family && r.lo <= c.lo && c.hi <= r.hi));
}
