import { describe, expect, it } from 'vitest';
import { formatConns, NO_CONNS } from '../../src/model/conns';
import { parsePort, unionPorts } from '../../src/rules/parse-ports';

/** Issue 18: the edges of a rules-file port (what a forbid rule's `ports` covers). */
describe('parsePort', () => {
  const text = (s: string) => {
    const p = parsePort(s);
    return p.ok ? formatConns(p.conns) : `error: ${p.error}`;
  };

  it.each([
    ['TCP/1', 'TCP 1'],
    ['TCP/65535', 'TCP 65535'],
    ['udp/1-65535', 'UDP all'],
    ['TCP/80-80', 'TCP 80'],
    ['sctp/99999-1', 'error: "sctp/99999-1": port 99999 is out of range (1-65535)'],
    ['TCP/80-65536', 'error: "TCP/80-65536": port 65536 is out of range (1-65535)'],
    ['TCP/0-80', 'error: "TCP/0-80": port 0 is out of range (1-65535)'],
    ['TCP/81-80', 'error: "TCP/81-80": the range ends (80) before it starts (81)'],
  ])('%s → %s', (input, expected) => {
    expect(text(input)).toBe(expected);
  });

  it.each(['xTCP/80', 'TCP/80x', 'TCP/', 'TCP/123456', 'TCP/80-', 'TCP80', ' TCP/80', 'HTTP/80'])('%s is not a port', (input) => {
    expect(text(input)).toBe(`error: "${input}" is not a port: write PROTOCOL/PORT or PROTOCOL/FROM-TO with TCP, UDP or SCTP, e.g. TCP/3306, UDP/53, TCP/8000-8100`);
  });

  it('unionPorts joins ports of every protocol; none joins to no connection', () => {
    const ports = ['TCP/80', 'UDP/53', 'TCP/81-90'].map((s) => {
      const p = parsePort(s);
      if (!p.ok) throw new Error(p.error);
      return p.conns;
    });
    expect(formatConns(unionPorts(ports))).toBe('TCP 80-90, UDP 53');
    expect(unionPorts([])).toEqual(NO_CONNS);
  });
});
