import { NAMESPACE_NAME_LABEL } from '../model/kube-names';
import { formatSelector, isEmptySelector, labelsKey, selectorMatches } from '../model/label-selector';
import type { Cluster, LabelSelector, Labels, SourceRef, StandsFor } from '../model/types';
import type { EndpointSelector, RulesConfig } from '../rules/types';
import { representativeLabels } from './representative-labels';

/** One stand-in to add to every state: where its representative pod lives and its labels. */
export interface StandInSpec {
  /** A namespace by name, or one that the manifests do not hold, with its labels. */
  namespace: { name: string } | { fresh: string; labels: Labels };
  /** The pod part of its id: `[all pods]` or `[pods with app=api]`. */
  name: string;
  labels: Labels;
  standsFor: StandsFor;
  /** What asked for it first: a policy's rule or a rule of the rules file. */
  source: SourceRef;
}

const NO_SOURCE: SourceRef = { file: '', line: 0 };

/**
 * The names a namespace selector pins through `kubernetes.io/metadata.name`, or null when
 * it pins none. A name listed twice is asked for twice, which `SpecSet.put` keeps once.
 */
function pinnedNames(sel: LabelSelector): string[] | null {
  let names: string[] | null = NAMESPACE_NAME_LABEL in sel.matchLabels ? [sel.matchLabels[NAMESPACE_NAME_LABEL]!] : null;
  for (const r of sel.matchExpressions) {
    if (r.key !== NAMESPACE_NAME_LABEL || r.operator !== 'In') continue;
    names = names === null ? [...r.values] : names.filter((n) => r.values.includes(n));
  }
  return names;
}

/** The namespace part of a stand-in's id for a namespace the manifests do not hold. */
export function freshNamespaceName(sel: LabelSelector): string {
  return isEmptySelector(sel) ? '[any namespace]' : `[namespace with ${formatSelector(sel)}]`;
}

/** Collects stand-ins, one per distinct (namespace, representative labels), first come first kept. */
class SpecSet {
  readonly byKey = new Map<string, StandInSpec>();
  /** Fresh namespaces by their labels, so that equal ones share one name. */
  private readonly freshByLabels = new Map<string, string>();

  /**
   * @param listed the namespaces of the states, each once
   * @param labelsOf a listed namespace's labels in each state that holds it
   */
  constructor(
    private readonly listed: readonly string[],
    private readonly labelsOf: (ns: string) => readonly Labels[],
  ) {}

  /** A stand-in for the pods `pods` selects (absent: all pods) in the namespaces `ns` selects. */
  add(ns: { name: string } | { selector: LabelSelector }, pods: LabelSelector | undefined, source: SourceRef): void {
    const labels = pods ? representativeLabels(pods) : {};
    if (!labels) return;
    const podPart: StandsFor['pods'] = pods && !isEmptySelector(pods) ? { selector: pods } : { all: true };
    const name = 'all' in podPart ? '[all pods]' : `[pods with ${formatSelector(podPart.selector)}]`;
    if ('name' in ns) return this.put(`n:${ns.name}`, { namespace: { name: ns.name }, name, labels, standsFor: { namespace: { name: ns.name }, pods: podPart }, source });
    const pinned = pinnedNames(ns.selector);
    if (pinned) {
      for (const n of pinned) this.add({ name: n }, pods, source);
      return;
    }
    // the selector also selects the listed namespaces whose labels it matches (in
    // either state), and they may run pods the manifests do not list: one stand-in in each.
    const sel = ns.selector;
    for (const n of this.listed) if (this.labelsOf(n).some((l) => selectorMatches(sel, l))) this.add({ name: n }, pods, source);
    const nsLabels = representativeLabels(ns.selector);
    if (!nsLabels) return;
    const lk = labelsKey(nsLabels);
    let fresh = this.freshByLabels.get(lk);
    if (fresh === undefined) this.freshByLabels.set(lk, (fresh = freshNamespaceName(ns.selector)));
    const standsFor: StandsFor = { namespace: isEmptySelector(ns.selector) ? { any: true } : { selector: ns.selector }, pods: podPart };
    this.put(`f:${lk}`, { namespace: { fresh, labels: { ...nsLabels, [NAMESPACE_NAME_LABEL]: fresh } }, name, labels, standsFor, source });
  }

