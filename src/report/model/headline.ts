import type { DiffAnalysis } from '../../analysis-result';
import { formatRange } from '../../model/cidr';
import type { ReportModel } from './report-model';

/** The counts a report opens with, as labelled numbers (the same in every format). */
export function headlineCounts(model: ReportModel): { label: string; value: string }[] {
  const { kindCounts: k, run } = model;
  const c = run.counts;
  const flows = [`${k.opened} opened`, `${k.closed} closed`, `${k.narrowed} narrowed`];
  if (k.widened) flows.push(`${k.widened} widened`);
  if (k.changed) flows.push(`${k.changed} changed`);
  const out = [{ label: 'Flows', value: flows.join(', ') }];
  out.push({ label: 'Rule violations', value: run.hasRulesFile ? `${c.newViolations} new, ${c.violations - c.newViolations} pre-existing` : 'no rules file' });
  out.push({ label: 'Input errors', value: String(c.errors) });
  return out;
}

/** Pass or fail, and why: the line a reviewer reads first. */
export function verdict(run: DiffAnalysis): { pass: boolean; text: string } {
  if (run.exitCode === 0) {
    const note = run.hasRulesFile ? '' : ' (no rules file: flowgate reports, nothing is gated)';
    return { pass: true, text: `${run.reason}${note}` };
  }
  return { pass: false, text: run.reason };
}

/** How ipBlocks were matched (A-22: CNIs differ), and that self pairs are not flows. */
export function ipBlockNote(run: DiffAnalysis): string {
  const pods = run.diff.head.classification.podCidrs;
  const how = pods.length
    ? `ipBlocks are matched against external addresses, and against pods when they hold all the pod CIDRs (${pods.map(formatRange).join(', ')}) (CNIs differ on this; A-22).`
    : 'ipBlocks are matched against external addresses only, not against pod IPs (CNIs differ on this; A-22).';
  return `${how} Self pairs are not flows (A-29).`;
}
