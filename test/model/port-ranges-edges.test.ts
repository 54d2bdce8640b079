import { describe, expect, test } from 'vitest';
import { intersectRanges, normalizeRanges, subtractRanges, unionRanges, type PortRanges } from '../../src/model/port-ranges';

// Edges of the port-range algebra where one comparison decides the answer (issue 18: a flipped
// `<` or `<=` here opens or closes a port in the diff).

describe('subtractRanges at the edges', () => {
  test.each<[string, PortRanges, PortRanges, PortRanges]>([
    ['a hole ending at the start', [[5, 10]], [[1, 5]], [[6, 10]]],
    ['a hole starting at the start', [[5, 10]], [[5, 6]], [[7, 10]]],
    ['a hole starting at the end', [[1, 10]], [[10, 12]], [[1, 9]]],
    ['a hole ending one before the end, then one at the end', [[1, 10]], [[1, 9], [10, 10]], []],
    ['a hole ending one before the end', [[1, 10]], [[1, 9]], [[10, 10]]],
    ['one hole across two ranges', [[1, 5], [8, 12]], [[4, 9]], [[1, 3], [10, 12]]],
    ['holes between and after', [[1, 3], [10, 20]], [[2, 2], [12, 12], [20, 30]], [[1, 1], [3, 3], [10, 11], [13, 19]]],
    ['a hole before everything', [[10, 20]], [[1, 2]], [[10, 20]]],
    ['nothing to subtract', [[10, 20]], [], [[10, 20]]],
  ])('%s', (_name, a, b, want) => {
    expect(subtractRanges(a, b)).toEqual(want);
  });
});

describe('intersectRanges at the edges', () => {
  test.each<[string, PortRanges, PortRanges, PortRanges]>([
    ['sharing one port', [[1, 5]], [[5, 9]], [[5, 5]]],
    ['touching, not sharing', [[1, 5]], [[6, 9]], []],
    ['same end, then more', [[1, 5], [7, 8]], [[3, 5], [8, 9]], [[3, 5], [8, 8]]],
    ['one range over several', [[1, 100]], [[2, 3], [50, 50], [99, 120]], [[2, 3], [50, 50], [99, 100]]],
  ])('%s', (_name, a, b, want) => {
    expect(intersectRanges(a, b)).toEqual(want);
    expect(intersectRanges(b, a)).toEqual(want);
  });
});

describe('unionRanges and normalizeRanges', () => {
  test('a single-port range is kept (lo equal to hi is a range)', () => {
    expect(normalizeRanges([[7, 7]])).toEqual([[7, 7]]);
  });

  test('ranges one port apart stay apart; touching ones merge', () => {
    expect(unionRanges([[1, 5]], [[7, 9]])).toEqual([[1, 5], [7, 9]]);
    expect(unionRanges([[1, 5]], [[6, 9]])).toEqual([[1, 9]]);
  });

  test('a later range inside an earlier one keeps the earlier end', () => {
    expect(normalizeRanges([[1, 10], [2, 3], [4, 12]])).toEqual([[1, 12]]);
    expect(normalizeRanges([[1, 10], [2, 3]])).toEqual([[1, 10]]);
  });
});
