/**
 * The changed cells of a diff (pairs of joint classes, each with a key: its before, after and
 * explanation) cut into few, large rectangles with one key each. Rows with equal cells are one
 * row, columns with equal cells one column: a compressed matrix of distinct rows × distinct
 * columns. It is then halved, the larger side (in endpoints) first, until a part holds one key:
 * endpoints are sorted by namespace, so the large uniform parts of a big change (every pair of
 * two namespaces opened) come out whole, and what differs (the flows a namespace allowed before)
 * is cut out around it. Rectangles with the same key and one equal side are then merged.
 */

/** Rows with equal cells: their cells (column, key, column, key, …; each column once, in one order for equal rows) and rows. */
export interface RowSet {
  cells: Int32Array;
  rows: number[];
}

export interface Rectangle {
  rows: number[];
  columns: number[];
  key: number;
}

// Stryker disable all: a hash: DistinctLists.find compares the lists of a bucket in full, so any hash (a constant one too) finds the same list
function hashInts(xs: ArrayLike<number>): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < xs.length; i++) h = Math.imul(h ^ xs[i]!, 0x01000193) >>> 0;
  return h;
}
// Stryker restore all

function sameInts(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Equal lists of ints, found by hash and compared in full: each distinct list once. */
export class DistinctLists<T extends { cells: ArrayLike<number> }> {
  private readonly byHash = new Map<number, T[]>();
  readonly items: T[] = [];

  /** The item with these cells, or null (then `make` makes one). */
  find(cells: ArrayLike<number>): T | null {
    return this.byHash.get(hashInts(cells))?.find((s) => sameInts(s.cells, cells)) ?? null;
  }

  add(item: T): void {
    this.items.push(item);
    const h = hashInts(item.cells);
    const bucket = this.byHash.get(h);
    if (bucket) bucket.push(item);
    else this.byHash.set(h, [item]);
  }
}

/** Columns with equal cells across the row sets, in order of their first column. */
export interface ColumnSets {
  columns: number[][];
  /** The column set of each column (-1: a column with no changed cell). */
  setOf: Int32Array;
}

/**
 * Groups columns by two independent hashes of their cells, folded row set by row set (no list
 * per column). Hash equality is checked exactly later, in `denseKeys`.
 */
function columnSets(rowSets: readonly RowSet[], width: number): ColumnSets {
  const h1 = new Uint32Array(width).fill(0x811c9dc5);
  const h2 = new Uint32Array(width).fill(0x9747b28c);
  const used = new Uint8Array(width);
  rowSets.forEach((s, r) => {
    for (let k = 0; k < s.cells.length; k += 2) {
      const t = s.cells[k]!;
      const key = s.cells[k + 1]!;
      used[t] = 1;
      h1[t] = Math.imul(Math.imul(h1[t]! ^ r, 0x01000193) ^ key, 0x01000193);
      // Stryker disable next-line ArithmeticOperator: another offset is another hash of the same cells; denseKeys checks the column sets exactly
      h2[t] = Math.imul(Math.imul(h2[t]! ^ (r + 0x5bd1e995), 0x5bd1e995) ^ (key + 0x27d4eb2f), 0x5bd1e995);
    }
  });
  const setOf = new Int32Array(width).fill(-1);
  const byHash = new Map<string, number>();
  const columns: number[][] = [];
  for (let t = 0; t < width; t++) {
    if (!used[t]) continue;
    const k = `${h1[t]}:${h2[t]}`;
    let c = byHash.get(k);
    if (c === undefined) {
      c = columns.length;
      byHash.set(k, c);
      columns.push([]);
    }
    columns[c]!.push(t);
    setOf[t] = c;
  }
  return { columns, setOf };
}

/**
 * The compressed matrix: key + 1 per (row set, column set), 0 where nothing changed; null when two
 * columns with equal hashes differ after all (then the caller does without column sets).
 */
export function denseKeys(rows: readonly RowSet[], cols: ColumnSets): Int32Array | null {
  const nC = cols.columns.length;
  const keys = new Int32Array(rows.length * nC);
  // Cells per column set in the current row (reset after each row): a row's cells in a column set
  // must cover all of its columns. A scratch row, not a second matrix (at XL the matrix is large).
  const count = new Int32Array(nC);
  const touched: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r]!.cells;
    for (let k = 0; k < cells.length; k += 2) {
      const c = cols.setOf[cells[k]!]!;
      const i = r * nC + c;
      const key = cells[k + 1]! + 1;
      if (keys[i] === 0) {
        keys[i] = key;
        touched.push(c);
      } else if (keys[i] !== key) return null;
      count[c] = count[c]! + 1;
    }
    for (const c of touched) {
      if (count[c] !== cols.columns[c]!.length) return null;
      count[c] = 0;
    }
    touched.length = 0;
  }
  return keys;
}

/** Dense matrices above this many cells are not built: the rows are then the rectangles' rows. */
export const MAX_DENSE = 64_000_000;

