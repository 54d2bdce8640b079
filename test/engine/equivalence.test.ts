import { changedPairCount, changedPairs } from '../../src/diff/change-pairs';
import type { ChangeGroup } from '../../src/diff/compute-diff';
import { changeBlocks } from '../../src/report/render/json';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDiff, type DiffEndpoint } from '../../src/diff/compute-diff';
import { computeReachability } from '../../src/engine/compute-reachability';
import { referenceConns, type ReferenceEndpoint } from '../support/reference-evaluator';
import { type Conns, connsEqual, connsKey, isEmptyConns, NO_CONNS } from '../../src/model/conns';
import type { Cluster } from '../../src/model/types';
import { clusterArbitrary } from './cluster-arbitrary';
import { tieredClusterArbitrary } from './tiered-arbitrary';
import { ciliumClusterArbitrary } from './cilium-arbitrary';

const RUNS = Number(process.env.FLOWGATE_RUNS ?? 300);
/** A fixed seed when set (the mutation run's fast variant: the same cases for every mutant). */
const SEED = process.env.FLOWGATE_SEED === undefined ? {} : { seed: Number(process.env.FLOWGATE_SEED) };
const PARAMS = { numRuns: RUNS, ...SEED };

/**
 * The optimised engine (classes, policy index, blocks, memo) against the plain per-pair
 * evaluator, a transcription of SEMANTICS.md A.8: every workload pair and every workload ↔
 * external pair, with each external range's first address as its sample.
 */
function expectEngineMatchesReference(cluster: Cluster): void {
  const reach = computeReachability(cluster);
  const { workloadClass, intervals, intervalClass } = reach.classification;
  const ends: { e: ReferenceEndpoint; cls: number; name: string }[] = [
    ...cluster.workloads.map((w, i) => ({ e: { kind: 'pod' as const, workload: w }, cls: workloadClass[i]!, name: `${w.namespace}/${w.name}${w.hostNetwork ? '(host)' : ''}` })),
    ...intervals.map((r, i) => ({ e: { kind: 'external' as const, family: r.family, address: r.lo }, cls: intervalClass[i]!, name: `${r.family}:${r.lo}` })),
  ];
  for (let i = 0; i < ends.length; i++) {
    for (let j = 0; j < ends.length; j++) {
      const a = ends[i]!;
      const b = ends[j]!;
      // self pairs are not flows; external ↔ external pairs are not analysed.
      if (i === j || (a.e.kind === 'external' && b.e.kind === 'external')) continue;
      const engine = reach.classConns(a.cls, b.cls);
      const reference = referenceConns(cluster, a.e, b.e);
      if (!connsEqual(engine, reference)) expect(`${a.name} -> ${b.name}: ${connsKey(engine)}`).toBe(`${a.name} -> ${b.name}: ${connsKey(reference)}`);
    }
  }
}

function referenceEndpoint(e: DiffEndpoint, cluster: Cluster): ReferenceEndpoint | null {
  if (e.kind === 'External') return { kind: 'external', family: e.range.family, address: e.range.lo };
  const w = cluster.workloads.find((x) => x.namespace === e.namespace && x.name === e.name && x.kind === e.kind);
  return w ? { kind: 'pod', workload: w } : null;
}

/** diff(a, b) changes exactly the pairs whose reference verdict changes (A-29: no self pairs, no external ↔ external). */
function expectDiffMatchesReference(a: Cluster, b: Cluster): void {
  const d = computeDiff(a, b);
  const changed = new Set([...changedPairs(d)].map((c) => `${c.from}:${c.to}`));
  d.endpoints.forEach((x, i) =>
    d.endpoints.forEach((y, j) => {
      if (i === j || (x.kind === 'External' && y.kind === 'External')) return;
      const [xa, ya, xb, yb] = [referenceEndpoint(x, a), referenceEndpoint(y, a), referenceEndpoint(x, b), referenceEndpoint(y, b)];
      const before = xa && ya ? referenceConns(a, xa, ya) : NO_CONNS;
      const after = xb && yb ? referenceConns(b, xb, yb) : NO_CONNS;
      expect(changed.has(`${i}:${j}`), `${x.id} -> ${y.id}`).toBe(!connsEqual(before, after));
    }),
  );
}

describe('engine ≡ per-pair reference evaluator (SEMANTICS.md A.8)', () => {
  it('agrees on every flow of random small clusters', () => {
    fc.assert(fc.property(clusterArbitrary, expectEngineMatchesReference), PARAMS);
  });

  it('agrees on clusters where every policy is live (a selector that matches all)', () => {
    fc.assert(
      fc.property(clusterArbitrary, (c) => expectEngineMatchesReference({ ...c, policies: c.policies.map((p) => ({ ...p, podSelector: { matchLabels: {}, matchExpressions: [] } })) })),
      PARAMS,
    );
  });
});

