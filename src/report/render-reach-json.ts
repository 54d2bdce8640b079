import { connsToJson } from '../model/conns';
import type { Diagnostic } from '../model/types';
import type { ReachResult, ResultEndpoint } from '../engine/reach-result';

/** An endpoint as the JSON contract writes it; `hostNetwork` only when set. */
export function endpointJson(e: Pick<ResultEndpoint, 'id' | 'kind'> & { namespace?: string; name?: string; cidrs?: string[]; hostNetwork?: boolean }): Record<string, unknown> {
  if (e.kind === 'External') return { id: e.id, kind: 'External', cidrs: e.cidrs };
  const out: Record<string, unknown> = { id: e.id, kind: e.kind, namespace: e.namespace, name: e.name };
  if (e.hostNetwork) out.hostNetwork = true;
  return out;
}

export function diagnosticJson(d: Diagnostic): Record<string, unknown> {
  const out: Record<string, unknown> = { severity: d.severity, code: d.code, file: d.file, line: d.line, message: d.message };
  if (d.side) out.side = d.side;
  return out;
}

/** The `reach --format json` contract (PRODUCT.md). */
export function renderReachJson(r: ReachResult): string {
  const json = {
    version: 1,
    endpoints: r.endpoints.map(endpointJson),
    flows: r.flows.map((f) => ({ from: r.endpoints[f.from]!.id, to: r.endpoints[f.to]!.id, allow: connsToJson(f.conns) })),
    diagnostics: r.diagnostics.map(diagnosticJson),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
