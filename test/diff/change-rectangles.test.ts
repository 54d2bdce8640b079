import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byRows, changeRectangles, cut, denseKeys, DistinctLists, type Rectangle, type RowSet } from '../../src/diff/change-rectangles';

/** Row sets of a sparse matrix of keys (-1: unchanged), grouped as compareMatrices groups rows. */
function rowSetsOf(matrix: readonly (readonly number[])[]): RowSet[] {
  const sets = new DistinctLists<RowSet>();
  matrix.forEach((row, f) => {
    const cells = row.flatMap((k, t) => (k >= 0 ? [t, k] : []));
    if (!cells.length) return;
    const found = sets.find(cells);
    if (found) found.rows.push(f);
    else sets.add({ cells: Int32Array.from(cells), rows: [f] });
  });
  return sets.items;
}

const matrixArb = fc.integer({ min: 1, max: 12 }).chain((n) => fc.array(fc.array(fc.integer({ min: -1, max: 2 }), { minLength: n, maxLength: n }), { minLength: 1, maxLength: 12 }));

describe('changeRectangles', () => {
  it('covers exactly the changed cells, each once, every rectangle with the key of its cells', () => {
    fc.assert(
      fc.property(matrixArb, fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 12, maxLength: 12 }), (matrix, weights) => {
        const seen = new Map<string, number>();
        for (const r of changeRectangles(rowSetsOf(matrix), 12, (i) => weights[i]!)) {
          for (const f of r.rows) {
            for (const t of r.columns) {
              const k = `${f}:${t}`;
              expect(seen.has(k), `${k} in two rectangles`).toBe(false);
              seen.set(k, r.key);
              expect(matrix[f]![t]).toBe(r.key);
            }
          }
        }
        const changed = matrix.flatMap((row, f) => row.flatMap((k, t) => (k >= 0 ? [`${f}:${t}`] : [])));
        expect(seen.size).toBe(changed.length);
      }),
      { numRuns: 300, seed: 16 },
    );
  });

  it('keeps a uniform part whole: one namespace opened to another is one rectangle', () => {
    // Rows 0-3 and columns 4-7 opened (key 0), except row 0 → column 4, which was allowed (key 1).
    const matrix = Array.from({ length: 8 }, (_r, f) => Array.from({ length: 8 }, (_c, t) => (f < 4 && t >= 4 ? (f === 0 && t === 4 ? 1 : 0) : -1)));
    const rects = changeRectangles(rowSetsOf(matrix), 8, () => 1);
    expect(rects.length).toBeLessThanOrEqual(3);
    expect(rects.find((r) => r.key === 1)).toEqual({ rows: [0], columns: [4], key: 1 });
  });

  it('checks column sets exactly: columns grouped by a hash that collided give null (the rows are then the rectangles)', () => {
    const row = (...cells: number[]): RowSet => ({ cells: Int32Array.from(cells), rows: [0] });
    // Columns 0 and 1 in one set (setOf), as two colliding hashes would put them.
    const oneSet = { columns: [[0, 1]], setOf: Int32Array.from([0, 0]) };
    expect(denseKeys([row(0, 5, 1, 5)], oneSet)).toEqual(Int32Array.from([6]));
    expect(denseKeys([row(0, 5, 1, 6)], oneSet)).toBeNull();
    expect(denseKeys([row(0, 5)], oneSet)).toBeNull();
    // The count is per row: a second row that covers the set again is fine, one that covers half is not.
    expect(denseKeys([row(0, 1, 1, 1), row(0, 2, 1, 2)], oneSet)).toEqual(Int32Array.from([2, 3]));
    expect(denseKeys([row(0, 1, 1, 1), row(1, 2)], oneSet)).toBeNull();
  });
});

