import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeReachability } from '../../src/engine/compute-reachability';
import { parseCidr } from '../../src/model/cidr';
import { connsKey } from '../../src/model/conns';
import { ConnsTable } from '../../src/model/conns-table';
import type { Cluster, IpRange } from '../../src/model/types';
import { referenceConns, type ReferenceEndpoint } from '../support/reference-evaluator';
import { ciliumClusterArbitrary } from './cilium-arbitrary';
import { clusterArbitrary } from './cluster-arbitrary';
import { tieredClusterArbitrary } from './tiered-arbitrary';

/**
 * computeReachability cluster by cluster against the per-pair reference evaluator (SEMANTICS.md
 * A.8; T-2 … T-6 for tiered policies, C-5 … C-10 for Cilium ones): a fixed sample of the
 * equivalence test's random clusters, one named case each, so that a wrong cell fails on the
 * first cluster that shows it (test/engine/equivalence.test.ts runs the same check over more
 * runs and adds the diff). Every workload pair and every workload ↔ external pair, with each
 * external range's first address as its sample; A-29: no self pairs; no external ↔ external pairs.
 */
function mismatches(cluster: Cluster): string[] {
  const reach = computeReachability(cluster);
  const { workloadClass, intervals, intervalClass } = reach.classification;
  const ends: { e: ReferenceEndpoint; cls: number; name: string }[] = [
    ...cluster.workloads.map((w, i) => ({ e: { kind: 'pod' as const, workload: w }, cls: workloadClass[i]!, name: `${w.namespace}/${w.name}` })),
    ...intervals.map((r, i) => ({ e: { kind: 'external' as const, family: r.family, address: r.lo }, cls: intervalClass[i]!, name: `${r.family}:${r.lo}` })),
  ];
  const wrong: string[] = [];
  for (const a of ends) {
    for (const b of ends) {
      if (a === b || (a.e.kind === 'external' && b.e.kind === 'external')) continue;
      const got = connsKey(reach.classConns(a.cls, b.cls));
      const want = connsKey(referenceConns(cluster, a.e, b.e));
      if (got !== want) wrong.push(`${a.name} -> ${b.name}: ${got}, not ${want}`);
    }
  }
  return wrong;
}

/** Every policy selects every pod of its namespace: each one isolates something. */
const allLive = (c: Cluster): Cluster => ({ ...c, policies: c.policies.map((p) => ({ ...p, podSelector: { matchLabels: {}, matchExpressions: [] } })) });

const sample = (arb: fc.Arbitrary<Cluster>, seed: number, n: number) => fc.sample(arb, { seed, numRuns: n }).map((c, i) => [i, c] as const);

describe('computeReachability ≡ the reference evaluator on fixed clusters (A.8)', () => {
  it.each(sample(clusterArbitrary, 18, 16))('NetworkPolicy cluster %i', (_i, c) => {
    expect(mismatches(c).slice(0, 3)).toEqual([]);
  });
  it.each(sample(clusterArbitrary.map(allLive), 19, 10))('NetworkPolicy cluster %i, every policy live', (_i, c) => {
    expect(mismatches(c).slice(0, 3)).toEqual([]);
  });
  it.each(sample(tieredClusterArbitrary, 20, 16))('tiered cluster %i (T-2 … T-6)', (_i, c) => {
    expect(mismatches(c).slice(0, 3)).toEqual([]);
  });
  it.each(sample(ciliumClusterArbitrary, 21, 12))('Cilium cluster %i (C-5 … C-10)', (_i, c) => {
    expect(mismatches(c).slice(0, 3)).toEqual([]);
  });
});

describe('computeReachability options', () => {
  const empty: Cluster = { namespaces: new Map(), workloads: [], policies: [], diagnostics: [] };
  const range = (c: string) => (parseCidr(c) as { range: IpRange }).range;

  it('A-21: boundaries (the other side of a diff, rule CIDRs) cut the external address space', () => {
    const cut = computeReachability(empty, { boundaries: [range('10.0.0.0/8')] }).classification.intervals;
    expect(cut.map((r) => `${r.family}:${r.lo}-${r.hi}`)).toEqual([`4:0-${0x0a000000 - 1}`, `4:${0x0a000000}-${0x0affffff}`, `4:${0x0b000000}-${2 ** 32 - 1}`, `6:0-${2n ** 128n - 1n}`]);
    expect(computeReachability(empty).classification.intervals).toHaveLength(2);
  });

  it('interns into the table it is given (the two states of a diff share one)', () => {
    const table = new ConnsTable();
    expect(computeReachability(empty, { table }).table).toBe(table);
  });
});
