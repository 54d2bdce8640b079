import { describe, expect, it } from 'vitest';
import type { DiffEndpoint } from '../../src/diff/compute-diff';
import { ALL_CONNS, connsOf } from '../../src/model/conns';
import { violationBlock } from '../../src/rules/evaluate-rules';
import { resolvedViolations } from '../../src/rules/resolved-violations';
import type { FlowRule, Violation } from '../../src/rules/types';

/** Issue 18: resolvedViolations on hand-made blocks (what the change fixes, PRODUCT.md part 3). */

const endpoints = ['a', 'b', 'c', 'd'].map((n) => ({ kind: 'Deployment', id: `prod/${n}[Deployment]` }) as unknown as DiffEndpoint);
const TCP80 = connsOf('TCP', [[80, 80]]);

function rule(name: string, kind: FlowRule['kind'] = 'forbid', line = 3): FlowRule {
  return { name, kind, from: { namespaces: ['prod'] }, to: { namespaces: ['prod'] }, ports: null, source: { file: 'flowgate.yml', line } };
}

function block(r: FlowRule, sources: number[], targets: number[], isNew = true): Violation {
  const v = violationBlock(r, endpoints, sources, targets, TCP80, isNew);
  if (!v) throw new Error('empty block');
  return v;
}

/** Each block as `sources->targets`. */
const shape = (vs: readonly Violation[]) => vs.map((v) => `${v.sources.join(',')}->${v.targets.join(',')}`);

