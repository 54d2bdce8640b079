import { type Conns, connsKey, isEmptyConns, NO_CONNS, unionConns } from '../../model/conns';
import type { ReachResult } from '../../engine/reach-result';

/** One direction of a workload's exposure (issue 11; np-guard's `list --exposure`). */
export interface DirectionExposure {
  /** Towards (egress) or from (ingress) any pod of any namespace: the `[any namespace]/[all pods]` stand-in. */
  cluster: Conns;
  /** Towards or from at least one external address: the union over the external ranges. */
  external: Conns;
  /** A policy isolates the workload in this direction (A-10, T-7); np-guard's "not protected" otherwise. */
  isolated: boolean;
}

/** Listed workloads with the same exposure, in endpoint order. */
export interface ExposureGroup {
  workloads: number[];
  ingress: DirectionExposure;
  egress: DirectionExposure;
}

/** Whether an endpoint is the stand-in for any pod of a namespace that the manifests do not hold. */
function isWholeCluster(e: ReachResult['endpoints'][number]): boolean {
  const s = e.kind === 'Unlisted' ? e.workload.standsFor : undefined;
  return s !== undefined && 'any' in s.namespace && 'all' in s.pods;
}

/**
 * Issue 11: per listed workload, what the whole cluster and external addresses may open to it
 * (ingress) and it to them (egress), and whether a policy isolates it in each direction; workloads
 * with the same exposure form one group (a large repository stays readable). Null when the state
 * has no stand-ins (exposure off): "the whole cluster" is then unknown.
 */
export function computeExposure(r: ReachResult): ExposureGroup[] | null {
  const any = r.endpoints.findIndex(isWholeCluster);
  if (any < 0) return null;
  const { reach } = r;
  const classes = reach.classification.classes;
  const externals = [...new Set(r.endpoints.filter((e) => e.kind === 'External').map((e) => e.cls))];
  const anyCls = r.endpoints[any]!.cls;
  const groups = new Map<string, ExposureGroup>();
  r.endpoints.forEach((e, i) => {
    if (e.kind === 'External' || e.kind === 'Unlisted') return;
    const c = classes[e.cls]!;
    const union = (f: (x: number) => Conns) => externals.map(f).reduce(unionConns, NO_CONNS);
    // a NetworkPolicy isolates the directions of its types; T-7: a tiered policy with rules of a direction applies to it.
    const isolated = (dir: 'ingress' | 'egress') => c.subjectOf.some((p) => p.types[dir]) || c.tierSubjectOf.some((p) => p[dir].length > 0);
    const g: Omit<ExposureGroup, 'workloads'> = {
      ingress: { cluster: reach.classConns(anyCls, e.cls), external: union((x) => reach.classConns(x, e.cls)), isolated: isolated('ingress') },
      egress: { cluster: reach.classConns(e.cls, anyCls), external: union((x) => reach.classConns(e.cls, x)), isolated: isolated('egress') },
    };
    const key = [g.ingress, g.egress].map((d) => `${connsKey(d.cluster)}/${connsKey(d.external)}/${d.isolated}`).join('|');
    const found = groups.get(key);
    if (found) found.workloads.push(i);
    else groups.set(key, { workloads: [i], ...g });
  });
  return [...groups.values()];
}

/** Whether a group is exposed at all: some flow with the whole cluster or an external address, or a direction no policy isolates. */
export function isExposed(g: ExposureGroup): boolean {
  return [g.ingress, g.egress].some((d) => !d.isolated || !isEmptyConns(d.cluster) || !isEmptyConns(d.external));
}
