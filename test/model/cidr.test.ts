import { describe, expect, test } from 'vitest';
import { formatIp, formatRange, FULL_RANGES, parseCidr, rangeContains, rangesOverlap, rangeToCidrs, subtractIpRanges } from '../../src/model/cidr';
import type { IpRange } from '../../src/model/types';

const v4 = (a: string): bigint => a.split('.').reduce((acc, p) => (acc << 8n) | BigInt(Number(p)), 0n);
const r4 = (lo: string, hi: string): IpRange => ({ family: 4, lo: v4(lo), hi: v4(hi) });

describe('parseCidr (A-7, A-23)', () => {
  test.each<[string, string, 4 | 6, number, boolean]>([
    ['canonical IPv4', '10.0.0.0/8', 4, 8, false],
    ['a host /32', '192.168.1.7/32', 4, 32, false],
    ['all of IPv4', '0.0.0.0/0', 4, 0, false],
    ['host bits set: 10.0.0.1/24 means 10.0.0.0/24 (ParseCIDRSloppy)', '10.0.0.1/24', 4, 24, true],
    ['leading zeros are decimal, not octal', '010.000.000.000/8', 4, 8, true],
    ['leading zero in the prefix', '10.0.0.0/08', 4, 8, true],
    ['canonical IPv6', '2001:db8::/32', 6, 32, false],
    ['all of IPv6', '::/0', 6, 0, false],
    ['IPv6 host bits set', '2001:db8::1/64', 6, 64, true],
  ])('%s: %s', (_n, text, family, prefix, nonCanonical) => {
    const p = parseCidr(text);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.range.family).toBe(family);
    expect(p.prefix).toBe(prefix);
    expect(p.nonCanonical).toBe(nonCanonical);
  });

  test.each<[string, string]>([
    ['10.0.0.1/24', '10.0.0.0/24'],
    ['010.000.000.000/8', '10.0.0.0/8'],
    ['10.0.0.0/08', '10.0.0.0/8'],
    ['2001:db8::1/64', '2001:db8::/64'],
    ['2001:0db8:0000::/32', '2001:db8::/32'],
  ])('canonical form of %s is %s', (text, canonical) => {
    const p = parseCidr(text);
    expect(p.ok && p.canonical).toBe(canonical);
  });

  test('the range of 10.0.0.1/24 is the network 10.0.0.0-10.0.0.255', () => {
    const p = parseCidr('10.0.0.1/24');
    expect(p.ok && p.range).toEqual(r4('10.0.0.0', '10.0.0.255'));
  });

  test.each<[string, string, RegExp]>([
    ['prefix too long (IPv4)', '10.0.0.0/33', /longer than 32 bits/],
    ['prefix too long (IPv6)', '2001:db8::/129', /longer than 128 bits/],
    ['no prefix', '10.0.0.0', /not a CIDR/],
    ['an octet above 255', '256.0.0.0/8', /not a valid IPv4 address/],
    ['three octets', '10.0.0/8', /not a valid IPv4 address/],
    ['not an address', 'example.com/8', /not a valid IPv4 address/],
    ['bad IPv6', '2001:db8:::/32', /not a valid IPv6 address/],
    ['IPv6 zone', 'fe80::1%eth0/64', /not a valid IPv6 address/],
    ['empty', '', /not a CIDR/],
    ['spaces inside', '10.0.0.0 /8', /not a CIDR/],
  ])('rejects %s: %j', (_n, text, message) => {
    const p = parseCidr(text);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.error).toMatch(message);
  });
});

