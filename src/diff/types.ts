import type { ExternalEndpoint, WorkloadEndpoint } from '../engine/endpoint';
import type { Reachability } from '../engine/compute-reachability';
import type { Conns } from '../model/conns';
import type { Diagnostic, Direction } from '../model/types';

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
   * rule allows the closed ports; allowed-before: a rule of it allowed the closed ports in base. */
  role: 'allows' | 'isolates' | 'allowed-before';
}

/** The change of a pair of joint classes: every endpoint pair of the two classes changes alike. */
export interface ChangeGroup {
  fromClass: number;
  toClass: number;
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
   * The changes, one per pair of joint classes whose connections differ: every ordered pair of
   * distinct endpoints of the two classes changes alike. Nothing in a diff lists pairs;
   * change-pairs.ts counts or walks them.
   */
  groups: ChangeGroup[];
  base: Reachability;
  head: Reachability;
  diagnostics: Diagnostic[];
}
