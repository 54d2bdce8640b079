import { connsToJson } from '../model/port-set';
import type { DiffEndpoint, DiffResult } from '../diff/compute-diff';
import { diagnosticJson } from './render-reach-json';
import type { Violation } from '../rules/types';

export function diffEndpointJson(e: DiffEndpoint): Record<string, unknown> {
  if (e.kind === 'External') return { id: e.id, kind: 'External', cidrs: e.cidrs };
  const out: Record<string, unknown> = { id: e.id, kind: e.kind, namespace: e.namespace, name: e.name };
  if (e.presence !== 'both') out.presence = e.presence;
  if (e.hostNetwork) out.hostNetwork = true;
  return out;
}

/** The `diff --format json` contract (PRODUCT.md): everything, never folded. */
export function buildDiffJson(d: DiffResult, violations: readonly Violation[]): Record<string, unknown> {
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
    violations: violations.map((v) => ({
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
    diagnostics: d.diagnostics.map(diagnosticJson),
  };
}

export function renderDiffJson(d: DiffResult, violations: readonly Violation[]): string {
  return `${JSON.stringify(buildDiffJson(d, violations), null, 2)}\n`;
}
