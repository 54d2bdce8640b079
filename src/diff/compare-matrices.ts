import type { Reachability } from '../engine/compute-reachability';
import { type Conns, connsEqual, connsSubset, isEmptyConns, subtractConns } from '../model/conns';
import { changeRectangles, DistinctLists, type Rectangle, type RowSet } from './change-rectangles';
import { CellExplainer } from './explain-changes';
import type { MatchedEndpoints } from './match-endpoints';
import type { ChangeGroup, ChangeKind } from './types';

function changeKind(before: Conns, after: Conns): ChangeKind {
  if (isEmptyConns(before)) return 'opened';
  if (isEmptyConns(after)) return 'closed';
  if (connsSubset(before, after)) return 'widened';
  if (connsSubset(after, before)) return 'narrowed';
  return 'changed';
}

/** The two matrices seen through the joint classes. */
interface Comparison {
  base: Reachability;
  head: Reachability;
  /** Base and head class of each joint class (-1 where it has no member on that side). */
  jb: Int32Array;
  jh: Int32Array;
  /** 1 for the joint classes of external ranges. */
  ext: Uint8Array;
  /** Members per joint class. */
  size: Int32Array;
  /** Both states interned into one table: equal ids mean equal sets. */
  shared: boolean;
  explainer: CellExplainer;
  keys: CellKeys;
  /** The row's last changed cell: the next one often has the same key (see `consider`). */
  last: LastCell;
}

/** A changed cell's inputs and key: before and after ids, the target's head and base classes. */
interface LastCell {
  b: number;
  h: number;
  th: number;
  tb: number;
  /** The key does not depend on the target's base class (nothing closed: no base explanation). */
  baseFree: boolean;
  key: number;
}

const NO_CELL: LastCell = { b: -1, h: -1, th: -2, tb: -2, baseFree: false, key: -1 };

/**
 * A row's changed cells as a flat list of (column, key), in a buffer reused for every row (at XL a
 * row has tens of thousands of cells, and a new array per row kept the collector busy): rows with
 * equal lists change alike.
 */
class RowCells {
  readonly buf: Int32Array;
  n = 0;

  constructor(width: number) {
    this.buf = new Int32Array(2 * width);
  }

  push(t: number, key: number): void {
    this.buf[this.n++] = t;
    this.buf[this.n++] = key;
  }

  get list(): Int32Array {
    return this.buf.subarray(0, this.n);
  }
}

/** Cell keys: (before id, after id, explanation id) interned, so that a cell is two ints. */
class CellKeys {
  /** before id → after id → explanation id → key: numbers only (this runs once per changed cell). */
  private readonly ids = new Map<number, Map<number, Map<number, number>>>();
  // Stryker disable next-line ArrayDeclaration: keys are the indices of their own cells, so cells that start with a placeholder give other numbers for the same keys
  readonly cells: { b: number; h: number; e: number }[] = [];

  id(b: number, h: number, e: number): number {
    let byH = this.ids.get(b);
    if (!byH) this.ids.set(b, (byH = new Map()));
    let byE = byH.get(h);
    if (!byE) byH.set(h, (byE = new Map()));
    let id = byE.get(e);
    if (id === undefined) {
      id = this.cells.length;
      byE.set(e, id);
      this.cells.push({ b, h, e });
    }
    return id;
  }
}

/**
 * Stages 2 and 3 of a diff: every ordered pair of joint classes whose connections differ between
 * base and head, explained (CellExplainer), and grouped into rectangles with the same (before,
 * after, explanation) (change-rectangles): the groups grow with the kinds of rows and cells, not
 * with the pairs of classes. Sorted by first source class, then first target class.
 */
export function compareMatrices(base: Reachability, head: Reachability, { endpoints, jointClasses }: MatchedEndpoints): ChangeGroup[] {
  const c: Comparison = {
    base,
    head,
    jb: Int32Array.from(jointClasses, (j) => j.base),
    jh: Int32Array.from(jointClasses, (j) => j.head),
    // Stryker disable next-line ArrowFunction,StringLiteral: no external class at all: `consider` then compares the cells between external ranges, which the engine leaves empty on both sides
    ext: Uint8Array.from(jointClasses, (j) => (endpoints[j.members[0]!]!.kind === 'External' ? 1 : 0)),
    size: Int32Array.from(jointClasses, (j) => j.members.length),
    shared: base.table === head.table,
    explainer: new CellExplainer(base, head, jointClasses),
    keys: new CellKeys(),
    // Stryker disable next-line ObjectLiteral: reset to NO_CELL at the start of every row, before any use
    last: { ...NO_CELL },
  };
  const J = jointClasses.length;
  // Joint classes present on both sides (most of them), by their base and head columns; the
  // rest (added or removed workloads) are compared one by one.
  const both: number[] = [];
  // Stryker disable next-line ArrayDeclaration: a placeholder column is not a class: consider() finds nothing in it (no class on either side: an empty cell on both)
  const partial: number[] = [];
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path: a column in partial is compared one cell at a time, which is exact for every column
  for (let t = 0; t < J; t++) (c.jb[t]! >= 0 && c.jh[t]! >= 0 ? both : partial).push(t);
  const bothT = Int32Array.from(both);
  const bCol = Int32Array.from(both, (t) => c.jb[t]!);
  const hCol = Int32Array.from(both, (t) => c.jh[t]!);
  const bd = base.matrix.data;
  const hd = head.matrix.data;
  const differing = new Int32Array(J);
  const rowSets = new DistinctLists<RowSet>();
  const addRow = (f: number) => {
    if (!cells.n) return;
    const list = cells.list;
    const found = rowSets.find(list);
    if (found) found.rows.push(f);
    else rowSets.add({ cells: list.slice(), rows: [f] });
  };
  const cells = new RowCells(J);
  for (let f = 0; f < J; f++) {
    c.explainer.startRow(f);
    Object.assign(c.last, NO_CELL);
    cells.n = 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path: the row by row compare below is exact for every row
    if (!(c.jb[f]! >= 0 && c.jh[f]! >= 0 && c.shared)) {
      // Every column, in the order of a fast row: the columns on both sides, then the partial ones.
      for (const t of bothT) consider(c, f, t, cells);
      for (const t of partial) consider(c, f, t, cells);
      addRow(f);
      continue;
    }
    // The hot loop: equal ids mean equal sets, so only differing cells go further.
    // Stryker disable next-line ArithmeticOperator: a fractional row start (jb / n, never a whole number above row 0) reads undefined, which differs from every id, so each column goes to consider(), which is exact
    const br = c.jb[f]! * base.matrix.n;
    // Stryker disable next-line ArithmeticOperator: as above, for head
    const hr = c.jh[f]! * head.matrix.n;
    let nd = 0;
    // Stryker disable next-line ConditionalExpression: a filter: consider() compares each cell it is given again
    for (let k = 0; k < bothT.length; k++) if (bd[br + bCol[k]!] !== hd[hr + hCol[k]!]) differing[nd++] = bothT[k]!;
    // Then the partial columns: equal rows list their cells in one order, fast or not, which is
    // all that grouping rows needs (change-rectangles sorts what it lists).
    for (let i = 0; i < nd; i++) consider(c, f, differing[i]!, cells);
    for (const t of partial) consider(c, f, t, cells);
    addRow(f);
  }
  return groupsOf(c, changeRectangles(rowSets.items, J, (j) => c.size[j]!));
}

