import { ALL_CONNS } from '../model/conns';
import type { ConnsTable } from '../model/conns-table';

/** Ids below this get their union and intersection cached in flat arrays (at most 2 × 4 MiB). */
const SMALL = 1024;
/** The caches' first side: most runs intern a few dozen connection sets. */
const FIRST_SIDE = 64;

/**
 * Union and intersection of interned connection sets for the engine's inner loops: the trivial
 * cases (empty, all, equal) cost a comparison, and the results for small ids come from a flat
 * cache instead of the table's map. The cache is side × side and grows (side doubles, up to
 * SMALL) as larger ids come: a small cluster does not pay for 8 MiB of memory it never reads.
 */
export class ConnsOps {
  readonly all: number;
  private side = 0;
  private unions = new Int32Array(0);
  private inters = new Int32Array(0);

  constructor(readonly table: ConnsTable) {
    this.all = table.intern(ALL_CONNS);
  }

  union(a: number, b: number): number {
    if (a === b || b === 0) return a;
    if (a === 0) return b;
    if (a === this.all || b === this.all) return this.all;
    const k = this.slot(a, b);
    if (k < 0) return this.table.union(a, b);
    let r = this.unions[k]!;
    if (r < 0) this.unions[k] = r = this.table.union(a, b);
    return r;
  }

  intersect(a: number, b: number): number {
    if (a === b || b === this.all) return a;
    if (a === 0 || b === 0) return 0;
    if (a === this.all) return b;
    const k = this.slot(a, b);
    if (k < 0) return this.table.intersect(a, b);
    let r = this.inters[k]!;
    if (r < 0) this.inters[k] = r = this.table.intersect(a, b);
    return r;
  }

  /** The cache index of the unordered pair {a, b}, or -1 when an id is SMALL or more. */
  private slot(a: number, b: number): number {
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    if (hi >= this.side) {
      if (hi >= SMALL) return -1;
      this.grow(hi);
    }
    return lo * this.side + hi;
  }

  /** A larger cache for ids up to `id`; what the old one held is computed again when asked. */
  private grow(id: number): void {
    let side = Math.max(this.side, FIRST_SIDE);
    while (side <= id) side *= 2;
    this.side = side;
    this.unions = new Int32Array(side * side).fill(-1);
    this.inters = new Int32Array(side * side).fill(-1);
  }

  /** `a` minus `b`; the trivial cases cost a comparison, the rest is memoised by the table. */
  subtract(a: number, b: number): number {
    if (a === 0 || b === 0) return a;
    if (a === b || b === this.all) return 0;
    return this.table.subtract(a, b);
  }
}
