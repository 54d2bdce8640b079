/**
 * A square matrix of interned connection-set ids, one cell per ordered pair of classes, stored in
 * 8 bits while every id fits (a cluster has few distinct port sets), widened to 16 and then 32
 * bits when one does not. Cells start at 0 (the
 * empty set) and are written only when not empty, so the pages of rows that allow nothing are
 * never touched.
 */
export class ClassMatrix {
  data: Uint8Array | Uint16Array | Int32Array;

  constructor(readonly n: number) {
    this.data = new Uint8Array(n * n);
  }

  get(from: number, to: number): number {
    return this.data[from * this.n + to]!;
  }

  /** Writes a cell by flat index (`from * n + to`). */
  setAt(i: number, id: number): void {
    // Stryker disable next-line EqualityOperator: widening at id 255 instead of 256 keeps every id
    if (id > 0xff) this.widen(id);
    this.data[i] = id;
  }

  private widen(id: number): void {
    // Stryker disable next-line EqualityOperator: widening to 32 bits at id 65535 instead of 65536 keeps every id
    if (id > 0xffff && !(this.data instanceof Int32Array)) this.data = Int32Array.from(this.data);
    else if (this.data instanceof Uint8Array) this.data = Uint16Array.from(this.data);
  }
}
