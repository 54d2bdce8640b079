import type { ChangeGroup, DiffResult, JointClass } from './types';

/** The endpoints of some joint classes, ascending (classes never share an endpoint). */
export function membersOf(classes: readonly number[], jointClasses: readonly JointClass[]): number[] {
  if (classes.length === 1) return jointClasses[classes[0]!]!.members;
  return classes.flatMap((c) => jointClasses[c]!.members).sort((a, b) => a - b);
}

/**
 * How many ordered endpoint pairs a group stands for: every member of its source classes to every
 * member of its target classes, without self pairs (A-29; only classes on both sides have any).
 */
export function groupPairs(g: Pick<ChangeGroup, 'fromClasses' | 'toClasses'>, jointClasses: readonly JointClass[]): number {
  const size = (c: number) => jointClasses[c]!.members.length;
  let a = 0;
  for (const c of g.fromClasses) a += size(c);
  let b = 0;
  let self = 0;
  const from = new Set(g.fromClasses);
  for (const c of g.toClasses) {
    b += size(c);
    if (from.has(c)) self += size(c);
  }
  return a * b - self;
}

/** The changed pairs of a diff, counted per group (never listed). */
export function changedPairCount(diff: Pick<DiffResult, 'groups' | 'jointClasses'>): number {
  let n = 0;
  for (const g of diff.groups) n += groupPairs(g, diff.jointClasses);
  return n;
}

/**
 * Walks the changed pairs one at a time, group by group (for `--format ndjson` and for tests that
 * compare with a per-pair reference): constant memory, whatever the number of pairs.
 */
export function* changedPairs(diff: Pick<DiffResult, 'groups' | 'jointClasses'>): Generator<{ from: number; to: number; group: ChangeGroup }> {
  for (const group of diff.groups) {
    const targets = membersOf(group.toClasses, diff.jointClasses);
    for (const fc of group.fromClasses) {
      for (const from of diff.jointClasses[fc]!.members) {
        for (const to of targets) if (from !== to) yield { from, to, group };
      }
    }
  }
}

/** Whether a sorted list holds `x` (binary search). */
function holds(sorted: readonly number[], x: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === x) return true;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The change of a pair of joint classes, looked up in an index built once per diff: the groups of
 * each source class (a handful), then a binary search of their target classes. Undefined where
 * the pair did not change.
 */
export function changeIndex(diff: Pick<DiffResult, 'groups'>): (fromClass: number, toClass: number) => ChangeGroup | undefined {
  const byRow = new Map<number, ChangeGroup[]>();
  for (const g of diff.groups) {
    for (const f of g.fromClasses) {
      const list = byRow.get(f);
      if (list) list.push(g);
      else byRow.set(f, [g]);
    }
  }
  return (f, t) => byRow.get(f)?.find((g) => holds(g.toClasses, t));
}
