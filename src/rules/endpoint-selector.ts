import type { DiffEndpoint } from '../diff/compute-diff';
import type { Reachability } from '../engine/compute-reachability';
import { NAMESPACE_NAME_LABEL } from '../model/kube-names';
import { rangeContains, rangesOverlap } from '../model/cidr';
import { formatSelector, selectorMatches } from '../model/label-selector';
import { workloadId, type Labels, type Namespace, type Workload } from '../model/types';
import type { EndpointSelector } from './types';

/** What a selector sees of one side (base or head) of a diff. */
export interface SideView {
  /** Class of each diff endpoint on this side; -1 where it does not exist. */
  classOf(e: DiffEndpoint): number;
  namespaces: ReadonlyMap<string, Namespace>;
  /** This side's version of each workload, by id: labels may differ between sides. */
  workloads: ReadonlyMap<string, Workload>;
  /** Namespaces that hold a listed workload (not only stand-ins, issue 11). */
  listedNamespaces: ReadonlySet<string>;
}

/** The view of one side of a diff. */
export function sideView(reach: Reachability, side: 'base' | 'head'): SideView {
  const workloads = new Map<string, Workload>();
  const listedNamespaces = new Set<string>();
  for (const w of reach.cluster.workloads) {
    workloads.set(workloadId(w), w);
    if (w.kind !== 'Unlisted') listedNamespaces.add(w.namespace);
  }
  return { classOf: (e) => e[side], namespaces: reach.cluster.namespaces, workloads, listedNamespaces };
}

function namespaceLabels(view: SideView, namespace: string): Labels {
  // every namespace carries kubernetes.io/metadata.name, even one that is only referenced.
  return view.namespaces.get(namespace)?.labels ?? { [NAMESPACE_NAME_LABEL]: namespace };
}

/**
 * Whether the selector matches the endpoint on one side. Every field given must hold; workload
 * fields never match an external range, and `cidrs` never matches a workload. An external range
 * matches when it overlaps a rule CIDR: the engine cuts address space at every rule CIDR
 * (ruleBoundaries), but the diff may merge neighbouring intervals of the same classes back into
 * one endpoint, and every address of such an endpoint allows the same, so the part inside the
 * CIDR behaves as the whole.
 */
export function matchesEndpoint(sel: EndpointSelector, e: DiffEndpoint, view: SideView): boolean {
  if (view.classOf(e) < 0) return false;
  if (sel.any) return true;
  if (e.kind === 'External') return sel.cidrs !== undefined && sel.cidrs.some((c) => rangesOverlap(c.range, e.range));
  if (sel.cidrs) return false;
  const w = view.workloads.get(e.id);
  if (!w) return false;
  if (sel.namespaces && !sel.namespaces.includes(w.namespace)) return false;
  if (sel.workloads && !sel.workloads.includes(w.name)) return false;
  // Issue 11: a stand-in is of no workload kind.
  if (sel.kinds && (w.kind === 'Unlisted' || !sel.kinds.includes(w.kind))) return false;
  if (sel.labels && !selectorMatches(sel.labels, w.labels)) return false;
  if (sel.namespaceLabels && !selectorMatches(sel.namespaceLabels, namespaceLabels(view, w.namespace))) return false;
  return true;
}

/**
 * Issue 11: whether a rule end may match a stand-in. A forbid rule is checked against every
 * stand-in its selector matches (a rule about namespace dev is broken when any pod in dev could
 * reach); a require rule only against stand-ins of a namespace it names that holds no listed
 * workload (else it would demand flows of pods that may not exist).
 */
export function mayMatchStandIn(kind: 'forbid' | 'require', sel: EndpointSelector, e: DiffEndpoint, view: SideView): boolean {
  if (e.kind !== 'Unlisted' || kind === 'forbid') return true;
  return sel.namespaces !== undefined && sel.namespaces.includes(e.namespace) && !view.listedNamespaces.has(e.namespace);
}

/**
 * How a violation names an endpoint: its id, and for an external range that reaches beyond the
 * selector's CIDRs, the part of it that the rule is about.
 */
export function endpointLabel(sel: EndpointSelector, e: DiffEndpoint): string {
  if (e.kind !== 'External' || !sel.cidrs || sel.cidrs.some((c) => rangeContains(c.range, e.range))) return e.id;
  const inside = sel.cidrs.filter((c) => rangesOverlap(c.range, e.range)).map((c) => c.text);
  return `${e.id} (the addresses in ${inside.join(', ')})`;
}

/** `namespace prod, workload api`, for messages. */
export function describeSelector(sel: EndpointSelector): string {
  if (sel.any) return 'any endpoint';
  const parts: string[] = [];
  const list = (what: string, xs: readonly string[]) => `${what} ${xs.join(' or ')}`;
  if (sel.namespaces) parts.push(list('namespace', sel.namespaces));
  if (sel.namespaceLabels) parts.push(`namespace labels ${formatSelector(sel.namespaceLabels)}`);
  if (sel.workloads) parts.push(list('workload', sel.workloads));
  if (sel.kinds) parts.push(list('kind', sel.kinds));
  if (sel.labels) parts.push(`labels ${formatSelector(sel.labels)}`);
  if (sel.cidrs) parts.push(list('cidr', sel.cidrs.map((c) => c.text)));
  return parts.join(', ');
}
