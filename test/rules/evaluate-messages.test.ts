import { describe, expect, it } from 'vitest';
import { blockPairCount } from '../../src/rules/evaluate-rules';
import { evaluate, pod } from './helpers';

/**
 * Issue 18: the sentences of violations (what a reviewer reads in the comment) and the forbid
 * rule that names workloads that are gone in head (it must not pass quietly).
 */

const pods = (names: string[], labels: Record<string, string> = { app: 'x' }) => names.map((n) => pod('prod', n, labels)).join('');
const forbid = (from: string, to: string) => `rules:\n  forbid:\n    - name: guard\n      from: ${from}\n      to: ${to}\n`;

describe('violation sentences name up to three endpoints per end, then how many more', () => {
  it('three sources are all named', () => {
    const app = pods(['a', 'b', 'c', 'db']);
    const { violations } = evaluate(app, app, forbid('{ workload: [a, b, c] }', '{ workload: db }'));
    expect(violations.map((v) => v.message)).toEqual(['prod/a[Pod], prod/b[Pod], prod/c[Pod] can reach prod/db[Pod] on any port, which rule "guard" forbids']);
  });

  it('four sources: two named and 2 more', () => {
    const app = pods(['a', 'b', 'c', 'd', 'db']);
    const { violations } = evaluate(app, app, forbid('{ workload: [a, b, c, d] }', '{ workload: db }'));
    expect(violations.map((v) => v.message)).toEqual(['prod/a[Pod], prod/b[Pod] and 2 more can reach prod/db[Pod] on any port, which rule "guard" forbids']);
  });
});

describe('a forbid rule whose named workloads are gone in head', () => {
  it('names the emptied end with up to three ids of base, then how many more', () => {
    const base = pods(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'db']);
    const head = pods(['db']);
    const { violations } = evaluate(base, head, forbid('{ workload: [a, b, c, d] }', '{ workload: db }'));
    expect(violations).toMatchObject([{ sources: [], targets: [], pairs: 0, isNew: true }]);
    expect(violations[0]!.message).toBe(
      'rule "guard" forbids a flow, but its from (workload a or b or c or d) matched prod/a[Pod], prod/b[Pod], prod/c[Pod] and 1 more in base and matches nothing now; a renamed or removed workload must not turn the rule into a pass: update the rules on the base branch first',
    );
    const both = evaluate(base, pods(['q']), forbid('{ workload: [a, b, c] }', '{ workload: [e, f, g, db] }')).violations;
    expect(both[0]!.message).toContain(
      'its from (workload a or b or c) matched prod/a[Pod], prod/b[Pod], prod/c[Pod] in base and matches nothing now; its to (workload db or e or f or g) matched prod/db[Pod], prod/e[Pod], prod/f[Pod] and 1 more in base and matches nothing now;',
    );
  });

  it('names the only end emptied, whichever it is', () => {
    const { violations } = evaluate(pods(['a', 'db']), pods(['a']), forbid('{ labels: { app: x } }', '{ workload: db }'));
    expect(violations[0]!.message).toBe(
      'rule "guard" forbids a flow, but its to (workload db) matched prod/db[Pod] in base and matches nothing now; a renamed or removed workload must not turn the rule into a pass: update the rules on the base branch first',
    );
  });

  it('says so when both ends still match something but no pair (one workload left)', () => {
    const { violations } = evaluate(pods(['a', 'b']), pods(['b']), forbid('{ workload: [a, b] }', '{ workload: b }'));
    expect(violations.map((v) => v.message)).toEqual([
      'rule "guard" forbids a flow, but it matched pairs of endpoints in base and matches no pair now; a renamed or removed workload must not turn the rule into a pass: update the rules on the base branch first',
    ]);
  });

  it('a rule that names no workload, or matched no pair in base either, or still matches a pair, is not reported so', () => {
    expect(evaluate(pods(['a', 'db']), pods(['a']), forbid('{ labels: { app: x } }', '{ namespace: prod }')).violations).toEqual([]);
    expect(evaluate(pods(['a']), pods(['b']), forbid('{ workload: a }', '{ workload: db }')).violations).toEqual([]);
    expect(evaluate(pods(['a', 'b', 'db']), pods(['b', 'db']), forbid('{ workload: [a, b] }', '{ workload: db }')).violations.map((v) => v.pairs)).toEqual([1]);
  });
});

describe('a block counts no endpoint to itself (A-29)', () => {
  it('blockPairCount subtracts the endpoints that are both source and target', () => {
    expect(blockPairCount([0, 1, 2], [1, 2, 3])).toBe(7);
    expect(blockPairCount([4], [4])).toBe(0);
    expect(blockPairCount([0, 1], [2, 3])).toBe(4);
  });

  it('a forbid rule whose ends meet only on one workload is not broken by it', () => {
    const app = pods(['a']);
    expect(evaluate(app, app, forbid('{ workload: a }', '{ namespace: prod }')).violations).toEqual([]);
  });
});
