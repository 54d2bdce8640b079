import { PROTOCOLS, type Protocol } from './types';

/** Sorted, disjoint, non-touching inclusive port ranges within 1..65535. */
export type PortRanges = readonly (readonly [number, number])[];

export const MIN_PORT = 1;
export const MAX_PORT = 65535;
export const ALL_PORTS: PortRanges = [[MIN_PORT, MAX_PORT]];
const NO_PORTS: PortRanges = [];

/** Sorts and merges overlapping or touching ranges. */
export function normalizeRanges(ranges: Iterable<readonly [number, number]>): PortRanges {
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
  if (a.length === 0) return b;
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
    while (j < b.length && b[j]![1] < lo) j++;
    let k = j;
    while (k < b.length && b[k]![0] <= ahi) {
      const [blo, bhi] = b[k]!;
      if (blo > lo) out.push([lo, Math.min(ahi, blo - 1)]);
      lo = Math.max(lo, bhi + 1);
      if (lo > ahi) break;
      k++;
    }
    if (lo <= ahi) out.push([lo, ahi]);
  }
  return out;
}

function rangesEqual(a: PortRanges, b: PortRanges): boolean {
  return a.length === b.length && a.every(([lo, hi], i) => lo === b[i]![0] && hi === b[i]![1]);
}

function rangesContain(a: PortRanges, port: number): boolean {
  return a.some(([lo, hi]) => lo <= port && port <= hi);
}

/** A set of connections: for each protocol, the destination ports allowed. */
export type Conns = Readonly<Record<Protocol, PortRanges>>;

export const NO_CONNS: Conns = { TCP: NO_PORTS, UDP: NO_PORTS, SCTP: NO_PORTS };
export const ALL_CONNS: Conns = { TCP: ALL_PORTS, UDP: ALL_PORTS, SCTP: ALL_PORTS };

export function connsOf(protocol: Protocol, ranges: PortRanges): Conns {
  return { ...NO_CONNS, [protocol]: ranges };
}

function combine(a: Conns, b: Conns, f: (x: PortRanges, y: PortRanges) => PortRanges): Conns {
  return { TCP: f(a.TCP, b.TCP), UDP: f(a.UDP, b.UDP), SCTP: f(a.SCTP, b.SCTP) };
}

export const unionConns = (a: Conns, b: Conns): Conns => combine(a, b, unionRanges);
export const intersectConns = (a: Conns, b: Conns): Conns => combine(a, b, intersectRanges);
export const subtractConns = (a: Conns, b: Conns): Conns => combine(a, b, subtractRanges);

export function isEmptyConns(c: Conns): boolean {
  return c.TCP.length === 0 && c.UDP.length === 0 && c.SCTP.length === 0;
}

export function isAllConns(c: Conns): boolean {
  return PROTOCOLS.every((p) => rangesEqual(c[p], ALL_PORTS));
}

export function connsEqual(a: Conns, b: Conns): boolean {
  return PROTOCOLS.every((p) => rangesEqual(a[p], b[p]));
}

/** True when every connection of `a` is in `b`. */
export function connsSubset(a: Conns, b: Conns): boolean {
  return isEmptyConns(subtractConns(a, b));
}

export function connsContain(c: Conns, protocol: Protocol, port: number): boolean {
  return rangesContain(c[protocol], port);
}

/** A canonical string: equal sets give equal keys. */
export function connsKey(c: Conns): string {
  return PROTOCOLS.map((p) => c[p].map(([lo, hi]) => (lo === hi ? `${lo}` : `${lo}-${hi}`)).join(',')).join('|');
}

/** The JSON contract's `allow` map: only protocols with allowed ports, ranges as pairs. */
export function connsToJson(c: Conns): Partial<Record<Protocol, [number, number][]>> {
  const out: Partial<Record<Protocol, [number, number][]>> = {};
  for (const p of PROTOCOLS) if (c[p].length) out[p] = c[p].map(([lo, hi]) => [lo, hi]);
  return out;
}

export function connsFromJson(j: Partial<Record<Protocol, readonly (readonly [number, number])[]>>): Conns {
  return { TCP: normalizeRanges(j.TCP ?? []), UDP: normalizeRanges(j.UDP ?? []), SCTP: normalizeRanges(j.SCTP ?? []) };
}

/** Human form: `all`, `none`, or `TCP 80,443 · UDP 53`. */
export function formatConns(c: Conns, separator = ', '): string {
  if (isEmptyConns(c)) return 'none';
  if (isAllConns(c)) return 'all';
  return PROTOCOLS.filter((p) => c[p].length)
    .map((p) => `${p} ${rangesEqual(c[p], ALL_PORTS) ? 'all' : c[p].map(([lo, hi]) => (lo === hi ? `${lo}` : `${lo}-${hi}`)).join(',')}`)
    .join(separator);
}

/**
 * Interns connection sets: equal sets get the same small integer, so that the engine can store
 * and compare them as numbers. Id 0 is always the empty set.
 */
export class ConnsTable {
  private readonly byKey = new Map<string, number>();
  private readonly list: Conns[] = [];
  private readonly memo = new Map<number | string, number>();

  constructor() {
    this.intern(NO_CONNS);
  }

  intern(c: Conns): number {
    const key = connsKey(c);
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.list.length;
      this.byKey.set(key, id);
      this.list.push(c);
    }
    return id;
  }

  get(id: number): Conns {
    return this.list[id]!;
  }

  /** Memoised pairwise operation on interned ids. */
  private pairwise(op: 0 | 1, a: number, b: number, f: (x: Conns, y: Conns) => Conns): number {
    // A numeric key while ids fit in 24 bits (exact in a double), a string beyond.
    const k = a < 0x1000000 && b < 0x1000000 ? (op * 0x1000000 + a) * 0x1000000 + b : `${op}:${a}:${b}`;
    let r = this.memo.get(k);
    if (r === undefined) {
      r = this.intern(f(this.get(a), this.get(b)));
      this.memo.set(k, r);
    }
    return r;
  }

  union(a: number, b: number): number {
    if (a === b || b === 0) return a;
    if (a === 0) return b;
    return a < b ? this.pairwise(0, a, b, unionConns) : this.pairwise(0, b, a, unionConns);
  }

  intersect(a: number, b: number): number {
    if (a === b) return a;
    if (a === 0 || b === 0) return 0;
    return a < b ? this.pairwise(1, a, b, intersectConns) : this.pairwise(1, b, a, intersectConns);
  }
}
