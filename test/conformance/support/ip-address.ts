import ipaddr from 'ipaddr.js';

/**
 * Address arithmetic for the test oracles, written apart from src/model/cidr.ts on purpose: the
 * conformance checks must not trust the code they check.
 */
export interface AddressInterval {
  family: 4 | 6;
  lo: bigint;
  hi: bigint;
}

export const IPV4_MAX = (1n << 32n) - 1n;
export const IPV6_MAX = (1n << 128n) - 1n;

function toBigInt(bytes: readonly number[]): bigint {
  return bytes.reduce((acc, b) => (acc << 8n) | BigInt(b), 0n);
}

/** An IPv4 (four decimal parts) or IPv6 address, or null. */
export function parseAddress(text: string): { family: 4 | 6; value: bigint } | null {
  if (text.includes(':')) {
    if (!ipaddr.IPv6.isValid(text)) return null;
    return { family: 6, value: toBigInt(ipaddr.IPv6.parse(text).toByteArray()) };
  }
  if (!ipaddr.IPv4.isValidFourPartDecimal(text)) return null;
  return { family: 4, value: toBigInt(ipaddr.IPv4.parse(text).toByteArray()) };
}

/** The addresses of a CIDR (host bits ignored), or null when it is not one. */
export function cidrInterval(cidr: string): AddressInterval | null {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(cidr);
  if (!m) return null;
  const addr = parseAddress(m[1]!);
  if (!addr) return null;
  const bits = addr.family === 4 ? 32 : 128;
  const prefix = Number(m[2]);
  if (prefix > bits) return null;
  const size = 1n << BigInt(bits - prefix);
  const lo = (addr.value / size) * size;
  return { family: addr.family, lo, hi: lo + size - 1n };
}

/** `a.b.c.d-e.f.g.h`, inclusive (np-guard's way of writing an address range). */
export function parseIpv4Range(text: string): AddressInterval | null {
  const m = /^([\d.]+)-([\d.]+)$/.exec(text);
  if (!m) return null;
  const lo = parseAddress(m[1]!);
  const hi = parseAddress(m[2]!);
  if (!lo || !hi || lo.family !== 4 || hi.family !== 4 || lo.value > hi.value) return null;
  return { family: 4, lo: lo.value, hi: hi.value };
}

export function formatIpv4(v: bigint): string {
  return [24n, 16n, 8n, 0n].map((s) => String((v >> s) & 255n)).join('.');
}

/**
 * Problems with a list of external address sets, each a list of CIDRs: the contract wants them
 * disjoint and covering all of IPv4 and IPv6 (PRODUCT.md; k8s-e2e README "checks").
 */
export function coverageProblems(externals: readonly { id: string; cidrs: readonly string[] }[]): string[] {
  const problems: string[] = [];
  const byFamily: Record<4 | 6, { lo: bigint; hi: bigint; id: string }[]> = { 4: [], 6: [] };
  for (const e of externals) {
    if (e.cidrs.length === 0) problems.push(`external ${e.id} has no cidrs`);
    for (const c of e.cidrs) {
      const r = cidrInterval(c);
      if (!r) problems.push(`external ${e.id} has an invalid CIDR ${c}`);
      else byFamily[r.family].push({ lo: r.lo, hi: r.hi, id: e.id });
    }
  }
  for (const family of [4, 6] as const) {
    const max = family === 4 ? IPV4_MAX : IPV6_MAX;
    const list = byFamily[family].sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0));
    let next = 0n;
    for (const r of list) {
      if (r.lo > next) problems.push(`IPv${family} gap before external ${r.id}`);
      else if (r.lo < next) problems.push(`IPv${family} overlap at external ${r.id}`);
      if (r.hi + 1n > next) next = r.hi + 1n;
    }
    if (next <= max) problems.push(`the externals do not cover the end of IPv${family}`);
  }
  return problems;
}
