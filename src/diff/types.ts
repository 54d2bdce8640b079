import type { ExternalEndpoint, WorkloadEndpoint } from '../engine/endpoint';
import type { Reachability } from '../engine/compute-reachability';
import type { Conns } from '../model/conns';
import type { Diagnostic, Direction } from '../model/types';
import type { CiliumKind, CiliumSection } from '../model/cilium';

export type Presence = 'both' | 'added' | 'removed';

/**
 * An endpoint of either side (engine/endpoint.ts), with its classes on both: workloads match
 * across sides by namespace, kind and name; external ranges exist on both sides.
 */
export type DiffEndpoint = {
  /** Class in the base and head states; -1 where the endpoint does not exist. */
  base: number;
  head: number;
  /** Index of its joint class (same base class and same head class). */
  joint: number;
} & ((WorkloadEndpoint & { presence: Presence }) | (ExternalEndpoint & { presence: 'both' }));

/** A set of endpoints with the same base class and the same head class. */
export interface JointClass {
  base: number;
  head: number;
  /** Indices into the diff's endpoints. */
  members: number[];
}

export type ChangeKind = 'opened' | 'closed' | 'widened' | 'narrowed' | 'changed';

/** One policy behind a change, with the line a reviewer should look at. */
export interface Because {
  policy: string;
  file: string;
  line: number;
  side: 'base' | 'head';
  direction: Direction;
  /** allows: a rule of it allows the opened ports now; isolates: it selects the endpoint and no
   * rule allows the closed ports; allowed-before: a rule of it allowed the closed ports in base;
   * denies: a tiered Deny rule drops the closed ports (T-4); passes: a tiered Pass rule hands the
   * ports to the next tier, whose entries follow it (T-4). */
  role: 'allows' | 'isolates' | 'allowed-before' | 'denies' | 'passes';
  /** T-2: set for a tiered cluster policy's rule (Admin or Baseline); absent for a NetworkPolicy. */
  tier?: 'Admin' | 'Baseline';
  /** The tiered rule's action (T-4) and its 1-based number in its list. */
  action?: 'Accept' | 'Deny' | 'Pass';
  rule?: number;
  /** C-24: set for a Cilium policy: its kind, which rule of it (`spec` or `specs[i]`), and for a rule its section and 1-based number (in `rule`). */
  cilium?: CiliumBecause;
}

export interface CiliumBecause {
  kind: CiliumKind;
  spec: string;
  section?: CiliumSection;
  /** C-21: the L7 protocols the rule filters on top of the L4 port. */
  l7?: readonly string[];
}

/**
 * A change of a rectangle of joint classes: every endpoint pair from a member of a source class to
 * a member of a target class (not an endpoint to itself, A-29) changes alike, for the same reasons.
 */
export interface ChangeGroup {
  /** Joint classes, ascending. */
  fromClasses: number[];
  toClasses: number[];
  before: Conns;
  after: Conns;
  opened: Conns;
  closed: Conns;
  kind: ChangeKind;
  because: Because[];
}

export interface DiffResult {
  endpoints: DiffEndpoint[];
  /** Joint classes: their base and head classes and member endpoints. */
  jointClasses: JointClass[];
  /**
   * The changes, as disjoint rectangles of joint classes that hold exactly the pairs of joint
   * classes whose connections differ (diff/compare-matrices). Nothing in a diff lists pairs;
   * change-pairs.ts counts, walks or looks them up.
   */
  groups: ChangeGroup[];
  base: Reachability;
  head: Reachability;
  diagnostics: Diagnostic[];
}