  /** The pods that `pods` selects in every namespace, listed or not. */
  addEverywhere(pods: LabelSelector | undefined, source: SourceRef): void {
    this.add({ selector: { matchLabels: {}, matchExpressions: [] } }, pods, source);
    for (const n of this.listed) this.add({ name: n }, pods, source);
  }

  private put(nsKey: string, spec: StandInSpec): void {
    const key = `${nsKey}\u0000${labelsKey(spec.labels)}`;
    if (!this.byKey.has(key)) this.byKey.set(key, spec);
  }
}

/** A rule's `from` or `to`, when it could match pods that the manifests do not list. */
function addRuleSide(set: SpecSet, sel: EndpointSelector, source: SourceRef): void {
  // Named workloads and kinds are listed by definition; `any` (never with other fields) falls to
  // addEverywhere, whose [any namespace]/[all pods] and [all pods] per listed namespace are there already.
  if (sel.cidrs || sel.workloads || sel.kinds) return;
  if (sel.namespaces) for (const n of sel.namespaces) set.add({ name: n }, sel.labels, source);
  else if (sel.namespaceLabels) set.add({ selector: sel.namespaceLabels }, sel.labels, source);
  else set.addEverywhere(sel.labels, source);
}

/**
 * Issue 11: the stand-ins of a set of states (both sides of a diff share them, so they compare):
 * one per distinct policy peer (A-17: a peer without namespaceSelector is in the policy's
 * namespace; one that pins `kubernetes.io/metadata.name` is in those namespaces; any other
 * namespaceSelector stands for a namespace the manifests do not hold, with the selector's
 * representative labels, and in each listed namespace whose labels it matches), one per
 * rules-file selector that could match unlisted pods and per `namespaces:` entry, one for the unlisted pods of each namespace of the states, and
 * `[any namespace]/[all pods]` for any pod of a namespace the manifests do not hold. Sorted by id.
 */
export function standInSpecs(clusters: readonly Cluster[], rules: RulesConfig | null): StandInSpec[] {
  const listed = [...new Set(clusters.flatMap((c) => [...c.namespaces.keys()]))];
  const labelsOf = (ns: string): Labels[] => clusters.map((c) => c.namespaces.get(ns)?.labels).filter((l) => l !== undefined);
  const set = new SpecSet(listed, labelsOf);
  set.add({ selector: { matchLabels: {}, matchExpressions: [] } }, undefined, NO_SOURCE);
  for (const n of listed) set.add({ name: n }, undefined, NO_SOURCE);
  for (const n of Object.keys(rules?.namespaces ?? {})) set.add({ name: n }, undefined, NO_SOURCE);
  for (const r of rules?.rules ?? []) {
    addRuleSide(set, r.from, r.source);
    addRuleSide(set, r.to, r.source);
  }
  for (const c of clusters) {
    for (const p of c.policies) {
      // Issue 14: a Cilium policy's deny rules name peers too (C-9).
      for (const rule of [...p.ingress, ...p.egress, ...(p.cilium ? [...p.cilium.denyIngress, ...p.cilium.denyEgress] : [])]) {
        for (const peer of rule.peers) {
          if (peer.kind !== 'pods') continue;
          set.add(peer.namespaceSelector ? { selector: peer.namespaceSelector } : { name: p.namespace }, peer.podSelector, rule.source);
        }
      }
    }
  }
  // The order of the adds above only decides which source a stand-in keeps: the result goes by id
  // (namespace and pod part; distinct stand-ins have distinct ids, since both parts come from the
  // labels that key them).
  const byId = new Map([...set.byKey.values()].map((s) => [`${'name' in s.namespace ? s.namespace.name : s.namespace.fresh}/${s.name}`, s]));
  return [...byId.keys()].sort().map((k) => byId.get(k)!);
}
