import { describe, expect, test } from 'vitest';
import { ALL_CONNS, type Conns, connsOf, connsToJson, formatConns, subtractConns, unionConns } from '../../src/model/conns';
import { knownNamedPorts, namedPortNumber } from '../../src/model/named-ports';
import { MAX_NAMED_PORT, MAX_PORT, MIN_NAMED_PORT, NAMED_PORTS, type PortRanges } from '../../src/model/port-ranges';

// Issue 11: a named port at a stand-in has no known number; it is an atom of its own above 65535.
const at = (name: string): [number, number] => [namedPortNumber(name), namedPortNumber(name)];
const tcp = (...r: PortRanges): Conns => connsOf('TCP', [...r].sort((a, b) => a[0] - b[0]));

describe('named-port atoms', () => {
  test('one number per name, above every port number, the same each time', () => {
    const a = namedPortNumber('np-alpha');
    const b = namedPortNumber('np-beta');
    expect(a).toBeGreaterThanOrEqual(MIN_NAMED_PORT);
    expect(MIN_NAMED_PORT).toBe(MAX_PORT + 1);
    expect(b).not.toBe(a);
    expect(namedPortNumber('np-alpha')).toBe(a);
    expect(knownNamedPorts()).toContainEqual(['np-alpha', a]);
    expect(knownNamedPorts()).toContainEqual(['np-beta', b]);
    expect(NAMED_PORTS).toEqual([[MIN_NAMED_PORT, MAX_NAMED_PORT]]);
  });
});

describe('formatConns and connsToJson with named ports', () => {
  // np-zeta is met before np-mysql, so the output is sorted by name, not by atom.
  const zeta = at('np-zeta');
  const mysql = at('np-mysql');
  test.each<[string, Conns, string, unknown]>([
    ['one named port', tcp(mysql), 'TCP named port np-mysql', { TCP: ['np-mysql'] }],
    ['two, by name', tcp(zeta, mysql), 'TCP named ports np-mysql, np-zeta', { TCP: ['np-mysql', 'np-zeta'] }],
    ['a number and a name', tcp([3306, 3306], mysql), 'TCP 3306 and named port np-mysql', { TCP: [[3306, 3306], 'np-mysql'] }],
    ['every number: the names add nothing', tcp([1, MAX_PORT], mysql), 'TCP all', { TCP: [[1, MAX_PORT]] }],
    ['every port but a name', subtractConns(connsOf('TCP', [[1, MAX_NAMED_PORT]]), tcp(mysql)), 'TCP all', { TCP: [[1, MAX_PORT]] }],
    ['some numbers and every name', tcp([80, 80], [MIN_NAMED_PORT, MAX_NAMED_PORT]), 'TCP 80', { TCP: [[80, 80]] }],
    ['every name and no number', tcp([MIN_NAMED_PORT, MAX_NAMED_PORT]), 'TCP any named port', { TCP: ['*'] }],
    ['numbers and every name but one', subtractConns(connsOf('TCP', [[1, MAX_NAMED_PORT]]), tcp([80, 80], mysql)), 'TCP 1-79,81-65535 and named ports other than np-mysql', { TCP: [[1, 79], [81, MAX_PORT], '!np-mysql'] }],
    ['every name but one, no number', subtractConns(tcp([MIN_NAMED_PORT, MAX_NAMED_PORT]), tcp(mysql)), 'TCP named ports other than np-mysql', { TCP: ['!np-mysql'] }],
  ])('%s', (_what, conns, text, json) => {
    expect(formatConns(conns)).toBe(text);
    expect(connsToJson(conns)).toEqual(json);
  });

  test('every number of every protocol is all, whatever the names; a protocol short of all is not', () => {
    expect(formatConns(ALL_CONNS)).toBe('all');
    const numbers = { TCP: [[1, MAX_PORT]], UDP: [[1, MAX_PORT]], SCTP: [[1, MAX_PORT]] } as unknown as Conns;
    expect(formatConns(numbers)).toBe('all');
    expect(formatConns(unionConns(connsOf('UDP', [[1, MAX_PORT]]), connsOf('TCP', [[1, MAX_PORT]])))).toBe('TCP all, UDP all');
    expect(formatConns(unionConns(numbers, connsOf('SCTP', [mysql])))).toBe('all');
    expect(formatConns({ ...numbers, SCTP: [[80, 80]] })).toBe('TCP all, UDP all, SCTP 80');
    expect(formatConns(unionConns(connsOf('TCP', [mysql]), connsOf('UDP', [[53, 53]])), ' · ')).toBe('TCP named port np-mysql · UDP 53');
  });
});
