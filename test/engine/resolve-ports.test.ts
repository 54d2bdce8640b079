import { describe, expect, it } from 'vitest';
import { resolvePorts } from '../../src/engine/resolve-ports';
import { connsToJson } from '../../src/model/conns';

describe('resolvePorts: named ports (A-26) and the stand-ins of issue 11', () => {
  const pod = [
    { name: 'pg', protocol: 'TCP' as const, port: 5432 },
    { name: 'dns', protocol: 'UDP' as const, port: 53 },
  ];
  // A stand-in for unlisted pods declares the names a policy uses with port 0: the number is unknown.
  const standIn = [{ name: 'pg', protocol: 'TCP' as const, port: 0 }];

  it('resolves a name at the destination pod, for the protocol the rule names only', () => {
    expect(connsToJson(resolvePorts([{ protocol: 'TCP', port: 'pg' }], pod))).toEqual({ TCP: [[5432, 5432]] });
    expect(connsToJson(resolvePorts([{ protocol: 'TCP', port: 'dns' }], pod))).toEqual({});
  });

  it("a stand-in's named port may be any port of that protocol (a gate errs on the side of reporting)", () => {
    expect(connsToJson(resolvePorts([{ protocol: 'TCP', port: 'pg' }], standIn))).toEqual({ TCP: [[1, 65535]] });
    expect(connsToJson(resolvePorts([{ protocol: 'UDP', port: 'pg' }], standIn))).toEqual({});
  });

  it('a named port never matches an external destination', () => {
    expect(connsToJson(resolvePorts([{ protocol: 'TCP', port: 'pg' }], null))).toEqual({});
  });
});