interface Compressed {
  rows: readonly RowSet[];
  cols: readonly number[][];
  /** key + 1 per (row set, column set); 0 where nothing changed. */
  keys: Int32Array;
  rowWeight: Float64Array;
  colWeight: Float64Array;
  out: Rectangle[];
}

/** The key of a part when all its cells hold the same one (-1: nothing changed there), else null. */
function uniformKey(m: Compressed, r0: number, r1: number, c0: number, c1: number): number | null {
  const nC = m.cols.length;
  const first = m.keys[r0 * nC + c0]!;
  for (let r = r0; r < r1; r++) for (let c = c0; c < c1; c++) if (m.keys[r * nC + c] !== first) return null;
  return first - 1;
}

/**
 * The index that cuts [a, b) into two parts of about equal weight (never an empty part): the first
 * index past which the prefix holds at least half the weight (exported for its test).
 */
export function cut(weight: Float64Array, a: number, b: number): number {
  let total = 0;
  for (let i = a; i < b; i++) total += weight[i]!;
  let acc = 0;
  for (let i = a; i < b - 1; i++) {
    acc += weight[i]!;
    if (acc * 2 >= total) return i + 1;
  }
  return b - 1;
}

function split(m: Compressed, r0: number, r1: number, c0: number, c1: number): void {
  const key = uniformKey(m, r0, r1, c0, c1);
  if (key !== null) {
    if (key >= 0) m.out.push({ rows: m.rows.slice(r0, r1).flatMap((s) => s.rows), columns: m.cols.slice(c0, c1).flat(), key });
    return;
  }
  let rw = 0;
  for (let r = r0; r < r1; r++) rw += m.rowWeight[r]!;
  let cw = 0;
  for (let c = c0; c < c1; c++) cw += m.colWeight[c]!;
  if (c1 - c0 === 1 || (r1 - r0 > 1 && rw >= cw)) {
    const mid = cut(m.rowWeight, r0, r1);
    split(m, r0, mid, c0, c1);
    split(m, mid, r1, c0, c1);
  } else {
    const mid = cut(m.colWeight, c0, c1);
    split(m, r0, r1, c0, mid);
    split(m, r0, r1, mid, c1);
  }
}

/** Merges rectangles with the same key and the same rows (uniting columns), then the same columns. */
function mergeOn(list: readonly Rectangle[], same: 'rows' | 'columns'): Rectangle[] {
  const other = same === 'rows' ? 'columns' : 'rows';
  const byKey = new Map<string, Rectangle>();
  const out: Rectangle[] = [];
  for (const r of list) {
    const k = `${r.key}|${r[same].join(',')}`;
    const m = byKey.get(k);
    if (m) m[other] = [...m[other], ...r[other]];
    else {
      const copy = { ...r };
      byKey.set(k, copy);
      out.push(copy);
    }
  }
  for (const r of out) r[other].sort((a, b) => a - b);
  return out;
}

/** One rectangle per row set and key: the rows' own cells, columns ascending, without column sets (exported for its test). */
export function byRows(rows: readonly RowSet[]): Rectangle[] {
  return rows.flatMap((s) => {
    const byKey = new Map<number, number[]>();
    for (let k = 0; k < s.cells.length; k += 2) {
      const list = byKey.get(s.cells[k + 1]!);
      if (list) list.push(s.cells[k]!);
      else byKey.set(s.cells[k + 1]!, [s.cells[k]!]);
    }
    return [...byKey].map(([key, columns]) => ({ rows: s.rows, columns: columns.sort((a, b) => a - b), key }));
  });
}

/**
 * Disjoint rectangles, one key each, that hold exactly the rows' cells. Columns are below
 * `width`; `weight(i)` is the number of endpoints of row or column i (what a rectangle's side
 * costs to write). Past `maxDense` cells (tests lower it) the compressed matrix is not built.
 */
export function changeRectangles(rowSets: readonly RowSet[], width: number, weight: (i: number) => number, maxDense = MAX_DENSE): Rectangle[] {
  const rows = [...rowSets].sort((a, b) => a.rows[0]! - b.rows[0]!);
  for (const s of rows) s.rows.sort((a, b) => a - b);
  const cols = columnSets(rows, width);
  const keys = rows.length * cols.columns.length <= maxDense ? denseKeys(rows, cols) : null;
  if (!keys) return byRows(rows);
  const sum = (list: readonly number[]) => list.reduce((n, i) => n + weight(i), 0);
  const m: Compressed = { rows, cols: cols.columns, keys, rowWeight: Float64Array.from(rows, (s) => sum(s.rows)), colWeight: Float64Array.from(cols.columns, sum), out: [] };
  if (rows.length && cols.columns.length) split(m, 0, rows.length, 0, cols.columns.length);
  return mergeOn(mergeOn(m.out, 'columns'), 'rows');
}
