import { ALL_CONNS, type Conns, NO_CONNS } from '../model/conns';
import { ALL_PORTS, MAX_PORT, MIN_PORT, normalizeRanges, type PortRanges } from '../model/port-ranges';
import { PROTOCOLS, type ContainerPort, type PolicyPort, type Protocol } from '../model/types';

/**
 * The connections a rule's `ports` allow towards a destination.
 * `destination` is the destination pod's container ports (a stand-in's carry the atoms of their
 * names, issue 11), or null for an external address.
 */
export function resolvePorts(ports: readonly PolicyPort[], destination: readonly ContainerPort[] | null): Conns {
  // no ports means every port of every protocol.
  if (ports.length === 0) return ALL_CONNS;
  const acc: Record<Protocol, [number, number][]> = { TCP: [], UDP: [], SCTP: [] };
  for (const p of ports) {
    if (p.port === undefined) {
      // a protocol without port is every port of that protocol (`ports: [{}]` = all TCP).
      acc[p.protocol].push([ALL_PORTS[0]![0], ALL_PORTS[0]![1]]);
    } else if (typeof p.port === 'number') {
      acc[p.protocol].push([p.port, p.endPort ?? p.port]);
    } else if (destination) {
      // a named port resolves at the destination pod; name and protocol must both agree.
      // Issue 11: at a stand-in the port is the name's own atom (named-ports.ts), not a number.
      for (const c of destination) if (c.name === p.port && c.protocol === p.protocol) acc[p.protocol].push([c.port, c.port]);
    }
    // a named port never matches an external destination.
  }
  const out = { ...NO_CONNS } as Record<Protocol, PortRanges>;
  for (const proto of PROTOCOLS) out[proto] = everyNumber(normalizeRanges(acc[proto]));
  return out;
}

/**
 * Issue 11: every port number is every port: a stand-in's named port resolves to one of them. So
 * `port: 1, endPort: 65535` equals a protocol alone, and a diff sees no change between the two.
 */
function everyNumber(r: PortRanges): PortRanges {
  return r.length && r[0]![0] === MIN_PORT && r[0]![1] >= MAX_PORT ? ALL_PORTS : r;
}
