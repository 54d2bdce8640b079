import type { Conns } from '../model/conns';
import { workloadId, type Diagnostic } from '../model/types';
import type { Reachability } from './compute-reachability';
import type { Endpoint } from './endpoint';
import { mergeExternals } from './merge-externals';

/** An endpoint of one state, with its class in that state's reachability. */
export type ResultEndpoint = Endpoint & { cls: number };

export interface ReachResult {
  endpoints: ResultEndpoint[];
  /** The endpoints of each class (indices into `endpoints`, ascending); flowBlocks and flowPairs read the flows from them. */
  classMembers: number[][];
  diagnostics: readonly Diagnostic[];
  reach: Reachability;
}

/** Flows of one class pair: every source to every target (not itself, A-29) allows `conns`. */
export interface FlowBlock {
  sources: number[];
  targets: number[];
  /** The interned id of `conns` in the reachability's table. */
  id: number;
  conns: Conns;
}

/** The endpoints of a state: its workloads, then external ranges merged where no policy tells them apart. */
function reachEndpoints(reach: Reachability): ResultEndpoint[] {
  const { classification, cluster } = reach;
  const out: ResultEndpoint[] = cluster.workloads.map((w, i) => ({
    id: workloadId(w),
    kind: w.kind,
    namespace: w.namespace,
    name: w.name,
    hostNetwork: w.hostNetwork,
    workload: w,
    cls: classification.workloadClass[i]!,
  }));
  for (const e of mergeExternals(classification.intervals, (i) => classification.intervalClass[i]!)) {
    out.push({ id: e.id, kind: 'External', cidrs: e.cidrs, range: e.range, cls: classification.intervalClass[e.parts[0]!]! });
  }
  return out;
}

export function buildReachResult(reach: Reachability): ReachResult {
  const endpoints = reachEndpoints(reach);
  const classMembers: number[][] = reach.classification.classes.map(() => []);
  endpoints.forEach((e, i) => classMembers[e.cls]!.push(i));
  return { endpoints, classMembers, diagnostics: reach.cluster.diagnostics, reach };
}

/**
 * The flows as blocks, one per pair of classes that allows something (not two external classes;
 * no block of a one-member class with itself): as many as class pairs, never one per endpoint pair.
 */
export function flowBlocks(r: ReachResult): FlowBlock[] {
  const { reach, classMembers } = r;
  const external = (c: number) => reach.classification.classes[c]!.external;
  const out: FlowBlock[] = [];
  // Every class has a member: classify makes classes of workloads and of external intervals only,
  // and the intervals merged into one endpoint share their class.
  for (let a = 0; a < classMembers.length; a++) {
    const sources = classMembers[a]!;
    for (let b = 0; b < classMembers.length; b++) {
      const targets = classMembers[b]!;
      if ((external(a) && external(b)) || (a === b && sources.length < 2)) continue;
      const id = reach.classConnsId(a, b);
      if (id !== 0) out.push({ sources, targets, id, conns: reach.table.get(id) });
    }
  }
  return out;
}

/**
 * Every ordered pair of distinct endpoints, not both external, that allows something, in source
 * then target order, one at a time (for the per-pair text and for `--format ndjson`).
 */
export function* flowPairs(r: ReachResult): Generator<{ from: number; to: number; conns: Conns }> {
  const { endpoints, reach } = r;
  for (let i = 0; i < endpoints.length; i++) {
    const a = endpoints[i]!;
    for (let j = 0; j < endpoints.length; j++) {
      const b = endpoints[j]!;
      // a pod cannot block itself; self pairs are not flows.
      if (i === j || (a.kind === 'External' && b.kind === 'External')) continue;
      const id = reach.classConnsId(a.cls, b.cls);
      if (id !== 0) yield { from: i, to: j, conns: reach.table.get(id) };
    }
  }
}
