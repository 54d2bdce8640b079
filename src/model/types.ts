import type { CiliumOrigin, CiliumRuleOrigin } from './cilium';
import type { TieredPolicy } from './tiers';

/** The three protocols NetworkPolicy is defined for. */
export type Protocol = 'TCP' | 'UDP' | 'SCTP';
export const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];

/** Where an object or field came from: a repository-relative file and a 1-based line. */
export interface SourceRef {
  file: string;
  line: number;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * Bad or doubtful user input, as data (STYLE.md: errors are data). The analysis goes on and
 * reports it; `code` is a stable identifier that tests and tools can rely on.
 */
export interface Diagnostic {
  severity: Severity;
  code: string;
  file: string;
  line: number;
  message: string;
  /** Which side of a diff the input came from, when there are two. */
  side?: 'base' | 'head';
}

export type Labels = Readonly<Record<string, string>>;

export type SelectorOperator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';

export interface Requirement {
  key: string;
  operator: SelectorOperator;
  values: readonly string[];
}

/** A validated metav1.LabelSelector: matchLabels and matchExpressions, all ANDed. */
export interface LabelSelector {
  matchLabels: Labels;
  matchExpressions: readonly Requirement[];
}

export const WORKLOAD_KINDS = [
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

export interface ContainerPort {
  name?: string;
  /** 1-65535; at a stand-in, the atom of its name (issue 11, model/named-ports.ts). */
  port: number;
  protocol: Protocol;
}

/**
 * Issue 11: what a stand-in endpoint ("unlisted pods") stands for: pods that the manifests do not
 * list, in a namespace given by name, by a label selector, or any namespace not in the manifests;
 * with pod labels given by a selector, or any pods.
 */
export interface StandsFor {
  namespace: { name: string } | { selector: LabelSelector } | { any: true };
  pods: { selector: LabelSelector } | { all: true };
}

/**
 * A workload as policies see it: the labels and ports of its pod template. A stand-in
 * (kind `Unlisted`, issue 11) is a representative pod built from what it stands for.
 */
export interface Workload {
  kind: WorkloadKind | 'Unlisted';
  namespace: string;
  name: string;
  labels: Labels;
  ports: readonly ContainerPort[];
  /** policy behaviour is undefined for host-network pods. */
  hostNetwork: boolean;
  source: SourceRef;
  /** Set on stand-ins only (kind `Unlisted`). */
  standsFor?: StandsFor;
}

export interface Namespace {
  name: string;
  /** Includes `kubernetes.io/metadata.name`. */
  labels: Labels;
  /** Absent for a namespace that is only referenced by other objects. */
  source?: SourceRef;
}

/** An address range, inclusive, in one family (A-23: families never mix). */
export interface IpRange {
  family: 4 | 6;
  lo: bigint;
  hi: bigint;
}

export type Peer =
  | {
      kind: 'pods';
      /** Absent = not specified: with a namespaceSelector, every pod of those namespaces. */
      podSelector?: LabelSelector;
      /** Absent = the policy's own namespace. */
      namespaceSelector?: LabelSelector;
    }
  | {
      kind: 'ipBlock';
      cidr: string;
      except: readonly string[];
      /** cidr minus every except, as disjoint sorted ranges. */
      ranges: readonly IpRange[];
      /** T-9: a tiered policy's `networks` entry 0.0.0.0/0 or ::/0 matches every pod too. */
      allPods?: boolean;
      /** C-13: a Cilium CIDR or `world` entity: external addresses only, whatever the pod CIDRs (A-22 does not apply). */
      externalOnly?: boolean;
    };

export interface PolicyPort {
  /** defaults to TCP. */
  protocol: Protocol;
  /** Absent = every port of the protocol. */
  port?: number | string;
  /** inclusive; only with a numeric port. */
  endPort?: number;
}

export type Direction = 'ingress' | 'egress';

export interface Rule {
  direction: Direction;
  /** Empty = every peer, external ones included. */
  peers: readonly Peer[];
  /** Empty = every port of every protocol. */
  ports: readonly PolicyPort[];
  /** Position of the rule in its list. */
  index: number;
  source: SourceRef;
  /** C-24: set on a Cilium rule: its section and the L7 rules it carries (C-21). */
  cilium?: CiliumRuleOrigin;
}

/** A networking.k8s.io/v1 NetworkPolicy after defaulting and validation. */
export interface Policy {
  namespace: string;
  name: string;
  podSelector: LabelSelector;
  /** defaulted policyTypes, as a set. */
  types: { ingress: boolean; egress: boolean };
  /** A-3e: policyTypes was not written in the manifest. */
  implicitTypes: boolean;
  /** Only the rules of directions in `types` (A-3f). */
  ingress: readonly Rule[];
  egress: readonly Rule[];
  source: SourceRef;
  /**
   * C-1 … C-9: set on one rule (`spec` or an entry of `specs`) of a CiliumNetworkPolicy or
   * CiliumClusterwideNetworkPolicy, read into this shape: `types` says which directions it puts
   * in default deny (C-5, C-6), `ingress`/`egress` hold its allow rules, and `cilium` its deny
   * rules and the namespaces its subject may be in.
   */
  cilium?: CiliumOrigin;
}

/** One state of the cluster as the manifests describe it. */
export interface Cluster {
  namespaces: ReadonlyMap<string, Namespace>;
  workloads: readonly Workload[];
  policies: readonly Policy[];
  /** T-1: ClusterNetworkPolicy, AdminNetworkPolicy and BaselineAdminNetworkPolicy objects; absent = none. */
  tieredPolicies?: readonly TieredPolicy[];
  diagnostics: readonly Diagnostic[];
}

export function workloadId(w: Pick<Workload, 'namespace' | 'name' | 'kind'>): string {
  // Issue 11: a stand-in's readable id, e.g. `[any namespace]/[all pods]`; no workload name has brackets.
  if (w.kind === 'Unlisted') return `${w.namespace}/${w.name}`;
  return `${w.namespace}/${w.name}[${w.kind}]`;
}

export function policyId(p: Pick<Policy, 'namespace' | 'name' | 'cilium'>): string {
  // C-24: Cilium policies are named apart from v1 ones (a CNP and a NetworkPolicy may share a name).
  if (p.cilium) return p.cilium.kind === 'CiliumNetworkPolicy' ? `cilium/${p.namespace}/${p.name}` : `ccnp/${p.name}`;
  return `${p.namespace}/${p.name}`;
}

/** A file's path (relative, with `/`) and its text. */
export interface SourceFile {
  path: string;
  text: string;
  /**
   * Issue 13: set on part of a render tool's output (documents that `path` produced): the line
   * of the text's first line in the tool's stream, which lines count from. Rendered output is
   * never a template to render.
   */
  firstLine?: number;
}

/** Which violations fail the gate: new ones, any, or none. */
export type FailOn = 'new' | 'any' | 'never';
