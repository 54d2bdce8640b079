import ipaddr from 'ipaddr.js';
import type { IpRange } from './types';

const BITS = { 4: 32, 6: 128 } as const;

export const FULL_RANGES: readonly IpRange[] = [
  { family: 4, lo: 0n, hi: (1n << 32n) - 1n },
  { family: 6, lo: 0n, hi: (1n << 128n) - 1n },
];

export type ParsedCidr =
  | { ok: true; range: IpRange; prefix: number; canonical: string; nonCanonical: boolean }
  | { ok: false; error: string };

/** IPv4 dotted quad, read as Kubernetes' legacy ParseCIDRSloppy does: leading zeros are decimal. */
function parseIPv4(text: string): { value: bigint; leadingZeros: boolean } | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return null;
  let value = 0n;
  let leadingZeros = false;
  for (const part of m.slice(1)) {
    const n = Number(part);
    if (n > 255) return null;
    if (part.length > 1 && part.startsWith('0')) leadingZeros = true;
    value = (value << 8n) | BigInt(n);
  }
  return { value, leadingZeros };
}

function parseIPv6(text: string): bigint | null {
  if (!ipaddr.IPv6.isValid(text) || text.includes('%')) return null;
  return ipaddr.IPv6.parse(text)
    .toByteArray()
    .reduce((acc, b) => (acc << 8n) | BigInt(b), 0n);
}

/**
 * Parses a CIDR as the API server does. Host bits set (`10.0.0.1/24`) or leading zeros are
 * accepted as the network they denote, with `nonCanonical` set so callers can warn.
 */
export function parseCidr(text: string): ParsedCidr {
  const m = /^([^/\s]+)\/(\d{1,3})$/.exec(text);
  if (!m) return { ok: false, error: `"${text}" is not a CIDR (expected address/prefix, like 10.0.0.0/8 or 2001:db8::/32)` };
  const [, addr, prefixText] = m as unknown as [string, string, string];
  const prefix = Number(prefixText);
  let family: 4 | 6;
  let value: bigint;
  let leadingZeros = false;
  if (addr.includes(':')) {
    const v = parseIPv6(addr);
    if (v === null) return { ok: false, error: `"${text}": "${addr}" is not a valid IPv6 address` };
    family = 6;
    value = v;
  } else {
    const v = parseIPv4(addr);
    if (v === null) return { ok: false, error: `"${text}": "${addr}" is not a valid IPv4 address` };
    family = 4;
    value = v.value;
    leadingZeros = v.leadingZeros;
  }
  const bits = BITS[family];
  if (prefix > bits) return { ok: false, error: `"${text}": prefix length ${prefix} is longer than ${bits} bits` };
  if (prefixText.length > 1 && prefixText.startsWith('0')) leadingZeros = true;
  const size = 1n << BigInt(bits - prefix);
  const lo = (value / size) * size;
  const range: IpRange = { family, lo, hi: lo + size - 1n };
  const canonical = `${formatIp(family, lo)}/${prefix}`;
  return { ok: true, range, prefix, canonical, nonCanonical: leadingZeros || lo !== value };
}

export function formatIp(family: 4 | 6, value: bigint): string {
  if (family === 4) {
    return [24n, 16n, 8n, 0n].map((s) => String((value >> s) & 255n)).join('.');
  }
  const bytes: number[] = [];
  for (let s = 120n; s >= 0n; s -= 8n) bytes.push(Number((value >> s) & 255n));
  return ipaddr.fromByteArray(bytes).toString();
}

/** The smallest list of CIDRs whose union is exactly the range. */
export function rangeToCidrs(r: IpRange): string[] {
  const bits = BITS[r.family];
  const out: string[] = [];
  let lo = r.lo;
  while (lo <= r.hi) {
    let size = 1n;
    let prefix = bits;
    // grow while aligned and inside the range
    // Stryker disable next-line ConditionalExpression,EqualityOperator: at prefix 0 the range bound stops the loop too
    while (prefix > 0 && lo % (size * 2n) === 0n && lo + size * 2n - 1n <= r.hi) {
      size *= 2n;
      prefix--;
    }
    out.push(`${formatIp(r.family, lo)}/${prefix}`);
    lo += size;
  }
  return out;
}

/** `10.0.0.0/8` when the range is one CIDR, else `10.12.0.0-10.255.255.255`. */
export function formatRange(r: IpRange): string {
  const cidrs = rangeToCidrs(r);
  return cidrs.length === 1 ? cidrs[0]! : `${formatIp(r.family, r.lo)}-${formatIp(r.family, r.hi)}`;
}

export function rangeContains(outer: IpRange, inner: IpRange): boolean {
  return outer.family === inner.family && outer.lo <= inner.lo && inner.hi <= outer.hi;
}

export function rangesOverlap(a: IpRange, b: IpRange): boolean {
  return a.family === b.family && a.lo <= b.hi && b.lo <= a.hi;
}

/** `base` minus every range of `holes`, as sorted disjoint ranges. */
export function subtractIpRanges(base: IpRange, holes: readonly IpRange[]): IpRange[] {
  const hs = holes.filter((h) => rangesOverlap(base, h)).sort(compareRanges);
  const out: IpRange[] = [];
  let lo = base.lo;
  for (const h of hs) {
    if (h.lo > lo) out.push({ family: base.family, lo, hi: h.lo - 1n });
    // Stryker disable next-line EqualityOperator: at equality lo is set to itself
    if (h.hi + 1n > lo) lo = h.hi + 1n;
    // Stryker disable next-line ConditionalExpression: an early exit; later holes start at or below base.hi < lo
    if (lo > base.hi) break;
  }
  if (lo <= base.hi) out.push({ family: base.family, lo, hi: base.hi });
  return out;
}

export function compareRanges(a: IpRange, b: IpRange): number {
  if (a.family !== b.family) return a.family - b.family;
  return a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0;
}
