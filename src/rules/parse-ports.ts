import { type Conns, connsOf, NO_CONNS, unionConns } from '../model/conns';
import { ALL_PORTS, MAX_PORT, MIN_PORT } from '../model/port-ranges';
import type { Protocol } from '../model/types';

/** The syntax the schema also checks: a protocol in any letter case, then an optional port or range. */
const PORT = /^(tcp|udp|sctp)(?:\/(\d{1,5})(?:-(\d{1,5}))?)?$/i;

export type ParsedPort = { ok: true; conns: Conns } | { ok: false; error: string };

/**
 * One rules-file port: `TCP/3306`, `udp/53`, `TCP/8000-8100` (inclusive) or a protocol alone
 * (`SCTP`: every port of it). The protocol is case-insensitive, unlike NetworkPolicy's, because a
 * rules file is written by hand and `tcp/443` has only one meaning.
 */
export function parsePort(text: string): ParsedPort {
  const m = PORT.exec(text);
  if (!m) return { ok: false, error: `"${text}" is not a port: write PROTOCOL/PORT or PROTOCOL/FROM-TO with TCP, UDP or SCTP, e.g. TCP/3306, UDP/53, TCP/8000-8100` };
  const protocol = m[1]!.toUpperCase() as Protocol;
  if (m[2] === undefined) return { ok: true, conns: connsOf(protocol, ALL_PORTS) };
  const lo = Number(m[2]);
  const hi = m[3] === undefined ? lo : Number(m[3]);
  for (const p of [lo, hi]) {
    if (p < MIN_PORT || p > MAX_PORT) return { ok: false, error: `"${text}": port ${p} is out of range (${MIN_PORT}-${MAX_PORT})` };
  }
  if (hi < lo) return { ok: false, error: `"${text}": the range ends (${hi}) before it starts (${lo})` };
  return { ok: true, conns: connsOf(protocol, [[lo, hi]]) };
}

/** The union of several ports. */
export function unionPorts(list: readonly Conns[]): Conns {
  return list.reduce(unionConns, NO_CONNS);
}
