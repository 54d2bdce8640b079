import { connsToJson } from '../model/conns';
import type { DiffAnalysis } from '../analysis-result';
import type { DiffEndpoint } from '../diff/compute-diff';
import { lintReachability } from '../engine/lint';
import { diagnosticJson, endpointJson } from './render-reach-json';

/** A reach endpoint, plus `presence` for a workload that exists on one side only. */
export function diffEndpointJson(e: DiffEndpoint): Record<string, unknown> {
  const out = endpointJson(e);
  if (e.kind !== 'External' && e.presence !== 'both') out.presence = e.presence;
  return out;
}

/**
 * The `diff --format json` contract (PRODUCT.md): `version`, `endpoints`, `changes`, `violations`
 * and `diagnostics` (inputs of both sides and the rules file); everything, never folded. Extra
 * fields: `counts`, `exitCode`, `reason` and the lint `warnings` of the head state.
 */
export function buildDiffJson(run: DiffAnalysis): Record<string, unknown> {
  const d = run.diff;
  const id = (i: number) => d.endpoints[i]!.id;
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
    violations: run.violations.map((v) => ({
      rule: v.rule.name,
      kind: v.rule.kind,
      from: v.from === null ? null : id(v.from),
      to: v.to === null ? null : id(v.to),
      ports: connsToJson(v.ports),
      new: v.isNew,
      message: v.message,
      file: v.rule.source.file,
      line: v.rule.source.line,
    })),
    diagnostics: run.diagnostics.map(diagnosticJson),
    warnings: lintReachability(d.head).map((w) => ({ ...w })),
    counts: run.counts,
    exitCode: run.exitCode,
    reason: run.reason,
  };
}

/** The JSON report, pretty-printed, with a final newline. */
export function renderDiffJson(run: DiffAnalysis): string {
  return `${JSON.stringify(buildDiffJson(run), null, 2)}\n`;
}
