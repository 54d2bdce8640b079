import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeReachability } from '../../src/engine/compute-reachability';
import { addStandIns, policyPortNames } from '../../src/exposure/add-stand-ins';
import { standInSpecs } from '../../src/exposure/stand-in-specs';
import { type Conns, connsKey } from '../../src/model/conns';
import { namedPortNumber } from '../../src/model/named-ports';
import { ALL_PORTS, MAX_PORT, normalizeRanges, type PortRanges } from '../../src/model/port-ranges';
import { type ContainerPort, type Cluster, PROTOCOLS, type Workload } from '../../src/model/types';
import { referenceConns, type ReferenceEndpoint } from '../support/reference-evaluator';
import { clusterArbitrary } from '../engine/cluster-arbitrary';

// Bounded by run counts, never by time (BRIEF).
const RUNS = Number(process.env.FLOWGATE_RUNS ?? 60);

/** The number a concrete pod gives each port name: clear of the numbers the arbitraries use. */
const numberOf = (names: readonly string[], name: string) => 40000 + names.indexOf(name);

/** A stand-in's connections with each named port's atom replaced by the concrete pod's number. */
function resolved(c: Conns, names: readonly string[]): Conns {
  const atoms = new Map(names.map((n) => [namedPortNumber(n), numberOf(names, n)]));
  const one = (r: PortRanges): PortRanges => {
    const out: [number, number][] = r.filter(([lo]) => lo <= MAX_PORT).map(([lo, hi]) => [lo, Math.min(hi, MAX_PORT)]);
    for (const [atom, n] of atoms) if (r.some(([lo, hi]) => lo <= atom && atom <= hi)) out.push([n, n]);
    const norm = normalizeRanges(out);
    return norm.length && norm[0]![0] === 1 && norm[0]![1] === MAX_PORT ? ALL_PORTS : norm;
  };
  return { TCP: one(c.TCP), UDP: one(c.UDP), SCTP: one(c.SCTP) };
}

const withStandIns = (c: Cluster): Cluster => addStandIns(c, standInSpecs([c], null), {}, policyPortNames([c]));
const external = (c: ReturnType<typeof computeReachability>): { e: ReferenceEndpoint; cls: number }[] =>
  c.classification.intervals.map((r, i) => ({ e: { kind: 'external', family: r.family, address: r.lo }, cls: c.classification.intervalClass[i]! }));

describe('exposure properties (issue 11)', () => {
  it('every flow between listed workloads (and to and from external addresses) is the same with stand-ins added', () => {
    fc.assert(
      fc.property(clusterArbitrary, (cluster) => {
        const off = computeReachability(cluster);
        const on = computeReachability(withStandIns(cluster));
        const n = cluster.workloads.length;
        const key = (r: typeof off, a: number, b: number) => connsKey(r.classConns(a, b));
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            if (i === j) continue;
            const [a0, b0] = [off.classification.workloadClass[i]!, off.classification.workloadClass[j]!];
            const [a1, b1] = [on.classification.workloadClass[i]!, on.classification.workloadClass[j]!];
            expect(key(on, a1, b1)).toBe(key(off, a0, b0));
          }
          // External ranges: the first address of each range of the listed-only state.
          for (const x of off.classification.intervals.map((r, k) => ({ r, k }))) {
            const y = on.classification.intervals.findIndex((r) => r.family === x.r.family && r.lo <= x.r.lo && x.r.lo <= r.hi);
            const xo = off.classification.intervalClass[x.k]!;
            const xn = on.classification.intervalClass[y]!;
            expect(key(on, on.classification.workloadClass[i]!, xn)).toBe(key(off, off.classification.workloadClass[i]!, xo));
            expect(key(on, xn, on.classification.workloadClass[i]!)).toBe(key(off, xo, off.classification.workloadClass[i]!));
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("a stand-in's flows equal those of a concrete pod with its namespace and labels added to the manifests (reference evaluator, A.8)", () => {
    fc.assert(
      fc.property(clusterArbitrary, (cluster) => {
        const exposed = withStandIns(cluster);
        const reach = computeReachability(exposed);
        // A named port at a stand-in has no known number: the concrete pod serves every name the
        // policies use (on every protocol) at a number of its own, and the stand-in's flows to it
        // are compared with each name's atom replaced by that number.
        const names = policyPortNames([cluster]);
        const ports: ContainerPort[] = names.flatMap((name) => PROTOCOLS.map((protocol) => ({ name, protocol, port: numberOf(names, name) })));
        const others = [...exposed.workloads.map((w, i) => ({ e: { kind: 'pod' as const, workload: w }, cls: reach.classification.workloadClass[i]! })), ...external(reach)];
        exposed.workloads.forEach((s, si) => {
          if (s.kind !== 'Unlisted') return;
          const concrete: Workload = { kind: 'Pod', namespace: s.namespace, name: 'concrete-pod', labels: s.labels, ports, hostNetwork: false, source: { file: 'concrete.yaml', line: 1 } };
          const withPod: Cluster = { ...exposed, workloads: [...exposed.workloads.filter((w) => w !== s), concrete] };
          const me: ReferenceEndpoint = { kind: 'pod', workload: concrete };
          const cls = reach.classification.workloadClass[si]!;
          for (const o of others) {
            if (o.e.kind === 'pod' && o.e.workload === s) continue;
            const id = o.e.kind === 'pod' ? `${o.e.workload.namespace}/${o.e.workload.name}` : `${o.e.family}:${o.e.address}`;
            // Towards another stand-in, both sides resolve its names to the same atoms.
            expect(`${s.namespace}/${s.name} -> ${id}: ${connsKey(reach.classConns(cls, o.cls))}`).toBe(`${s.namespace}/${s.name} -> ${id}: ${connsKey(referenceConns(withPod, me, o.e))}`);
            expect(`${id} -> ${s.namespace}/${s.name}: ${connsKey(resolved(reach.classConns(o.cls, cls), names))}`).toBe(`${id} -> ${s.namespace}/${s.name}: ${connsKey(referenceConns(withPod, o.e, me))}`);
          }
        });
      }),
      { numRuns: RUNS },
    );
  });
});
