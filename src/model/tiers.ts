import type { Direction, LabelSelector, Peer, PolicyPort, SourceRef } from './types';

/**
 * Tiered cluster policies: ClusterNetworkPolicy (policy.networking.k8s.io/v1alpha2, and v1beta1
 * with the same schema) and the v1alpha1 AdminNetworkPolicy / BaselineAdminNetworkPolicy, read
 * into one model (T-1). The T-ids are listed in README.md ("Tiered cluster policies").
 */
export type Tier = 'Admin' | 'Baseline';

/** T-4: `Accept` ends the evaluation and allows; v1alpha1 `Allow` is read as Accept (T-13). */
export type TierAction = 'Accept' | 'Deny' | 'Pass';

export type TieredKind = 'ClusterNetworkPolicy' | 'AdminNetworkPolicy' | 'BaselineAdminNetworkPolicy';

/** T-6: the pods a tiered policy applies to: pods of namespaces that match, and of those, pods that match. */
export interface TierSubject {
  namespaceSelector: LabelSelector;
  /** Absent: `subject.namespaces` (every pod of those namespaces). */
  podSelector?: LabelSelector;
}

export interface TierRule {
  direction: Direction;
  action: TierAction;
  /**
   * T-7: `namespaces`/`pods` peers (a pods peer whose namespaceSelector is always set) and
   * `networks` (ipBlock peers, T-9). Unlike NetworkPolicy v1, an empty list matches nothing: the
   * API requires at least one peer, and peers flowgate cannot analyse are left out (T-8, T-10).
   */
  peers: readonly Peer[];
  /** T-10: a Deny or Pass rule with a peer of unknown fields is read as a Deny of all traffic. */
  everyPeer: boolean;
  /** Empty = every port of every protocol (T-11: `protocols` absent). */
  ports: readonly PolicyPort[];
  /** The rule's `name`, when written. */
  name?: string;
  /** Position of the rule in its list (0-based; "rule 2" in messages is index 1). */
  index: number;
  source: SourceRef;
}

export interface TieredPolicy {
  kind: TieredKind;
  apiVersion: string;
  name: string;
  tier: Tier;
  /** T-3: 0–1000, a lower number is evaluated first. */
  priority: number;
  subject: TierSubject;
  ingress: readonly TierRule[];
  egress: readonly TierRule[];
  source: SourceRef;
}

/** `cnp/name`, `anp/name` or `banp/name`: how reports name a tiered policy. */
export function tieredPolicyId(p: Pick<TieredPolicy, 'kind' | 'name'>): string {
  return `${p.kind === 'ClusterNetworkPolicy' ? 'cnp' : p.kind === 'AdminNetworkPolicy' ? 'anp' : 'banp'}/${p.name}`;
}

/**
 * T-2, T-3, T-14: the evaluation order: Admin before Baseline, then priority ascending; equal
 * priorities (ambiguous in the API, a lint warning) fall back to the policy id, so the result
 * does not depend on the order of files.
 */
export function compareTiered(a: TieredPolicy, b: TieredPolicy): number {
  if (a.tier !== b.tier) return a.tier === 'Admin' ? -1 : 1;
  if (a.priority !== b.priority) return a.priority - b.priority;
  const ia = tieredPolicyId(a);
  const ib = tieredPolicyId(b);
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}
