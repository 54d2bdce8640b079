import { describe, expect, test } from 'vitest';
import { NamedPortAtoms } from '../../src/model/named-ports';
import { MIN_NAMED_PORT } from '../../src/model/port-ranges';

// Issue 11: the named-port atoms are numbered from MIN_NAMED_PORT in the order names are met, and
// there are only so many: one name past the last atom is an internal error, never a number that
// would fall outside every port set (the run's atoms end at MAX_NAMED_PORT).
describe('NamedPortAtoms', () => {
  test('numbers names in the order met, the same number for the same name', () => {
    const a = new NamedPortAtoms(3);
    expect([a.number('http'), a.number('dns'), a.number('http')]).toEqual([MIN_NAMED_PORT, MIN_NAMED_PORT + 1, MIN_NAMED_PORT]);
    expect(a.known()).toEqual([['http', MIN_NAMED_PORT], ['dns', MIN_NAMED_PORT + 1]]);
  });

  test('gives every atom of its capacity, and a name past the last is an internal error', () => {
    const a = new NamedPortAtoms(2);
    expect(a.number('x')).toBe(MIN_NAMED_PORT);
    expect(a.number('y')).toBe(MIN_NAMED_PORT + 1);
    expect(a.number('y')).toBe(MIN_NAMED_PORT + 1);
    expect(() => a.number('z')).toThrow('internal error: more than 2 port names');
    expect(a.known()).toEqual([['x', MIN_NAMED_PORT], ['y', MIN_NAMED_PORT + 1]]);
  });
});
