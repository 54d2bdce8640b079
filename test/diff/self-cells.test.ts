import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupPairs } from '../../src/diff/change-pairs';
import { compareMatrices } from '../../src/diff/compare-matrices';
import { diffBoundaries } from '../../src/diff/compute-diff';
import { matchEndpoints } from '../../src/diff/match-endpoints';
import { computeReachability } from '../../src/engine/compute-reachability';
import { ConnsTable } from '../../src/model/conns-table';
import type { Cluster } from '../../src/model/types';
import { clusterArbitrary } from '../engine/cluster-arbitrary';
import { deployment, diffOf } from '../report/helpers';

/** The change groups of a diff, computed from the clusters as computeDiff does. */
function groupsOf(a: Cluster, b: Cluster) {
  const boundaries = diffBoundaries(a, b);
  const table = new ConnsTable();
  const base = computeReachability(a, { boundaries, table });
  const head = computeReachability(b, { boundaries, table });
  const matched = matchEndpoints(base, head, []);
  return { groups: compareMatrices(base, head, matched), jointClasses: matched.jointClasses };
}

// That the groups hold exactly the pairs whose verdict changes, with the reference's before and
// after, is test/engine/equivalence.test.ts's property; these are about the self cell's effect.
describe('the cell of a one-member class to itself (A-29: no pair), compared so that rows compress', () => {
  it('never makes a group of that cell alone: every group holds a pair (property)', () => {
    fc.assert(
      fc.property(clusterArbitrary, clusterArbitrary, (a, b) => {
        const { groups, jointClasses } = groupsOf(a, b);
        for (const g of groups) expect(groupPairs(g, jointClasses)).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('makes an "open everything" change of one-member classes one rectangle instead of one per class', () => {
    // Each workload is isolated by its own policy (its own class), and head deletes them all.
    const names = ['a', 'b', 'c', 'd', 'e'];
    const apps = names.map((n) => deployment('shop', n, { app: n })).join('---\n');
    const isolate = names.map((n) => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: only-${n}, namespace: shop }\nspec: { podSelector: { matchLabels: { app: ${n} } }, policyTypes: [Ingress] }\n`).join('---\n');
    const run = diffOf({ 'apps.yaml': apps, 'np.yaml': isolate }, { 'apps.yaml': apps });
    const { groups, jointClasses } = groupsOf(run.diff.base.cluster, run.diff.head.cluster);
    const isWorkload = (t: number) => run.diff.endpoints[jointClasses[t]!.members[0]!]!.kind !== 'External';
    const workloadsOpened = groups.filter((g) => g.kind === 'opened' && g.toClasses.every(isWorkload));
    // One block to the five workloads, from them and from the class of the external ranges (its
    // two members, IPv4 and IPv6, whose ingress opens too): 5 × 4 pairs among the workloads
    // (never one to itself) and 2 × 5.
    expect(workloadsOpened).toHaveLength(1);
    const external = workloadsOpened[0]!.fromClasses.filter((f) => !isWorkload(f));
    expect(external.map((f) => jointClasses[f]!.members.length)).toEqual([2]);
    expect(workloadsOpened[0]!.fromClasses.filter(isWorkload)).toHaveLength(5);
    expect(workloadsOpened[0]!.toClasses).toHaveLength(5);
    expect(groupPairs(workloadsOpened[0]!, jointClasses)).toBe(5 * 4 + 2 * 5);
  });
});
