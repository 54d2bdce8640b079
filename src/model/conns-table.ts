import { connsKey, intersectConns, NO_CONNS, subtractConns, unionConns, type Conns } from './conns';

/**
 * Interns connection sets: equal sets get the same small integer, so that the engine can store
 * and compare them as numbers. Id 0 is always the empty set.
 */
export class ConnsTable {
  private readonly byKey = new Map<string, number>();
  private readonly list: Conns[] = [];
  private readonly memo = new Map<number | string, number>();

  constructor() {
    this.intern(NO_CONNS);
  }

  intern(c: Conns): number {
    const key = connsKey(c);
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.list.length;
      this.byKey.set(key, id);
      this.list.push(c);
    }
    return id;
  }

  get(id: number): Conns {
    return this.list[id]!;
  }

  /** Memoised pairwise operation on interned ids. */
  private pairwise(op: 0 | 1 | 2, a: number, b: number, f: (x: Conns, y: Conns) => Conns): number {
    // A numeric key while ids fit in 24 bits (exact in a double), a string beyond.
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,StringLiteral,ArithmeticOperator: equivalent below 2^24 ids (mutation/equivalent-mutants.md)
    const k = a < 0x1000000 && b < 0x1000000 ? (op * 0x1000000 + a) * 0x1000000 + b : `${op}:${a}:${b}`;
    let r = this.memo.get(k);
    // Stryker disable next-line ConditionalExpression: a cache; recomputing gives the same id
    if (r === undefined) {
      r = this.intern(f(this.get(a), this.get(b)));
      this.memo.set(k, r);
    }
    return r;
  }

  union(a: number, b: number): number {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: shortcuts for what pairwise gives too
    if (a === b || b === 0) return a;
    // Stryker disable next-line ConditionalExpression: shortcut
    if (a === 0) return b;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: union is commutative; the order only shares a cache slot
    return a < b ? this.pairwise(0, a, b, unionConns) : this.pairwise(0, b, a, unionConns);
  }

  intersect(a: number, b: number): number {
    // Stryker disable next-line ConditionalExpression: shortcut
    if (a === b) return a;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: shortcuts for what pairwise gives too
    if (a === 0 || b === 0) return 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: intersection is commutative; the order only shares a cache slot
    return a < b ? this.pairwise(1, a, b, intersectConns) : this.pairwise(1, b, a, intersectConns);
  }

  /** What `a` holds and `b` does not (T-4: what a tiered rule leaves for the next rule). */
  subtract(a: number, b: number): number {
    return this.pairwise(2, a, b, subtractConns);
  }
}
