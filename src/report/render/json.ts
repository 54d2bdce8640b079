import { type Conns, connsToJson } from '../../model/conns';
import { computeExposure, type DirectionExposure } from '../model/exposure';
import type { Diagnostic, Workload } from '../../model/types';
import { flowBlocks, flowPairs, type ReachResult, type ResultEndpoint } from '../../engine/reach-result';
import type { DiffAnalysis, DiffCounts, ReachAnalysis } from '../../analysis-result';
import type { ChangeGroup, DiffEndpoint, DiffResult } from '../../diff/compute-diff';
import type { Violation } from '../../rules/types';
import { membersOf } from '../../diff/change-pairs';
import { groupKey } from '../model/change-rows';
import { blockPairs, mergeBlocks, mergeSides, type Block } from '../model/merge-blocks';

/** An endpoint as the JSON contract writes it; `hostNetwork` only when set (A-31). */
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

/** The version of the JSON contract (README "JSON output"): 2 writes flows and changes as blocks. */
export const JSON_VERSION = 2;

/** An array field written one element at a time. */
class LazyArray {
  constructor(readonly items: () => Iterable<unknown>) {}
}

const isScalar = (x: unknown) => x === null || typeof x !== 'object';

/** A list of scalars, or of lists of scalars, on one line. */
function inlineJson(v: unknown): string {
  return Array.isArray(v) ? `[${v.map(inlineJson).join(', ')}]` : (JSON.stringify(v) ?? 'null');
}

/**
 * `JSON.stringify(value, null, 2)` at `indent`, except that a list of scalars or of lists of
 * scalars (a block's endpoint ids, an endpoint's CIDRs, a protocol's port ranges) is written on
 * one line: ids are most of a large report, and a line each would add a third to its size.
 */
