import type { DiffAnalysis } from '../analysis-result';
import type { FailOn } from '../model/types';
import type { Because, DiffResult } from '../diff/compute-diff';
import { formatConns } from '../model/conns';
import type { Diagnostic, SourceRef } from '../model/types';
import type { AnnotationLevel } from '../github/check-run';
import { escapeText } from '../report/render/escape';
import type { Violation } from '../rules/types';
import { changeIndex } from '../diff/change-pairs';

type ChangeAt = ReturnType<typeof changeIndex>;


/** A message for a line of a file, or for the run as a whole when `at` is null. */
export interface Annotation {
  at: SourceRef | null;
  level: AnnotationLevel;
  title: string;
  message: string;
}

function gates(v: Violation, failOn: FailOn): boolean {
  return failOn === 'any' || (failOn === 'new' && v.isNew);
}

/** The distinct joint classes of some endpoints, each with the endpoints of it. */
function byJoint(diff: DiffResult, members: readonly number[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const i of members) {
    const j = diff.endpoints[i]!.joint;
    const list = out.get(j);
    if (list) list.push(i);
    else out.set(j, [i]);
  }
  return out;
}

/**
 * The manifest lines to blame for a violation block: for a forbidden flow, the policy rules that
 * allow it now ('allows'); for a required flow that is cut, the policies that isolate it. Where no
 * policy is to blame (a new workload that nothing isolates), the workloads' own manifests. Work is
 * per pair of joint classes the block spans, looked up in an index (never a search of the changes).
 */
function blame(run: DiffAnalysis, changeAt: ChangeAt, v: Violation): SourceRef[] {
  const diff = run.diff;
  // T-4: a tiered Deny (or a Pass that handed the flow to a tier that dropped it) cuts a required flow too.
  const roles: readonly Because['role'][] = v.rule.kind === 'forbid' ? ['allows', 'passes'] : ['isolates', 'denies', 'passes'];
  const out = new Map<string, SourceRef>();
  const add = (ref: SourceRef) => out.set(`${ref.file}:${ref.line}`, ref);
  const addWorkloads = (members: readonly number[]) => {
    for (const i of members) {
      const e = diff.endpoints[i]!;
      if (e.kind !== 'External' && e.kind !== 'Unlisted' && e.presence !== 'removed') add(e.workload.source);
    }
  };
  // The workloads of a joint class are blamed once per block, not once per class pair it is in.
  const blamedFrom = new Set<number>();
  const blamedTo = new Set<number>();
  const targets = byJoint(diff, v.targets);
  for (const [jf, froms] of byJoint(diff, v.sources)) {
    for (const [jt, tos] of targets) {
      const change = changeAt(jf, jt);
      if (!change) continue;
      const lines = change.because.filter((b) => roles.includes(b.role) && b.side === 'head');
      for (const b of lines) add({ file: b.file, line: b.line });
      if (lines.length) continue;
      if (!blamedTo.has(jt)) addWorkloads(tos);
      if (!blamedFrom.has(jf)) addWorkloads(froms);
      blamedTo.add(jt);
      blamedFrom.add(jf);
    }
  }
  return [...out.values()];
}

function violationAnnotations(run: DiffAnalysis, failOn: FailOn): Annotation[] {
  const out: Annotation[] = [];
  const changeAt = changeIndex(run.diff);
  for (const v of run.violations) {
    const level: AnnotationLevel = gates(v, failOn) ? 'failure' : 'warning';
    const what = v.rule.kind === 'forbid' ? 'forbidden flow open' : 'required flow not open';
    const detail = v.message || `${v.pairs} flows, ${formatConns(v.ports)}`;
    const message = `${v.isNew ? 'New' : 'Pre-existing'} violation: ${detail} (rule at ${v.rule.source.file}:${v.rule.source.line})`;
    const title = `flowgate: ${what}`;
    const at = blame(run, changeAt, v);
    // Pre-existing violations that the PR does not touch stay in the report, not on its lines.
    if (!at.length) out.push({ at: v.isNew || level === 'failure' ? v.rule.source : null, level, title, message });
    for (const ref of at) out.push({ at: ref, level, title, message });
  }
  return out;
}

function diagnosticAnnotation(d: Diagnostic): Annotation {
  const level: AnnotationLevel = d.severity === 'error' ? 'failure' : d.severity === 'warning' ? 'warning' : 'notice';
  // A base-side file may not exist in the PR's head, so its message is not pinned to a line.
  const at = d.side === 'base' ? null : { file: d.file, line: Math.max(1, d.line) };
  const where = d.side === 'base' ? ` (base branch, ${d.file}:${d.line})` : '';
  return { at, level, title: `flowgate: ${d.code}`, message: `${d.message}${where}` };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const LEVEL_RANK: Record<AnnotationLevel, number> = { failure: 0, warning: 1, notice: 2 };

/**
 * The annotations of a run: violations on the manifest lines that caused them, and input
 * problems on their file and line. Annotations at the same line and level are merged; the
 * result is sorted (failures first, then by file and line) and deterministic.
 */
export function buildAnnotations(run: DiffAnalysis, failOn: FailOn): Annotation[] {
  // Annotations are plain text, but a line break or a bidi override quoted from a manifest or the
  // rules file could still fake a line or hide text: shown as \u{…} like in the report.
  const all = [...violationAnnotations(run, failOn), ...run.diagnostics.map(diagnosticAnnotation)].map((a) => ({ ...a, title: escapeText(a.title), message: escapeText(a.message) }));
  const merged = new Map<string, Annotation>();
  for (const a of all) {
    const key = a.at ? `${a.level}|${a.at.file}|${a.at.line}` : `${a.level}||${a.title}|${a.message}`;
    const prev = merged.get(key);
    if (!prev) merged.set(key, { ...a });
    else if (!prev.message.split('\n').includes(a.message)) {
      prev.message += `\n${a.message}`;
      if (prev.title !== a.title) prev.title = `flowgate: ${prev.message.split('\n').length} findings on this line`;
    }
  }
  return [...merged.values()].sort(
    (a, b) =>
      LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
      cmp(a.at?.file ?? '', b.at?.file ?? '') ||
      (a.at?.line ?? 0) - (b.at?.line ?? 0) ||
      cmp(a.message, b.message),
  );
}
