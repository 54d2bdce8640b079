import { parseCidr } from '../../src/model/cidr';
import { ALL_CONNS, type Conns, intersectConns, NO_CONNS, subtractConns, unionConns } from '../../src/model/conns';
import type { TierRule, TieredPolicy } from '../../src/model/tiers';
import { ALL_PORTS, normalizeRanges } from '../../src/model/port-ranges';
import type { Cluster, Direction, LabelSelector, Labels, Peer, Policy, PolicyPort, Protocol, Workload } from '../../src/model/types';

/**
 * A plain per-pair evaluator: a direct transcription of SEMANTICS.md A.8's reference algorithm,
 * lifted from single flows to the set of (protocol, port) a pair allows. Every call looks at every
 * policy; there are no classes, no index and no memo. It exists to check the optimised engine
 * (test/engine/equivalence.test.ts) and as the baseline of the benchmark, never for production.
 */
export type ReferenceEndpoint = { kind: 'pod'; workload: Workload } | { kind: 'external'; family: 4 | 6; address: bigint };

/** matchLabels and every requirement ANDed; NotIn matches an absent key. */
function sel(s: LabelSelector, labels: Labels): boolean {
  for (const k of Object.keys(s.matchLabels)) if (labels[k] !== s.matchLabels[k]) return false;
  for (const r of s.matchExpressions) {
    const has = Object.prototype.hasOwnProperty.call(labels, r.key);
    const ok =
      r.operator === 'In' ? has && r.values.includes(labels[r.key]!)
      : r.operator === 'NotIn' ? !has || !r.values.includes(labels[r.key]!)
      : r.operator === 'Exists' ? has
      : !has;
    if (!ok) return false;
  }
  return true;
}

function cidrContains(cidr: string, family: 4 | 6, address: bigint): boolean {
  const c = parseCidr(cidr);
  return c.ok && c.range.family === family && c.range.lo <= address && address <= c.range.hi;
}

/** in cidr and in no except. A-22: pods have no known IP here, so only externals match. */
function ipMatch(block: Extract<Peer, { kind: 'ipBlock' }>, peer: ReferenceEndpoint): boolean {
  if (peer.kind !== 'external') return false;
  return cidrContains(block.cidr, peer.family, peer.address) && !block.except.some((e) => cidrContains(e, peer.family, peer.address));
}

function peersMatch(cluster: Cluster, peers: readonly Peer[], polNs: string, peer: ReferenceEndpoint): boolean {
  // no peers = every peer, external ones included.
  if (peers.length === 0) return true;
  return peers.some((pr) => {
    if (pr.kind === 'ipBlock') return ipMatch(pr, peer);
    // host-network pods are not matched by pod or namespace selectors; A-32: nor are externals.
    if (peer.kind !== 'pod' || peer.workload.hostNetwork) return false;
    const w = peer.workload;
    // no namespaceSelector = the policy's own namespace; A-19: namespaces by their labels.
    const nsOk = pr.namespaceSelector === undefined ? w.namespace === polNs : sel(pr.namespaceSelector, cluster.namespaces.get(w.namespace)?.labels ?? {});
    return nsOk && (pr.podSelector === undefined || sel(pr.podSelector, w.labels));
  });
}

/** portsMatch of A.8 for every flow at once: the (protocol, port) set that `ports` lets through. */
function portsAllowed(ports: readonly PolicyPort[], portPod: ReferenceEndpoint): Conns {
  // no ports = every port of every protocol.
  if (ports.length === 0) return ALL_CONNS;
  const acc: Record<Protocol, [number, number][]> = { TCP: [], UDP: [], SCTP: [] };
  for (const pp of ports) {
    if (pp.port === undefined) acc[pp.protocol].push([ALL_PORTS[0]![0], ALL_PORTS[0]![1]]);
    else if (typeof pp.port === 'number') acc[pp.protocol].push([pp.port, pp.endPort ?? pp.port]);
    else if (portPod.kind === 'pod') {
      // the name resolves at the destination pod; name and protocol must agree.
      for (const c of portPod.workload.ports) if (c.name === pp.port && c.protocol === pp.protocol) acc[pp.protocol].push([c.port, c.port]);
    }
  }
  // Issue 11: every port number is every port (a stand-in's name resolves to one of them).
  const canonical = (r: [number, number][]) => {
    const n = normalizeRanges(r);
    return n.length && n[0]![0] === 1 && n[0]![1] >= 65535 ? ALL_PORTS : n;
  };
  return { TCP: canonical(acc.TCP), UDP: canonical(acc.UDP), SCTP: canonical(acc.SCTP) };
}

/** T-7, T-9, T-10: a tiered rule's peers: pods by namespace and pod labels; networks match externals, and 0.0.0.0/0 or ::/0 every pod. */
function tierPeersMatch(cluster: Cluster, rule: TierRule, peer: ReferenceEndpoint): boolean {
  if (rule.everyPeer) return true;
  return rule.peers.some((pr) => {
    if (pr.kind === 'ipBlock') return ipMatch(pr, peer) || (pr.allPods === true && peer.kind === 'pod' && !peer.workload.hostNetwork);
    if (peer.kind !== 'pod' || peer.workload.hostNetwork) return false;
    return sel(pr.namespaceSelector!, cluster.namespaces.get(peer.workload.namespace)?.labels ?? {}) && (pr.podSelector === undefined || sel(pr.podSelector, peer.workload.labels));
  });
}

