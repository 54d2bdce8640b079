import type { ChangeGroup, DiffResult, JointClass } from './types';

/**
 * How many ordered endpoint pairs a group stands for: every member of its source class to every
 * member of its target class, without self pairs (A-29; only a class paired with itself has any).
 */
export function groupPairs(g: Pick<ChangeGroup, 'fromClass' | 'toClass'>, jointClasses: readonly JointClass[]): number {
  const a = jointClasses[g.fromClass]!.members.length;
  if (g.fromClass === g.toClass) return a * (a - 1);
  return a * jointClasses[g.toClass]!.members.length;
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
    const targets = diff.jointClasses[group.toClass]!.members;
    for (const from of diff.jointClasses[group.fromClass]!.members) {
      for (const to of targets) if (from !== to) yield { from, to, group };
    }
  }
}
