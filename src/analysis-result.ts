import type { DiffResult } from './diff/compute-diff';
import type { Diagnostic } from './model/types';
import type { RulesConfig, Violation } from './rules/types';

/** What one `flowgate diff` analysis gives: the diff, the rules' verdict and the exit status. */
export interface DiffAnalysis {
  diff: DiffResult;
  rules: RulesConfig | null;
  /** Whether a rules file was given at all. */
  hasRulesFile: boolean;
  violations: Violation[];
  /** Input diagnostics of both sides and of the rules file. */
  diagnostics: Diagnostic[];
  counts: { opened: number; closed: number; changed: number; violations: number; newViolations: number; errors: number };
  /** 0 pass, 1 a violation fails the gate, 2 invalid input (manifests or rules). */
  exitCode: 0 | 1 | 2;
  /** A one-line reason for a failing check. */
  reason: string;
}
