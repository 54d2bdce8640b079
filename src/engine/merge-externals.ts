import { formatIp, rangeToCidrs } from '../model/cidr';
import type { IpRange } from '../model/types';

export interface MergedExternal {
  id: string;
  range: IpRange;
  cidrs: string[];
  /** Indices of the elementary intervals it is made of. */
  parts: number[];
}

/** rangeToCidrs, with IPv4 ranges (the common case, and exact in doubles) done without bigints. */
export function cidrsOf(r: IpRange): string[] {
  // Stryker disable next-line ConditionalExpression: the IPv4 loop below is a faster rangeToCidrs; taking rangeToCidrs for IPv4 too gives the same CIDRs
  if (r.family !== 4) return rangeToCidrs(r);
  const out: string[] = [];
  let lo = Number(r.lo);
  const hi = Number(r.hi);
  while (lo <= hi) {
    let size = 1;
    let prefix = 32;
    // Grow while aligned and inside the range, as rangeToCidrs does.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: at prefix 0 the block would be 2^33 addresses, which the range bound already refuses
    while (prefix > 0 && lo % (size * 2) === 0 && lo + size * 2 - 1 <= hi) {
      size *= 2;
      prefix--;
    }
    out.push(`${Math.floor(lo / 16777216)}.${Math.floor(lo / 65536) % 256}.${Math.floor(lo / 256) % 256}.${lo % 256}/${prefix}`);
    lo += size;
  }
  return out;
}

/**
 * Merges touching elementary intervals that have the same key into one endpoint each, never across
 * address families. Intervals must be sorted (as `elementaryIntervals` returns them).
 */
export function mergeExternals(intervals: readonly IpRange[], keyOf: (i: number) => string | number): MergedExternal[] {
  const out: MergedExternal[] = [];
  let cur: { range: IpRange; key: string | number; parts: number[] } | null = null;
  const flush = () => {
    if (!cur) return;
    const cidrs = cidrsOf(cur.range);
    // formatRange, without computing the CIDRs a second time.
    const id = cidrs.length === 1 ? cidrs[0]! : `${formatIp(cur.range.family, cur.range.lo)}-${formatIp(cur.range.family, cur.range.hi)}`;
    out.push({ id, range: cur.range, cidrs, parts: cur.parts });
  };
  intervals.forEach((r, i) => {
    const key = keyOf(i);
    if (cur && cur.key === key && cur.range.family === r.family && cur.range.hi + 1n === r.lo) {
      cur.range = { family: r.family, lo: cur.range.lo, hi: r.hi };
      cur.parts.push(i);
    } else {
      flush();
      cur = { range: r, key, parts: [i] };
    }
  });
  flush();
  return out;
}
