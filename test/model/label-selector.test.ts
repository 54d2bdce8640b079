import { describe, expect, test } from 'vitest';
import { EMPTY_SELECTOR, formatSelector, isEmptySelector, selectorKey, selectorMatches } from '../../src/model/label-selector';
import type { LabelSelector, Labels, Requirement } from '../../src/model/types';

const sel = (matchLabels: Labels = {}, ...matchExpressions: Requirement[]): LabelSelector => ({ matchLabels, matchExpressions });
const req = (key: string, operator: Requirement['operator'], values: string[] = []): Requirement => ({ key, operator, values });

describe('selectorMatches (A-18)', () => {
  test.each<[string, LabelSelector, Labels, boolean]>([
    ['empty selector matches no labels', EMPTY_SELECTOR, {}, true],
    ['empty selector matches any labels', EMPTY_SELECTOR, { app: 'web', tier: 'front' }, true],
    ['matchLabels: equal value', sel({ app: 'web' }), { app: 'web', x: 'y' }, true],
    ['matchLabels: other value', sel({ app: 'web' }), { app: 'db' }, false],
    ['matchLabels: absent key', sel({ app: 'web' }), {}, false],
    ['matchLabels: all entries must hold', sel({ app: 'web', tier: 'a' }), { app: 'web', tier: 'b' }, false],
    ['In: value in the set', sel({}, req('env', 'In', ['dev', 'prod'])), { env: 'prod' }, true],
    ['In: value not in the set', sel({}, req('env', 'In', ['dev', 'prod'])), { env: 'test' }, false],
    ['In: absent key does not match', sel({}, req('env', 'In', ['dev'])), {}, false],
    ['NotIn: value in the set', sel({}, req('env', 'NotIn', ['dev'])), { env: 'dev' }, false],
    ['NotIn: value not in the set', sel({}, req('env', 'NotIn', ['dev'])), { env: 'prod' }, true],
    ['NotIn: ABSENT key matches (A-18, apimachinery)', sel({}, req('env', 'NotIn', ['dev'])), { app: 'web' }, true],
    ['NotIn: absent key with no labels at all', sel({}, req('ns-name', 'NotIn', ['nsC'])), {}, true],
    ['Exists: present with an empty value', sel({}, req('debug', 'Exists')), { debug: '' }, true],
    ['Exists: absent', sel({}, req('debug', 'Exists')), { app: 'web' }, false],
    ['DoesNotExist: absent', sel({}, req('debug', 'DoesNotExist')), { app: 'web' }, true],
    ['DoesNotExist: present', sel({}, req('debug', 'DoesNotExist')), { debug: 'true' }, false],
    ['matchLabels AND expressions: both hold', sel({ app: 'web' }, req('env', 'In', ['prod'])), { app: 'web', env: 'prod' }, true],
    ['matchLabels AND expressions: labels hold, expression fails', sel({ app: 'web' }, req('env', 'In', ['prod'])), { app: 'web', env: 'dev' }, false],
    ['matchLabels AND expressions: expression holds, labels fail', sel({ app: 'web' }, req('env', 'NotIn', ['dev'])), { app: 'db' }, false],
    ['every expression must hold', sel({}, req('a', 'Exists'), req('b', 'DoesNotExist')), { a: '1', b: '2' }, false],
    ['keys are case-sensitive', sel({ App: 'web' }), { app: 'web' }, false],
    ['a key named like an Object method is not inherited', sel({}, req('constructor', 'Exists')), {}, false],
  ])('%s', (_name, selector, labels, want) => {
    expect(selectorMatches(selector, labels)).toBe(want);
  });
});

describe('selector helpers', () => {
  test.each<[LabelSelector, boolean]>([
    [EMPTY_SELECTOR, true],
    [sel({ a: 'b' }), false],
    [sel({}, req('a', 'Exists')), false],
  ])('isEmptySelector(%j) is %s', (s, want) => {
    expect(isEmptySelector(s)).toBe(want);
  });

  test('selectorKey ignores the order of labels, expressions and values', () => {
    const a = sel({ b: '2', a: '1' }, req('x', 'In', ['q', 'p']), req('y', 'Exists'));
    const b = sel({ a: '1', b: '2' }, req('y', 'Exists'), req('x', 'In', ['p', 'q', 'p']));
    expect(selectorKey(a)).toBe(selectorKey(b));
    expect(selectorKey(a)).not.toBe(selectorKey(sel({ a: '1', b: '2' }, req('x', 'NotIn', ['p', 'q']), req('y', 'Exists'))));
  });

  test.each<[LabelSelector, string]>([
    [EMPTY_SELECTOR, '(all)'],
    [sel({ tier: 'db', app: 'web' }), 'app=web, tier=db'],
    [sel({}, req('env', 'In', ['a', 'b']), req('x', 'NotIn', ['c']), req('d', 'Exists'), req('e', 'DoesNotExist')), 'env in (a,b), x notin (c), d, !e'],
  ])('formatSelector(%j) = %s', (s, want) => {
    expect(formatSelector(s)).toBe(want);
  });
});
