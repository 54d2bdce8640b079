import { describe, expect, it } from 'vitest';
import { changedPairCount, changedPairs, changeIndex, groupPairs, membersOf } from '../../src/diff/change-pairs';
import type { ChangeGroup, JointClass } from '../../src/diff/compute-diff';
import { NO_CONNS } from '../../src/model/conns';

/*
 * Issue 18: the pairs a diff's groups stand for (diff/change-pairs.ts), on hand-made joint
 * classes: every member of a source class to every member of a target class, never an endpoint to
 * itself.
 */

/** Joint classes with these members (base and head classes do not matter here). */
const classes = (...members: number[][]): JointClass[] => members.map((m, i) => ({ base: i, head: i, members: m }));

const group = (fromClasses: number[], toClasses: number[]): ChangeGroup => ({ fromClasses, toClasses, before: NO_CONNS, after: NO_CONNS, opened: NO_CONNS, closed: NO_CONNS, kind: 'opened', because: [] });

// Class 0: endpoints 0 and 3; class 1: 1; class 2: 2, 4 and 5.
const JC = classes([0, 3], [1], [2, 4, 5]);

describe('membersOf', () => {
  it('one class: its members; several: all their members ascending', () => {
    expect(membersOf([2], JC)).toEqual([2, 4, 5]);
    expect(membersOf([0, 1], JC)).toEqual([0, 1, 3]);
    expect(membersOf([2, 0], JC)).toEqual([0, 2, 3, 4, 5]);
    expect(membersOf([], JC)).toEqual([]);
  });
});

describe('groupPairs and changedPairCount: sources × targets without self pairs (A-29)', () => {
  it.each([
    ['disjoint classes', [0], [2], 6],
    ['one class to itself: 2 × 2 less its 2 self pairs', [0], [0], 2],
    ['a class of one to itself: no pair', [1], [1], 0],
    ['sources 0, 1 to targets 0, 2: 3 × 5 less the 2 self pairs of class 0', [0, 1], [0, 2], 13],
    ['three classes to the same three: 6 × 6 less 6', [0, 1, 2], [0, 1, 2], 30],
  ])('%s', (_what, from, to, pairs) => {
    const g = group(from, to);
    expect(groupPairs(g, JC)).toBe(pairs);
    expect([...changedPairs({ groups: [g], jointClasses: JC })]).toHaveLength(pairs);
  });

  it('counts over every group', () => {
    expect(changedPairCount({ groups: [group([0], [2]), group([1, 2], [0]), group([2], [2])], jointClasses: JC })).toBe(6 + 8 + 6);
    expect(changedPairCount({ groups: [], jointClasses: JC })).toBe(0);
  });
});

describe('changedPairs', () => {
  it('walks group by group, source class by class, members in order, targets ascending, skipping self pairs', () => {
    const g1 = group([0, 2], [0, 1]);
    const g2 = group([1], [2]);
    const pairs = [...changedPairs({ groups: [g1, g2], jointClasses: JC })].map(({ from, to, group: g }) => `${from}>${to}${g === g1 ? 'a' : 'b'}`);
    expect(pairs).toEqual(['0>1a', '0>3a', '3>0a', '3>1a', '2>0a', '2>1a', '2>3a', '4>0a', '4>1a', '4>3a', '5>0a', '5>1a', '5>3a', '1>2b', '1>4b', '1>5b']);
  });
});

describe('changeIndex', () => {
  it('finds the group of a pair of classes, and nothing for a pair no group holds', () => {
    const a = group([0, 2], [1, 3, 5, 8]);
    const b = group([1], [0, 2, 4, 6, 7, 9, 11]);
    const c = group([2], [0, 2]);
    const at = changeIndex({ groups: [a, b, c] });
    // Every target of a long sorted list is found (binary search over odd and even lengths).
    for (const t of [1, 3, 5, 8]) expect([t, at(0, t)]).toEqual([t, a]);
    for (const t of [1, 3, 5, 8]) expect([t, at(2, t)]).toEqual([t, a]);
    for (const t of [0, 2, 4, 6, 7, 9, 11]) expect([t, at(1, t)]).toEqual([t, b]);
    for (const t of [0, 2]) expect([t, at(2, t)]).toEqual([t, c]);
    for (const t of [-1, 0, 2, 4, 6, 7, 9]) expect([t, at(0, t)]).toEqual([t, undefined]);
    for (const t of [-1, 1, 3, 5, 8, 10, 12]) expect([t, at(1, t)]).toEqual([t, undefined]);
    expect(at(3, 1)).toBeUndefined();
    expect(changeIndex({ groups: [] })(0, 0)).toBeUndefined();
  });
});
