import { describe, expect, it } from 'vitest';
import { computeDiff, type DiffResult } from '../../src/diff/compute-diff';
import { parseCidr } from '../../src/model/cidr';
import { cluster, ipBlock, policy, workload } from './model';

/*
 * Issue 18: stage 1 of a diff (diff/match-endpoints.ts): workloads matched across sides by
 * namespace, kind and name (PRODUCT.md part 3), external ranges that both states treat alike
 * merged, but never across a CIDR a rule names.
 */

const range = (text: string) => {
  const c = parseCidr(text);
  if (!c.ok) throw new Error(text);
  return c.range;
};

/** `id presence base-class head-class`, one per endpoint. */
const rows = (d: DiffResult) => d.endpoints.map((e) => `${e.id} ${e.presence} ${e.base < 0 ? '-' : 'b'} ${e.head < 0 ? '-' : 'h'}`);

describe('matchEndpoints: workloads', () => {
  it('by id, sorted: removed in base only, added in head only, both otherwise', () => {
    const d = computeDiff(cluster([workload('b'), workload('a')]), cluster([workload('c'), workload('b')]));
    expect(rows(d).filter((r) => r.startsWith('prod/'))).toEqual(['prod/a[Deployment] removed b -', 'prod/b[Deployment] both b h', 'prod/c[Deployment] added - h']);
  });

  it('the same name in another namespace or of another kind is another workload', () => {
    const pod = { ...workload('a'), kind: 'Pod' as const };
    const d = computeDiff(cluster([workload('a')]), cluster([workload('a', 'a', 'shop'), pod]));
    expect(rows(d).filter((r) => !r.includes(':') && !r.includes('.'))).toEqual(['prod/a[Deployment] removed b -', 'prod/a[Pod] added - h', 'shop/a[Deployment] added - h']);
  });

  it("head's version of a workload wins (its labels, its source)", () => {
    const head = { ...workload('a', 'web'), source: { file: 'moved.yaml', line: 7 } };
    const d = computeDiff(cluster([workload('a', 'api')]), cluster([head]));
    const e = d.endpoints[0]!;
    expect(e.kind === 'External' ? null : [e.workload.labels, e.workload.source, e.namespace, e.name]).toEqual([{ app: 'web' }, { file: 'moved.yaml', line: 7 }, 'prod', 'a']);
  });

  it('joint classes: one per (base class, head class), members in endpoint order, each endpoint pointing at its own', () => {
    // a and b share a class on both sides until head isolates b; c is added.
    const base = cluster([workload('a', 'x'), workload('b', 'x'), workload('d', 'y')]);
    const head = cluster([workload('a', 'x'), workload('b', 'z'), workload('c', 'x'), workload('d', 'y')], [policy('deny-z', 'z', 'ingress', null)]);
    const d = computeDiff(base, head);
    d.endpoints.forEach((e, i) => {
      const j = d.jointClasses[e.joint]!;
      expect([e.id, j.base, j.head, j.members.includes(i)]).toEqual([e.id, e.base, e.head, true]);
    });
    expect(d.jointClasses.reduce((n, j) => n + j.members.length, 0)).toBe(d.endpoints.length);
    const key = (j: { base: number; head: number }) => `${j.base}:${j.head}`;
    expect(new Set(d.jointClasses.map(key)).size).toBe(d.jointClasses.length);
    const ids = (k: number) => d.jointClasses[d.endpoints[k]!.joint]!.members.map((m) => d.endpoints[m]!.id);
    // Classes are what policies tell apart: no policy in base, so a, b and d share a class there;
    // head isolates b. a and d stay together, b is alone, c (no base class) too.
    expect(ids(0)).toEqual(['prod/a[Deployment]', 'prod/d[Deployment]']);
    expect(ids(1)).toEqual(['prod/b[Deployment]']);
    expect(ids(2)).toEqual(['prod/c[Deployment]']);
    for (const j of d.jointClasses) expect(j.members).toEqual([...j.members].sort((x, y) => x - y));
  });
});

describe('matchEndpoints: external ranges', () => {
  const ws = [workload('a')];

  it('ranges both states treat alike are one endpoint; a range a side treats apart stays apart', () => {
    expect(rows(computeDiff(cluster(ws), cluster(ws))).filter((r) => !r.startsWith('prod/'))).toEqual(['0.0.0.0/0 both b h', '::/0 both b h']);
    const base = cluster(ws, [policy('out', 'a', 'egress', [ipBlock('10.0.0.0/8')])]);
    const d = computeDiff(base, cluster(ws));
    expect(d.endpoints.filter((e) => e.kind === 'External').map((e) => e.id)).toEqual(['0.0.0.0-9.255.255.255', '10.0.0.0/8', '11.0.0.0-255.255.255.255', '::/0']);
    // The two ranges outside 10.0.0.0/8 are alike on both sides: one joint class.
    const [low, ten, high] = d.endpoints.filter((e) => e.kind === 'External');
    expect([low!.joint === high!.joint, low!.joint === ten!.joint]).toEqual([true, false]);
    const e = ten!;
    expect(e.kind === 'External' ? [e.cidrs, e.range] : null).toEqual([['10.0.0.0/8'], range('10.0.0.0/8')]);
  });

  it("a rule's CIDR is an endpoint of its own, even where both states treat it like its neighbours", () => {
    const boundaries = [range('10.0.0.0/8'), range('2001:db8::/32')];
    const d = computeDiff(cluster(ws), cluster(ws), { boundaries });
    expect(d.endpoints.filter((e) => e.kind === 'External').map((e) => e.id)).toEqual([
      '0.0.0.0-9.255.255.255',
      '10.0.0.0/8',
      '11.0.0.0-255.255.255.255',
      '::-2001:db7:ffff:ffff:ffff:ffff:ffff:ffff',
      '2001:db8::/32',
      '2001:db9::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
    ]);
    // Cuts of one family do not cut the other, and a cut at the end of the space adds nothing.
    const v4 = computeDiff(cluster(ws), cluster(ws), { boundaries: [range('10.0.0.0/8'), range('255.0.0.0/8')] });
    expect(v4.endpoints.filter((e) => e.kind === 'External').map((e) => e.id)).toEqual(['0.0.0.0-9.255.255.255', '10.0.0.0/8', '11.0.0.0-254.255.255.255', '255.0.0.0/8', '::/0']);
    // Two touching rule CIDRs stay two endpoints.
    const touching = computeDiff(cluster(ws), cluster(ws), { boundaries: [range('10.0.0.0/9'), range('10.128.0.0/9')] });
    expect(touching.endpoints.filter((e) => e.kind === 'External').map((e) => e.id)).toEqual(['0.0.0.0-9.255.255.255', '10.0.0.0/9', '10.128.0.0/9', '11.0.0.0-255.255.255.255', '::/0']);
  });
});
