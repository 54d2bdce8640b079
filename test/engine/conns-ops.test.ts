import { describe, expect, it, vi } from 'vitest';
import { ConnsOps } from '../../src/engine/conns-ops';
import { ALL_CONNS, connsKey, connsOf, intersectConns, NO_CONNS, subtractConns, unionConns, type Conns } from '../../src/model/conns';
import { ConnsTable } from '../../src/model/conns-table';

/**
 * ConnsOps is the engine's fast path for union, intersection and difference of interned sets:
 * whatever its shortcuts and flat caches do, each answer must be the id of the set the plain
 * operation on the sets gives, for ids on both sides of every cache size (64, 128, … 1024).
 */
function setup() {
  const table = new ConnsTable();
  const ops = new ConnsOps(table);
  // Ids 2 … 1101 (0 is the empty set, 1 is ALL): a distinct set each, overlapping its neighbours.
  const ids = Array.from({ length: 1100 }, (_, i) => table.intern(connsOf('TCP', [[i + 1, i + 3]])));
  return { table, ops, ids };
}

const key = (table: ConnsTable, id: number) => connsKey(table.get(id));

describe('ConnsOps', () => {
  it('interns ALL first: id 1 after the empty set', () => {
    const { table, ops } = setup();
    expect(ops.all).toBe(1);
    expect(key(table, ops.all)).toBe(connsKey(ALL_CONNS));
  });

  it('union, intersect and subtract agree with the plain operations, at every cache boundary and again from the cache', () => {
    const { table, ops, ids } = setup();
    const pick = [0, 1, ...[0, 1, 2, 60, 61, 62, 63, 64, 65, 125, 126, 127, 128, 500, 1020, 1021, 1022, 1023, 1024, 1099].map((i) => ids[i]!)];
    const cases: [string, (a: number, b: number) => number, (x: Conns, y: Conns) => Conns][] = [
      ['union', (a, b) => ops.union(a, b), unionConns],
      ['intersect', (a, b) => ops.intersect(a, b), intersectConns],
      ['subtract', (a, b) => ops.subtract(a, b), subtractConns],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [name, op, plain] of cases) {
        for (const a of pick) {
          for (const b of pick) {
            const got = op(a, b);
            const want = connsKey(plain(table.get(a), table.get(b)));
            if (key(table, got) !== want) expect(`${name}(${a}, ${b}) = ${key(table, got)}`).toBe(`${name}(${a}, ${b}) = ${want}`);
          }
        }
      }
    }
  });

  it('the cache grows one step at a time: neighbours across 64 and 128 do not share a slot', () => {
    const { table, ops, ids } = setup();
    // ids[i] is TCP i+1 … i+3: neighbours overlap in two ports, sets two apart in one.
    const [a, b, c] = [ids[61]!, ids[62]!, ids[63]!];
    expect(table.get(ops.intersect(a, b))).toEqual(connsOf('TCP', [[63, 64]]));
    expect(table.get(ops.intersect(a, c))).toEqual(connsOf('TCP', [[64, 64]]));
    expect(table.get(ops.union(b, c))).toEqual(connsOf('TCP', [[63, 66]]));
    expect(table.get(ops.union(a, c))).toEqual(connsOf('TCP', [[62, 66]]));
    expect(table.get(ops.intersect(ids[125]!, ids[126]!))).toEqual(connsOf('TCP', [[127, 128]]));
  });

  it('the trivial cases: empty, all, equal', () => {
    const { ops, ids } = setup();
    const x = ids[5]!;
    expect([ops.union(x, 0), ops.union(0, x), ops.union(x, x), ops.union(x, ops.all), ops.union(ops.all, x)]).toEqual([x, x, x, ops.all, ops.all]);
    expect([ops.intersect(x, 0), ops.intersect(0, x), ops.intersect(x, x), ops.intersect(x, ops.all), ops.intersect(ops.all, x)]).toEqual([0, 0, x, x, x]);
    expect([ops.subtract(x, 0), ops.subtract(0, x), ops.subtract(x, x), ops.subtract(x, ops.all)]).toEqual([x, 0, 0, 0]);
    expect(ops.subtract(ops.all, x)).not.toBe(ops.all);
    expect(ops.table.get(0)).toEqual(NO_CONNS);
  });

  it('the trivial cases cost a comparison: they never reach the table', () => {
    const { table, ops, ids } = setup();
    const spies = [vi.spyOn(table, 'union'), vi.spyOn(table, 'intersect'), vi.spyOn(table, 'subtract')];
    const x = ids[5]!;
    const all = ops.all;
    for (const [a, b] of [[x, x], [x, 0], [0, x], [x, all], [all, x], [0, 0], [all, all]] as const) {
      ops.union(a, b);
      ops.intersect(a, b);
    }
    for (const [a, b] of [[x, 0], [0, x], [x, x], [x, all], [0, all]] as const) ops.subtract(a, b);
    expect(spies.map((s) => s.mock.calls.length)).toEqual([0, 0, 0]);
  });

  it('a pair of ids below 1024 asks the table once, in either order; larger ids ask it every time', () => {
    const { table, ops, ids } = setup();
    const union = vi.spyOn(table, 'union');
    const intersect = vi.spyOn(table, 'intersect');
    for (const [a, b] of [[ids[3]!, ids[4]!], [ids[70]!, ids[3]!], [ids[1000]!, ids[1021]!]]) {
      for (const [p, q] of [[a, b], [b, a], [a, b]]) {
        ops.union(p!, q!);
        ops.intersect(p!, q!);
      }
    }
    expect([union.mock.calls.length, intersect.mock.calls.length]).toEqual([3, 3]);
    union.mockClear();
    intersect.mockClear();
    // ids[1022] is id 1024: past the flat caches.
    for (let i = 0; i < 3; i++) {
      ops.union(ids[1022]!, ids[3]!);
      ops.intersect(ids[3]!, ids[1022]!);
    }
    expect([union.mock.calls.length, intersect.mock.calls.length]).toEqual([3, 3]);
  });
});
