import { computeReachability, type Reachability } from '../engine/compute-reachability';
import { ConnsTable } from '../model/conns-table';
import type { Cluster, IpRange } from '../model/types';
import { compareMatrices } from './compare-matrices';
import { matchEndpoints } from './match-endpoints';
import type { DiffResult } from './types';

export type { Because, ChangeGroup, ChangeKind, DiffEndpoint, DiffResult, JointClass, Presence } from './types';

export interface DiffOptions {
  /** Extra cuts of the address space, e.g. the CIDRs that rules name. */
  boundaries?: readonly IpRange[];
  /** A-22 (option): pod address ranges, so that ipBlocks that hold them match pods too. */
  podCidrs?: readonly IpRange[];
}

function ipBoundaries(c: Cluster): IpRange[] {
  const out: IpRange[] = [];
  // C-9: a Cilium policy's deny rules cut it as well.
  for (const p of c.policies) for (const r of [...p.ingress, ...p.egress, ...(p.cilium ? [...p.cilium.denyIngress, ...p.cilium.denyEgress] : [])]) for (const peer of r.peers) if (peer.kind === 'ipBlock') out.push(...peer.ranges);
  // T-9: tiered `networks` cut the address space too.
  for (const p of c.tieredPolicies ?? []) for (const r of [...p.ingress, ...p.egress]) for (const peer of r.peers) if (peer.kind === 'ipBlock') out.push(...peer.ranges);
  return out;
}

/**
 * Compares two states. Both are cut at the address boundaries of both (and of `boundaries`), so
 * external ranges compare exactly; unchanged inputs give no change whatever their order.
 */
export function computeDiff(baseCluster: Cluster, headCluster: Cluster, options: DiffOptions = {}): DiffResult {
  const boundaries = diffBoundaries(baseCluster, headCluster, options);
  // One table for both states: equal sets get equal ids, so pairs compare as numbers.
  const table = new ConnsTable();
  const podCidrs = options.podCidrs ?? [];
  const base = computeReachability(baseCluster, { boundaries, table, podCidrs });
  const head = computeReachability(headCluster, { boundaries, table, podCidrs });
  return diffReachability(base, head, options.boundaries);
}

/** The address cuts both states of a diff share: every ipBlock of either side, plus `options.boundaries`. */
export function diffBoundaries(baseCluster: Cluster, headCluster: Cluster, options: DiffOptions = {}): IpRange[] {
  return [...ipBoundaries(baseCluster), ...ipBoundaries(headCluster), ...(options.boundaries ?? [])];
}

/**
 * The diff of two reachabilities computed with the same `diffBoundaries` (computeDiff without the
 * engine, so that callers can time or reuse the stages): match endpoints, then compare the
 * matrices and explain the changes.
 */
export function diffReachability(base: Reachability, head: Reachability, keepCuts: readonly IpRange[] = []): DiffResult {
  const matched = matchEndpoints(base, head, keepCuts);
  const groups = compareMatrices(base, head, matched);
  const diagnostics = [
    ...base.cluster.diagnostics.map((d) => ({ ...d, side: 'base' as const })),
    ...head.cluster.diagnostics.map((d) => ({ ...d, side: 'head' as const })),
  ];
  return { ...matched, groups, base, head, diagnostics };
}
