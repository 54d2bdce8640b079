import type { Conns } from '../model/conns';
import type { EnvironmentSpec } from '../environments/types';
import type { IpRange, LabelSelector, Labels, SourceRef, WorkloadKind } from '../model/types';

/** A CIDR a rule names, as written and as the range it denotes. */
export interface RuleCidr {
  text: string;
  range: IpRange;
}

/**
 * Which endpoints a rule's `from` or `to` names; every field given must hold (AND). Fields of
 * workloads (namespaces, namespaceLabels, workloads, kinds, labels) never match an external
 * endpoint, and `cidrs` never matches a workload; the parser rejects selectors that mix the two.
 */
export interface EndpointSelector {
  /** Namespace names (workloads only). */
  namespaces?: readonly string[];
  /** A label selector on the labels of the workload's namespace (workloads only). */
  namespaceLabels?: LabelSelector;
  /** Workload names (workloads only). */
  workloads?: readonly string[];
  /** Workload kinds, e.g. Deployment (workloads only). */
  kinds?: readonly WorkloadKind[];
  /** A label selector on the pod template labels (workloads only). */
  labels?: LabelSelector;
  /** External addresses inside any of these CIDRs (external endpoints only). */
  cidrs?: readonly RuleCidr[];
  /** Every endpoint, workloads and external ranges (`any: true`; never with other fields). */
  any?: boolean;
}

export type RuleKind = 'forbid' | 'require';

/** A validated rule of the rules file. */
export interface FlowRule {
  name: string;
  kind: RuleKind;
  from: EndpointSelector;
  to: EndpointSelector;
  /** Null: any port (forbid: anything allowed violates; require: something must be allowed). */
  ports: Conns | null;
  /** The rule's entry in the rules file. */
  source: SourceRef;
  /** Issue 13: the environments it applies to; absent: all. */
  environments?: readonly string[];
}

/** The rules file (PRODUCT.md part 3), validated. */
export interface RulesConfig {
  defaultNamespace?: string;
  /** Labels of namespaces that have no Namespace manifest. */
  namespaces: Record<string, { labels: Labels }>;
  /** A-22 (option): the cluster's pod CIDRs; ipBlocks that hold them all also match pods. */
  podCidrs?: readonly RuleCidr[];
  /** Issue 11: stand-ins for unlisted pods (default true); false gives the listed-only result. */
  exposure?: boolean;
  /** In file order. */
  rules: FlowRule[];
  /** Issue 10: what objects that decide traffic but are not analysed do to the gate (default warn). */
  notAnalysed?: NotAnalysedMode;
  /** Issue 13: the environments to analyse; absent: detected (or the manifests as they are). */
  environments?: EnvironmentSpec[];
}

/** `warn`: a not-analysed policy object is reported; `fail`: it also fails the gate (exit 1). */
export type NotAnalysedMode = 'warn' | 'fail';

/**
 * A broken rule on a block of endpoint pairs: every source to every target (not a source to
 * itself, A-29), each breaking the rule on the same ports, all new or all pre-existing. Or a
 * broken rule on no pair at all (a rule that matches nothing).
 */
export interface Violation {
  rule: FlowRule;
  /**
   * Endpoint indices in the diff, sorted. Both empty for a require rule that applies to no pair
   * of endpoints in head (its `from` or `to` matches nothing), and for a forbid rule that names
   * workloads and applied to pairs in base but to none in head (a renamed workload): such a
   * rule must not pass quietly.
   */
  sources: number[];
  targets: number[];
  /** The endpoint pairs of the block (0 for a violation on no pair). */
  pairs: number;
  /** The offending connections: allowed-and-forbidden, or required-but-missing. */
  ports: Conns;
  /** Base did not have this violation (or had it on fewer ports). */
  isNew: boolean;
  message: string;
}
