import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blockPairs, mergeBlocks, type Block } from '../../src/report/model/merge-blocks';

function pairs(blocks: readonly Block<unknown>[]): string[] {
  const out: string[] = [];
  for (const b of blocks) for (const s of b.sources) for (const t of b.targets) if (s !== t) out.push(`${b.key}:${s}>${t}`);
  return out.sort();
}

const block = (sources: number[], targets: number[], key = 'k'): Block<null> => ({ sources, targets, key, value: null });

describe('mergeBlocks', () => {
  it('merges sources with the same targets, then targets with the same sources', () => {
    const merged = mergeBlocks([block([1], [5]), block([2], [5]), block([1, 2], [6]), block([3], [5], 'other')]);
    expect(merged.map((b) => [b.key, b.sources, b.targets])).toEqual([
      ['k', [1, 2], [5, 6]],
      ['other', [3], [5]],
    ]);
  });

  it('drops blocks that are only a self pair (A-29) and counts pairs without self pairs', () => {
    expect(mergeBlocks([block([1], [1])])).toEqual([]);
    expect(blockPairs(block([1, 2, 3], [1, 2, 3]))).toBe(6);
    expect(blockPairs(block([1], [1, 2]))).toBe(1);
    expect(blockPairs(block([1, 2], [2]))).toBe(1);
  });

  it('covers exactly the same pairs, in fewer blocks (property)', () => {
    const side = fc.uniqueArray(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 5 }).map((a) => a.sort((x, y) => x - y));
    const blocks = fc.array(fc.record({ sources: side, targets: side, key: fc.constantFrom('a', 'b') }), { maxLength: 12 });
    fc.assert(
      fc.property(blocks, (raw) => {
        const bs = raw.map((b) => ({ ...b, value: null }));
        const merged = mergeBlocks(bs);
        expect(new Set(pairs(merged))).toEqual(new Set(pairs(bs)));
        expect(merged.length).toBeLessThanOrEqual(bs.length);
        for (const b of merged) expect(blockPairs(b)).toBeGreaterThan(0);
      }),
    );
  });
});