describe('engine ≡ reference with Cilium policies (C-1 … C-20)', () => {
  // Lean: a quarter of the runs, each with 1-3 CNP/CCNP rules (allow, deny, entities, CIDR sets, named ports, enableDefaultDeny).
  const CILIUM_PARAMS = { ...PARAMS, numRuns: Math.max(1, Math.ceil(RUNS / 4)) };
  it('agrees on every flow', () => {
    fc.assert(fc.property(ciliumClusterArbitrary, expectEngineMatchesReference), CILIUM_PARAMS);
  });

  it('diff(a, b) changes exactly the pairs whose reference verdict changes', () => {
    fc.assert(
      fc.property(ciliumClusterArbitrary, ciliumClusterArbitrary, expectDiffMatchesReference),
      { ...CILIUM_PARAMS, numRuns: Math.max(1, Math.ceil(RUNS / 10)) },
    );
  });
});

describe('engine ≡ reference with tiered cluster policies (T-2 … T-11)', () => {
  // Lean: a third of the runs, each with 1-4 tiered policies on top of a random cluster.
  const TIER_PARAMS = { ...PARAMS, numRuns: Math.max(1, Math.ceil(RUNS / 3)) };
  it('agrees on every flow', () => {
    fc.assert(fc.property(tieredClusterArbitrary, expectEngineMatchesReference), TIER_PARAMS);
  });

  it('diff(a, b) changes exactly the pairs whose reference verdict changes', () => {
    fc.assert(
      fc.property(tieredClusterArbitrary, tieredClusterArbitrary, expectDiffMatchesReference),
      TIER_PARAMS,
    );
  });
});

describe('diff properties', () => {
  it('computeDiff(a, a) has no changes', () => {
    fc.assert(
      fc.property(clusterArbitrary, (a) => {
        expect(computeDiff(a, a).groups).toEqual([]);
      }),
      PARAMS,
    );
  });

  it('what diff(a, b) opens, diff(b, a) closes, pair by pair', () => {
    fc.assert(
      fc.property(clusterArbitrary, clusterArbitrary, (a, b) => {
        const ab = computeDiff(a, b);
        const ba = computeDiff(b, a);
        const key = (d: typeof ab, from: number, to: number) => `${d.endpoints[from]!.id} -> ${d.endpoints[to]!.id}`;
        const back = new Map([...changedPairs(ba)].map((c) => [key(ba, c.from, c.to), c.group]));
        expect(back.size).toBe(changedPairCount(ab));
        for (const c of changedPairs(ab)) {
          const g = back.get(key(ab, c.from, c.to));
          expect(g, key(ab, c.from, c.to)).toBeDefined();
          expect(connsKey(g!.closed)).toBe(connsKey(c.group.opened));
          expect(connsKey(g!.opened)).toBe(connsKey(c.group.closed));
        }
      }),
      PARAMS,
    );
  });

  it('changes exactly the pairs whose reference verdict changes, in disjoint blocks with the reference before and after', () => {
    fc.assert(
      fc.property(clusterArbitrary, clusterArbitrary, (a, b) => {
        const d = computeDiff(a, b);
        // The JSON's blocks (contract version 2): each pair in at most one block, no self pair.
        const changed = new Map<string, ChangeGroup>();
        let pairs = 0;
        for (const block of changeBlocks(d)) {
          for (const i of block.sources) {
            for (const j of block.targets) {
              if (i === j) continue;
              expect(changed.has(`${i}:${j}`), `${i}:${j} in two blocks`).toBe(false);
              changed.set(`${i}:${j}`, block.value);
              pairs++;
            }
          }
        }
        expect(pairs).toBe(changedPairCount(d));
        const ends = d.endpoints.map((e) => ({ e, before: referenceEndpoint(e, a), after: referenceEndpoint(e, b) }));
        for (let i = 0; i < ends.length; i++) {
          for (let j = 0; j < ends.length; j++) {
            const x = ends[i]!;
            const y = ends[j]!;
            if (i === j || (x.e.kind === 'External' && y.e.kind === 'External')) continue;
            const before: Conns = x.before && y.before ? referenceConns(a, x.before, y.before) : NO_CONNS;
            const after: Conns = x.after && y.after ? referenceConns(b, x.after, y.after) : NO_CONNS;
            const g = changed.get(`${i}:${j}`);
            const label = `${x.e.id} -> ${y.e.id}`;
            if (connsEqual(before, after)) expect(g, label).toBeUndefined();
            else {
              expect(g, label).toBeDefined();
              expect([label, connsKey(g!.before), connsKey(g!.after)]).toEqual([label, connsKey(before), connsKey(after)]);
              expect(isEmptyConns(g!.opened) && isEmptyConns(g!.closed)).toBe(false);
            }
          }
        }
      }),
      PARAMS,
    );
  });
});
