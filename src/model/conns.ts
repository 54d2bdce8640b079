import { knownNamedPorts } from './named-ports';
import { ALL_PORTS, intersectRanges, MAX_NAMED_PORT, MAX_PORT, NAMED_PORTS, normalizeRanges, NO_PORTS, NUMBERED_PORTS, rangesContain, rangesEqual, subtractRanges, unionRanges, type PortRanges } from './port-ranges';
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

/**
 * A protocol's ports as reports show them: the numbered ranges, and the named ports of stand-ins
 * (issue 11): `names` only, or (`but`) every named port except `names`.
 */
interface PortsView {
  numbers: PortRanges;
  but: boolean;
  names: string[];
}

function viewPorts(r: PortRanges): PortsView {
  if (r.length === 0 || r[r.length - 1]![1] <= MAX_PORT) return { numbers: r, but: false, names: [] };
  const named = intersectRanges(r, NAMED_PORTS);
  const but = named[named.length - 1]![1] === MAX_NAMED_PORT;
  const names = knownNamedPorts()
    .filter(([, n]) => rangesContain(named, n) !== but)
    .map(([name]) => name)
    .sort();
  return { numbers: intersectRanges(r, NUMBERED_PORTS), but, names };
}

const rangesText = (r: PortRanges): string => r.map(([lo, hi]) => (lo === hi ? `${lo}` : `${lo}-${hi}`)).join(',');

/** `all`, `80,443`, `named port http`, `3306 and named port mysql`, `named ports other than http`. */
function formatPorts(r: PortRanges): string {
  const v = viewPorts(r);
  if (rangesEqual(v.numbers, NUMBERED_PORTS)) return 'all';
  const parts = v.numbers.length ? [rangesText(v.numbers)] : [];
  // Every named port beside some numbers says nothing more: a name stands for a number.
  if (v.but && !v.names.length) return parts.length ? parts[0]! : 'any named port';
  if (v.but) parts.push(`named ports other than ${v.names.join(', ')}`);
  else if (v.names.length) parts.push(`named port${v.names.length > 1 ? 's' : ''} ${v.names.join(', ')}`);
  return parts.join(' and ');
}

/**
 * One protocol's ports in the JSON contract: `[lo, hi]` ranges of numbers, then named ports of
 * stand-ins (issue 11): `"NAME"`, or `"!NAME"` for every named port but NAME, or `"*"` for any
 * named port (only where no number is allowed).
 */
export type PortJson = [number, number] | string;

function portsToJson(r: PortRanges): PortJson[] {
  const v = viewPorts(r);
  const out: PortJson[] = v.numbers.map(([lo, hi]) => [lo, hi]);
  if (rangesEqual(v.numbers, NUMBERED_PORTS)) return out;
  if (!v.but) out.push(...v.names);
  else if (v.names.length) out.push(...v.names.map((n) => `!${n}`));
  else if (!out.length) out.push('*');
  return out;
}

/** The JSON contract's `allow` map: only protocols with allowed ports (see PortJson). */
export function connsToJson(c: Conns): Partial<Record<Protocol, PortJson[]>> {
  const out: Partial<Record<Protocol, PortJson[]>> = {};
  for (const p of PROTOCOLS) if (c[p].length) out[p] = portsToJson(c[p]);
  return out;
}

/** Reads numbered ranges back (the named ports of stand-ins are not read). */
export function connsFromJson(j: Partial<Record<Protocol, readonly (readonly [number, number])[]>>): Conns {
  return { TCP: normalizeRanges(j.TCP ?? []), UDP: normalizeRanges(j.UDP ?? []), SCTP: normalizeRanges(j.SCTP ?? []) };
}

/** Human form: `all`, `none`, or `TCP 80,443 · UDP 53` (every numbered port of every protocol is `all`). */
export function formatConns(c: Conns, separator = ', '): string {
  if (isEmptyConns(c)) return 'none';
  const texts = PROTOCOLS.filter((p) => c[p].length).map((p) => [p, formatPorts(c[p])] as const);
  if (texts.length === PROTOCOLS.length && texts.every(([, t]) => t === 'all')) return 'all';
  return texts.map(([p, t]) => `${p} ${t}`).join(separator);
}
