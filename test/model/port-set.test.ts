import { describe, expect, test } from 'vitest';
import { ALL_CONNS, type Conns, connsContain, connsEqual, connsFromJson, connsKey, connsSubset, connsToJson, formatConns, intersectConns, isAllConns, isEmptyConns, NO_CONNS, subtractConns, unionConns } from '../../src/model/conns';
import { ConnsTable } from '../../src/model/conns-table';
import { intersectRanges, normalizeRanges, type PortRanges, subtractRanges, unionRanges } from '../../src/model/port-ranges';

const c = (tcp: PortRanges = [], udp: PortRanges = [], sctp: PortRanges = []): Conns => ({ TCP: tcp, UDP: udp, SCTP: sctp });

describe('normalizeRanges', () => {
  test.each<[string, [number, number][], PortRanges]>([
    ['empty', [], []],
    ['one port', [[80, 80]], [[80, 80]]],
    ['sorts', [[90, 95], [10, 20]], [[10, 20], [90, 95]]],
    ['merges overlapping', [[10, 20], [15, 30]], [[10, 30]]],
    ['merges touching (20 and 21)', [[10, 20], [21, 30]], [[10, 30]]],
    ['keeps a gap of one port', [[10, 20], [22, 30]], [[10, 20], [22, 30]]],
    ['swallows a contained range', [[1, 100], [50, 60]], [[1, 100]]],
    ['drops a reversed range', [[5, 3], [7, 7]], [[7, 7]]],
    ['merges duplicates', [[80, 80], [80, 80]], [[80, 80]]],
    ['full range', [[1, 65535], [443, 443]], [[1, 65535]]],
  ])('%s', (_name, input, want) => {
    expect(normalizeRanges(input)).toEqual(want);
  });
});

describe('range algebra', () => {
  test.each<[string, PortRanges, PortRanges, PortRanges]>([
    ['union with empty', [[80, 80]], [], [[80, 80]]],
    ['union of empty with a set', [], [[80, 80]], [[80, 80]]],
    ['union merges touching', [[80, 80]], [[81, 81]], [[80, 81]]],
    ['union keeps disjoint sorted', [[443, 443]], [[80, 80]], [[80, 80], [443, 443]]],
  ])('unionRanges: %s', (_n, a, b, want) => {
    expect(unionRanges(a, b)).toEqual(want);
  });

  test.each<[string, PortRanges, PortRanges, PortRanges]>([
    ['with empty', [[1, 65535]], [], []],
    ['disjoint', [[1, 10]], [[11, 20]], []],
    ['one shared port at the edge', [[1, 10]], [[10, 20]], [[10, 10]]],
    ['contained', [[1, 100]], [[40, 50]], [[40, 50]]],
    ['several pieces', [[1, 10], [20, 30]], [[5, 25]], [[5, 10], [20, 25]]],
    ['one range across several', [[5, 25]], [[1, 10], [20, 30]], [[5, 10], [20, 25]]],
  ])('intersectRanges: %s', (_n, a, b, want) => {
    expect(intersectRanges(a, b)).toEqual(want);
  });

  test.each<[string, PortRanges, PortRanges, PortRanges]>([
    ['nothing to remove', [[1, 10]], [], [[1, 10]]],
    ['everything removed', [[1, 10]], [[1, 10]], []],
    ['superset removed', [[5, 6]], [[1, 65535]], []],
    ['hole in the middle', [[1, 10]], [[5, 5]], [[1, 4], [6, 10]]],
    ['cut at the low edge', [[1, 10]], [[1, 3]], [[4, 10]]],
    ['cut at the high edge', [[1, 10]], [[8, 10]], [[1, 7]]],
    ['one hole across two ranges', [[1, 5], [7, 9]], [[4, 8]], [[1, 3], [9, 9]]],
    ['two holes in one range', [[1, 20]], [[3, 4], [10, 12]], [[1, 2], [5, 9], [13, 20]]],
    ['holes outside', [[10, 20]], [[1, 5], [30, 40]], [[10, 20]]],
    ['complement of one port', [[1, 65535]], [[80, 80]], [[1, 79], [81, 65535]]],
  ])('subtractRanges: %s', (_n, a, b, want) => {
    expect(subtractRanges(a, b)).toEqual(want);
  });
});

