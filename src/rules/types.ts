import type { Conns } from '../model/port-set';
import type { LabelSelector, SourceRef } from '../model/types';

/** Which endpoints a rule's `from` or `to` names; every field given must hold (AND). */
export interface EndpointSelector {
  /** Namespace names (workloads only). */
  namespaces?: readonly string[];
  /** A label selector on the namespace's labels (workloads only). */
  namespaceLabels?: LabelSelector;
  /** Workload name (workloads only). */
  workload?: string;
  /** Workload kind, e.g. Deployment (workloads only). */
  kind?: string;
  /** A label selector on the pod template labels (workloads only). */
  labels?: LabelSelector;
  /** External addresses inside these CIDRs (external endpoints only). */
  cidrs?: readonly { text: string; range: import('../model/types').IpRange }[];
  /** Every endpoint. */
  any?: boolean;
}

export interface FlowRule {
  name: string;
  kind: 'forbid' | 'require';
  from: EndpointSelector;
  to: EndpointSelector;
  /** Null: any port (forbid) / at least one connection (require). */
  ports: Conns | null;
  source: SourceRef;
}

/** The rules file (PRODUCT.md part 3), validated. */
export interface RulesConfig {
  defaultNamespace?: string;
  namespaces: Record<string, { labels: Record<string, string> }>;
  rules: FlowRule[];
}

export interface Violation {
  rule: FlowRule;
  /** Endpoint indices in the diff; null for a require rule that matches no pair at all. */
  from: number | null;
  to: number | null;
  /** The offending connections: allowed-and-forbidden, or required-but-missing. */
  ports: Conns;
  /** Base did not have this violation. */
  isNew: boolean;
  message: string;
}
