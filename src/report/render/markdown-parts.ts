import { markdownTable } from 'markdown-table';
import { formatConns } from '../../model/port-set';
import type { ChangeRow } from '../model/change-rows';
import { formatPhrase, type SetDescriber } from '../model/endpoint-sets';
import { escapeMarkdown } from './escape';
import { fallbackReason, formatBecause, type ReportModel } from '../model/report-model';
import { violationVerb, type ViolationGroup } from '../model/violation-groups';

const esc = escapeMarkdown;

/** Names the sets that a cell only partly lists ("and 12 more (G1)"), for a list after the table. */
export class GroupLabeler {
  private readonly byKey = new Map<string, { label: string; members: number[] }>();

  /** A disabled labeler names no group (the member lists were left out for size). */
  constructor(readonly enabled = true) {}

  label(members: readonly number[]): string | null {
    if (!this.enabled) return null;
    const key = members.join(',');
    let g = this.byKey.get(key);
    if (!g) {
      g = { label: `G${this.byKey.size + 1}`, members: [...members] };
      this.byKey.set(key, g);
    }
    return g.label;
  }

  /** The `<details>` block that lists every labelled set in full; empty when none. */
  render(model: ReportModel): string {
    if (!this.byKey.size) return '';
    const items = [...this.byKey.values()].map((g) => `- **${g.label}** (${g.members.length}): ${g.members.map((i) => esc(model.run.diff.endpoints[i]!.id)).join(', ')}`);
    return ['<details><summary>Members of the groups named G1, G2, …</summary>', '', ...items, '', '</details>'].join('\n');
  }
}

/** A set of endpoints as Markdown: summarised phrases, with a group label when names are folded. */
export function mdSet(members: readonly number[], sets: SetDescriber, labeler: GroupLabeler): string {
  const d = sets.describe(members);
  return d.phrases
    .map((p) => {
      const text = formatPhrase(p, esc);
      const label = p.kind === 'more' ? labeler.label(members) : null;
      return label ? `${text} (${label})` : text;
    })
    .join(', ');
}

function ruleRef(g: Pick<ViolationGroup, 'rule'>): string {
  return `${g.rule.kind} rule **${esc(g.rule.name)}** (${esc(`${g.rule.source.file}:${g.rule.source.line}`)})`;
}

/** One list item per violation group: new or pre-existing, the rule, the pairs, the ports. */
export function violationLines(model: ReportModel, labeler: GroupLabeler): string[] {
  return model.violations.map((g) => {
    const tag = g.isNew ? '⛔ **new**' : 'pre-existing';
    if (!g.sources.length) return `- ${tag}: ${ruleRef(g)}: ${esc(g.message ?? '')}`;
    const pairs = g.pairs > 1 ? ` (${g.pairs} flows)` : '';
    const what = violationVerb(g, esc(formatConns(g.ports)));
    return `- ${tag}: ${ruleRef(g)}: ${mdSet(g.sources, model.sets, labeler)} → ${mdSet(g.targets, model.sets, labeler)} ${what}${pairs}`;
  });
}

function changeCell(r: ChangeRow): string {
  const flows = r.pairs > 1 ? ` (${r.pairs} flows)` : '';
  if (!r.breaks.length) return `${r.kind}${flows}`;
  const what = r.breaks.some((b) => b.rule.kind === 'forbid') ? 'forbidden' : 'required';
  const old = r.breaks.some((b) => b.isNew) ? '' : ', pre-existing';
  return `⛔ **${what}**${old}: ${r.kind}${flows}`;
}

function whyCell(model: ReportModel, r: ChangeRow): string {
  const parts: string[] = [];
  if (r.breaks.length) parts.push(`breaks ${r.breaks.map((b) => `**${esc(b.rule.name)}**`).join(', ')}`);
  const because = formatBecause(r.because);
  parts.push(because.length ? because.map(esc).join(', ') : fallbackReason(model.run, r));
  return parts.join('; ');
}

export const TABLE_HEADER = ['change', 'from', 'to', 'before', 'after', 'why'];

/** The change table's row lines (header and delimiter first). Lines are independent of each other. */
export function changeTableLines(model: ReportModel, rows: readonly ChangeRow[], labeler: GroupLabeler): string[] {
  const cells = rows.map((r) => [
    changeCell(r),
    mdSet(r.sources, model.sets, labeler),
    mdSet(r.targets, model.sets, labeler),
    esc(formatConns(r.before)),
    esc(formatConns(r.after)),
    whyCell(model, r),
  ]);
  // alignDelimiters: false keeps every line independent of the others (and the comment small).
  return markdownTable([TABLE_HEADER, ...cells], { alignDelimiters: false }).split('\n');
}

function matrixSection(model: ReportModel, reach: Extract<ReportModel['reach'], { kind: 'matrix' }>): string[] {
  const names = reach.endpoints.map((i) => esc(model.run.diff.endpoints[i]!.id));
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
    for (const b of reach.blocks) out.push(`- ${mdSet(b.sources, model.headSets, labeler)} → ${mdSet(b.targets, model.headSets, labeler)}: ${esc(formatConns(b.value))}`);
  } else {
    out.push(`The state after this change has ${reach.classes} classes of endpoints, too many to list here: run \`flowgate reach\` or see the JSON report.`);
  }
  out.push('', '</details>');
  return out.join('\n');
}