describe('connection sets', () => {
  test('union, intersection and subtraction work per protocol', () => {
    const a = c([[80, 80]], [[53, 53]]);
    const b = c([[80, 81]], [], [[7070, 7070]]);
    expect(unionConns(a, b)).toEqual(c([[80, 81]], [[53, 53]], [[7070, 7070]]));
    expect(intersectConns(a, b)).toEqual(c([[80, 80]]));
    expect(subtractConns(b, a)).toEqual(c([[81, 81]], [], [[7070, 7070]]));
    expect(subtractConns(a, b)).toEqual(c([], [[53, 53]]));
  });

  test.each<[string, Conns, boolean, boolean]>([
    ['NO_CONNS', NO_CONNS, true, false],
    ['ALL_CONNS', ALL_CONNS, false, true],
    ['all TCP only (A-25: ports [{}])', c([[1, 65535]]), false, false],
    ['one port', c([[80, 80]]), false, false],
  ])('%s: empty %s, all %s', (_n, x, empty, all) => {
    expect(isEmptyConns(x)).toBe(empty);
    expect(isAllConns(x)).toBe(all);
  });

  test('subset, equality, containment, keys', () => {
    expect(connsSubset(c([[80, 80]]), c([[1, 100]]))).toBe(true);
    expect(connsSubset(c([[80, 80]]), c([], [[80, 80]]))).toBe(false);
    expect(connsEqual(c([[80, 81]]), c([[80, 81]]))).toBe(true);
    expect(connsEqual(c([[80, 81]]), c([], [[80, 81]]))).toBe(false);
    expect(connsContain(c([], [[53, 53]]), 'UDP', 53)).toBe(true);
    expect(connsContain(c([], [[53, 53]]), 'TCP', 53)).toBe(false);
    expect(connsKey(c([[80, 80]]))).not.toBe(connsKey(c([], [[80, 80]])));
    expect(connsKey(c([[80, 81]]))).toBe(connsKey(unionConns(c([[80, 80]]), c([[81, 81]]))));
  });

  test.each<[string, Conns, string]>([
    ['nothing', NO_CONNS, 'none'],
    ['everything', ALL_CONNS, 'all'],
    ['all of one protocol', c([[1, 65535]]), 'TCP all'],
    ['ports and ranges', c([[80, 80], [443, 443], [8080, 8090]]), 'TCP 80,443,8080-8090'],
    ['several protocols in TCP, UDP, SCTP order', c([[80, 80]], [[53, 53]], [[7070, 7070]]), 'TCP 80, UDP 53, SCTP 7070'],
    ['all TCP and UDP but no SCTP', c([[1, 65535]], [[1, 65535]]), 'TCP all, UDP all'],
  ])('formatConns: %s', (_n, x, want) => {
    expect(formatConns(x)).toBe(want);
  });

  test('formatConns takes a separator', () => {
    expect(formatConns(c([[80, 80]], [[53, 53]]), ' · ')).toBe('TCP 80 · UDP 53');
  });

  test('connsToJson lists only protocols with ports, and connsFromJson reads it back normalised', () => {
    expect(connsToJson(c([[80, 80]], [], [[1, 2]]))).toEqual({ TCP: [[80, 80]], SCTP: [[1, 2]] });
    expect(connsToJson(NO_CONNS)).toEqual({});
    expect(connsFromJson({ UDP: [[54, 60], [53, 53]] })).toEqual(c([], [[53, 60]]));
  });

  test('ConnsTable interns equal sets to one id; id 0 is the empty set', () => {
    const t = new ConnsTable();
    expect(t.intern(NO_CONNS)).toBe(0);
    const a = t.intern(c([[80, 80]]));
    expect(t.intern(c([[80, 80]]))).toBe(a);
    const b = t.intern(c([[81, 81]]));
    const u = t.union(a, b);
    expect(t.get(u)).toEqual(c([[80, 81]]));
    expect(t.intersect(u, a)).toBe(a);
    expect(t.intersect(a, b)).toBe(0);
    expect(t.union(a, 0)).toBe(a);
  });
});