describe('resolvedViolations', () => {
  const r = rule('no a to b');

  it('a base violation that head no longer has is resolved whole, as a new block on its ports', () => {
    const out = resolvedViolations([block(r, [0, 1], [2, 3])], [], endpoints);
    expect(shape(out)).toEqual(['0,1->2,3']);
    expect(out[0]).toMatchObject({ rule: r, pairs: 4, ports: TCP80, isNew: true });
    expect(out[0]!.message).toBe('prod/a[Deployment], prod/b[Deployment] can reach prod/c[Deployment], prod/d[Deployment] on TCP 80, which rule "no a to b" forbids');
  });

  it('a base violation that base already had in head (not new there) is not resolved', () => {
    expect(resolvedViolations([block(r, [0], [1], false)], [], endpoints)).toEqual([]);
  });

  it('pairs head still breaks are taken out; sources left with the same targets share a block', () => {
    // Head still breaks a->c and a->d: only b's pairs are resolved.
    expect(shape(resolvedViolations([block(r, [0, 1], [2, 3])], [block(r, [0], [2, 3])], endpoints))).toEqual(['1->2,3']);
    // Head still breaks a->c and b->d: a keeps d, b keeps c, as two blocks ordered by source.
    expect(shape(resolvedViolations([block(r, [0, 1], [2, 3])], [block(r, [1], [3]), block(r, [0], [2])], endpoints))).toEqual(['0->3', '1->2']);
    // Head still breaks a->b and c->b: a and c keep d.
    expect(shape(resolvedViolations([block(r, [0, 2], [1, 3])], [block(r, [0, 2], [1])], endpoints))).toEqual(['0,2->3']);
  });

  it('a source covered by several head blocks loses the targets of all of them', () => {
    expect(shape(resolvedViolations([block(r, [0, 1], [2, 3])], [block(r, [0], [2]), block(r, [0, 1], [3])], endpoints))).toEqual(['1->2']);
  });

  it('head blocks of the same targets but other sources cover nothing of this block', () => {
    expect(shape(resolvedViolations([block(r, [0], [2])], [block(r, [1], [2])], endpoints))).toEqual(['0->2']);
  });

  it('orders the blocks by first source, then by first target', () => {
    // Sources 0 and 1 keep different targets: b (1) keeps c, a (0) keeps d.
    const out = resolvedViolations([block(r, [0, 1], [2, 3])], [block(r, [0], [2]), block(r, [1], [3])], endpoints);
    expect(shape(out)).toEqual(['0->3', '1->2']);
    const two = resolvedViolations([block(r, [1], [3]), block(r, [0], [2])], [], endpoints);
    expect(shape(two)).toEqual(['1->3', '0->2']);
  });

  it('a remainder made only of self pairs is no block (A-29)', () => {
    // a,b -> a,b: head still breaks a->b and b->a; a->a and b->b are no flows.
    expect(resolvedViolations([block(r, [0, 1], [0, 1])], [block(r, [0], [1]), block(r, [1], [0])], endpoints)).toEqual([]);
    // b->a still broken: a keeps both targets, of which only a->b is a pair.
    const left = resolvedViolations([block(r, [0, 1], [0, 1])], [block(r, [1], [0])], endpoints);
    expect(shape(left)).toEqual(['0->0,1']);
    expect(left[0]!.pairs).toBe(1);
  });

  it('only head blocks of the same rule (kind, name and line) count', () => {
    const base = [block(r, [0], [1])];
    for (const other of [rule('no a to b', 'require'), rule('other'), rule('no a to b', 'forbid', 9)]) {
      expect(shape(resolvedViolations(base, [block(other, [0], [1])], endpoints))).toEqual(['0->1']);
    }
    expect(resolvedViolations(base, [block(rule('no a to b'), [0], [1])], endpoints)).toEqual([]);
  });

  it('a require rule that matched nothing in base is resolved when head has no such violation', () => {
    const req = rule('a reaches b', 'require');
    const none: Violation = { rule: req, sources: [], targets: [], pairs: 0, ports: ALL_CONNS, isNew: true, message: 'matches nothing' };
    expect(resolvedViolations([none], [], endpoints)).toEqual([none]);
    expect(resolvedViolations([none], [{ ...none, isNew: false }], endpoints)).toEqual([]);
    // A head violation on pairs is another violation: the empty one is still fixed.
    expect(resolvedViolations([none], [block(req, [0], [1])], endpoints)).toEqual([none]);
    expect(resolvedViolations([{ ...none, isNew: false }], [], endpoints)).toEqual([]);
  });

  it('a forbid rule whose workloads appear only in head (a violation on no pair) is skipped', () => {
    const vacated: Violation = { rule: r, sources: [], targets: [], pairs: 0, ports: ALL_CONNS, isNew: true, message: 'vacated' };
    expect(resolvedViolations([vacated], [], endpoints)).toEqual([]);
  });

  it('a head violation on no pair does not cover any pair of a base block', () => {
    const vacated: Violation = { rule: r, sources: [], targets: [], pairs: 0, ports: ALL_CONNS, isNew: true, message: 'vacated' };
    expect(shape(resolvedViolations([block(r, [0], [1])], [vacated], endpoints))).toEqual(['0->1']);
  });
  it('a head block that shares only some targets with the base block still covers those', () => {
    expect(shape(resolvedViolations([block(r, [0], [2, 3])], [block(r, [0], [1, 2])], endpoints))).toEqual(['0->3']);
  });

  it('sources covered by different head blocks but left with the same targets share one block', () => {
    expect(shape(resolvedViolations([block(r, [0, 1], [2, 3])], [block(r, [0], [2]), block(r, [1], [2])], endpoints))).toEqual(['0,1->3']);
  });

  it('targets left [1, 23] and [1, 2, 3] are two blocks, not one', () => {
    const many = Array.from({ length: 24 }, (_, i) => ({ kind: 'Deployment', id: `prod/w${i}[Deployment]` }) as unknown as DiffEndpoint);
    const b = (sources: number[], targets: number[]) => violationBlock(r, many, sources, targets, TCP80, true)!;
    expect(shape(resolvedViolations([b([0, 4], [1, 2, 3, 23])], [b([0], [2, 3]), b([4], [23])], many))).toEqual(['0->1,23', '4->1,2,3']);
  });
});
