import { ALL_PORTS, intersectRanges, normalizeRanges, NO_PORTS, rangesContain, rangesEqual, subtractRanges, unionRanges, type PortRanges } from './port-ranges';
import { PROTOCOLS, type Protocol } from './types';

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
  // Stryker disable next-line ConditionalExpression: `80-80` for `80` is as canonical (ranges are normalised)
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
