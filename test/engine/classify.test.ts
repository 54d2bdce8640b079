import { describe, expect, it } from 'vitest';
import { elementaryIntervals, ipBlockHoldsPods } from '../../src/engine/classify';
import { parseCidr } from '../../src/model/cidr';
import type { IpRange } from '../../src/model/types';

/** the external address space is cut at every ipBlock boundary, each family apart. */
const range = (c: string): IpRange => {
  const p = parseCidr(c);
  if (!p.ok) throw new Error(p.error);
  return p.range;
};
const MAX4 = 2n ** 32n - 1n;
const MAX6 = 2n ** 128n - 1n;
const v4 = (lo: bigint, hi: bigint): IpRange => ({ family: 4, lo, hi });
const v6 = (lo: bigint, hi: bigint): IpRange => ({ family: 6, lo, hi });
const A = (a: number) => BigInt(a) << 24n;

describe('elementaryIntervals', () => {
  it.each<[string, string[], IpRange[]]>([
    ['no boundary: each family whole, IPv4 first', [], [v4(0n, MAX4), v6(0n, MAX6)]],
    ['one block: before, inside, after', ['10.0.0.0/8'], [v4(0n, A(10) - 1n), v4(A(10), A(11) - 1n), v4(A(11), MAX4), v6(0n, MAX6)]],
    ['a block at the start of the space: no empty interval before it', ['0.0.0.0/8'], [v4(0n, A(1) - 1n), v4(A(1), MAX4), v6(0n, MAX6)]],
    ['a block at the end of the space: no cut past the last address', ['255.0.0.0/8'], [v4(0n, A(255) - 1n), v4(A(255), MAX4), v6(0n, MAX6)]],
    ['the whole space: one interval', ['0.0.0.0/0', '::/0'], [v4(0n, MAX4), v6(0n, MAX6)]],
    ['nested and repeated blocks, in any order', ['10.1.0.0/16', '10.0.0.0/8', '10.1.0.0/16'], [v4(0n, A(10) - 1n), v4(A(10), A(10) + (1n << 16n) - 1n), v4(A(10) + (1n << 16n), A(10) + (2n << 16n) - 1n), v4(A(10) + (2n << 16n), A(11) - 1n), v4(A(11), MAX4), v6(0n, MAX6)]],
    ['one address', ['1.2.3.4/32'], [v4(0n, 0x01020303n), v4(0x01020304n, 0x01020304n), v4(0x01020305n, MAX4), v6(0n, MAX6)]],
    ['IPv6 blocks: before, inside, after, in order', ['fd00::/8', '2001:db8::/32'], [v4(0n, MAX4), v6(0n, 0x2001_0db8n * 2n ** 96n - 1n), v6(0x2001_0db8n * 2n ** 96n, 0x2001_0db9n * 2n ** 96n - 1n), v6(0x2001_0db9n * 2n ** 96n, 0xfdn * 2n ** 120n - 1n), v6(0xfdn * 2n ** 120n, 0xfen * 2n ** 120n - 1n), v6(0xfen * 2n ** 120n, MAX6)]],
    ['an IPv6 block at either end', ['::/8', 'ff00::/8'], [v4(0n, MAX4), v6(0n, 2n ** 120n - 1n), v6(2n ** 120n, 0xffn * 2n ** 120n - 1n), v6(0xffn * 2n ** 120n, MAX6)]],
    ['the same IPv6 block twice', ['fd00::/8', 'fd00::/8'], [v4(0n, MAX4), v6(0n, 0xfdn * 2n ** 120n - 1n), v6(0xfdn * 2n ** 120n, 0xfen * 2n ** 120n - 1n), v6(0xfen * 2n ** 120n, MAX6)]],
  ])('%s', (_what, cidrs, expected) => {
    expect(elementaryIntervals(cidrs.map(range))).toEqual(expected);
  });
});

describe('ipBlockHoldsPods (A-22: with pod CIDRs given, an ipBlock that holds them all matches every pod)', () => {
  const block = (cidr: string, ...except: string[]) => {
    // cidr minus except, as disjoint ranges, for the cases here: one except inside.
    const r = range(cidr);
    if (!except.length) return [r];
    const e = range(except[0]!);
    return [{ ...r, hi: e.lo - 1n }, { ...r, lo: e.hi + 1n }].filter((x) => x.lo <= x.hi);
  };
  it.each<[string, IpRange[], string[], boolean]>([
    ['no pod CIDRs: never', block('0.0.0.0/0'), [], false],
    ['a block holding the pod CIDR', block('10.0.0.0/8'), ['10.1.0.0/16'], true],
    ['the pod CIDR itself (bounds are inclusive)', block('10.1.0.0/16'), ['10.1.0.0/16'], true],
    ['a block holding one of two pod CIDRs', block('10.0.0.0/8'), ['10.1.0.0/16', '192.168.0.0/16'], false],
    ['a block overlapping the start only', block('10.1.0.0/17'), ['10.1.0.0/16'], false],
    ['a block overlapping the end only', block('10.1.128.0/17'), ['10.1.0.0/16'], false],
    ['an except cutting the pod CIDR', block('10.0.0.0/8', '10.1.2.0/24'), ['10.1.0.0/16'], false],
    ['an except beside the pod CIDR', block('10.0.0.0/8', '10.2.0.0/16'), ['10.1.0.0/16'], true],
    ['another family (A-23)', [v6(0n, MAX6)], ['10.1.0.0/16'], false],
    ['each family by a range of its own', [v4(0n, MAX4), v6(0n, MAX6)], ['10.1.0.0/16', 'fd00::/8'], true],
  ])('%s', (_what, ranges, pods, holds) => {
    expect(ipBlockHoldsPods(ranges, pods.map(range))).toBe(holds);
  });
});