/** A change group per rectangle, sorted by first source class, then first target class. */
function groupsOf(c: Comparison, rectangles: readonly Rectangle[]): ChangeGroup[] {
  // A one-member class whose only cell in a rectangle is its own (no pair, A-29) is no part of
  // it: the rectangle to that class alone loses it from its sources, the rectangle from it alone
  // loses it from its targets, and one of that cell alone is dropped (its sources and targets
  // both empty: only that cell leaves either side empty).
  const alone = (list: number[], other: readonly number[]) => (other.length === 1 && c.size[other[0]!]! < 2 ? list.filter((x) => x !== other[0]) : list);
  const trimmed = rectangles.map((r) => ({ ...r, rows: alone(r.rows, r.columns), columns: alone(r.columns, r.rows) }));
  const out = trimmed.filter((r) => r.rows.length > 0).map((r): ChangeGroup => {
    const { b, h, e } = c.keys.cells[r.key]!;
    const before = c.base.table.get(b);
    const after = c.head.table.get(h);
    return { fromClasses: r.rows, toClasses: r.columns, before, after, opened: subtractConns(after, before), closed: subtractConns(before, after), kind: changeKind(before, after), because: c.explainer.because(e) };
  });
  return out.sort((x, y) => x.fromClasses[0]! - y.fromClasses[0]! || x.toClasses[0]! - y.toClasses[0]!);
}

/** Adds the cell (f, t) to the row when their connections differ and the pair is a flow. */
function consider(c: Comparison, f: number, t: number, cells: RowCells): void {
  const { jb, jh } = c;
  const b = jb[f]! >= 0 && jb[t]! >= 0 ? c.base.matrix.data[jb[f]! * c.base.matrix.n + jb[t]!]! : 0;
  const h = jh[f]! >= 0 && jh[t]! >= 0 ? c.head.matrix.data[jh[f]! * c.head.matrix.n + jh[t]!]! : 0;
  // Stryker disable next-line ConditionalExpression: a shortcut: the engine allows nothing between external ranges on either side, so such a cell never differs
  if (c.ext[f] && c.ext[t]) return;
  // a class with one member only pairs with itself, which is not a flow: its cell holds no
  // pair. It is compared all the same (with the key its connections give it), since a block's
  // pairs never include an endpoint to itself: without it every such row has a hole of its own,
  // no two rows are alike, and an "open everything" change had a rectangle per row and key (at
  // 10k workloads, 21 MB of JSON instead of 7; at 50k, hundreds of millions of class ids).
  // Rectangles of that cell alone are dropped (groupsOf).
  if (c.shared ? b === h : connsEqual(c.base.table.get(b), c.head.table.get(h))) return;
  // Within a row, a cell's key depends only on (before, after), the target's head class and,
  // when something closed, its base class (CellExplainer): along a row these repeat in long runs
  // (an "open everything" head: one head class, and a handful of befores), so the last cell's key
  // is reused and most cells cost no lookup.
  const last = c.last;
  const sameConns = b === last.b && h === last.h;
  if (sameConns && jh[t] === last.th && (last.baseFree || jb[t] === last.tb)) {
    cells.push(t, last.key);
    return;
  }
  const before = c.base.table.get(b);
  const after = c.head.table.get(h);
  const key = c.keys.id(b, h, c.explainer.explain(t, b, h, before, after));
  // Whether something closed depends on (before, after) only: asked again only when they change
  // (a "close everything" head misses on every cell, its base classes all differing).
  if (!sameConns) last.baseFree = !c.explainer.usesBase(b, h);
  last.b = b;
  last.h = h;
  last.th = jh[t]!;
  last.tb = jb[t]!;
  last.key = key;
  cells.push(t, key);
}