describe('changeRectangles: the rectangles themselves', () => {
  /** Row sets of (row → column → key) maps. */
  const sets = (rows: Record<number, Record<number, number>>) => rowSetsOf(Array.from({ length: 6 }, (_r, f) => Array.from({ length: 6 }, (_c, t) => rows[f]?.[t] ?? -1)));
  const text = (rs: Rectangle[]) => rs.map((r) => `${r.rows.join(',')}x${r.columns.join(',')}=${r.key}`);

  it('a uniform change is one rectangle', () => {
    const all = { 0: { 2: 0, 3: 0 }, 1: { 2: 0, 3: 0 } };
    expect(text(changeRectangles(sets(all), 6, () => 1))).toEqual(['0,1x2,3=0']);
  });

  it('halves the heavier side first; parts with the key of a neighbour and one equal side are merged', () => {
    // Rows 0 and 1 weigh 5, columns 2 and 3 weigh 1: rows are cut first, and the two halves' key 0
    // parts (column 2) are merged on their columns.
    const m = { 0: { 2: 0, 3: 1 }, 1: { 2: 0, 3: 2 } };
    const heavyRows = (i: number) => (i < 2 ? 5 : 1);
    expect(text(changeRectangles(sets(m), 6, heavyRows))).toEqual(['0,1x2=0', '0x3=1', '1x3=2']);
    // Columns heavier: cut first; the two parts of row 0 with key 0 are merged on their rows.
    const t = { 0: { 2: 0, 3: 0 }, 1: { 2: 1, 3: 2 } };
    expect(text(changeRectangles(sets(t), 6, (i) => (i < 2 ? 1 : 5)))).toEqual(['0x2,3=0', '1x2=1', '1x3=2']);
  });

  it('an L of one key: cut across the heavier side first (rows on a tie)', () => {
    // Row 0 → columns 2, 3 and row 1 → column 2 opened alike (key 0); row 1 → column 3 otherwise (key 1).
    const l = { 0: { 2: 0, 3: 0 }, 1: { 2: 0, 3: 1 } };
    const byRow = ['0x2,3=0', '1x2=0', '1x3=1'];
    const byColumn = ['0,1x2=0', '0x3=0', '1x3=1'];
    expect(text(changeRectangles(sets(l), 6, (i) => (i < 2 ? 5 : 1))).sort()).toEqual(byRow);
    expect(text(changeRectangles(sets(l), 6, (i) => (i < 2 ? 1 : 5))).sort()).toEqual(byColumn);
    expect(text(changeRectangles(sets(l), 6, () => 1)).sort()).toEqual(byRow);
    // Weights are summed over a side's classes: rows 0, 1 weigh 2 + 2, columns 2, 3 weigh 3 + 0.
    expect(text(changeRectangles(sets(l), 6, (i) => [2, 2, 3, 0][i] ?? 1)).sort()).toEqual(byRow);
    expect(text(changeRectangles(sets(l), 6, (i) => [1, 1, 3, 0][i] ?? 1)).sort()).toEqual(byColumn);
  });

  it('rows and columns of a rectangle ascending, whatever the order of row sets and column sets', () => {
    // Columns 2 and 4 change alike (one column set), column 3 differs; rows 0 and 2 alike.
    const m = { 0: { 2: 0, 3: 0, 4: 0 }, 1: { 2: 1, 3: 2, 4: 1 }, 2: { 2: 0, 3: 0, 4: 0 } };
    const rs = sets(m).reverse();
    for (const s of rs) s.rows.reverse();
    expect(text(changeRectangles(rs, 6, () => 1)).sort()).toEqual(['0,2x2,3,4=0', '1x2,4=1', '1x3=2']);
  });

  it('no changed cell: no rectangle', () => {
    expect(changeRectangles([], 6, () => 1)).toEqual([]);
  });

  it('byRows (when the column sets fail): a rectangle per row set and key, columns ascending whatever the order of the row\'s cells', () => {
    const rows: RowSet[] = [
      { cells: Int32Array.from([4, 7, 2, 8, 1, 7, 10, 7]), rows: [0, 3] },
      { cells: Int32Array.from([0, 8]), rows: [1] },
    ];
    expect(text(byRows(rows))).toEqual(['0,3x1,4,10=7', '0,3x2=8', '1x0=8']);
  });
});