describe('ranges', () => {
  test.each<[string, IpRange, string[]]>([
    ['one CIDR', r4('10.0.0.0', '10.0.0.255'), ['10.0.0.0/24']],
    ['one address', r4('10.0.0.7', '10.0.0.7'), ['10.0.0.7/32']],
    ['unaligned', r4('10.0.0.1', '10.0.0.6'), ['10.0.0.1/32', '10.0.0.2/31', '10.0.0.4/31', '10.0.0.6/32']],
    ['below 10.0.0.0/8', r4('0.0.0.0', '9.255.255.255'), ['0.0.0.0/5', '8.0.0.0/7']],
    ['10.12.0.0-10.255.255.255', r4('10.12.0.0', '10.255.255.255'), ['10.12.0.0/14', '10.16.0.0/12', '10.32.0.0/11', '10.64.0.0/10', '10.128.0.0/9']],
    ['all of IPv4', FULL_RANGES[0]!, ['0.0.0.0/0']],
    ['all of IPv6', FULL_RANGES[1]!, ['::/0']],
    ['upper half of IPv6', { family: 6, lo: 1n << 127n, hi: (1n << 128n) - 1n }, ['8000::/1']],
  ])('rangeToCidrs: %s', (_n, r, want) => {
    expect(rangeToCidrs(r)).toEqual(want);
  });

  test.each<[string, IpRange, string]>([
    ['a single CIDR prints as a CIDR', r4('10.0.0.0', '10.255.255.255'), '10.0.0.0/8'],
    ['anything else prints as first-last', r4('10.12.0.0', '10.255.255.255'), '10.12.0.0-10.255.255.255'],
    ['IPv6 CIDR', FULL_RANGES[1]!, '::/0'],
    ['IPv6 range', { family: 6, lo: 1n, hi: 2n }, '::1-::2'],
  ])('formatRange: %s', (_n, r, want) => {
    expect(formatRange(r)).toBe(want);
  });

  test('formatIp writes both families', () => {
    expect(formatIp(4, v4('192.168.0.1'))).toBe('192.168.0.1');
    expect(formatIp(6, (0x2001n << 112n) | (0xdb8n << 96n) | 1n)).toBe('2001:db8::1');
  });

  test('containment and overlap never cross families (A-23)', () => {
    const all4 = FULL_RANGES[0]!;
    const v6 = { family: 6 as const, lo: 0n, hi: 10n };
    expect(rangeContains(all4, r4('10.0.0.0', '10.0.0.1'))).toBe(true);
    expect(rangeContains(all4, v6)).toBe(false);
    expect(rangesOverlap(all4, v6)).toBe(false);
    expect(rangesOverlap(r4('10.0.0.0', '10.0.0.9'), r4('10.0.0.9', '10.0.0.20'))).toBe(true);
    expect(rangesOverlap(r4('10.0.0.0', '10.0.0.9'), r4('10.0.0.10', '10.0.0.20'))).toBe(false);
  });

  test.each<[string, IpRange, IpRange[], IpRange[]]>([
    ['no holes', r4('10.0.0.0', '10.255.255.255'), [], [r4('10.0.0.0', '10.255.255.255')]],
    ['one hole (except 10.11.0.0/16)', r4('10.0.0.0', '10.255.255.255'), [r4('10.11.0.0', '10.11.255.255')], [r4('10.0.0.0', '10.10.255.255'), r4('10.12.0.0', '10.255.255.255')]],
    ['overlapping holes, unsorted', r4('10.0.0.0', '10.0.0.255'), [r4('10.0.0.100', '10.0.0.200'), r4('10.0.0.50', '10.0.0.150')], [r4('10.0.0.0', '10.0.0.49'), r4('10.0.0.201', '10.0.0.255')]],
    ['hole at both ends', r4('10.0.0.0', '10.0.0.255'), [r4('10.0.0.0', '10.0.0.9'), r4('10.0.0.250', '10.0.0.255')], [r4('10.0.0.10', '10.0.0.249')]],
    ['a hole of another family is ignored', r4('10.0.0.0', '10.0.0.255'), [{ family: 6, lo: 0n, hi: (1n << 128n) - 1n }], [r4('10.0.0.0', '10.0.0.255')]],
    ['everything removed', r4('10.0.0.0', '10.0.0.255'), [FULL_RANGES[0]!], []],
  ])('subtractIpRanges: %s', (_n, base, holes, want) => {
    expect(subtractIpRanges(base, holes)).toEqual(want);
  });
});