export function formatJson(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    if (!value.length) return '[]';
    if (value.every((x) => isScalar(x) || (Array.isArray(x) && x.every(isScalar)))) return inlineJson(value);
    return `[\n${value.map((x) => `${indent}  ${formatJson(x, `${indent}  `)}`).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (!entries.length) return '{}';
    return `{\n${entries.map(([k, v]) => `${indent}  ${JSON.stringify(k)}: ${formatJson(v, `${indent}  `)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** An object inside a lazy array whose own fields are written chunk by chunk (an environment). */
class ChunkedObject {
  constructor(readonly fields: readonly (readonly [string, unknown])[]) {}
}

/** One object's chunks at an indentation: plain values whole, lazy arrays element by element. */
function* objectChunks(fields: readonly (readonly [string, unknown])[], pad: string): Generator<string> {
  if (!fields.length) {
    yield '{}';
    return;
  }
  yield '{';
  let first = true;
  for (const [key, value] of fields) {
    yield `${first ? '' : ','}\n${pad}  ${JSON.stringify(key)}: `;
    first = false;
    if (!(value instanceof LazyArray)) {
      yield formatJson(value, `${pad}  `);
      continue;
    }
    let n = 0;
    for (const item of value.items()) {
      yield `${n++ ? ',' : '['}\n${pad}    `;
      if (item instanceof ChunkedObject) yield* objectChunks(item.fields, `${pad}    `);
      else yield formatJson(item, `${pad}    `);
    }
    yield n ? `\n${pad}  ]` : '[]';
  }
  yield `\n${pad}}`;
}

/**
 * A JSON document as a sequence of small chunks: the top-level fields, and the elements of lazy
 * arrays one by one, so that no report is ever one string (a string has a maximum length, and a
 * large one is a large allocation). Joined, the chunks are `JSON.stringify(doc, null, 2)` but for
 * lists of strings (the endpoint ids of a block), written on one line (formatJson).
 */
export function* jsonChunks(fields: readonly (readonly [string, unknown])[]): Generator<string> {
  yield* objectChunks(fields, '');
  yield '\n';
}

const ids = (endpoints: readonly { id: string }[], list: readonly number[]) => list.map((i) => endpoints[i]!.id);

/** The flows of one state as merged blocks: the pairs of each block allow the same. */
function reachFlowBlocks(r: ReachResult): Block<Conns>[] {
  const blocks = flowBlocks(r).map((b): Block<Conns> => ({ sources: b.sources, targets: b.targets, key: String(b.id), value: b.conns }));
  return mergeBlocks(blocks).sort((x, y) => x.sources[0]! - y.sources[0]! || x.targets[0]! - y.targets[0]!);
}

/**
 * The `reach --format json` contract (README "JSON output"), as chunks: `version`, `endpoints`,
 * `flows` as blocks (`from` × `to`, not a source to itself), `diagnostics`; plus the lint
 * `warnings` of the state when the analysis is given.
 */
export function reachJsonChunks(a: ReachAnalysis | ReachResult): Generator<string> {
  const r = 'result' in a ? a.result : a;
  return jsonChunks([
    ['version', JSON_VERSION],
    ['endpoints', new LazyArray(() => r.endpoints.map(endpointJson))],
    ['flows', new LazyArray(() => reachFlowBlocks(r).map((b) => ({ from: ids(r.endpoints, b.sources), to: ids(r.endpoints, b.targets), allow: connsToJson(b.value) })))],
    ...exposureJson(r),
    ['diagnostics', r.diagnostics.map(diagnosticJson)],
    ...('result' in a ? [['warnings', a.warnings.map((w) => ({ ...w }))] as const] : []),
  ]);
}

/** Issue 11: `exposure`, one entry per group of workloads with the same exposure; absent with exposure off. */
function exposureJson(r: ReachResult): (readonly [string, unknown])[] {
  const groups = computeExposure(r);
  if (!groups) return [];
  const dir = (d: DirectionExposure) => ({ cluster: connsToJson(d.cluster), external: connsToJson(d.external), isolated: d.isolated });
  return [['exposure', groups.map((g) => ({ workloads: ids(r.endpoints, g.workloads), ingress: dir(g.ingress), egress: dir(g.egress) }))]];
}

/** The `reach --format json` contract as one string: for tests and small states. */
export function renderReachJson(a: ReachAnalysis | ReachResult): string {
  return [...reachJsonChunks(a)].join('');
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

/**
 * The changes as blocks: each group (a rectangle of joint classes) is a block, and blocks with the
 * same change and explanation are merged into larger rectangles (report/model/merge-blocks). The
 * blocks are disjoint and hold exactly the changed pairs. They are merged as classes, and each
 * block's endpoints are listed only when it is reached: a big change holds many blocks, and their
 * endpoint lists, all at once, would be many times the size of the diff.
 */
export function* changeBlocks(d: DiffResult): Generator<Block<ChangeGroup>> {
  const classBlocks = mergeSides(d.groups.map((g): Block<ChangeGroup> => ({ sources: g.fromClasses, targets: g.toClasses, key: groupKey(g), value: g })));
  // Classes are numbered in the order of their first endpoint: this is the order of the first source, then of the first target.
  classBlocks.sort((x, y) => x.sources[0]! - y.sources[0]! || x.targets[0]! - y.targets[0]!);
  for (const b of classBlocks) yield { sources: membersOf(b.sources, d.jointClasses), targets: membersOf(b.targets, d.jointClasses), key: b.key, value: b.value };
}

/** The JSON of the change blocks, one at a time. */
function* changesJson(d: DiffResult): Generator<Record<string, unknown>> {
  for (const b of changeBlocks(d)) yield { from: ids(d.endpoints, b.sources), to: ids(d.endpoints, b.targets), pairs: blockPairs(b), ...changeFields(b.value) };
}

function changeFields(g: ChangeGroup): Record<string, unknown> {
  return { change: g.kind, before: connsToJson(g.before), after: connsToJson(g.after), opened: connsToJson(g.opened), closed: connsToJson(g.closed), because: g.because };
}

function violationJson(v: Violation, endpoints: readonly DiffEndpoint[]): Record<string, unknown> {
  return {
    rule: v.rule.name,
    kind: v.rule.kind,
    from: ids(endpoints, v.sources),
    to: ids(endpoints, v.targets),
    pairs: v.pairs,
    ports: connsToJson(v.ports),
    new: v.isNew,
    message: v.message,
    file: v.rule.source.file,
    line: v.rule.source.line,
  };
}

/** A violation of base that head fixed: a violation block without `new`. */
function resolvedJson(v: Violation, endpoints: readonly DiffEndpoint[]): Record<string, unknown> {
  const { new: _new, ...rest } = violationJson(v, endpoints);
  return rest;
}

/**
 * The content of a diff report: `endpoints`, `changes` (blocks), `violations` (blocks),
 * `resolved` (blocks of base's violations that head fixed) and `diagnostics` (inputs of both
 * sides and the rules file), then `warnings` (lint of the head
 * state, each with `new`) and `counts` (pairs). Everything, never folded. One environment's
 * worth: the document wraps it (diffJsonChunks).
 */
function diffContentFields(run: DiffAnalysis): [string, unknown][] {
  const d = run.diff;
  return [
    ['endpoints', new LazyArray(() => d.endpoints.map(diffEndpointJson))],
    ['changes', new LazyArray(() => changesJson(d))],
    ['violations', new LazyArray(() => run.violations.map((v) => violationJson(v, d.endpoints)))],
    ['resolved', new LazyArray(() => run.resolved.map((v) => resolvedJson(v, d.endpoints)))],
    ['diagnostics', new LazyArray(() => run.diagnostics.map(diagnosticJson))],
    ['warnings', new LazyArray(() => run.warnings.map(({ warning, isNew }) => ({ ...warning, new: isNew })))],
    ['counts', countsJson(run.counts)],
  ];
}

/** One environment of a diff report (issue 13): its name, its source (as the rules file gives it) and its analysis. */
export interface JsonEnvironment {
  name: string;
  source: Record<string, unknown>;
  run: DiffAnalysis;
}

/** The environment a report of manifests read as they are (no rendering) holds. */
export const PLAIN_ENVIRONMENT = { name: 'manifests', source: { kind: 'manifests', text: 'the manifests as they are' } } as const;

/** The verdict over all environments: the top level of the report. */
export interface JsonVerdict {
  counts: DiffCounts;
  exitCode: number;
  reason: string;
  /** Whether flowgate detected the environments (the rules file names none). */
  detected?: boolean;
  /** The render tools' versions. */
  tools?: readonly string[];
}

/**
 * The `diff --format json` contract (README "JSON output"), as chunks to write one after the
 * other: `version`, `environments` (always a list, one entry when there is one environment, so
 * the shape never flips: each its `name`, `source` and its content), then the verdict over all
 * of them: `counts` (summed), `exitCode`, `reason`, `detected`, `tools`.
 */
export function environmentsJsonChunks(environments: readonly JsonEnvironment[], verdict: JsonVerdict): Generator<string> {
  const items = () => environments.map((e) => new ChunkedObject([['name', e.name], ['source', e.source], ...diffContentFields(e.run)]));
  return jsonChunks([
    ['version', JSON_VERSION],
    ['environments', new LazyArray(items)],
    ['counts', countsJson(verdict.counts)],
    ['exitCode', verdict.exitCode],
    ['reason', verdict.reason],
    ['detected', verdict.detected ?? false],
    ['tools', verdict.tools ?? []],
  ]);
}

/** The JSON report of one analysis of the manifests as they are: one environment. */
export function diffJsonChunks(run: DiffAnalysis): Generator<string> {
  return environmentsJsonChunks([{ ...PLAIN_ENVIRONMENT, run }], run);
}

/** The JSON report as one string, with a final newline: for tests and small diffs (writers use diffJsonChunks). */
export function renderDiffJson(run: DiffAnalysis): string {
  return [...diffJsonChunks(run)].join('');
}

/**
 * `diff --format ndjson`: one line per changed pair (`from`, `to`, then the fields of its change),
 * produced while it is written: the memory stays constant whatever the number of pairs.
 */
export function* diffNdjsonLines(run: DiffAnalysis, environment: string = PLAIN_ENVIRONMENT.name): Generator<string> {
  const d = run.diff;
  // Issue 13: every line names its environment, first.
  const env = `{"environment":${JSON.stringify(environment)},`;
  for (const g of d.groups) {
    const tail = JSON.stringify(changeFields(g)).slice(1);
    const targets = membersOf(g.toClasses, d.jointClasses);
    for (const i of membersOf(g.fromClasses, d.jointClasses)) {
      const from = `${env}"from":${JSON.stringify(d.endpoints[i]!.id)},"to":`;
      for (const j of targets) if (i !== j) yield `${from}${JSON.stringify(d.endpoints[j]!.id)},${tail}\n`;
    }
  }
}

/** `reach --format ndjson`: one line per flow (`from`, `to`, `allow`), produced while it is written. */
export function* reachNdjsonLines(r: ReachResult): Generator<string> {
  for (const f of flowPairs(r)) yield `${JSON.stringify({ from: r.endpoints[f.from]!.id, to: r.endpoints[f.to]!.id, allow: connsToJson(f.conns) })}\n`;
}
