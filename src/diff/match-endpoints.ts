import type { Reachability } from '../engine/compute-reachability';
import { mergeExternals } from '../engine/merge-externals';
import { workloadId, type IpRange, type Workload } from '../model/types';
import type { DiffEndpoint, JointClass, Presence } from './types';

/** The endpoints of both sides, and the joint classes they fall in. */
export interface MatchedEndpoints {
  endpoints: DiffEndpoint[];
  jointClasses: JointClass[];
}

/**
 * Stage 1 of a diff: workloads of both sides matched by id (sorted), then the external ranges
 * that both states treat alike merged into one endpoint each; every endpoint joins the joint
 * class of its (base class, head class).
 */
export function matchEndpoints(base: Reachability, head: Reachability, keepCuts: readonly IpRange[]): MatchedEndpoints {
  const jointClasses: JointClass[] = [];
  const jointByKey = new Map<string, number>();
  const joint = (b: number, h: number, member: number) => {
    const k = `${b}:${h}`;
    let j = jointByKey.get(k);
    if (j === undefined) {
      j = jointClasses.length;
      jointByKey.set(k, j);
      jointClasses.push({ base: b, head: h, members: [] });
    }
    jointClasses[j]!.members.push(member);
    return j;
  };

  const endpoints: DiffEndpoint[] = [];
  const byId = workloadsById(base, head);
  for (const id of [...byId.keys()].sort()) {
    const { w, base: b, head: h } = byId.get(id)!;
    const presence: Presence = b < 0 ? 'added' : h < 0 ? 'removed' : 'both';
    endpoints.push({ id, kind: w.kind, namespace: w.namespace, name: w.name, presence, hostNetwork: w.hostNetwork, workload: w, base: b, head: h, joint: joint(b, h, endpoints.length) });
  }
  const bi = base.classification.intervalClass;
  const hi = head.classification.intervalClass;
  // Touching ranges that both states treat alike are one endpoint, except across `keepCuts` (the
  // CIDRs rules name): an endpoint is then wholly inside or outside each rule's CIDR.
  const segment = cutSegments(base.classification.intervals, keepCuts);
  for (const e of mergeExternals(base.classification.intervals, (i) => `${bi[i]}:${hi[i]}:${segment[i]}`)) {
    const b = bi[e.parts[0]!]!;
    const h = hi[e.parts[0]!]!;
    endpoints.push({ id: e.id, kind: 'External', cidrs: e.cidrs, range: e.range, presence: 'both', base: b, head: h, joint: joint(b, h, endpoints.length) });
  }
  return { endpoints, jointClasses };
}

/** Each workload of either side by id, with its class on each side (-1 where absent; head's version wins). */
function workloadsById(base: Reachability, head: Reachability): Map<string, { w: Workload; base: number; head: number }> {
  const byId = new Map<string, { w: Workload; base: number; head: number }>();
  base.cluster.workloads.forEach((w, i) => byId.set(workloadId(w), { w, base: base.classification.workloadClass[i]!, head: -1 }));
  head.cluster.workloads.forEach((w, i) => {
    const id = workloadId(w);
    const e = byId.get(id);
    const cls = head.classification.workloadClass[i]!;
    if (e) {
      e.head = cls;
      e.w = w;
    } else byId.set(id, { w, base: -1, head: cls });
  });
  return byId;
}

/** For each sorted interval, how many of the cut points (starts and ends of `cuts`) lie at or below its start. */
function cutSegments(intervals: readonly IpRange[], cuts: readonly IpRange[]): Int32Array {
  const points = new Set<string>();
  for (const c of cuts) {
    points.add(`${c.family}:${c.lo}`);
    points.add(`${c.family}:${c.hi + 1n}`);
  }
  const out = new Int32Array(intervals.length);
  let seg = 0;
  intervals.forEach((r, i) => {
    if (points.has(`${r.family}:${r.lo}`)) seg++;
    out[i] = seg;
  });
  return out;
}
