/**
 * Sorted, disjoint, non-touching inclusive port ranges: the port numbers 1..65535, then the
 * named ports of stand-ins whose numbers are unknown (issue 11, see named-ports.ts).
 */
export type PortRanges = readonly (readonly [number, number])[];

export const MIN_PORT = 1;
export const MAX_PORT = 65535;
/** Issue 11: the atoms of named ports with unknown numbers lie above the numbered ports. */
export const MIN_NAMED_PORT = MAX_PORT + 1;
export const MAX_NAMED_PORT = MAX_PORT + 0x100000;
/** Every port: each number and each name (a rule without ports, or a protocol alone, A-16, A-25). */
export const ALL_PORTS: PortRanges = [[MIN_PORT, MAX_NAMED_PORT]];
export const NUMBERED_PORTS: PortRanges = [[MIN_PORT, MAX_PORT]];
export const NAMED_PORTS: PortRanges = [[MIN_NAMED_PORT, MAX_NAMED_PORT]];
export const NO_PORTS: PortRanges = [];

/** Sorts and merges overlapping or touching ranges. */
export function normalizeRanges(ranges: Iterable<readonly [number, number]>): PortRanges {
  // Stryker disable next-line ArithmeticOperator: the tie-break on the end does not change the merge
  const sorted = [...ranges].filter(([lo, hi]) => lo <= hi).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

export function unionRanges(a: PortRanges, b: PortRanges): PortRanges {
  // Stryker disable next-line ConditionalExpression: shortcut for what normalizeRanges gives too
  if (a.length === 0) return b;
  // Stryker disable next-line ConditionalExpression: shortcut
  if (b.length === 0) return a;
  return normalizeRanges([...a, ...b]);
}

export function intersectRanges(a: PortRanges, b: PortRanges): PortRanges {
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [alo, ahi] = a[i]!;
    const [blo, bhi] = b[j]!;
    const lo = Math.max(alo, blo);
    const hi = Math.min(ahi, bhi);
    if (lo <= hi) out.push([lo, hi]);
    // Stryker disable next-line EqualityOperator: at equal ends either side may advance first
    if (ahi < bhi) i++;
    else j++;
  }
  return out;
}

export function subtractRanges(a: PortRanges, b: PortRanges): PortRanges {
  const out: [number, number][] = [];
  let j = 0;
  for (const [alo, ahi] of a) {
    let lo = alo;
    // Stryker disable next-line ConditionalExpression: skips holes before lo, which the loop below would pass over anyway
    while (j < b.length && b[j]![1] < lo) j++;
    let k = j;
    // Stryker disable next-line ConditionalExpression: a hole after ahi pushes the same [lo, ahi] and ends the loop
    while (k < b.length && b[k]![0] <= ahi) {
      const [blo, bhi] = b[k]!;
      if (blo > lo) out.push([lo, Math.min(ahi, blo - 1)]);
      lo = Math.max(lo, bhi + 1);
      // Stryker disable next-line ConditionalExpression: an early exit; later holes start at or below ahi < lo
      if (lo > ahi) break;
      k++;
    }
    if (lo <= ahi) out.push([lo, ahi]);
  }
  return out;
}

export function rangesEqual(a: PortRanges, b: PortRanges): boolean {
  return a.length === b.length && a.every(([lo, hi], i) => lo === b[i]![0] && hi === b[i]![1]);
}

export function rangesContain(a: PortRanges, port: number): boolean {
  return a.some(([lo, hi]) => lo <= port && port <= hi);
}
