import type { DiffResult } from './diff/compute-diff';
import type { LintWarning } from './engine/lint';
import type { ReachResult } from './engine/reach-result';
import type { Diagnostic } from './model/types';
import type { RulesConfig, Violation } from './rules/types';

/** A lint warning of the state after the change; `isNew` when the state before did not have it. */
export interface AnalysisWarning {
  warning: LintWarning;
  isNew: boolean;
}

/** Changed endpoint pairs per kind, and violated pairs, as the headline counts them (pairs, not blocks). */
export interface DiffCounts {
  opened: number;
  closed: number;
  /** Changes whose ports changed with flows on both sides: narrowed + widened + replaced (kind `changed`). */
  portsChanged: number;
  /** Violated endpoint pairs; a violation on no pair (a rule that matches nothing) counts one. */
  violations: number;
  newViolations: number;
  /** Violations of the base state that the head state no longer has (fixed by the change). */
  resolved: number;
  errors: number;
}

/** What one `flowgate diff` analysis gives: the diff, the rules' verdict and the exit status. */
export interface DiffAnalysis {
  diff: DiffResult;
  rules: RulesConfig | null;
  /** Whether a rules file was given at all. */
  hasRulesFile: boolean;
  violations: Violation[];
  /**
   * Violations of the base state that head no longer has on that pair at all (the change fixed
   * them); `isNew` is true on each. Endpoint indices are those of `diff.endpoints`.
   */
  resolved: Violation[];
  /** Input diagnostics of both sides and of the rules file. */
  diagnostics: Diagnostic[];
  /** Lint warnings of the head state, in lint order, each marked new or not (compared with base). */
  warnings: AnalysisWarning[];
  counts: DiffCounts;
  /** 0 pass, 1 a violation fails the gate, 2 invalid input (manifests or rules). */
  exitCode: 0 | 1 | 2;
  /** A one-line reason for a failing check. */
  reason: string;
}

/** What one `flowgate reach` analysis gives: the reachability of one state and its lint warnings. */
export interface ReachAnalysis {
  result: ReachResult;
  /** Lint warnings of the state (A-3e, A-14, A-22, A-26, A-31, A-33), in lint order. */
  warnings: LintWarning[];
  /** Input diagnostics (reading and parsing). */
  diagnostics: readonly Diagnostic[];
  /** 0 the state was read whole, 2 invalid input. */
  exitCode: 0 | 2;
}
