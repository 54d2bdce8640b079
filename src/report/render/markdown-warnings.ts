import type { Diagnostic } from '../../model/types';
import { escapeMarkdown as esc } from './escape';
import type { ReportModel } from '../model/report-model';
import { groupWarnings, LINT_TITLES } from '../model/warning-groups';

/** Subjects named per warning item before the rest is folded. */
const SUBJECT_LIMIT = 5;
/** Diagnostics listed in full mode (errors first), and in brief mode. */
const DIAGNOSTIC_LIMIT = { full: 100, brief: 10 } as const;

function diagnosticLine(d: Diagnostic): string {
  const side = d.side ? ` (${d.side})` : '';
  return `- **${d.severity}**${side} ${esc(`${d.file}:${d.line}`)}: ${esc(d.message)}`;
}

function diagnosticsPart(model: ReportModel, mode: 'full' | 'brief'): string[] {
  const ds = model.diagnostics;
  if (!ds.length) return [];
  const errors = ds.filter((d) => d.severity === 'error').length;
  const shown = mode === 'full' ? ds.slice(0, DIAGNOSTIC_LIMIT.full) : ds.filter((d) => d.severity === 'error').slice(0, DIAGNOSTIC_LIMIT.brief);
  const rest = ds.length - errors;
  const out = [`**Input problems:** ${errors} error${errors === 1 ? '' : 's'}, ${rest} warning${rest === 1 ? '' : 's'}`, ''];
  out.push(...shown.map(diagnosticLine));
  if (shown.length < ds.length) out.push(`- … and ${ds.length - shown.length} more (see the JSON report)`);
  out.push('');
  return out;
}

function lintPart(model: ReportModel, mode: 'full' | 'brief'): string[] {
  const sections = groupWarnings(model.warnings);
  if (!sections.length) return [];
  const out: string[] = [];
  for (const s of sections) {
    const fresh = s.newCount ? `, ${s.newCount} new in this change` : ', none new';
    out.push(`- **${s.title}**: ${s.count}${fresh}`);
    if (mode === 'brief') continue;
    for (const item of s.items) {
      const names = item.subjects.slice(0, SUBJECT_LIMIT).map((x) => `${esc(x.subject)} (${esc(`${x.file}:${x.line}`)})`);
      if (item.subjects.length > SUBJECT_LIMIT) names.push(`and ${item.subjects.length - SUBJECT_LIMIT} more`);
      out.push(`  - ${item.isNew ? '' : 'pre-existing: '}${names.join(', ')}: ${esc(item.message)}`);
    }
  }
  return ['**Policy warnings** (after the change):', '', ...out, ''];
}

/** Warnings shown right under the counts; the rest are in the Warnings section. */
const FIRST_WARNINGS = 3;

/**
 * The first few warnings, right under the headline, so that a reviewer sees them without
 * unfolding anything: new lint warnings first, then input warnings, then the other lint warnings.
 */
export function firstWarnings(model: ReportModel): string[] {
  const lint = (isNew: boolean) => model.warnings.filter((w) => w.isNew === isNew).map(({ warning: w }) => ({ title: LINT_TITLES[w.code], subject: w.subject, file: w.file, line: w.line }));
  const input = model.diagnostics.filter((d) => d.severity !== 'error').map((d) => ({ title: `Input ${d.severity}`, subject: d.message, file: d.file, line: d.line }));
  const all = [...lint(true), ...input, ...lint(false)];
  const lines = all.slice(0, FIRST_WARNINGS).map((w) => `- ⚠ ${esc(w.title)}: ${esc(w.subject)} (${esc(`${w.file}:${w.line}`)})`);
  if (all.length > FIRST_WARNINGS) lines.push(`- … and ${all.length - FIRST_WARNINGS} more under **Warnings** below`);
  return lines;
}

/** The warnings section: input diagnostics (errors first), then lint warnings of the head state. */
export function warningsSection(model: ReportModel, mode: 'full' | 'brief'): string {
  const parts = [...diagnosticsPart(model, mode), ...lintPart(model, mode)];
  if (!parts.length) return '';
  return ['#### Warnings', '', ...parts].join('\n').trimEnd();
}
