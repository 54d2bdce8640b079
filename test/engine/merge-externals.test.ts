import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrsOf, mergeExternals } from '../../src/engine/merge-externals';
import { rangeToCidrs } from '../../src/model/cidr';

describe('cidrsOf (IPv4 without bigints)', () => {
  it.each([
    [0n, 2n ** 32n - 1n],
    [0n, 0n],
    [2n ** 32n - 1n, 2n ** 32n - 1n],
    [167772160n, 184549375n],
    [167772161n, 184549374n],
  ])('%s-%s is what rangeToCidrs gives', (lo, hi) => {
    expect(cidrsOf({ family: 4, lo, hi })).toEqual(rangeToCidrs({ family: 4, lo, hi }));
  });

  it('agrees with rangeToCidrs on random IPv4 ranges', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 32n - 1n }), fc.bigInt({ min: 0n, max: 2n ** 32n - 1n }), (a, b) => {
        const r = { family: 4 as const, lo: a < b ? a : b, hi: a < b ? b : a };
        expect(cidrsOf(r)).toEqual(rangeToCidrs(r));
      }),
      { numRuns: 500 },
    );
  });
});

describe('mergeExternals (A-23: touching intervals with the same flows are one endpoint, never across families)', () => {
  const v4 = (lo: bigint, hi: bigint) => ({ family: 4 as const, lo, hi });
  const summary = (intervals: Parameters<typeof mergeExternals>[0], keys: (string | number)[]) =>
    mergeExternals(intervals, (i) => keys[i]!).map((m) => ({ id: m.id, cidrs: m.cidrs, parts: m.parts }));

  it('merges touching intervals with one key; the id is the CIDR when there is one, else the range', () => {
    expect(summary([v4(0n, 9n), v4(10n, 15n)], ['a', 'a'])).toEqual([{ id: '0.0.0.0/28', cidrs: ['0.0.0.0/28'], parts: [0, 1] }]);
    expect(summary([v4(0n, 9n), v4(10n, 18n)], [1, 1])).toEqual([{ id: '0.0.0.0-0.0.0.18', cidrs: ['0.0.0.0/28', '0.0.0.16/31', '0.0.0.18/32'], parts: [0, 1] }]);
  });

  it('keeps intervals apart when their keys differ, when they do not touch, or when their families differ', () => {
    expect(summary([v4(0n, 9n), v4(10n, 15n)], ['a', 'b']).map((m) => m.parts)).toEqual([[0], [1]]);
    expect(summary([v4(0n, 9n), v4(11n, 15n)], ['a', 'a']).map((m) => m.parts)).toEqual([[0], [1]]);
    const top = 2n ** 32n - 1n;
    const merged = summary([v4(top, top), { family: 6, lo: top + 1n, hi: top + 1n }], ['a', 'a']);
    expect(merged.map((m) => m.id)).toEqual(['255.255.255.255/32', '::1:0:0/128']);
  });
});