/**
 * T-3, T-4: one tier's rules in order, at one peer: each rule takes the part of `open` that its
 * ports match; Accept allows it, Pass hands it on, Deny drops it.
 */
function walkTier(cluster: Cluster, rules: readonly TierRule[], peer: ReferenceEndpoint, portPod: ReferenceEndpoint, open: Conns): { accepted: Conns; passed: Conns; open: Conns } {
  let accepted = NO_CONNS;
  let passed = NO_CONNS;
  for (const r of rules) {
    if (!tierPeersMatch(cluster, r, peer)) continue;
    const m = intersectConns(portsAllowed(r.ports, portPod), open);
    open = subtractConns(open, m);
    if (r.action === 'Accept') accepted = unionConns(accepted, m);
    if (r.action === 'Pass') passed = unionConns(passed, m);
  }
  return { accepted, passed, open };
}

/**
 * T-2 … T-5: Admin tier, then NetworkPolicy (final when it isolates), then Baseline, then default
 * allow. C-9, C-10: Cilium denies take their part of what reaches the NetworkPolicy tier first.
 */
function dir(cluster: Cluster, d: Direction, subject: Workload, peer: ReferenceEndpoint, portPod: ReferenceEndpoint): Conns {
  const mine = (cluster.tieredPolicies ?? []).filter((p) => tierSubject(cluster, p, subject));
  const rulesOf = (tier: string) => mine.filter((p) => p.tier === tier).flatMap((p) => p[d]);
  const admin = walkTier(cluster, rulesOf('Admin'), peer, portPod, ALL_CONNS);
  const toNext = subtractConns(unionConns(admin.open, admin.passed), ciliumDenied(cluster, d, subject, peer, portPod));
  const np = npDir(cluster, d, subject, peer, portPod);
  if (np !== null) return unionConns(admin.accepted, intersectConns(toNext, np));
  const baseline = walkTier(cluster, rulesOf('Baseline'), peer, portPod, toNext);
  return unionConns(unionConns(admin.accepted, baseline.accepted), unionConns(baseline.open, baseline.passed));
}

/** T-7: the subject: pods of matching namespaces (and pod labels); never host-network pods. */
function tierSubject(cluster: Cluster, p: TieredPolicy, w: Workload): boolean {
  return !w.hostNetwork && sel(p.subject.namespaceSelector, cluster.namespaces.get(w.namespace)?.labels ?? {}) && (p.subject.podSelector === undefined || sel(p.subject.podSelector, w.labels));
}

/**
 * a v1 policy selects pods of its namespace; C-1, C-2: a Cilium rule, pods of the namespaces
 * its subject allows (its own for a CNP, any for a CCNP) whose labels match.
 */
function selects(cluster: Cluster, p: Policy, w: Workload): boolean {
  const nsOk = p.cilium ? sel(p.cilium.namespaceSelector, cluster.namespaces.get(w.namespace)?.labels ?? {}) : p.namespace === w.namespace;
  return nsOk && sel(p.podSelector, w.labels);
}

/**
 * The NetworkPolicy verdict of a direction, or null when no policy isolates the subject there.
 * C-5 … C-8: isolated when any selecting policy (v1, CNP or CCNP rule) puts it in default deny
 * there; then the allows of every selecting policy add up (C-7), those of a Cilium rule with
 * `enableDefaultDeny: false` too (C-6). A Cilium rule with no peers matches every peer (C-12);
 * its CIDRs match external addresses only (C-13).
 */
function npDir(cluster: Cluster, d: Direction, subject: Workload, peer: ReferenceEndpoint, portPod: ReferenceEndpoint): Conns | null {
  const P = cluster.policies.filter((p) => selects(cluster, p, subject));
  // A-10, C-5: isolated iff a selecting policy has this direction.
  if (!P.some((p) => p.types[d])) return null;
  // the union of every rule whose peers match, each with its own ports.
  let out = NO_CONNS;
  for (const p of P) for (const r of p[d]) if (peersMatch(cluster, r.peers, p.namespace, peer)) out = unionConns(out, portsAllowed(r.ports, portPod));
  return out;
}

/** C-9: what the deny rules of the Cilium policies that select the subject drop, whatever allows it. */
function ciliumDenied(cluster: Cluster, d: Direction, subject: Workload, peer: ReferenceEndpoint, portPod: ReferenceEndpoint): Conns {
  let out = NO_CONNS;
  for (const p of cluster.policies) {
    if (!p.cilium || !selects(cluster, p, subject)) continue;
    for (const r of d === 'ingress' ? p.cilium.denyIngress : p.cilium.denyEgress) if (peersMatch(cluster, r.peers, p.namespace, peer)) out = unionConns(out, portsAllowed(r.ports, portPod));
  }
  return out;
}

/**
 * What `src` may open to `dst` (A-12: egress of the source AND ingress of the destination). A-32:
 * an external end has no side of its own; A-31: a host-network pod is governed by no policy.
 */
export function referenceConns(cluster: Cluster, src: ReferenceEndpoint, dst: ReferenceEndpoint): Conns {
  const egress = src.kind !== 'pod' || src.workload.hostNetwork ? ALL_CONNS : dir(cluster, 'egress', src.workload, dst, dst);
  const ingress = dst.kind !== 'pod' || dst.workload.hostNetwork ? ALL_CONNS : dir(cluster, 'ingress', dst.workload, src, dst);
  return intersectConns(egress, ingress);
}
