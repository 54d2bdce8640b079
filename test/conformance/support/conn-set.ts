import type { Protocol } from '../../../src/model/types';

/**
 * A connection set for the oracles: per protocol, sorted, merged, inclusive port ranges.
 * Written apart from src/model/conns.ts, which the suites check.
 */
export type ConnSet = Readonly<Record<Protocol, readonly (readonly [number, number])[]>>;

const ORDER: readonly Protocol[] = ['SCTP', 'TCP', 'UDP'];

function merge(ranges: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

export const EMPTY_CONNS: ConnSet = { TCP: [], UDP: [], SCTP: [] };
export const ALL_CONNS: ConnSet = { TCP: [[1, 65535]], UDP: [[1, 65535]], SCTP: [[1, 65535]] };

/** Normalises any per-protocol range map (for example src's Conns) into a ConnSet. */
export function connSet(c: Partial<Record<Protocol, readonly (readonly [number, number])[]>>): ConnSet {
  return { TCP: merge(c.TCP ?? []), UDP: merge(c.UDP ?? []), SCTP: merge(c.SCTP ?? []) };
}

export function isEmpty(c: ConnSet): boolean {
  return ORDER.every((p) => c[p].length === 0);
}

export function connHas(c: ConnSet, protocol: Protocol, port: number): boolean {
  return c[protocol].some(([lo, hi]) => lo <= port && port <= hi);
}

/** np-guard's text: `All Connections`, `No Connections`, or `SCTP 7070,TCP 8080-8081,UDP 9090`. */
export function formatConnSet(c: ConnSet): string {
  if (isEmpty(c)) return 'No Connections';
  if (ORDER.every((p) => c[p].length === 1 && c[p][0]![0] === 1 && c[p][0]![1] === 65535)) return 'All Connections';
  return ORDER.filter((p) => c[p].length)
    .map((p) => `${p} ${c[p].map(([lo, hi]) => (lo === hi ? `${lo}` : `${lo}-${hi}`)).join(',')}`)
    .join(',');
}

/**
 * Parses np-guard's connection text (README "Grammar"): split on `,`; a piece that starts with a
 * protocol and a space opens a group, any other piece is one more port item of the group.
 */
export function parseConnSet(text: string): ConnSet {
  const t = text.trim();
  if (t === 'All Connections') return ALL_CONNS;
  if (t === 'No Connections') return EMPTY_CONNS;
  const acc: Record<Protocol, [number, number][]> = { TCP: [], UDP: [], SCTP: [] };
  let current: Protocol | null = null;
  for (const piece of t.split(',')) {
    const g = /^(TCP|UDP|SCTP) (.+)$/.exec(piece);
    const item = g ? g[2]! : piece;
    if (g) current = g[1] as Protocol;
    const m = /^(\d+)(?:-(\d+))?$/.exec(item);
    if (!current || !m) throw new Error(`cannot parse connections "${text}" at "${piece}"`);
    acc[current].push([Number(m[1]), Number(m[2] ?? m[1])]);
  }
  return connSet(acc);
}
