import type { DiffAnalysis } from '../../analysis-result';
import { formatConns } from '../../model/conns';
import { rowBreak, type ChangeRow } from '../model/change-rows';
import { GroupLabeler } from './group-labeler';
import { escapeText as esc } from './escape';
import { headlineCounts, ipBlockNote, verdict } from '../model/headline';
import { buildReportModel, fallbackReason, formatBecause, type ReportModel } from '../model/report-model';
import { violationSentence, type SentenceStyle } from './violation-sentence';
import { groupWarnings } from '../model/warning-groups';

const TEXT_STYLE: SentenceStyle = {
  escape: esc,
  tag: (state) => ({ new: 'NEW', 'pre-existing': 'pre-existing', fixed: 'FIXED' })[state],
  ruleName: (name) => `"${name}"`,
  arrow: '->',
};

function groupLines(model: ReportModel, groups: GroupLabeler): string[] {
  return groups.groups().map((g) => `  ${g.label} (${g.members.length}): ${g.members.map((i) => esc(model.labels[i]!)).join(', ')}`);
}

function rowLines(model: ReportModel, r: ChangeRow, groups: GroupLabeler): string[] {
  const flows = r.pairs > 1 ? ` (${r.pairs} pairs)` : '';
  const broken = rowBreak(r);
  const mark = broken ? `${broken.forbidden ? 'FORBIDDEN' : 'REQUIRED'}${broken.isNew ? '' : ' (pre-existing)'} ` : '';
  const because = esc(formatBecause(r.because));
  const out = [
    `  ${mark}${r.kind}${flows}: ${groups.set(r.sources, model.sets)} -> ${groups.set(r.targets, model.sets)}`,
    `      ports: ${formatConns(r.before)} -> ${formatConns(r.after)}`,
  ];
  if (r.breaks.length) out.push(`      breaks: ${r.breaks.map((b) => `"${esc(b.rule.name)}"`).join(', ')}`);
  out.push(`      why: ${because || fallbackReason(model.run, r)}`);
  return out;
}

function reachLines(model: ReportModel, groups: GroupLabeler): string[] {
  const { reach } = model;
  const ids = model.labels.map(esc);
  if (reach.kind === 'too-large') return [`  ${reach.classes} classes of endpoints: too many to list; run flowgate reach.`];
  if (reach.kind === 'lists') {
    return ['  (a pair that is not listed allows nothing)', ...reach.blocks.map((b) => `  ${groups.set(b.sources, model.headSets)} -> ${groups.set(b.targets, model.headSets)}: ${formatConns(b.value)}`)];
  }
  const legend = reach.endpoints.map((i, k) => `  [${k + 1}] ${ids[i]}`);
  const table = [['from \\ to', ...reach.endpoints.map((_i, k) => `[${k + 1}]`)]];
  reach.cells.forEach((cells, r) => table.push([`[${r + 1}]`, ...cells.map((c) => (c.conns === null ? '-' : `${formatConns(c.conns)}${c.changed ? ' *' : ''}`))]));
  const widths = table[0]!.map((_c, k) => Math.max(...table.map((row) => row[k]!.length)));
  const grid = table.map((row) => `  ${row.map((c, k) => c.padEnd(widths[k]!)).join('  ')}`.trimEnd());
  return [...legend, '', ...grid, '  (* changed in this diff; - no flow)'];
}

function warningLines(model: ReportModel): string[] {
  const out: string[] = [];
  for (const d of model.diagnostics) out.push(`  ${esc(`${d.file}:${d.line}`)}: ${d.severity}${d.side ? ` (${d.side})` : ''}: ${esc(d.message)} [${d.code}]`);
  for (const s of groupWarnings(model.warnings)) {
    out.push(`  ${s.title}: ${s.count} (${s.newCount} new)`);
    for (const item of s.items) {
      for (const x of item.subjects) out.push(`    ${esc(`${x.file}:${x.line}`)}: ${esc(x.subject)}: ${item.isNew ? '' : 'pre-existing: '}${esc(item.message)}`);
    }
  }
  return out;
}

/**
 * The terminal report: the same content as the Markdown comment, plain, never cut; a line at a
 * time (issue 16: a change of every pair of 50k workloads lists many blocks and large groups, more
 * than one string should hold), for a writer that streams them.
 */
export function* diffTextChunks(run: DiffAnalysis): Generator<string> {
  const model = buildReportModel(run);
  const groups = new GroupLabeler(esc);
  const v = verdict(run);
  const lines = function* (): Generator<string> {
    yield* [`flowgate: ${v.pass ? 'PASS' : 'FAIL'} - ${v.text}`, headlineCounts(model).map((c) => `${c.label}: ${c.value}`).join(' | '), ''];
    const violations = [...model.violations.map((g) => violationSentence(model, g, groups, TEXT_STYLE)), ...model.resolved.map((g) => violationSentence(model, g, groups, TEXT_STYLE, true))];
    if (violations.length) yield* ['Rule violations:', ...violations.map((l) => `  ${l}`), ''];
    yield 'Changed flows:';
    if (!model.rows.length) yield '  no flow changed';
    for (const r of model.rows) yield* rowLines(model, r, groups);
    yield* ['', 'Reachability after the change:', ...reachLines(model, groups), ''];
    // After the rows and the reachability: the groups they named.
    const folded = groupLines(model, groups);
    if (folded.length) yield* ['Groups:', ...folded, ''];
    const warnings = warningLines(model);
    if (warnings.length) yield* ['Warnings:', ...warnings, ''];
    yield `Note: ${ipBlockNote(model.run)}`;
  };
  for (const line of lines()) yield `${line}\n`;
}

/** The terminal report as one string (diffTextChunks joined). */
export function renderText(run: DiffAnalysis): string {
  return [...diffTextChunks(run)].join('');
}
