/**
 * A square matrix of interned connection-set ids, one cell per ordered pair of classes, stored in
 * 16 bits while every id fits and widened to 32 bits when one does not. Cells start at 0 (the
 * empty set) and are written only when not empty, so the pages of rows that allow nothing are
 * never touched.
 */
export class ClassMatrix {
  data: Uint16Array | Int32Array;

  constructor(readonly n: number) {
    this.data = new Uint16Array(n * n);
  }

  get(from: number, to: number): number {
    return this.data[from * this.n + to]!;
  }

  /** Writes a cell by flat index (`from * n + to`). */
  setAt(i: number, id: number): void {
    if (id > 0xffff && this.data instanceof Uint16Array) this.data = Int32Array.from(this.data);
    this.data[i] = id;
  }
}
