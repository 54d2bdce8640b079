import { describe, expect, test } from 'vitest';
import { connsContain, connsEqual, connsFromJson, connsKey, connsOf, intersectConns, isEmptyConns, NO_CONNS, subtractConns, unionConns, type Conns } from '../../src/model/conns';
import { ConnsTable } from '../../src/model/conns-table';

// Edges the mutation run (issue 18) found untested in the connection-set algebra and its table.

const tcp = (...ranges: [number, number][]): Conns => connsOf('TCP', ranges);

describe('connsEqual', () => {
  test('the same start and a different end are different sets (TCP 80-90 vs 80-100)', () => {
    expect(connsEqual(tcp([80, 90]), tcp([80, 100]))).toBe(false);
    expect(connsEqual(tcp([70, 90]), tcp([80, 90]))).toBe(false);
    expect(connsEqual(tcp([80, 90]), tcp([80, 90], [95, 96]))).toBe(false);
    expect(connsEqual(tcp([80, 90]), tcp([80, 90]))).toBe(true);
  });

  test('the same ports under another protocol differ', () => {
    expect(connsEqual(tcp([53, 53]), connsOf('UDP', [[53, 53]]))).toBe(false);
    expect(connsEqual(connsOf('SCTP', [[1, 2]]), connsOf('UDP', [[1, 2]]))).toBe(false);
  });
});

describe('connsKey', () => {
  test('port lists are joined with a separator: TCP {1, 23} and {123} differ', () => {
    expect(connsKey(tcp([1, 1], [23, 23]))).not.toBe(connsKey(tcp([123, 123])));
  });

  test('protocols are kept apart: TCP 1 and UDP 1 differ', () => {
    expect(connsKey(tcp([1, 1]))).not.toBe(connsKey(connsOf('UDP', [[1, 1]])));
  });

  test('a range and its ends differ: 1-3 vs {1, 3}', () => {
    expect(connsKey(tcp([1, 3]))).not.toBe(connsKey(tcp([1, 1], [3, 3])));
  });
});

describe('connsContain', () => {
  test.each([
    [79, false],
    [80, true],
    [90, true],
    [91, false],
  ])('TCP 80-90 holds port %i: %s', (port, want) => {
    expect(connsContain(tcp([80, 90]), 'TCP', port)).toBe(want);
  });
});

describe('ConnsTable.union and intersect', () => {
  test('every pair gives the set the algebra gives, in any order of calls (no two results share a cache slot)', () => {
    const sets = [tcp([1, 1]), tcp([2, 2]), tcp([1, 2]), tcp([3, 3]), tcp([1, 3]), connsOf('UDP', [[1, 1]])];
    const table = new ConnsTable();
    const ids = sets.map((s) => table.intern(s));
    for (const [i, a] of ids.entries()) {
      for (const [j, b] of ids.entries()) {
        expect(connsKey(table.get(table.union(a, b))), `union ${i} ${j}`).toBe(connsKey(unionConns(sets[i]!, sets[j]!)));
        expect(connsKey(table.get(table.intersect(a, b))), `intersect ${i} ${j}`).toBe(connsKey(intersectConns(sets[i]!, sets[j]!)));
      }
    }
  });

  test('the empty set (id 0) is the identity of union and absorbs intersection', () => {
    const table = new ConnsTable();
    const a = table.intern(tcp([80, 80]));
    expect([table.union(0, a), table.union(a, 0), table.intersect(0, a), table.intersect(a, 0)]).toEqual([a, a, 0, 0]);
  });
});

describe('ConnsTable.subtract (T-4: what a tiered rule leaves for the next one)', () => {
  test('every pair gives the set the algebra gives, and never shares a cache slot with union or intersect', () => {
    const sets = [NO_CONNS, tcp([1, 1]), tcp([1, 2]), tcp([2, 3]), connsOf('UDP', [[1, 1]])];
    const table = new ConnsTable();
    const ids = sets.map((s) => table.intern(s));
    for (const [i, a] of ids.entries()) {
      for (const [j, b] of ids.entries()) {
        table.union(a, b);
        table.intersect(a, b);
        expect(connsKey(table.get(table.subtract(a, b))), `subtract ${i} ${j}`).toBe(connsKey(subtractConns(sets[i]!, sets[j]!)));
      }
    }
  });

  test('a set minus itself or minus a superset is empty (id 0); minus the empty set it is itself', () => {
    const table = new ConnsTable();
    const a = table.intern(tcp([80, 80]));
    const b = table.intern(tcp([1, 100]));
    expect([table.subtract(a, a), table.subtract(a, b), table.subtract(a, 0), table.subtract(0, a)]).toEqual([0, 0, a, 0]);
  });
});

describe('isEmptyConns and connsFromJson', () => {
  test('a set with ports under one protocol only is not empty, whichever protocol', () => {
    expect(isEmptyConns(tcp([1, 1]))).toBe(false);
    expect(isEmptyConns(connsOf('UDP', [[1, 1]]))).toBe(false);
    expect(isEmptyConns(connsOf('SCTP', [[1, 1]]))).toBe(false);
    expect(isEmptyConns(NO_CONNS)).toBe(true);
  });

  test('protocols missing from the JSON have no ports', () => {
    expect(connsFromJson({ TCP: [[1, 2]] })).toEqual({ TCP: [[1, 2]], UDP: [], SCTP: [] });
    expect(connsFromJson({ SCTP: [[3, 3]] })).toEqual({ TCP: [], UDP: [], SCTP: [[3, 3]] });
    expect(connsFromJson({})).toEqual(NO_CONNS);
  });
});
