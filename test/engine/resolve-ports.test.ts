import { describe, expect, it } from 'vitest';
import { resolvePorts } from '../../src/engine/resolve-ports';
import { ALL_CONNS, connsToJson } from '../../src/model/conns';
import { ALL_PORTS } from '../../src/model/port-ranges';
import { namedPortNumber } from '../../src/model/named-ports';

describe('resolvePorts: named ports (A-26) and the stand-ins of issue 11', () => {
  const pod = [
    { name: 'pg', protocol: 'TCP' as const, port: 5432 },
    { name: 'dns', protocol: 'UDP' as const, port: 53 },
  ];
  // A stand-in for unlisted pods declares the names a policy uses with their atoms: the numbers are unknown.
  const standIn = [{ name: 'pg', protocol: 'TCP' as const, port: namedPortNumber('pg') }];

  it('resolves a name at the destination pod, for the protocol the rule names only', () => {
    expect(connsToJson(resolvePorts([{ protocol: 'TCP', port: 'pg' }], pod))).toEqual({ TCP: [[5432, 5432]] });
    expect(connsToJson(resolvePorts([{ protocol: 'TCP', port: 'dns' }], pod))).toEqual({});
  });

  it("a stand-in's named port stays the name (its number is unknown), for the protocol the rule names only", () => {
    expect(connsToJson(resolvePorts([{ protocol: 'TCP', port: 'pg' }], standIn))).toEqual({ TCP: ['pg'] });
    expect(connsToJson(resolvePorts([{ protocol: 'TCP', port: 'pg' }, { protocol: 'TCP', port: 80 }], standIn))).toEqual({ TCP: [[80, 80], 'pg'] });
    expect(connsToJson(resolvePorts([{ protocol: 'UDP', port: 'pg' }], standIn))).toEqual({});
  });

  it('a named port never matches an external destination', () => {
    expect(connsToJson(resolvePorts([{ protocol: 'TCP', port: 'pg' }], null))).toEqual({});
  });

  it('every port number is every port, names included (a name resolves to a number); short of one it is not', () => {
    expect(resolvePorts([{ protocol: 'TCP', port: 1, endPort: 65535 }], pod).TCP).toBe(ALL_PORTS);
    expect(resolvePorts([{ protocol: 'TCP', port: 1, endPort: 80 }, { protocol: 'TCP', port: 81, endPort: 65535 }], pod).TCP).toBe(ALL_PORTS);
    expect(resolvePorts([{ protocol: 'TCP', port: 2, endPort: 65535 }], pod).TCP).toEqual([[2, 65535]]);
    expect(resolvePorts([{ protocol: 'TCP', port: 1, endPort: 65534 }], pod).TCP).toEqual([[1, 65534]]);
    expect(resolvePorts([{ protocol: 'UDP' }], pod)).toEqual({ ...ALL_CONNS, TCP: [], SCTP: [] });
    expect(resolvePorts([{ protocol: 'UDP', port: 'dns' }], null)).toEqual({ TCP: [], UDP: [], SCTP: [] });
  });
});
