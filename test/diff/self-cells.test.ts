import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedPairs, groupPairs } from '../../src/diff/change-pairs';
import { compareMatrices } from '../../src/diff/compare-matrices';
import { diffBoundaries } from '../../src/diff/compute-diff';
import { matchEndpoints } from '../../src/diff/match-endpoints';
import { computeReachability } from '../../src/engine/compute-reachability';
import { connsKey } from '../../src/model/conns';
import { ConnsTable } from '../../src/model/conns-table';
import type { Cluster } from '../../src/model/types';
import { clusterArbitrary } from '../engine/cluster-arbitrary';
import { deployment, diffOf } from '../report/helpers';

/** The changed pairs of a diff with one-member classes' self cells left out (the default at these sizes) or kept (a dense limit of 0). */
function diffs(a: Cluster, b: Cluster) {
  const boundaries = diffBoundaries(a, b);
  const table = new ConnsTable();
  const base = computeReachability(a, { boundaries, table });
  const head = computeReachability(b, { boundaries, table });
  const matched = matchEndpoints(base, head, []);
  const pairs = (groups: ReturnType<typeof compareMatrices>) =>
    [...changedPairs({ groups, jointClasses: matched.jointClasses })].map(({ from, to, group: g }) => `${from}>${to} ${g.kind} ${connsKey(g.before)} ${connsKey(g.after)} ${JSON.stringify(g.because)}`).sort();
  const exact = compareMatrices(base, head, matched);
  const kept = compareMatrices(base, head, matched, 0);
  return { exact, kept, exactPairs: pairs(exact), keptPairs: pairs(kept), jointClasses: matched.jointClasses };
}

describe('the cell of a one-member class to itself (A-29: no pair), kept past the dense limit so that rows compress', () => {
  it('changes the same pairs, alike and for the same reasons, whether kept or left out (property)', () => {
    fc.assert(
      fc.property(clusterArbitrary, clusterArbitrary, (a, b) => {
        const { kept, exactPairs, keptPairs, jointClasses } = diffs(a, b);
        expect(keptPairs).toEqual(exactPairs);
        // No group of that cell alone (it would be a block of no pair).
        for (const g of kept) expect(groupPairs(g, jointClasses)).toBeGreaterThan(0);
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
    const { exact, kept, exactPairs, keptPairs } = diffs(run.diff.base.cluster, run.diff.head.cluster);
    expect(keptPairs).toEqual(exactPairs);
    const workloadsOpened = (groups: typeof kept) => groups.filter((g) => g.kind === 'opened' && g.toClasses.every((t) => run.diff.endpoints[run.diff.jointClasses[t]!.members[0]!]!.kind !== 'External'));
    expect(workloadsOpened(kept).length).toBe(1);
    expect(workloadsOpened(exact).length).toBeGreaterThan(1);
  });
});
