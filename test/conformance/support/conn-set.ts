import { knownNamedPorts } from '../../../src/model/named-ports';
import type { Protocol } from '../../../src/model/types';

/**
 * A connection set for the oracles: per protocol, sorted, merged, inclusive port ranges of port
 * numbers, and the named ports of stand-ins (issue 11: np-guard writes `TCP http` towards the
 * entire cluster). Written apart from src/model/conns.ts, which the suites check.
 */
export type ConnSet = Readonly<Record<Protocol, readonly (readonly [number, number])[]>> & { readonly names?: Readonly<Partial<Record<Protocol, readonly string[]>>> };

/** The last port number; src keeps the atoms of port names above it (src/model/named-ports.ts). */
const LAST = 65535;

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

/**
 * The port names among src's atoms above LAST: none where every number is in the set (a name
 * stands for a number) or where every atom is.
 */
function namesOf(ranges: readonly (readonly [number, number])[]): string[] {
  const numbers = merge(ranges.filter(([lo]) => lo <= LAST).map(([lo, hi]) => [lo, Math.min(hi, LAST)]));
  if (numbers.length === 1 && numbers[0]![0] === 1 && numbers[0]![1] === LAST) return [];
  // A range past the last atom given out holds every name (src's all ports): no names then.
  if (ranges.some(([, hi]) => hi > LAST + knownNamedPorts().length)) return [];
  return knownNamedPorts()
    .filter(([, n]) => ranges.some(([lo, hi]) => lo <= n && n <= hi))
    .map(([name]) => name)
    .sort();
}

/** Normalises any per-protocol range map (for example src's Conns) into a ConnSet. */
export function connSet(c: Partial<Record<Protocol, readonly (readonly [number, number])[]>>): ConnSet {
  const numbers = (r: readonly (readonly [number, number])[]) => merge(r.filter(([lo]) => lo <= LAST).map(([lo, hi]) => [lo, Math.min(hi, LAST)]));
  const names: Partial<Record<Protocol, string[]>> = {};
  for (const p of ORDER) {
    const n = namesOf(c[p] ?? []);
    if (n.length) names[p] = n;
  }
  const out = { TCP: numbers(c.TCP ?? []), UDP: numbers(c.UDP ?? []), SCTP: numbers(c.SCTP ?? []) };
  return Object.keys(names).length ? { ...out, names } : out;
}

export function isEmpty(c: ConnSet): boolean {
  return ORDER.every((p) => c[p].length === 0 && !c.names?.[p]?.length);
}

export function connHas(c: ConnSet, protocol: Protocol, port: number): boolean {
  return c[protocol].some(([lo, hi]) => lo <= port && port <= hi);
}

/** np-guard's text: `All Connections`, `No Connections`, or `SCTP 7070,TCP 8080-8081,UDP 9090`. */
export function formatConnSet(c: ConnSet): string {
  if (isEmpty(c)) return 'No Connections';
  if (ORDER.every((p) => c[p].length === 1 && c[p][0]![0] === 1 && c[p][0]![1] === 65535)) return 'All Connections';
  return ORDER.filter((p) => c[p].length || c.names?.[p]?.length)
    .map((p) => `${p} ${[...c[p].map(([lo, hi]) => (lo === hi ? `${lo}` : `${lo}-${hi}`)), ...(c.names?.[p] ?? [])].join(',')}`)
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
  const names: Partial<Record<Protocol, string[]>> = {};
  let current: Protocol | null = null;
  for (const piece of t.split(',')) {
    const g = /^(TCP|UDP|SCTP) (.+)$/.exec(piece);
    const item = g ? g[2]! : piece;
    if (g) current = g[1] as Protocol;
    const m = /^(\d+)(?:-(\d+))?$/.exec(item);
    // A port name (IANA_SVC_NAME): np-guard keeps it where the pod that would resolve it is unknown.
    if (current && !m && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(item)) (names[current] ??= []).push(item);
    else if (!current || !m) throw new Error(`cannot parse connections "${text}" at "${piece}"`);
    else acc[current].push([Number(m[1]), Number(m[2] ?? m[1])]);
  }
  for (const p of ORDER) names[p]?.sort();
  return Object.keys(names).length ? { ...connSet(acc), names } : connSet(acc);
}
