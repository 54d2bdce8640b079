import type { DiffAnalysis } from '../../analysis-result';
import { escapeMarkdown as esc } from './escape';
import { headlineCounts, ipBlockNote, verdict } from '../model/headline';
import { GroupLabeler } from './group-labeler';
import { changeTableLines, groupsSection, reachSection, violationItems } from './markdown-parts';
import { firstWarnings, warningsSection } from './markdown-warnings';
import { checkedLinks, type SourceLinks } from './source-links';
import { renderMermaid } from './mermaid';
import { buildReportModel, type ReportModel } from '../model/report-model';
import { rowRank } from '../model/change-rows';

/** The hidden first line by which the sticky PR comment is found again. */
export const MARKER = '<!-- flowgate-report -->';
/** Budget for one comment (the renderer's default, and the action's): GitHub refuses bodies over 65,536 characters; leave room. */
export const MAX_COMMENT_CHARS = 60_000;
/** Rows of the change table shown open; the rest is folded (rule-breaking rows are always open). */
export const OPEN_ROWS = 20;

export interface MarkdownOptions {
  /** Character budget (default MAX_COMMENT_CHARS). */
  maxChars?: number;
  /** Link to the job summary, named where detail was left out. Only http(s) URLs are used. */
  summaryUrl?: string;
  /** A line about the rules in force, e.g. "rules from the base branch: .github/flowgate.yml". */
  rulesNote?: string;
  /** Where the files are on GitHub (the action): each policy in the table links to its line. */
  links?: SourceLinks;
  /** The hidden marker (default MARKER; the action's comment-id input names another). */
  marker?: string;
  /** Issue 13: a section of a report on several environments: this heading, no marker. */
  section?: string;
  /** Versions of the render tools, named in the footer. */
  tools?: readonly string[];
}

/** The marker of a comment-id: the default id keeps the marker of earlier versions, so their comments are found again. */
export function markerFor(commentId: string): string {
  return commentId === 'flowgate' ? MARKER : `<!-- flowgate-report:${commentId} -->`;
}

/** What one rendering includes; detail is dropped in stages until the comment fits. */
interface Plan {
  reach: boolean;
  groups: boolean;
  mermaid: boolean;
  warnings: 'full' | 'brief' | 'none';
  maxViolations: number;
  maxRows: number;
  /** What earlier stages left out, for the note. */
  leftOut: string[];
}

