import { connsToJson } from '../../model/conns';
import type { Diagnostic, Workload } from '../../model/types';
import type { ReachResult, ResultEndpoint } from '../../engine/reach-result';
import type { DiffAnalysis, DiffCounts, ReachAnalysis } from '../../analysis-result';
import type { DiffEndpoint } from '../../diff/compute-diff';
import type { Violation } from '../../rules/types';

/** An endpoint as the JSON contract writes it; `hostNetwork` only when set. */
export function endpointJson(e: Pick<ResultEndpoint, 'id' | 'kind'> & { namespace?: string; name?: string; cidrs?: string[]; hostNetwork?: boolean; workload?: Workload }): Record<string, unknown> {
  if (e.kind === 'External') return { id: e.id, kind: 'External', cidrs: e.cidrs };
  // Issue 11: a stand-in says what it stands for: a namespace by name, by selector or any; pods by selector or all.
  if (e.kind === 'Unlisted' && e.workload?.standsFor) return { id: e.id, kind: 'Unlisted', standsFor: e.workload.standsFor };
  const out: Record<string, unknown> = { id: e.id, kind: e.kind, namespace: e.namespace, name: e.name };
  if (e.hostNetwork) out.hostNetwork = true;
  return out;
}

export function diagnosticJson(d: Diagnostic): Record<string, unknown> {
  const out: Record<string, unknown> = { severity: d.severity, code: d.code, file: d.file, line: d.line, message: d.message };
  if (d.side) out.side = d.side;
  return out;
}

/**
 * The `reach --format json` contract (PRODUCT.md): `version`, `endpoints`, `flows`,
 * `diagnostics`; plus the lint `warnings` of the state when the analysis is given.
 */
export function renderReachJson(a: ReachAnalysis | ReachResult): string {
  const r = 'result' in a ? a.result : a;
  const json = {
    version: 1,
    endpoints: r.endpoints.map(endpointJson),
    flows: r.flows.map((f) => ({ from: r.endpoints[f.from]!.id, to: r.endpoints[f.to]!.id, allow: connsToJson(f.conns) })),
    diagnostics: r.diagnostics.map(diagnosticJson),
    ...('result' in a ? { warnings: a.warnings.map((w) => ({ ...w })) } : {}),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** A reach endpoint, plus `presence` for a workload that exists on one side only. */
export function diffEndpointJson(e: DiffEndpoint): Record<string, unknown> {
  const out = endpointJson(e);
  if (e.kind !== 'External' && e.presence !== 'both') out.presence = e.presence;
  return out;
}

/** The counts as the JSON has always named them: `changed` counts narrowed, widened and replaced ports. */
function countsJson(c: DiffCounts): Record<string, number> {
  return { opened: c.opened, closed: c.closed, changed: c.portsChanged, violations: c.violations, newViolations: c.newViolations, resolved: c.resolved, errors: c.errors };
}

function violationJson(v: Violation, id: (i: number) => string): Record<string, unknown> {
  return {
    rule: v.rule.name,
    kind: v.rule.kind,
    from: v.from === null ? null : id(v.from),
    to: v.to === null ? null : id(v.to),
    ports: connsToJson(v.ports),
    new: v.isNew,
    message: v.message,
    file: v.rule.source.file,
    line: v.rule.source.line,
  };
}

/**
 * The `diff --format json` contract (PRODUCT.md): `version`, `endpoints`, `changes`, `violations`
 * and `diagnostics` (inputs of both sides and the rules file); everything, never folded. Extra
 * fields: `resolved` (violations of base that head fixed), `counts`, `exitCode`, `reason` and the lint `warnings` of the head state (each with `new`:
 * whether the base state lacked it).
 */
export function buildDiffJson(run: DiffAnalysis): Record<string, unknown> {
  const d = run.diff;
  const id = (i: number) => d.endpoints[i]!.id;
  const changeAt = new Map(d.changes.map((c) => [`${c.from}:${c.to}`, c]));
  return {
    version: 1,
    endpoints: d.endpoints.map(diffEndpointJson),
    changes: d.changes.map((c) => ({
      from: id(c.from),
      to: id(c.to),
      change: c.group.kind,
      before: connsToJson(c.group.before),
      after: connsToJson(c.group.after),
      opened: connsToJson(c.group.opened),
      closed: connsToJson(c.group.closed),
      because: c.group.because,
    })),
    violations: run.violations.map((v) => ({ ...violationJson(v, id), because: v.from === null || v.to === null ? [] : (changeAt.get(`${v.from}:${v.to}`)?.group.because ?? []).filter((b) => b.side === 'head' && b.role === 'allows') })),
    resolved: run.resolved.map((v) => {
      const { new: _new, ...rest } = violationJson(v, id);
      return rest;
    }),
    diagnostics: run.diagnostics.map(diagnosticJson),
    warnings: run.warnings.map(({ warning, isNew }) => ({ ...warning, new: isNew })),
    counts: countsJson(run.counts),
    exitCode: run.exitCode,
    reason: run.reason,
  };
}

/** The JSON report, pretty-printed, with a final newline. */
export function renderDiffJson(run: DiffAnalysis): string {
  return `${JSON.stringify(buildDiffJson(run), null, 2)}\n`;
}
