import type { Conns } from '../model/conns';
import { workloadId, type Diagnostic } from '../model/types';
import type { Reachability } from './compute-reachability';
import type { Endpoint } from './endpoint';
import { mergeExternals } from './merge-externals';

/** An endpoint of one state, with its class in that state's reachability. */
export type ResultEndpoint = Endpoint & { cls: number };

export interface ReachResult {
  endpoints: ResultEndpoint[];
  /** Every ordered pair of distinct endpoints, not both external, that allows something. */
  flows: { from: number; to: number; conns: Conns }[];
  diagnostics: readonly Diagnostic[];
  reach: Reachability;
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
  const flows: ReachResult['flows'] = [];
  endpoints.forEach((a, i) => {
    endpoints.forEach((b, j) => {
      // a pod cannot block itself; self pairs are not flows.
      if (i === j || (a.kind === 'External' && b.kind === 'External')) return;
      const id = reach.classConnsId(a.cls, b.cls);
      if (id !== 0) flows.push({ from: i, to: j, conns: reach.table.get(id) });
    });
  });
  return { endpoints, flows, diagnostics: reach.cluster.diagnostics, reach };
}
