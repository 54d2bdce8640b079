/**
 * The baseline the benchmark compares against: a per-pair diff the way existing analysers work,
 * evaluating every source × destination of both states with the reference evaluator (every pair ×
 * every policy) and comparing the results pair by pair.
 */
import type { DiffResult } from '../src/diff/compute-diff';
import { referenceConns, type ReferenceEndpoint } from '../test/support/reference-evaluator';
import { connsEqual, NO_CONNS } from '../src/model/conns';

/** Counts the changed ordered pairs of the diff's endpoints; should equal `changedPairCount(diff)`. */
export function referenceDiffCount(diff: DiffResult): number {
  const side = (which: 'base' | 'head'): (ReferenceEndpoint | null)[] =>
    diff.endpoints.map((e) => {
      if (e.kind === 'External') return { kind: 'external', family: e.range.family, address: e.range.lo };
      return e[which] < 0 ? null : { kind: 'pod', workload: (which === 'base' ? baseWorkload : headWorkload)(e.id) ?? e.workload };
    });
  const baseById = new Map(diff.base.cluster.workloads.map((w) => [`${w.namespace}/${w.name}[${w.kind}]`, w]));
  const headById = new Map(diff.head.cluster.workloads.map((w) => [`${w.namespace}/${w.name}[${w.kind}]`, w]));
  const baseWorkload = (id: string) => baseById.get(id);
  const headWorkload = (id: string) => headById.get(id);
  const b = side('base');
  const h = side('head');
  let changed = 0;
  const n = diff.endpoints.length;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const bi = b[i]!;
      const bj = b[j]!;
      const hi = h[i]!;
      const hj = h[j]!;
      if ((bi ?? hi)!.kind === 'external' && (bj ?? hj)!.kind === 'external') continue;
      const before = bi && bj ? referenceConns(diff.base.cluster, bi, bj) : NO_CONNS;
      const after = hi && hj ? referenceConns(diff.head.cluster, hi, hj) : NO_CONNS;
      if (!connsEqual(before, after)) changed++;
    }
  }
  return changed;
}
