import { describe, expect, it } from 'vitest';
import { computeReachability } from '../../src/engine/compute-reachability';
import { buildReachResult, flowBlocks, flowPairs } from '../../src/engine/reach-result';
import { formatConns } from '../../src/model/conns';
import { load } from '../manifests/load-yaml';

/**
 * A reachability as endpoints and flows: prod/a and prod/b share labels (one class), prod/c is
 * isolated for ingress with no rule (A-10: nothing reaches it), and no ipBlock cuts the external
 * space (A-21: one class, shown as 0.0.0.0/0 and ::/0). A-29: no self pair; external ↔ external
 * pairs are not analysed.
 */
const POD = (name: string, app: string, extra = '') => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: prod, labels: {app: ${app}}}\nspec: {${extra}containers: [{name: x, image: x}]}\n`;
const CLOSED = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: closed, namespace: prod}\nspec: {podSelector: {matchLabels: {app: c}}, policyTypes: [Ingress]}\n';

function result(...docs: string[]) {
  return buildReachResult(computeReachability(load(docs.join('---\n'))));
}

describe('buildReachResult, flowBlocks, flowPairs', () => {
  it('endpoints: the workloads in order, then the external ranges, each with its class; members by class', () => {
    const r = result(POD('a', 'x'), POD('b', 'x'), POD('c', 'c', 'hostNetwork: false, '), CLOSED);
    expect(r.endpoints.map((e) => `${e.id} ${e.kind} ${e.cls}`)).toEqual(['prod/a[Pod] Pod 0', 'prod/b[Pod] Pod 0', 'prod/c[Pod] Pod 1', '0.0.0.0/0 External 2', '::/0 External 2']);
    const a = r.endpoints[0]!;
    expect(a.kind === 'Pod' && [a.namespace, a.name, a.hostNetwork, a.workload.name]).toEqual(['prod', 'a', false, 'a']);
    const ext = r.endpoints[3]!;
    expect(ext.kind === 'External' && [ext.cidrs, ext.range.family]).toEqual([['0.0.0.0/0'], 4]);
    expect(r.classMembers).toEqual([[0, 1], [2], [3, 4]]);
    expect(r.diagnostics).toBe(r.reach.cluster.diagnostics);
  });

  it('flowBlocks: one per class pair that allows something; no external ↔ external block, no block of a one-member class with itself', () => {
    const r = result(POD('a', 'x'), POD('b', 'x'), POD('c', 'c'), CLOSED);
    expect(flowBlocks(r).map((b) => `${b.sources} -> ${b.targets}: ${formatConns(b.conns)} #${b.id}`)).toEqual([
      '0,1 -> 0,1: all #1',
      '0,1 -> 3,4: all #1',
      '2 -> 0,1: all #1',
      '2 -> 3,4: all #1',
      '3,4 -> 0,1: all #1',
    ]);
  });

  it('flowPairs: every ordered pair of distinct endpoints, not both external, that allows something', () => {
    const r = result(POD('a', 'x'), POD('b', 'x'), POD('c', 'c'), CLOSED);
    expect([...flowPairs(r)].map((p) => `${p.from}>${p.to} ${formatConns(p.conns)}`)).toEqual(['0>1 all', '0>3 all', '0>4 all', '1>0 all', '1>3 all', '1>4 all', '2>0 all', '2>1 all', '2>3 all', '2>4 all', '3>0 all', '3>1 all', '4>0 all', '4>1 all']);
  });

  it('a lone workload has no block with itself', () => {
    const r = result(POD('a', 'x'));
    expect(flowBlocks(r).map((b) => `${b.sources} -> ${b.targets}`)).toEqual(['0 -> 1,2', '1,2 -> 0']);
  });

  it('A-21: touching external intervals merge only within one class', () => {
    const OUT = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: out, namespace: prod}\nspec: {podSelector: {}, policyTypes: [Egress], egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8}}]}]}\n';
    const r = result(POD('a', 'x'), OUT);
    expect(r.endpoints.filter((e) => e.kind === 'External').map((e) => e.id)).toEqual(['0.0.0.0-9.255.255.255', '10.0.0.0/8', '11.0.0.0-255.255.255.255', '::/0']);
  });
});
