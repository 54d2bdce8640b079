import type { Because, ChangeGroup, ChangeKind, DiffResult } from '../../diff/compute-diff';
import { connsKey, type Conns } from '../../model/conns';
import type { FlowRule, Violation } from '../../rules/types';
import { membersOf } from '../../diff/change-pairs';
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

/** What makes two groups alike in a report: the kind of change, before, after and the explanation. */
export function groupKey(g: ChangeGroup): string {
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

type RowBlock = Block<{ group: ChangeGroup; breaks: RuleBreak[] }>;

/** A violation block with its ends as sets, for membership tests. */
interface BreakBlock {
  brk: RuleBreak;
  sources: ReadonlySet<number>;
  targets: ReadonlySet<number>;
}

/** Violation blocks by the head classes of their ends (every block lies within one head class pair). */
function breaksByHeadClasses(diff: DiffResult, violations: readonly Violation[]): Map<string, BreakBlock[]> {
  const out = new Map<string, BreakBlock[]>();
  for (const v of violations) {
    if (!v.pairs) continue;
    const k = `${diff.endpoints[v.sources[0]!]!.head}:${diff.endpoints[v.targets[0]!]!.head}`;
    const b: BreakBlock = { brk: { rule: v.rule, isNew: v.isNew }, sources: new Set(v.sources), targets: new Set(v.targets) };
    const list = out.get(k);
    if (list) list.push(b);
    else out.set(k, [b]);
  }
  return out;
}

/** The violation blocks that lie within the head class pairs a group spans. */
function candidateBreaks(diff: DiffResult, g: ChangeGroup, breaks: Map<string, BreakBlock[]>): BreakBlock[] {
  const heads = (classes: readonly number[]) => new Set(classes.map((c) => diff.jointClasses[c]!.head).filter((h) => h >= 0));
  const fromHeads = heads(g.fromClasses);
  const toHeads = heads(g.toClasses);
  const out: BreakBlock[] = [];
  if (fromHeads.size * toHeads.size <= breaks.size) {
    for (const fh of fromHeads) for (const th of toHeads) out.push(...(breaks.get(`${fh}:${th}`) ?? []));
    return out;
  }
  for (const [k, list] of breaks) {
    const [fh, th] = k.split(':').map(Number);
    if (fromHeads.has(fh!) && toHeads.has(th!)) out.push(...list);
  }
  return out;
}

/** Splits `members` by which of `sets` hold each member: one part per distinct list of blocks. */
function partsBy(members: readonly number[], blocks: readonly BreakBlock[], side: 'sources' | 'targets'): { members: number[]; blocks: number[] }[] {
  const parts = new Map<string, { members: number[]; blocks: number[] }>();
  for (const m of members) {
    const hits: number[] = [];
    blocks.forEach((b, k) => {
      if (b[side].has(m)) hits.push(k);
    });
    const key = hits.join(',');
    const part = parts.get(key);
    if (part) part.members.push(m);
    else parts.set(key, { members: [m], blocks: hits });
  }
  return [...parts.values()];
}

/**
 * The blocks of a group that some violation blocks overlap (rules can name single workloads):
 * sources split by the violation blocks that hold them, targets likewise, and each part × part
 * breaks the rules of the blocks that hold both.
 */
function splitBroken(g: ChangeGroup, sources: readonly number[], targets: readonly number[], blocks: readonly BreakBlock[], key: string): RowBlock[] {
  const out: RowBlock[] = [];
  const targetParts = partsBy(targets, blocks, 'targets');
  for (const sp of partsBy(sources, blocks, 'sources')) {
    for (const tp of targetParts) {
      const both = sp.blocks.filter((k) => tp.blocks.includes(k));
      const unique = new Map(both.map((k) => [breakKey(blocks[k]!.brk), blocks[k]!.brk]));
      const breaks = [...unique.keys()].sort().map((k) => unique.get(k)!);
      out.push({ sources: sp.members, targets: tp.members, key: breaks.length ? `${key}|${[...unique.keys()].sort().join(';')}` : key, value: { group: g, breaks } });
    }
  }
  return out;
}

/**
 * The change table's rows: change groups (rectangles of joint classes) merged into rectangles with
 * the same change, the same explanation and the same rule breaks; sorted rule breaks first, then
 * opened, closed, narrowed, widened, changed.
 */
export function buildChangeRows(diff: DiffResult, violations: readonly Violation[]): ChangeRow[] {
  const breaks = breaksByHeadClasses(diff, violations);
  const blocks: RowBlock[] = [];
  for (const g of diff.groups) {
    const sources = membersOf(g.fromClasses, diff.jointClasses);
    const targets = membersOf(g.toClasses, diff.jointClasses);
    const candidates = breaks.size ? candidateBreaks(diff, g, breaks) : [];
    const overlapping = candidates.filter((b) => sources.some((m) => b.sources.has(m)) && targets.some((m) => b.targets.has(m)));
    if (overlapping.length) blocks.push(...splitBroken(g, sources, targets, overlapping, groupKey(g)));
    else blocks.push({ sources: [...sources], targets: [...targets], key: groupKey(g), value: { group: g, breaks: [] } });
  }
  const rows = mergeBlocks(blocks).map((b): ChangeRow => {
    const g = b.value.group;
    return { kind: g.kind, sources: b.sources, targets: b.targets, pairs: blockPairs(b), before: g.before, after: g.after, opened: g.opened, closed: g.closed, because: g.because, breaks: b.value.breaks };
  });
  return rows.sort((a, b) => rowRank(a) - rowRank(b) || a.sources[0]! - b.sources[0]! || a.targets[0]! - b.targets[0]! || a.sources.length - b.sources.length || a.targets.length - b.targets.length);
}
