import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { membersOf } from '../../src/diff/change-pairs';
import { computeDiff, type ChangeGroup } from '../../src/diff/compute-diff';
import { groupKey } from '../../src/report/model/change-rows';
import { mergeBlocks, type Block } from '../../src/report/model/merge-blocks';
import { changeBlocks } from '../../src/report/render/json';
import { clusterArbitrary } from '../engine/cluster-arbitrary';
import { deployment, diffOf } from './helpers';

/** Ingress to the `app: same` pods from the pods that `from` selects in their namespace. */
const allowFrom = (from: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: same, namespace: shop }
spec:
  podSelector: { matchLabels: { app: same } }
  policyTypes: [Ingress]
  ingress: [{ from: [{ podSelector: ${from} }] }]
`;

describe('changeBlocks (the JSON changes) merges classes, listing endpoints block by block', () => {
  it('keeps a block of one class to itself: its two endpoints are two pairs (A-29: not a self pair)', () => {
    // a ↔ b opens, and nothing else changes: the change is one class (a and b) to itself.
    const apps = [deployment('shop', 'a', { app: 'same' }), deployment('shop', 'b', { app: 'same' }), deployment('shop', 'c', { app: 'other' })].join('---\n');
    const d = diffOf({ 'apps.yaml': apps, 'np.yaml': allowFrom('{ matchLabels: { app: other } }') }, { 'apps.yaml': apps, 'np.yaml': allowFrom('{}') }).diff;
    const ids = (list: number[]) => list.map((i) => d.endpoints[i]!.id);
    expect([...changeBlocks(d)].map((x) => [ids(x.sources), ids(x.targets), x.value.kind])).toEqual([[['shop/a[Deployment]', 'shop/b[Deployment]'], ['shop/a[Deployment]', 'shop/b[Deployment]'], 'opened']]);
  });

  it('gives the blocks, in the order, that merging every endpoint list would (property)', () => {
    fc.assert(
      fc.property(clusterArbitrary, clusterArbitrary, (a, b) => {
        const d = computeDiff(a, b);
        const byEndpoints = mergeBlocks(d.groups.map((g): Block<ChangeGroup> => ({ sources: membersOf(g.fromClasses, d.jointClasses), targets: membersOf(g.toClasses, d.jointClasses), key: groupKey(g), value: g })));
        byEndpoints.sort((x, y) => x.sources[0]! - y.sources[0]! || x.targets[0]! - y.targets[0]!);
        expect([...changeBlocks(d)]).toEqual(byEndpoints);
      }),
      { numRuns: 150 },
    );
  });
});
