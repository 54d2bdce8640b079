import { ALL_CONNS } from '../model/conns';
import type { ConnsTable } from '../model/conns-table';

/** Ids below this get their union and intersection cached in flat arrays (2 × 4 MiB). */
const SMALL = 1024;

/**
 * Union and intersection of interned connection sets for the engine's inner loops: the trivial
 * cases (empty, all, equal) cost a comparison, and the results for small ids come from a flat
 * cache instead of the table's map.
 */
export class ConnsOps {
  readonly all: number;
  private readonly unions = new Int32Array(SMALL * SMALL).fill(-1);
  private readonly inters = new Int32Array(SMALL * SMALL).fill(-1);

  constructor(readonly table: ConnsTable) {
    this.all = table.intern(ALL_CONNS);
  }

  union(a: number, b: number): number {
    if (a === b || b === 0) return a;
    if (a === 0) return b;
    if (a === this.all || b === this.all) return this.all;
    if (a < SMALL && b < SMALL) {
      const k = a < b ? a * SMALL + b : b * SMALL + a;
      let r = this.unions[k]!;
      if (r < 0) this.unions[k] = r = this.table.union(a, b);
      return r;
    }
    return this.table.union(a, b);
  }

  intersect(a: number, b: number): number {
    if (a === b || b === this.all) return a;
    if (a === 0 || b === 0) return 0;
    if (a === this.all) return b;
    if (a < SMALL && b < SMALL) {
      const k = a < b ? a * SMALL + b : b * SMALL + a;
      let r = this.inters[k]!;
      if (r < 0) this.inters[k] = r = this.table.intersect(a, b);
      return r;
    }
    return this.table.intersect(a, b);
  }

  /** `a` minus `b`; the trivial cases cost a comparison, the rest is memoised by the table. */
  subtract(a: number, b: number): number {
    if (a === 0 || b === 0) return a;
    if (a === b || b === this.all) return 0;
    return this.table.subtract(a, b);
  }
}
