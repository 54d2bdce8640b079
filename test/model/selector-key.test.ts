import { describe, expect, test } from 'vitest';
import { labelsKey, selectorKey } from '../../src/model/label-selector';
import type { LabelSelector, Labels, Requirement } from '../../src/model/types';

// selectorKey groups peers in the policy index and caches namespace matches: two selectors that
// select different label sets must never share a key (issue 18), and equal ones must.

const sel = (matchLabels: Labels = {}, ...matchExpressions: Requirement[]): LabelSelector => ({ matchLabels, matchExpressions });
const req = (key: string, operator: Requirement['operator'], values: string[] = []): Requirement => ({ key, operator, values });

describe('selectorKey', () => {
  test.each<[string, LabelSelector, LabelSelector]>([
    ['In values differ', sel({}, req('tier', 'In', ['a'])), sel({}, req('tier', 'In', ['b']))],
    ['values joined, not concatenated', sel({}, req('tier', 'In', ['a', 'b'])), sel({}, req('tier', 'In', ['ab']))],
    ['operators differ', sel({}, req('tier', 'In', ['a'])), sel({}, req('tier', 'NotIn', ['a']))],
    ['keys differ', sel({}, req('tier', 'Exists')), sel({}, req('app', 'Exists'))],
    ['matchLabels values differ', sel({ app: 'a' }), sel({ app: 'b' })],
    ['matchLabels vs expression', sel({ app: 'a' }), sel({}, req('app', 'In', ['a']), req('x', 'Exists'))],
  ])('%s: different keys', (_name, a, b) => {
    expect(selectorKey(a)).not.toBe(selectorKey(b));
  });

  test.each<[string, LabelSelector, LabelSelector]>([
    ['value order and repeats do not matter', sel({}, req('tier', 'In', ['b', 'a', 'a'])), sel({}, req('tier', 'In', ['a', 'b']))],
    ['expression order does not matter', sel({}, req('a', 'Exists'), req('b', 'DoesNotExist')), sel({}, req('b', 'DoesNotExist'), req('a', 'Exists'))],
    ['a repeated expression does not matter', sel({}, req('a', 'Exists'), req('a', 'Exists')), sel({}, req('a', 'Exists'))],
    ['matchLabels order does not matter', sel({ x: '1', y: '2' }), sel({ y: '2', x: '1' })],
  ])('%s: equal keys', (_name, a, b) => {
    expect(selectorKey(a)).toBe(selectorKey(b));
  });
});

describe('labelsKey', () => {
  test('equal label sets give equal keys whatever the order; different values or keys do not', () => {
    expect(labelsKey({ a: '1', b: '2' })).toBe(labelsKey({ b: '2', a: '1' }));
    expect(labelsKey({ a: '1' })).not.toBe(labelsKey({ a: '2' }));
    expect(labelsKey({ a: '1' })).not.toBe(labelsKey({ b: '1' }));
    expect(labelsKey({})).not.toBe(labelsKey({ a: '' }));
  });
});
