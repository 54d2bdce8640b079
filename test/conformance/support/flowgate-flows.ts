import { changedPairs } from '../../../src/diff/change-pairs';
import type { DiffResult } from '../../../src/diff/compute-diff';
import { flowPairs, type ReachResult } from '../../../src/engine/reach-result';
import { connSet, EMPTY_CONNS, formatConnSet } from './conn-set';
import { diffValue, UNCHANGED } from './np-guard-diff-lines';
import { FlowCollector, ipv4Intervals, type FlowsByMeaning, type NpGuardPeer } from './np-guard-flows';

type EndpointLike = { id: string; kind: string; cidrs?: readonly string[] };

function peerOf(e: EndpointLike): NpGuardPeer {
  // Workload ids are `ns/name[Kind]`, np-guard's own form; externals keep their IPv4 part only.
  return e.kind === 'External' ? { ranges: ipv4Intervals(e.cidrs ?? []) } : { workload: e.id };
}

function finish(c: FlowCollector, unset: string): FlowsByMeaning {
  if (c.problems.length) throw new Error(c.problems.join('; '));
  return c.result(unset);
}

/** flowgate's reachability as np-guard's `list` would mean it. */
export function flowsOfReach(r: ReachResult): FlowsByMeaning {
  const c = new FlowCollector();
  for (const f of flowPairs(r)) c.add(peerOf(r.endpoints[f.from]!), peerOf(r.endpoints[f.to]!), formatConnSet(connSet(f.conns)));
  return finish(c, formatConnSet(EMPTY_CONNS));
}

/** flowgate's diff as np-guard's `diff` would mean it, with workload presence as its diff info. */
export function flowsOfDiff(d: DiffResult): FlowsByMeaning {
  const c = new FlowCollector();
  for (const ch of changedPairs(d)) {
    const ends = [d.endpoints[ch.from]!, d.endpoints[ch.to]!];
    const info = ends.flatMap((e) => (e.kind !== 'External' && e.presence !== 'both' ? [`${e.id} ${e.presence}`] : []));
    const value = diffValue(formatConnSet(connSet(ch.group.before)), formatConnSet(connSet(ch.group.after)), info);
    c.add(peerOf(ends[0]!), peerOf(ends[1]!), value);
  }
  return finish(c, UNCHANGED);
}
