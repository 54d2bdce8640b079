import { markdownTable } from 'markdown-table';
import { formatConns } from '../../model/conns';
import { rowBreak, type ChangeRow } from '../model/change-rows';
import { escapeMarkdown } from './escape';
import { fallbackReason, joinRefs, policyRefs, type PolicyRef, type ReportModel } from '../model/report-model';
import { lineUrl, type SourceLinks } from './source-links';
import type { GroupLabeler } from './group-labeler';
import { violationSentence, type SentenceStyle } from './violation-sentence';

const esc = escapeMarkdown;

/** The `<details>` block that lists every labelled set in full; empty when none. */
export function groupsSection(model: ReportModel, labeler: GroupLabeler): string {
  const groups = labeler.groups();
  if (!groups.length) return '';
  const items = groups.map((g) => `- **${g.label}** (${g.members.length}): ${g.members.map((i) => esc(model.labels[i]!)).join(', ')}`);
  return ['<details><summary>Members of the groups named G1, G2, …</summary>', '', ...items, '', '</details>'].join('\n');
}

const TAGS = { new: '⛔ **new**:', 'pre-existing': 'pre-existing:', fixed: '✔ fixed:' } as const;

const MARKDOWN_STYLE: SentenceStyle = {
  escape: esc,
  tag: (state) => TAGS[state],
  ruleName: (name) => `**${name}**`,
  arrow: '→',
};

/** One list item per violation group (new, then pre-existing), then one per group the change fixed. */
export function violationItems(model: ReportModel, labeler: GroupLabeler): string[] {
  return [
    ...model.violations.map((g) => `- ${violationSentence(model, g, labeler, MARKDOWN_STYLE)}`),
    ...model.resolved.map((g) => `- ${violationSentence(model, g, labeler, MARKDOWN_STYLE, true)}`),
  ];
}

function changeCell(r: ChangeRow): string {
  const pairs = r.pairs > 1 ? ` (${r.pairs} pairs)` : '';
  const broken = rowBreak(r);
  if (!broken) return `${r.kind}${pairs}`;
  return `⛔ **${broken.forbidden ? 'forbidden' : 'required'}**${broken.isNew ? '' : ', pre-existing'}: ${r.kind}${pairs}`;
}

/** A policy behind a change: a link to its line in the action (`name:14`), else `file:14`. */
function policyCell(ref: PolicyRef, links: SourceLinks | null): string {
  const before = ref.side === 'base' ? ' (before)' : '';
  // T-2: a tiered rule, or a NetworkPolicy in a chain of tiers, says which tier decided.
  const tier = ref.tier ? `[${ref.tier}] ` : ref.networkPolicy ? `[NetworkPolicy] ${ref.networkPolicy} ` : '';
  const what = ref.tier ? ` ${ref.action}` : '';
  const name = ref.policy.slice(ref.policy.indexOf('/') + 1);
  // C-24: a Cilium rule is named by its policy, spec, section and index; C-9: a deny says so.
  const label = ref.tier ? `${name} rule ${ref.rule}` : ref.cilium ? `${ref.policy} ${ref.cilium.where}${ref.cilium.denies ? ' Deny' : ''}` : `${name}:${ref.line}`;
  if (!links) return `${esc(ref.tier || ref.cilium ? `${tier}${label}${what} (${ref.file}:${ref.line})` : `${tier}${ref.file}:${ref.line}`)}${before}`;
  return `${esc(tier)}[${esc(label)}](${lineUrl(links, ref.side, ref.file, ref.line)})${esc(what)}${before}`;
}

function whyCell(model: ReportModel, r: ChangeRow, links: SourceLinks | null): string {
  const parts: string[] = [];
  if (r.breaks.length) parts.push(`breaks ${r.breaks.map((b) => `**${esc(b.rule.name)}**`).join(', ')}`);
  const refs = policyRefs(r.because);
  parts.push(refs.length ? joinRefs(refs, refs.map((ref) => policyCell(ref, links))) : fallbackReason(model.run, r));
  return parts.join('; ');
}

export const TABLE_HEADER = ['change', 'from', 'to', 'ports', 'why'];

/**
 * The change table's row lines (header and delimiter first); lines are independent of each
 * other. Kept narrow for a PR comment: short endpoint labels, before → after in one cell, and
 * each policy as a short link (or file:line).
 */
export function changeTableLines(model: ReportModel, rows: readonly ChangeRow[], labeler: GroupLabeler, links: SourceLinks | null = null): string[] {
  const cells = rows.map((r) => [
    changeCell(r),
    labeler.set(r.sources, model.sets),
    labeler.set(r.targets, model.sets),
    `${esc(formatConns(r.before))} → ${esc(formatConns(r.after))}`,
    whyCell(model, r, links),
  ]);
  // alignDelimiters: false keeps every line independent of the others (and the comment small).
  return markdownTable([TABLE_HEADER, ...cells], { alignDelimiters: false }).split('\n');
}

function matrixSection(model: ReportModel, reach: Extract<ReportModel['reach'], { kind: 'matrix' }>): string[] {
  const names = reach.endpoints.map((i) => esc(model.labels[i]!));
  const rows = reach.cells.map((cells, r) => [
    names[r]!,
    ...cells.map((c) => (c.conns === null ? '–' : c.changed ? `**${esc(formatConns(c.conns))}**` : esc(formatConns(c.conns)))),
  ]);
  return [
    'Rows are sources, columns destinations; **bold** cells changed in this pull request; – is no flow (a workload to itself, or two external ranges).',
    '',
    markdownTable([['from \\ to', ...names], ...rows], { alignDelimiters: false }),
  ];
}

/** The reachability after the change, folded in `<details>` (a matrix, or grouped lists). */
export function reachSection(model: ReportModel, labeler: GroupLabeler): string {
  const { reach } = model;
  const n = reach.endpoints.length;
  const out = [`<details><summary>Reachability after this change (${n} endpoint${n === 1 ? '' : 's'})</summary>`, ''];
  if (reach.kind === 'matrix') out.push(...matrixSection(model, reach));
  else if (reach.kind === 'lists') {
    out.push('Every allowed flow, grouped; a pair that is not listed allows nothing.', '');
    for (const b of reach.blocks) out.push(`- ${labeler.set(b.sources, model.headSets)} → ${labeler.set(b.targets, model.headSets)}: ${esc(formatConns(b.value))}`);
  } else {
    out.push(`The state after this change has ${reach.classes} classes of endpoints, too many to list here: run \`flowgate reach\` or see the JSON report.`);
  }
  out.push('', '</details>');
  return out.join('\n');
}
