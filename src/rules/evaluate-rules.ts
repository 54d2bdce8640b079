import type { DiffResult } from '../diff/compute-diff';
import type { IpRange } from '../model/types';
import type { FlowRule, Violation } from './types';

/** TO BE REPLACED by the rules module. */
export function evaluateRules(_rules: readonly FlowRule[], _diff: DiffResult): Violation[] {
  return [];
}

export function ruleBoundaries(_rules: readonly FlowRule[]): IpRange[] {
  return [];
}
