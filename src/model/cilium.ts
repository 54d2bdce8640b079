import type { LabelSelector, Rule } from './types';

/**
 * Cilium policies (issue 14): `cilium.io/v2` CiliumNetworkPolicy (CNP, namespaced) and
 * CiliumClusterwideNetworkPolicy (CCNP). Each rule of `spec` / `specs` is read into a
 * NetworkPolicy-shaped `Policy` with this origin attached, so that every consumer of v1 policies
 * (classes, reach, diff, explanations, lint) takes them in. The C-ids are listed in README.md
 * ("Cilium policies").
 */
export type CiliumKind = 'CiliumNetworkPolicy' | 'CiliumClusterwideNetworkPolicy';

/** C-24: the list a rule stands in. */
export type CiliumSection = 'ingress' | 'ingressDeny' | 'egress' | 'egressDeny';

export interface CiliumOrigin {
  kind: CiliumKind;
  /** C-4: the position in `specs`, or null for `spec`. */
  spec: number | null;
  /**
   * C-1, C-2: the namespaces whose pods the subject may hold (by their labels, A-19): the
   * policy's own for a CNP, every namespace (narrowed by namespace label forms, C-3) for a CCNP.
   */
  namespaceSelector: LabelSelector;
  /** C-9: the deny rules, which win over every allow (`ingressDeny`, `egressDeny`). */
  denyIngress: readonly Rule[];
  denyEgress: readonly Rule[];
}

export interface CiliumRuleOrigin {
  section: CiliumSection;
  /** C-21: the L7 protocols of its `rules` (http, kafka, dns, l7); the analysis allows the L4 port. */
  l7: readonly string[];
}

/** `spec` or `specs[2]` (C-24). */
export function ciliumSpecLabel(spec: number | null): string {
  return spec === null ? 'spec' : `specs[${spec}]`;
}
