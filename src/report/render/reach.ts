import { markdownTable } from 'markdown-table';
import type { ReachAnalysis } from '../../analysis-result';
import type { LintWarning } from '../../engine/lint';
import { flowPairs, type ReachResult } from '../../engine/reach-result';
import { formatConns, type Conns } from '../../model/conns';
import type { Diagnostic } from '../../model/types';
// Up to this many endpoints a matrix, beyond a list per source: the same limit as the diff report.
import { MATRIX_LIMIT } from '../model/reach-after';
import { computeExposure, type DirectionExposure, type ExposureGroup, isExposed } from '../model/exposure';
import { LINT_TITLES } from '../model/warning-groups';
import { escapeMarkdown, escapeText } from './escape';

/** Unrestricted workloads named in the summary line before the rest is counted. */
const UNRESTRICTED_NAMED = 5;

/**
 * Workloads that no NetworkPolicy selects (A-10: not isolated in either direction). Between
 * them, and to and from external addresses, every connection is allowed (A-12, A-32), so a
 * report says so in one line and shows only the flows that a policy restricts.
 */
export function unrestrictedEndpoints(r: ReachResult): Set<number> {
  const classes = r.reach.classification.classes;
  const out = new Set<number>();
  r.endpoints.forEach((e, i) => {
    // T-7: a workload that a tiered cluster policy applies to is restricted too.
    if (e.kind !== 'External' && classes[e.cls]!.subjectOf.length === 0 && classes[e.cls]!.tierSubjectOf.length === 0) out.add(i);
  });
  return out;
}

type Flow = { from: number; to: number; conns: Conns };

/** The flows with at least one end that a policy selects (the rest is all-allowed), in source order, one at a time. */
function* restrictedFlows(r: ReachResult, free: ReadonlySet<number>): Generator<Flow> {
  const open = (i: number) => free.has(i) || r.endpoints[i]!.kind === 'External';
  for (const f of flowPairs(r)) if (!(open(f.from) && open(f.to))) yield f;
}

function anyRestricted(r: ReachResult, free: ReadonlySet<number>): boolean {
  return !restrictedFlows(r, free).next().done;
}

function unrestrictedLine(r: ReachResult, free: ReadonlySet<number>, esc: (s: string) => string): string | null {
  if (!free.size) return null;
  const ids = [...free].map((i) => esc(r.endpoints[i]!.id));
  const named = ids.length > UNRESTRICTED_NAMED + 1 ? [...ids.slice(0, UNRESTRICTED_NAMED), `and ${ids.length - UNRESTRICTED_NAMED} more`] : ids;
  const workloads = r.endpoints.filter((e) => e.kind !== 'External').length;
  const what = r.reach.index.tiered.length ? 'NetworkPolicy or cluster policy' : 'NetworkPolicy';
  const who = free.size === workloads ? `No ${what} selects any of the ${free.size} workloads` : `${free.size} of ${workloads} workloads are selected by no ${what}`;
  return `${who} (${named.join(', ')}): between them, and to and from any external address, every connection is allowed (A-10, A-12).`;
}

function warningLines(warnings: readonly LintWarning[], esc: (s: string) => string, bullet: string): string[] {
  return warnings.map((w) => `${bullet}${esc(`${w.file}:${w.line}`)}: ${esc(w.subject)}: ${esc(w.message)} [${LINT_TITLES[w.code]}]`);
}

function diagnosticLines(diags: readonly Diagnostic[], esc: (s: string) => string, bullet: string): string[] {
  return diags.map((d) => `${bullet}${d.severity}: ${esc(`${d.file}:${d.line}`)}: ${esc(d.message)}`);
}

/** Workloads of an exposure group named before the rest is counted. */
const EXPOSED_NAMED = 5;

function exposedIds(r: ReachResult, g: ExposureGroup, esc: (s: string) => string): string {
  const ids = g.workloads.map((i) => esc(r.endpoints[i]!.id));
  return ids.length > EXPOSED_NAMED + 1 ? `${ids.slice(0, EXPOSED_NAMED).join(', ')} and ${ids.length - EXPOSED_NAMED} more` : ids.join(', ');
}

const exposureCell = (conns: Conns, d: DirectionExposure): string => `${formatConns(conns)}${d.isolated ? '' : ' (not isolated)'}`;

const EXPOSURE_INTRO =
  'Issue 11: what any pod of a namespace that the manifests do not hold (`[any namespace]/[all pods]`: "the whole cluster") and external addresses may open to each workload, and it to them; "not isolated": no policy selects it in that direction (A-10), so everything is allowed.';

/** The Exposure section of `reach --format md`, or nothing with exposure off. */
function exposureMarkdown(r: ReachResult): string[] {
  const groups = computeExposure(r);
  if (!groups) return [];
  const exposed = groups.filter(isExposed);
  const quiet = groups.filter((g) => !isExposed(g)).reduce((n, g) => n + g.workloads.length, 0);
  const out = ['', '### Exposure', '', EXPOSURE_INTRO];
  if (exposed.length) {
    const head = ['workloads', 'ingress from the whole cluster', 'ingress from external addresses', 'egress to the whole cluster', 'egress to external addresses'];
    const rows = exposed.map((g) => [exposedIds(r, g, escapeMarkdown), ...[g.ingress, g.egress].flatMap((d) => [exposureCell(d.cluster, d), exposureCell(d.external, d)].map(escapeMarkdown))]);
    out.push('', markdownTable([head, ...rows]));
  }
  if (quiet) out.push('', `${quiet} ${quiet === 1 ? 'workload is' : 'workloads are'} exposed neither to the whole cluster nor to external addresses.`);
  return out;
}

