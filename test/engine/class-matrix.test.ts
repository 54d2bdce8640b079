import { describe, expect, it } from 'vitest';
import { ClassMatrix } from '../../src/engine/class-matrix';
import { computeReachability } from '../../src/engine/compute-reachability';
import { referenceConns } from '../support/reference-evaluator';
import { NAMESPACE_NAME_LABEL } from '../../src/model/kube-names';
import { connsKey } from '../../src/model/conns';
import type { Cluster, Policy, PolicyPort, Workload } from '../../src/model/types';

describe('ClassMatrix', () => {
  it('starts in 8 bits and widens to 16 and 32 bits, keeping every cell', () => {
    const m = new ClassMatrix(3);
    m.setAt(1, 7);
    expect(m.data).toBeInstanceOf(Uint8Array);
    m.setAt(4, 300);
    expect(m.data).toBeInstanceOf(Uint16Array);
    m.setAt(8, 70_000);
    expect(m.data).toBeInstanceOf(Int32Array);
    expect([m.get(0, 1), m.get(1, 1), m.get(2, 2), m.get(0, 0)]).toEqual([7, 300, 70_000, 0]);
  });

  it('never narrows again: a 16-bit id written after a 32-bit one keeps the 32-bit cell', () => {
    const m = new ClassMatrix(2);
    m.setAt(0, 70_000);
    m.setAt(1, 300);
    expect(m.data).toBeInstanceOf(Int32Array);
    expect([m.get(0, 0), m.get(0, 1)]).toEqual([70_000, 300]);
  });
});

/** 20 pods, each isolated both ways with its own ports: every pair allows a different set (400 sets). */
function manySets(): Cluster {
  const n = 20;
  const workloads: Workload[] = Array.from({ length: n }, (_, i) => ({
    kind: 'Pod',
    namespace: 'ns',
    name: `w${String(i).padStart(2, '0')}`,
    labels: { app: `w${i}` },
    ports: [],
    hostNetwork: false,
    source: { file: 'w.yaml', line: i + 1 },
  }));
  const ports = (skip: number): PolicyPort[] => Array.from({ length: 40 }, (_, p) => p + 1).filter((p) => p !== skip).map((port) => ({ protocol: 'TCP', port }));
  const policy = (i: number, dir: 'ingress' | 'egress', skip: number): Policy => ({
    namespace: 'ns',
    name: `${dir}-${i}`,
    podSelector: { matchLabels: { app: `w${i}` }, matchExpressions: [] },
    types: { ingress: dir === 'ingress', egress: dir === 'egress' },
    implicitTypes: false,
    ingress: dir === 'ingress' ? [{ direction: 'ingress', peers: [], ports: ports(skip), index: 0, source: { file: 'p.yaml', line: 1 } }] : [],
    egress: dir === 'egress' ? [{ direction: 'egress', peers: [], ports: ports(skip), index: 0, source: { file: 'p.yaml', line: 1 } }] : [],
    source: { file: 'p.yaml', line: 1 },
  });
  const policies = workloads.flatMap((_, i) => [policy(i, 'ingress', i + 1), policy(i, 'egress', i + 21)]);
  return { namespaces: new Map([['ns', { name: 'ns', labels: { [NAMESPACE_NAME_LABEL]: 'ns' } }]]), workloads, policies, diagnostics: [] };
}

describe('the engine with more distinct port sets than 8 bits hold', () => {
  it('widens its matrix and still agrees with the per-pair reference on every pair', () => {
    const cluster = manySets();
    const reach = computeReachability(cluster);
    expect(reach.matrix.data).toBeInstanceOf(Uint16Array);
    const cls = reach.classification.workloadClass;
    cluster.workloads.forEach((a, i) => {
      cluster.workloads.forEach((b, j) => {
        if (i === j) return;
        const expected = connsKey(referenceConns(cluster, { kind: 'pod', workload: a }, { kind: 'pod', workload: b }));
        expect([a.name, b.name, connsKey(reach.classConns(cls[i]!, cls[j]!))]).toEqual([a.name, b.name, expected]);
      });
    });
  });
});
