import type { Because, ChangeGroup, ChangeKind, DiffResult } from '../../diff/compute-diff';
import { connsKey, type Conns } from '../../model/conns';
import type { FlowRule, Violation } from '../../rules/types';
import { blockPairs, mergeBlocks, type Block } from './merge-blocks';

/** A rule broken by some pair of a row. */
export interface RuleBreak {
  rule: FlowRule;
  isNew: boolean;
}

/** One row of the change table: sources × targets (no self pairs) that changed alike. */
export interface ChangeRow {
  kind: ChangeKind;
  sources: number[];
  targets: number[];
  /** Endpoint pairs the row stands for. */
  pairs: number;
  before: Conns;
  after: Conns;
  opened: Conns;
  closed: Conns;
  because: readonly Because[];
  /** Rules the row's pairs break; empty for most rows. */
  breaks: RuleBreak[];
}

const KIND_RANK: Record<ChangeKind, number> = { opened: 2, closed: 3, narrowed: 4, widened: 5, changed: 6 };

function becauseKey(b: readonly Because[]): string {
  return b.map((x) => `${x.side}:${x.role}:${x.direction}:${x.policy}:${x.file}:${x.line}`).join(';');
}

/** Interned sets are shared objects, so their keys are computed once. */
const connsKeys = new WeakMap<Conns, string>();
function cachedConnsKey(c: Conns): string {
  let k = connsKeys.get(c);
  if (k === undefined) connsKeys.set(c, (k = connsKey(c)));
  return k;
}

function groupKey(g: ChangeGroup): string {
  return `${g.kind}|${cachedConnsKey(g.before)}|${cachedConnsKey(g.after)}|${becauseKey(g.because)}`;
}

function breakKey(b: RuleBreak): string {
  return `${b.isNew ? 0 : 1}|${b.rule.kind}|${b.rule.name}|${b.rule.source.file}|${b.rule.source.line}`;
}

/** The rank of a row: new rule breaks first, then pre-existing ones, then by kind of change. */
export function rowRank(r: Pick<ChangeRow, 'kind' | 'breaks'>): number {
  if (r.breaks.some((b) => b.isNew)) return 0;
  if (r.breaks.length) return 1;
  return KIND_RANK[r.kind];
}

/** What a row's rule breaks amount to: forbidden when any broken rule forbids, new when any break is new; null when it breaks none. */
export function rowBreak(r: Pick<ChangeRow, 'breaks'>): { forbidden: boolean; isNew: boolean } | null {
  if (!r.breaks.length) return null;
  return { forbidden: r.breaks.some((b) => b.rule.kind === 'forbid'), isNew: r.breaks.some((b) => b.isNew) };
}

/** Rule breaks per endpoint pair (`from * n + to`), deduplicated and sorted. */
function breaksByPair(diff: DiffResult, violations: readonly Violation[]): Map<number, RuleBreak[]> {
  const n = diff.endpoints.length;
  const out = new Map<number, Map<string, RuleBreak>>();
  for (const v of violations) {
    if (v.from === null || v.to === null) continue;
    const k = v.from * n + v.to;
    const m = out.get(k) ?? new Map<string, RuleBreak>();
    const b = { rule: v.rule, isNew: v.isNew };
    m.set(breakKey(b), b);
    out.set(k, m);
  }
  return new Map([...out].map(([k, m]) => [k, [...m.keys()].sort().map((key) => m.get(key)!)]));
}

type RowBlock = Block<{ group: ChangeGroup; breaks: RuleBreak[] }>;

/**
 * The blocks of a group some of whose pairs break rules (rules can name single workloads): the
 * broken pairs alone, the rest of their sources (or targets, whichever are fewer) alone, and the
 * untouched rest as one rectangle.
 */
function splitBroken(g: ChangeGroup, sources: readonly number[], targets: readonly number[], broken: readonly [number, number, RuleBreak[]][], key: string): RowBlock[] {
  const bySource = new Map<number, Map<number, RuleBreak[]>>();
  const byTarget = new Map<number, Map<number, RuleBreak[]>>();
  for (const [s, t, b] of broken) {
    bySource.set(s, (bySource.get(s) ?? new Map()).set(t, b));
    byTarget.set(t, (byTarget.get(t) ?? new Map()).set(s, b));
  }
  const alongSources = bySource.size <= byTarget.size;
  const [outer, inner, index] = alongSources ? [sources, targets, bySource] : [targets, sources, byTarget];
  const block = (o: number[], i: number[], k: string, breaks: RuleBreak[]): RowBlock =>
    alongSources ? { sources: o, targets: i, key: k, value: { group: g, breaks } } : { sources: i, targets: o, key: k, value: { group: g, breaks } };
  const out: RowBlock[] = [];
  const clean = outer.filter((o) => !index.has(o));
  if (clean.length) out.push(block(clean, [...inner], key, []));
  for (const [o, hits] of [...index].sort((a, b) => a[0] - b[0])) {
    const rest = inner.filter((i) => i !== o && !hits.has(i));
    if (rest.length) out.push(block([o], rest, key, []));
    for (const [i, b] of [...hits].sort((x, y) => x[0] - y[0])) out.push(block([o], [i], `${key}|${b.map(breakKey).join(';')}`, b));
  }
  return out;
}

/**
 * The change table's rows: change groups (joint class × joint class) merged into rectangles with
 * the same change, the same explanation and the same rule breaks; sorted rule breaks first, then
 * opened, closed, narrowed, widened, changed.
 */
export function buildChangeRows(diff: DiffResult, violations: readonly Violation[]): ChangeRow[] {
  const n = diff.endpoints.length;
  const groupOf = new Map(diff.groups.map((g) => [`${g.fromClass}:${g.toClass}`, g]));
  const broken = new Map<ChangeGroup, [number, number, RuleBreak[]][]>();
  for (const [k, b] of breaksByPair(diff, violations)) {
    const [s, t] = [Math.floor(k / n), k % n];
    const g = groupOf.get(`${diff.endpoints[s]!.joint}:${diff.endpoints[t]!.joint}`);
    if (!g) continue;
    const list = broken.get(g);
    if (list) list.push([s, t, b]);
    else broken.set(g, [[s, t, b]]);
  }
  const blocks: RowBlock[] = [];
  for (const g of diff.groups) {
    const sources = diff.jointClasses[g.fromClass]!.members;
    const targets = diff.jointClasses[g.toClass]!.members;
    const pairs = broken.get(g);
    if (pairs) blocks.push(...splitBroken(g, sources, targets, pairs, groupKey(g)));
    else blocks.push({ sources: [...sources], targets: [...targets], key: groupKey(g), value: { group: g, breaks: [] } });
  }
  const rows = mergeBlocks(blocks).map((b): ChangeRow => {
    const g = b.value.group;
    return { kind: g.kind, sources: b.sources, targets: b.targets, pairs: blockPairs(b), before: g.before, after: g.after, opened: g.opened, closed: g.closed, because: g.because, breaks: b.value.breaks };
  });
  return rows.sort((a, b) => rowRank(a) - rowRank(b) || a.sources[0]! - b.sources[0]! || a.targets[0]! - b.targets[0]! || a.sources.length - b.sources.length || a.targets.length - b.targets.length);
}
