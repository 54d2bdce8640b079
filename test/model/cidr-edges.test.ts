import { describe, expect, test } from 'vitest';
import { compareRanges, parseCidr, rangeContains, rangesOverlap, subtractIpRanges } from '../../src/model/cidr';
import type { IpRange } from '../../src/model/types';

// Edges the mutation run (issue 18) found untested: each case fails if one comparison or one
// anchor of src/model/cidr.ts changes.

const v4 = (a: string): bigint => a.split('.').reduce((acc, p) => (acc << 8n) | BigInt(Number(p)), 0n);
const r4 = (lo: string, hi: string): IpRange => ({ family: 4, lo: v4(lo), hi: v4(hi) });
const cidr = (text: string): IpRange => {
  const p = parseCidr(text);
  if (!p.ok) throw new Error(p.error);
  return p.range;
};

describe('parseCidr: octets and anchors (A-7)', () => {
  test.each([
    ['255 is an octet', '255.255.255.255/32', true],
    ['256 is not', '256.0.0.0/8', false],
    ['five parts', '1.2.3.4.5/32', false],
    ['text before the address', 'a1.2.3.4/32', false],
    ['text after the prefix', '10.0.0.0/8x', false],
    ['a space before the CIDR', ' 10.0.0.0/8', false],
    ['a prefix of four digits', '10.0.0.0/0008', false],
  ])('%s: %s', (_name, text, ok) => {
    expect(parseCidr(text).ok).toBe(ok);
  });

  test('255.255.255.255/32 is the last address', () => {
    expect(cidr('255.255.255.255/32')).toEqual({ family: 4, lo: 2n ** 32n - 1n, hi: 2n ** 32n - 1n });
  });
});

describe('subtractIpRanges (A-21: cidr minus except)', () => {
  test('a nested except then another: the excepted addresses stay out', () => {
    const holes = [cidr('10.0.0.0/25'), cidr('10.0.0.16/28'), cidr('10.0.0.200/32')];
    expect(subtractIpRanges(cidr('10.0.0.0/24'), holes)).toEqual([r4('10.0.0.128', '10.0.0.199'), r4('10.0.0.201', '10.0.0.255')]);
  });

  test('excepts that cover the block to its last address leave nothing', () => {
    const holes = [cidr('10.0.0.0/31'), cidr('10.0.0.2/32'), cidr('10.0.0.3/32')];
    expect(subtractIpRanges(cidr('10.0.0.0/30'), holes)).toEqual([]);
  });

  test('an except ending one before the last address leaves the last one', () => {
    expect(subtractIpRanges(cidr('10.0.0.0/30'), [cidr('10.0.0.0/31'), cidr('10.0.0.2/32')])).toEqual([r4('10.0.0.3', '10.0.0.3')]);
  });

  test('an except that starts at the block keeps no empty range before it', () => {
    expect(subtractIpRanges(cidr('10.0.0.0/30'), [cidr('10.0.0.0/32')])).toEqual([r4('10.0.0.1', '10.0.0.3')]);
  });

  test('holes given out of order are sorted first', () => {
    expect(subtractIpRanges(cidr('10.0.0.0/29'), [cidr('10.0.0.6/32'), cidr('10.0.0.2/32')])).toEqual([r4('10.0.0.0', '10.0.0.1'), r4('10.0.0.3', '10.0.0.5'), r4('10.0.0.7', '10.0.0.7')]);
  });
});

describe('rangesOverlap and compareRanges', () => {
  test('ranges sharing one address overlap, either way round', () => {
    expect(rangesOverlap(r4('10.0.0.0', '10.0.0.10'), r4('10.0.0.10', '10.0.0.20'))).toBe(true);
    expect(rangesOverlap(r4('10.0.0.10', '10.0.0.20'), r4('10.0.0.0', '10.0.0.10'))).toBe(true);
    expect(rangesOverlap(r4('10.0.0.0', '10.0.0.9'), r4('10.0.0.10', '10.0.0.20'))).toBe(false);
    expect(rangesOverlap(r4('10.0.0.10', '10.0.0.20'), r4('10.0.0.0', '10.0.0.9'))).toBe(false);
  });

  test('ranges of two families never overlap', () => {
    expect(rangesOverlap({ family: 4, lo: 0n, hi: 10n }, { family: 6, lo: 0n, hi: 10n })).toBe(false);
  });

  test('IPv4 sorts before IPv6 whatever the addresses, then by start', () => {
    const v6low: IpRange = { family: 6, lo: 0n, hi: 0n };
    const v4high = r4('255.0.0.0', '255.255.255.255');
    expect(Math.sign(compareRanges(v4high, v6low))).toBe(-1);
    expect(Math.sign(compareRanges(v6low, v4high))).toBe(1);
    expect(Math.sign(compareRanges(r4('10.0.0.0', '10.0.0.1'), r4('10.0.0.2', '10.0.0.3')))).toBe(-1);
    expect(Math.sign(compareRanges(r4('10.0.0.2', '10.0.0.3'), r4('10.0.0.0', '10.0.0.1')))).toBe(1);
    expect(compareRanges(r4('10.0.0.2', '10.0.0.3'), r4('10.0.0.2', '10.0.0.9'))).toBe(0);
  });
});

describe('rangeContains', () => {
  test('a range holds itself and ranges that share its ends', () => {
    expect(rangeContains(r4('10.0.0.0', '10.0.0.9'), r4('10.0.0.0', '10.0.0.9'))).toBe(true);
    expect(rangeContains(r4('10.0.0.0', '10.0.0.9'), r4('10.0.0.0', '10.0.0.3'))).toBe(true);
    expect(rangeContains(r4('10.0.0.0', '10.0.0.9'), r4('10.0.0.5', '10.0.0.9'))).toBe(true);
    expect(rangeContains(r4('10.0.0.1', '10.0.0.9'), r4('10.0.0.0', '10.0.0.9'))).toBe(false);
    expect(rangeContains(r4('10.0.0.0', '10.0.0.8'), r4('10.0.0.0', '10.0.0.9'))).toBe(false);
  });
});
