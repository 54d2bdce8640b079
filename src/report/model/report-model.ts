import type { AnalysisWarning, DiffAnalysis } from '../../analysis-result';
import type { Because, ChangeKind, DiffEndpoint } from '../../diff/compute-diff';
import { changeIndex, groupPairs } from '../../diff/change-pairs';
import { isEmptyConns } from '../../model/conns';
import type { Diagnostic } from '../../model/types';
import { buildChangeRows, type ChangeRow } from './change-rows';
import { SetDescriber } from './endpoint-sets';
import { buildReachAfter, headEndpoints, type ReachAfter } from './reach-after';
import { groupViolations, violationBecause, type ViolationGroup } from './violation-groups';


/** Everything a report shows, computed once from a DiffAnalysis; the renderers only format it. */
export interface ReportModel {
  run: DiffAnalysis;
  /** Changed endpoint pairs per kind of change. */
  kindCounts: Record<ChangeKind, number>;
  rows: ChangeRow[];
  violations: ViolationGroup[];
  /** Violations of base that the change fixes, grouped like the violations. */
  resolved: ViolationGroup[];
  /** Short label of each diff endpoint: `ns/name`, with `[Kind]` only where two workloads share a name. */
  labels: string[];
  /** Describes sets of endpoints of either side (the change table, the violations). */
  sets: SetDescriber;
  /** Describes sets of endpoints after the change (the reachability section). */
  headSets: SetDescriber;
  reach: ReachAfter;
  warnings: readonly AnalysisWarning[];
  /** Input diagnostics, errors first. */
  diagnostics: Diagnostic[];
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * Endpoint labels for people: `ns/name` for a workload, with its kind (`ns/name[Deployment]`)
 * only where another workload has the same namespace and name; an external range is its id.
 */
export function shortLabels(endpoints: readonly DiffEndpoint[]): string[] {
  const seen = new Map<string, number>();
  const short = (e: DiffEndpoint) => (e.kind === 'External' ? null : `${e.namespace}/${e.name}`);
  for (const e of endpoints) {
    const k = short(e);
    if (k !== null) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  return endpoints.map((e) => {
    const k = short(e);
    return k === null || seen.get(k)! > 1 ? e.id : k;
  });
}

/** Builds the report model (pure, deterministic). */
export function buildReportModel(run: DiffAnalysis): ReportModel {
  const { diff } = run;
  const kindCounts: Record<ChangeKind, number> = { opened: 0, closed: 0, narrowed: 0, widened: 0, changed: 0 };
  for (const g of diff.groups) kindCounts[g.kind] += groupPairs(g, diff.jointClasses);
  const diagnostics = run.diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => SEVERITY_RANK[a.d.severity] - SEVERITY_RANK[b.d.severity] || a.i - b.i)
    .map(({ d }) => d);
  const labels = shortLabels(diff.endpoints);
  const groupAt = changeIndex(diff);
  const violations = groupViolations(run.violations).map((g) => (g.isNew && g.rule.kind === 'forbid' ? { ...g, because: violationBecause(g, diff.endpoints, groupAt) } : g));
  return {
    run,
    kindCounts,
    rows: buildChangeRows(diff, run.violations),
    violations,
    resolved: groupViolations(run.resolved),
    labels,
    sets: new SetDescriber(diff.endpoints, diff.endpoints.map((_e, i) => i), labels),
    headSets: new SetDescriber(diff.endpoints, headEndpoints(diff), labels),
    reach: buildReachAfter(diff),
    warnings: run.warnings,
    diagnostics,
  };
}

/** One policy behind a change, on one side, at the line of its first reason. */
export interface PolicyRef {
  /** `ns/name`, or `cnp/name` (`anp/`, `banp/`) for a tiered policy. */
  policy: string;
  file: string;
  line: number;
  side: 'base' | 'head';
  /** T-2 … T-4: for a tiered rule, its tier, action and 1-based number. */
  tier?: 'Admin' | 'Baseline';
  action?: 'Accept' | 'Deny' | 'Pass';
  rule?: number;
  /** When tiers take part: how the NetworkPolicy entry decides (`allow` or `isolated by`). */
  networkPolicy?: 'allow' | 'isolated by';
  /** A Pass rule: the entry after it (same side and direction) is where it handed over (T-4). */
  passesTo?: boolean;
  /** C-24: a Cilium policy's rule: `spec` or `specs[i]`, the section, and `denies` for a deny rule (C-9). */
  cilium?: { where: string; denies: boolean };
}

/** C-24: `specs[1].ingressDeny[0]` (0-based as in the file), or `spec` for the policy as a whole. */
export function ciliumWhere(b: Pick<Because, 'cilium' | 'rule'>): string {
  const c = b.cilium!;
  return c.section && b.rule !== undefined ? `${c.spec}.${c.section}[${b.rule - 1}]` : c.spec;
}

/**
 * The policies behind a change, one entry per policy and side: the line of its first reason
 * (the allowing rule comes before the policy that isolates). Tiered rules are one entry each,
 * in evaluation order (T-2), so that a Pass is followed by what decided after it.
 */
export function policyRefs(because: readonly Because[]): PolicyRef[] {
  const out: PolicyRef[] = [];
  const seen = new Set<string>();
  const tiered = because.some((b) => b.tier !== undefined);
  because.forEach((b, i) => {
    const key = `${b.side}|${b.policy}|${b.file}${b.tier ? `|${b.direction}|${b.rule}` : ''}${b.cilium ? `|${b.direction}|${ciliumWhere(b)}` : ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    const ref: PolicyRef = { policy: b.policy, file: b.file, line: b.line, side: b.side };
    if (b.tier) Object.assign(ref, { tier: b.tier, action: b.action, rule: b.rule });
    else if (tiered) ref.networkPolicy = b.role === 'isolates' ? 'isolated by' : 'allow';
    if (b.cilium) ref.cilium = { where: ciliumWhere(b), denies: b.role === 'denies' };
    const next = because[i + 1];
    if (b.role === 'passes' && next && next.side === b.side && next.direction === b.direction) ref.passesTo = true;
    out.push(ref);
  });
  return out;
}

/** `[Admin] cnp/guard rule 2 Deny` or `[NetworkPolicy] allow prod/db` (T-2), or the plain policy name without tiers. */
export function refLabel(ref: PolicyRef): string {
  if (ref.tier) return `[${ref.tier}] ${ref.policy} rule ${ref.rule} ${ref.action}`;
  const name = ref.cilium ? `${ref.policy} ${ref.cilium.where}${ref.cilium.denies ? ' Deny' : ''}` : ref.policy;
  return ref.networkPolicy ? `[NetworkPolicy] ${ref.cilium?.denies ? 'deny' : ref.networkPolicy} ${name}` : name;
}

/** Joins rendered refs: `→` after a Pass that hands over to the next one (T-4), else `, `. */
export function joinRefs(refs: readonly PolicyRef[], parts: readonly string[]): string {
  return parts.map((p, i) => (i === 0 ? p : `${refs[i - 1]!.passesTo ? ' → ' : ', '}${p}`)).join('');
}

/** `ns/name (file:line)` for each policy behind a change; base-side entries (a rule that allowed the closed ports before) are marked. */
export function formatBecause(because: readonly Because[]): string {
  const refs = policyRefs(because);
  return joinRefs(
    refs,
    refs.map((b) => `${refLabel(b)} (${b.file}:${b.line}${b.side === 'base' ? ', before' : ''})`),
  );
}

/** The reason for a change when no policy explains it (a workload came or went, or nothing isolates). */
export function fallbackReason(run: DiffAnalysis, row: ChangeRow): string {
  const all = (list: readonly number[], p: 'added' | 'removed') =>
    list.every((i) => {
      const e = run.diff.endpoints[i]!;
      return e.kind !== 'External' && e.presence === p;
    });
  if (row.kind === 'closed' && (all(row.sources, 'removed') || all(row.targets, 'removed'))) return 'workload removed';
  // Allowed now and no rule explains it: neither end is isolated for it (A-10).
  if (!isEmptyConns(row.after) && (all(row.sources, 'added') || all(row.targets, 'added'))) return 'new workload, not isolated';
  if (!isEmptyConns(row.after)) return 'no policy isolates it now';
  return 'no policy named';
}