describe('changeRectangles: halving and grouping, cell by cell', () => {
  /** Row sets of (row → column → key) maps over `width` columns. */
  const sets = (rows: Record<number, Record<number, number>>, width: number) => rowSetsOf(Array.from({ length: width }, (_r, f) => Array.from({ length: width }, (_c, t) => rows[f]?.[t] ?? -1)));
  const text = (rs: Rectangle[]) => rs.map((r) => `${r.rows.join(',')}x${r.columns.join(',')}=${r.key}`);

  it.each([
    ['four equal weights: two and two', [1, 1, 1, 1], 0, 4, 2],
    ['the heavy first alone', [3, 1], 0, 2, 1],
    ['the heavy last alone (never an empty part)', [1, 3], 0, 2, 1],
    ['three equal weights: the prefix that reaches half', [1, 1, 1], 0, 3, 2],
    ['five equal weights', [1, 1, 1, 1, 1], 0, 5, 3],
    ['only the weights of [a, b) count', [9, 1, 1, 1, 1, 9], 1, 5, 3],
    ['a part of two', [9, 1, 1, 9], 1, 3, 2],
  ])('cut: %s', (_what, weights, a, b, at) => {
    expect(cut(Float64Array.from(weights), a, b)).toBe(at);
  });

  it('columns that change alike in every row are one column, whatever the keys of the cells before them', () => {
    // Columns 1 and 2 hold key 0 in both rows; column 3 differs per row.
    const m = { 0: { 1: 0, 2: 0, 3: 1 }, 1: { 1: 0, 2: 0, 3: 2 } };
    expect(text(changeRectangles(sets(m, 4), 4, () => 1))).toEqual(['0,1x1,2=0', '0x3=1', '1x3=2']);
  });

  it('columns with no changed cell weigh nothing: an L on a tie is cut across its rows', () => {
    // Rows 0, 1 weigh 2 + 1, columns 0, 1 as much: rows first. Column 2 (weight 1) holds no change.
    const l = { 0: { 0: 0, 1: 0 }, 1: { 0: 0, 1: 1 } };
    expect(text(changeRectangles(sets(l, 3), 3, (i) => [2, 1, 1][i]!))).toEqual(['0x0,1=0', '1x0=0', '1x1=1']);
  });

  it('equal columns are one column set, cut as one: the halving never separates them', () => {
    // Columns 2 (weight 2) and 3 change alike, column 4 otherwise: the first cut leaves 2, 3 whole.
    const m = { 0: { 2: 0, 3: 0, 4: 0 }, 1: { 2: 0, 3: 0, 4: 1 } };
    expect(text(changeRectangles(sets(m, 5), 5, (i) => [1, 1, 2, 1, 1][i]!))).toEqual(['0,1x2,3=0', '0x4=0', '1x4=1']);
  });

  it('past maxDense cells of the compressed matrix, the rectangles are the rows\' own (byRows)', () => {
    // 2 row sets × 2 column sets: 4 cells.
    const m = { 0: { 2: 0, 3: 0, 4: 0 }, 1: { 2: 0, 3: 0, 4: 1 } };
    const dense = ['0,1x2,3=0', '0x4=0', '1x4=1'];
    expect(text(changeRectangles(sets(m, 5), 5, (i) => [1, 1, 2, 1, 1][i]!, 4))).toEqual(dense);
    expect(text(changeRectangles(sets(m, 5), 5, (i) => [1, 1, 2, 1, 1][i]!, 3))).toEqual(['0x2,3,4=0', '1x2,3=0', '1x4=1']);
  });

  it('merges rectangles only on equal sides: rows 1, 23 are not row 123', () => {
    const rows: RowSet[] = [
      { cells: Int32Array.from([5, 0]), rows: [1, 23] },
      { cells: Int32Array.from([6, 0]), rows: [123] },
    ];
    expect(text(changeRectangles(rows, 7, () => 1))).toEqual(['1,23x5=0', '123x6=0']);
  });
});

describe('DistinctLists', () => {
  it('tells lists apart by their contents when their hashes collide', () => {
    // FNV-1a of [1, 2] and of [3, 33555772] is the same 32-bit number.
    const lists = new DistinctLists<{ cells: number[]; name: string }>();
    lists.add({ cells: [1, 2], name: 'a' });
    expect(lists.find([3, 33555772])).toBeNull();
    lists.add({ cells: [3, 33555772], name: 'b' });
    expect([lists.find([1, 2])?.name, lists.find([3, 33555772])?.name]).toEqual(['a', 'b']);
    // A longer list of the same hash that starts with a stored one is another list.
    expect(lists.find([1, 2, -377980156])).toBeNull();
    expect([lists.find([1]), lists.find([])]).toEqual([null, null]);
    expect(lists.items.map((x) => x.name)).toEqual(['a', 'b']);
  });
});