/** The Exposure lines of `reach --format text`, or nothing with exposure off. */
function exposureText(r: ReachResult): string[] {
  const groups = computeExposure(r);
  if (!groups) return [];
  const out = ['', 'Exposure (the whole cluster: [any namespace]/[all pods]):'];
  for (const g of groups.filter(isExposed)) {
    out.push(`  ${exposedIds(r, g, escapeText)}`);
    out.push(`      ingress: from the whole cluster ${exposureCell(g.ingress.cluster, g.ingress)}; from external addresses ${exposureCell(g.ingress.external, g.ingress)}`);
    out.push(`      egress: to the whole cluster ${exposureCell(g.egress.cluster, g.egress)}; to external addresses ${exposureCell(g.egress.external, g.egress)}`);
  }
  const quiet = groups.filter((g) => !isExposed(g)).reduce((n, g) => n + g.workloads.length, 0);
  if (quiet) out.push(`  ${quiet} ${quiet === 1 ? 'workload is' : 'workloads are'} exposed neither to the whole cluster nor to external addresses`);
  return out;
}

/**
 * `reach --format text`: the flows a policy restricts, one a line, then a line for the rest, then
 * warnings and diagnostics; a line at a time (issue 16: a cluster of 10k workloads restricts up to
 * 100M pairs, which no one string holds), for a writer that streams them.
 */
export function* reachTextChunks(a: ReachAnalysis): Generator<string> {
  const r = a.result;
  const free = unrestrictedEndpoints(r);
  let flows = 0;
  for (const f of restrictedFlows(r, free)) {
    flows++;
    yield `${escapeText(r.endpoints[f.from]!.id)} => ${escapeText(r.endpoints[f.to]!.id)} : ${formatConns(f.conns)}\n`;
  }
  const lines: string[] = [];
  const summary = unrestrictedLine(r, free, escapeText);
  if (summary) lines.push(...(flows ? [''] : []), summary);
  if (!flows && !summary) lines.push('no flow is allowed');
  lines.push(...exposureText(r));
  if (a.warnings.length) lines.push('', 'Warnings:', ...warningLines(a.warnings, escapeText, '  '));
  const diags = a.diagnostics.map((d) => `${escapeText(d.file)}:${d.line}: ${d.severity}: ${escapeText(d.message)}`);
  if (diags.length) lines.push('', ...diags);
  if (lines.length) yield `${lines.join('\n')}\n`;
}

/** `reach --format text` as one string (reachTextChunks joined). */
export function renderReachText(a: ReachAnalysis): string {
  return [...reachTextChunks(a)].join('');
}

function matrix(r: ReachResult): string[] {
  const conns = new Map([...flowPairs(r)].map((f) => [`${f.from}:${f.to}`, formatConns(f.conns)]));
  const names = r.endpoints.map((e) => escapeMarkdown(e.id));
  const rows = r.endpoints.map((a, i) => [
    names[i]!,
    ...r.endpoints.map((b, j) => (i === j ? 'n/a' : a.kind === 'External' && b.kind === 'External' ? '' : escapeMarkdown(conns.get(`${i}:${j}`) ?? 'none'))),
  ]);
  return ['Rows are sources, columns destinations.', '', markdownTable([['from \\ to', ...names], ...rows])];
}

/** One list item per source, a line at a time; flows come in source order. */
function* perSource(r: ReachResult, flows: Iterable<Flow>): Generator<string> {
  let from = -1;
  let reached: string[] = [];
  const item = () => `- **${escapeMarkdown(r.endpoints[from]!.id)}** reaches ${reached.join(', ')}`;
  for (const f of flows) {
    if (f.from !== from) {
      if (reached.length) yield item();
      from = f.from;
      reached = [];
    }
    reached.push(`${escapeMarkdown(r.endpoints[f.to]!.id)} (${escapeMarkdown(formatConns(f.conns))})`);
  }
  if (reached.length) yield item();
}

/** The lines of `reach --format md` (see reachMarkdownChunks). */
function* reachMarkdownLines(a: ReachAnalysis): Generator<string> {
  const r = a.result;
  yield* ['### Reachability', ''];
  const free = unrestrictedEndpoints(r);
  const summary = unrestrictedLine(r, free, escapeMarkdown);
  const restricted = anyRestricted(r, free);
  if (summary) yield summary;
  if (restricted && r.endpoints.length <= MATRIX_LIMIT) yield* [...(summary ? [''] : []), ...matrix(r)];
  else if (restricted) yield* [...(summary ? ['', 'Flows that a policy restricts (a pair not listed allows nothing):', ''] : []), ...perSource(r, restrictedFlows(r, free))];
  else if (!summary) yield 'No flow is allowed.';
  yield* exposureMarkdown(r);
  if (a.warnings.length) yield* ['', '### Warnings', '', ...warningLines(a.warnings, escapeMarkdown, '- ')];
  if (a.diagnostics.length) yield* ['', '### Diagnostics', '', ...diagnosticLines(a.diagnostics, escapeMarkdown, '- ')];
}

/**
 * `reach --format md`: one line for the workloads no policy selects (all-allowed among them and
 * with external addresses); then, when a policy restricts anything, a matrix while there are at
 * most MATRIX_LIMIT endpoints, else a list per source of the flows a policy restricts (a line at a
 * time, as reachTextChunks). Then lint warnings and diagnostics.
 */
export function* reachMarkdownChunks(a: ReachAnalysis): Generator<string> {
  for (const line of reachMarkdownLines(a)) yield `${line}\n`;
}

/** `reach --format md` as one string (reachMarkdownChunks joined). */
export function renderReachMarkdown(a: ReachAnalysis): string {
  return [...reachMarkdownChunks(a)].join('');
}