function safeUrl(url: string | undefined): string | null {
  if (!url || !/^https?:\/\/[^\s<>()[\]"'`]+$/.test(url)) return null;
  return url;
}

function fullResultNote(options: MarkdownOptions): string {
  const url = safeUrl(options.summaryUrl);
  const json = 'the JSON report (`flowgate diff --format json`)';
  return url ? `the [job summary](${url}) and ${json}` : json;
}

/** The render tools' versions, for the footer. */
export function toolsNote(tools: readonly string[] | undefined): string {
  return tools?.length ? ` Rendered with ${esc(tools.join(', '))}.` : '';
}

function tableSection(model: ReportModel, plan: Plan, labeler: GroupLabeler, links: SourceLinks | null): string[] {
  const out = ['#### Changed flows', ''];
  if (!model.rows.length) return [...out, 'No flow between workloads or external addresses changed.'];
  const shown = model.rows.slice(0, plan.maxRows);
  const lines = changeTableLines(model, shown, labeler, links);
  const [header, delimiter] = [lines[0]!, lines[1]!];
  const rows = lines.slice(2);
  const open = Math.max(OPEN_ROWS, shown.filter((r) => rowRank(r) < 2).length);
  out.push(header, delimiter, ...rows.slice(0, open));
  if (rows.length > open) {
    out.push('', `<details><summary>${rows.length - open} more row${rows.length - open === 1 ? '' : 's'}</summary>`, '', header, delimiter, ...rows.slice(open), '', '</details>');
  }
  return out;
}

/** What a rendering held that a later stage may drop (so the note names only real omissions). */
interface Held {
  groups: boolean;
  mermaid: boolean;
  warnings: boolean;
}

/** The marker, the verdict, the rules note, the counts and the first warnings. */
function headPart(model: ReportModel, options: MarkdownOptions): string[] {
  const { run } = model;
  const v = verdict(run);
  const out = options.section !== undefined ? [options.section, ''] : [options.marker ?? MARKER, '### flowgate: network flows changed by this pull request', ''];
  const see = run.exitCode === 2 ? ' (see **Input problems** under Warnings)' : '';
  out.push(`**${v.pass ? '✅ Pass' : '❌ Fail'} — ${esc(v.text)}**${see}`, '');
  if (options.rulesNote) out.push(`_${esc(options.rulesNote)}_`, '');
  out.push(headlineCounts(model).map((c) => `**${c.label}:** ${c.value}`).join(' · '), '');
  const top = firstWarnings(model);
  if (top.length) out.push(...top, '');
  return out;
}

/** The violations (new, pre-existing) and what the change fixed, cut to `plan.maxViolations` items. */
function violationsPart(model: ReportModel, plan: Plan, labeler: GroupLabeler, leftOut: string[]): string[] {
  if (!model.violations.length && !model.resolved.length) return [];
  const lines = violationItems(model, labeler);
  const out = ['#### Rule violations', '', ...lines.slice(0, plan.maxViolations)];
  if (lines.length > plan.maxViolations) {
    out.push(`- … and ${lines.length - plan.maxViolations} more violation group${lines.length - plan.maxViolations === 1 ? '' : 's'}, left out for size`);
    leftOut.push(`${lines.length - plan.maxViolations} of ${lines.length} violation groups`);
  }
  out.push('');
  return out;
}

function compose(model: ReportModel, options: MarkdownOptions, plan: Plan, held?: Held): string {
  const labeler = new GroupLabeler(esc, plan.groups);
  const { run } = model;
  const out = headPart(model, options);
  const leftOut = [...plan.leftOut];
  out.push(...violationsPart(model, plan, labeler, leftOut));
  out.push(...tableSection(model, plan, labeler, checkedLinks(options.links)), '');
  if (model.rows.length > plan.maxRows) leftOut.push(`${model.rows.length - plan.maxRows} of ${model.rows.length} rows of the change table`);
  const mermaid = plan.mermaid ? renderMermaid(model.rows, model.sets) : null;
  if (mermaid) out.push(mermaid, '');
  if (plan.reach) out.push(reachSection(model, labeler), '');
  const groups = groupsSection(model, labeler);
  if (groups) out.push(groups, '');
  const warnings = plan.warnings === 'none' ? '' : warningsSection(model, plan.warnings);
  if (held) Object.assign(held, { groups: groups !== '', mermaid: mermaid !== null, warnings: warnings !== '' });
  if (warnings) out.push(warnings, '');
  if (leftOut.length) {
    out.push(`**Left out to stay under GitHub's comment size limit:** ${leftOut.join('; ')}. The full result is in ${fullResultNote(options)}.`, '');
  }
  out.push(`<sub>${ipBlockNote(run)} Full result: ${fullResultNote(options)}.${toolsNote(options.tools)}</sub>`);
  return `${out.join('\n')}\n`;
}

/** The stages: each drops more detail than the one before; violations are never dropped here. */
function stages(model: ReportModel, held: Held): Plan[] {
  const all = { maxViolations: Infinity, maxRows: Infinity };
  const reach = model.reach.kind === 'too-large' ? [] : ['the reachability after the change'];
  const detail = [...reach, ...(held.groups ? ['the members of folded groups'] : []), ...(held.mermaid ? ['the graph'] : [])];
  const warnings = held.warnings ? ['the detail of warnings'] : [];
  return [
    { reach: true, groups: true, mermaid: true, warnings: 'full', ...all, leftOut: [] },
    { reach: false, groups: true, mermaid: true, warnings: 'full', ...all, leftOut: reach },
    { reach: false, groups: false, mermaid: false, warnings: 'full', ...all, leftOut: detail },
    { reach: false, groups: false, mermaid: false, warnings: 'brief', ...all, leftOut: [...detail, ...warnings] },
  ];
}

/** Cuts the rows, then the violations, to what fits in `max` (the last stage). */
function fit(model: ReportModel, options: MarkdownOptions, plan: Plan, max: number): string {
  let p: Plan = { ...plan, maxViolations: 0, maxRows: 0 };
  let room = max - compose(model, options, p).length - 400;
  if (room < 0 && plan.warnings !== 'none') return fit(model, options, { ...plan, warnings: 'none', leftOut: [...plan.leftOut, 'the warnings'] }, max);
  const violations = violationItems(model, new GroupLabeler(esc, false));
  let nv = 0;
  while (nv < violations.length && violations[nv]!.length + 1 <= room) room -= violations[nv++]!.length + 1;
  const rows = changeTableLines(model, model.rows, new GroupLabeler(esc, false), checkedLinks(options.links)).slice(2);
  let nr = 0;
  while (nr < rows.length && rows[nr]!.length + 1 <= room) room -= rows[nr++]!.length + 1;
  p = { ...p, maxViolations: nv, maxRows: nr };
  let text = compose(model, options, p);
  while (text.length > max && (p.maxRows > 0 || p.maxViolations > 0)) {
    p = p.maxRows > 0 ? { ...p, maxRows: Math.floor(p.maxRows * 0.9) } : { ...p, maxViolations: Math.floor(p.maxViolations * 0.9) };
    text = compose(model, options, p);
  }
  return text.length <= max ? text : hardCut(text, max);
}

/** Last resort (pathological input only): cut at a line, keeping the marker and the verdict first. */
function hardCut(text: string, max: number): string {
  const note = '\n\n**The report was cut to stay under GitHub\'s comment size limit; see the job summary and the JSON report.**\n';
  const cut = text.lastIndexOf('\n', max - note.length);
  return `${text.slice(0, Math.max(cut, 0))}${note}`;
}

/**
 * The PR comment: hidden marker, verdict and counts, rule violations, the change table (rule
 * breaks first, then opened, closed, changed), a graph when small, the reachability after the
 * change, warnings and notes. Everything from manifests is escaped (escapeMarkdown). Stays within
 * `maxChars` by dropping detail in stages, saying what was left out; violations stay visible.
 */
export function renderMarkdown(run: DiffAnalysis, options: MarkdownOptions = {}): string {
  const model = buildReportModel(run);
  const max = options.maxChars ?? MAX_COMMENT_CHARS;
  const held: Held = { groups: false, mermaid: false, warnings: false };
  const first = compose(model, options, stages(model, held)[0]!, held);
  if (first.length <= max) return first;
  // Later stages name what the full rendering held and they drop.
  const plans = stages(model, held).slice(1);
  for (const plan of plans) {
    const text = compose(model, options, plan);
    if (text.length <= max) return text;
  }
  return fit(model, options, plans[plans.length - 1]!, max);
}
