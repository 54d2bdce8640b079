import type { DiffAnalysis } from '../../analysis-result';
import { formatRange } from '../../model/cidr';
import type { ReportModel } from './report-model';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Warnings a report counts in its headline: lint warnings of head, and input warnings (not errors). */
export function warningCounts(model: ReportModel): { total: number; fresh: number } {
  const input = model.diagnostics.filter((d) => d.severity !== 'error').length;
  return { total: model.warnings.length + input, fresh: model.warnings.filter((w) => w.isNew).length };
}

/** The counts a report opens with, as labelled numbers (the same in every format). */
export function headlineCounts(model: ReportModel): { label: string; value: string }[] {
  const { kindCounts: k, run } = model;
  const c = run.counts;
  const pairs = [`${k.opened} opened`, `${k.closed} closed`, `${k.narrowed} narrowed`];
  if (k.widened) pairs.push(`${k.widened} widened`);
  if (k.changed) pairs.push(`${k.changed} changed`);
  const out = [{ label: 'Changed pairs', value: pairs.join(', ') }];
  const fixed = c.resolved ? `, ${c.resolved} fixed` : '';
  out.push({ label: 'Rule violations', value: run.hasRulesFile ? `${c.newViolations} new, ${c.violations - c.newViolations} pre-existing${fixed}` : 'no rules file' });
  const w = warningCounts(model);
  out.push({ label: 'Warnings', value: w.fresh ? `${w.total} (${w.fresh} new)` : String(w.total) });
  out.push({ label: 'Input errors', value: String(c.errors) });
  return out;
}

/**
 * Pass or fail, and why, consistent with the counts below it: "no new violation (1
 * pre-existing)", "2 new rule violations", and what the change fixed.
 */
export function verdict(run: DiffAnalysis): { pass: boolean; text: string } {
  const fixed = run.counts.resolved ? `; ${plural(run.counts.resolved, 'violation')} fixed` : '';
  if (run.exitCode === 0) {
    const note = run.hasRulesFile ? '' : 'no rules file: flowgate reports, nothing is gated';
    return { pass: true, text: note || `${run.reason}${fixed}` };
  }
  return { pass: false, text: `${run.reason}${run.exitCode === 1 ? fixed : ''}` };
}

/** How ipBlocks were matched (A-22: CNIs differ), and that self pairs are not flows. */
export function ipBlockNote(run: DiffAnalysis): string {
  const pods = run.diff.head.classification.podCidrs;
  const how = pods.length
    ? `ipBlocks are matched against external addresses, and against pods when they hold all the pod CIDRs (${pods.map(formatRange).join(', ')}) (CNIs differ on this; A-22).`
    : 'ipBlocks are matched against external addresses only, not against pod IPs (CNIs differ on this; A-22).';
  return `${how} Self pairs are not flows (A-29).`;
}
