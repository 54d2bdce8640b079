import { formatRange, rangeToCidrs } from '../model/cidr';
import type { IpRange } from '../model/types';

export interface ExternalEndpoint {
  id: string;
  range: IpRange;
  cidrs: string[];
  /** Indices of the elementary intervals it is made of. */
  parts: number[];
}

/**
 * Merges touching elementary intervals that have the same key into one endpoint each, never across
 * address families. Intervals must be sorted (as `elementaryIntervals` returns them).
 */
export function mergeExternals(intervals: readonly IpRange[], keyOf: (i: number) => string | number): ExternalEndpoint[] {
  const out: ExternalEndpoint[] = [];
  let cur: { range: IpRange; key: string | number; parts: number[] } | null = null;
  const flush = () => {
    if (!cur) return;
    out.push({ id: formatRange(cur.range), range: cur.range, cidrs: rangeToCidrs(cur.range), parts: cur.parts });
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
