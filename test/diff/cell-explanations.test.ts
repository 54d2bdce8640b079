import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedPairs } from '../../src/diff/change-pairs';
import { computeDiff } from '../../src/diff/compute-diff';
import { CellExplainer } from '../../src/diff/explain-changes';
import { clusterArbitrary } from '../engine/cluster-arbitrary';
import { deployment, diffOf } from '../report/helpers';

const allowFromClient = (target: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: allow-${target}, namespace: shop }
spec:
  podSelector: { matchLabels: { app: ${target} } }
  policyTypes: [Ingress]
  ingress: [{ from: [{ podSelector: { matchLabels: { app: client } } }], ports: [{ port: 8080 }] }]
`;

const DENY_ALL = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: deny-all, namespace: shop }
spec: { podSelector: {}, policyTypes: [Ingress] }
`;

describe('the explanation of each changed cell (compareMatrices reuses the key of the cell before it)', () => {
  it('names the base policy of each target when the closed cells of a row differ only in their base class', () => {
    // client → t1, t2, t3: the same ports before (TCP 8080), nothing after, one head class (deny-all
    // isolates them all), but each allowed by its own policy in base: three explanations.
    const apps = ['client', 't1', 't2', 't3'].map((a) => deployment('shop', a, { app: a })).join('---\n');
    const base = { 'apps.yaml': apps, 'policies.yaml': ['t1', 't2', 't3'].map(allowFromClient).join('---\n') };
    const run = diffOf(base, { 'apps.yaml': apps, 'policies.yaml': DENY_ALL });
    const d = run.diff;
    const id = (i: number) => d.endpoints[i]!.id;
    const seen: string[] = [];
    for (const { from, to, group } of changedPairs(d)) {
      if (id(from) !== 'shop/client[Deployment]') continue;
      const before = group.because.filter((b) => b.role === 'allowed-before').map((b) => b.policy);
      seen.push(`${id(to)} ${before.join(',')}`);
    }
    expect(seen.sort()).toEqual(['shop/t1[Deployment] shop/allow-t1', 'shop/t2[Deployment] shop/allow-t2', 'shop/t3[Deployment] shop/allow-t3']);
  });

  it('is the explanation of the cell computed on its own (property)', () => {
    fc.assert(
      fc.property(clusterArbitrary, clusterArbitrary, (a, b) => {
        const d = computeDiff(a, b);
        const jc = d.jointClasses;
        const fresh = new CellExplainer(d.base, d.head, jc);
        const id = (m: typeof d.base.matrix, x: number, y: number) => (x >= 0 && y >= 0 ? m.get(x, y) : 0);
        for (const g of d.groups) {
          for (const f of g.fromClasses) {
            for (const t of g.toClasses) {
              const bid = id(d.base.matrix, jc[f]!.base, jc[t]!.base);
              const hid = id(d.head.matrix, jc[f]!.head, jc[t]!.head);
              fresh.startRow(f);
              const e = fresh.explain(t, bid, hid, d.base.table.get(bid), d.head.table.get(hid));
              expect(g.because).toEqual(fresh.because(e));
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
