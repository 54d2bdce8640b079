import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrsOf } from '../../src/engine/merge-externals';
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
