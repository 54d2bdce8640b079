import { describe, expect, it } from 'vitest';
import { computeReachability } from '../../src/engine/compute-reachability';
import { ALL_CONNS, connsOf, formatConns, NO_CONNS } from '../../src/model/conns';
import type { TierRule, TieredPolicy } from '../../src/model/tiers';
import type { Cluster, Direction, LabelSelector, Policy, PolicyPort, Rule, Workload } from '../../src/model/types';

/**
 * The engine computes the matrix in blocks of 256 destination columns and marks, per sparse
 * source row, which blocks hold something: a ring of 264 pods (264 classes) crosses those
 * boundaries. Pod k admits ingress only from pod k+1, on TCP 1000+k; the even
 * pods are egress-isolated and may only reach pod k-1; no policy admits external sources.
 * So k → k-1 is TCP 999+k, every other pod pair is closed, odd pods reach every external address
 * and even ones none (mod 264 throughout).
 */
const N = 264;
const src = { file: 'ring.yaml', line: 1 };
const app = (k: number): LabelSelector => ({ matchLabels: { i: String(((k % N) + N) % N) }, matchExpressions: [] });
const rule = (direction: Rule['direction'], k: number, ports: Rule['ports']): Rule => ({ direction, peers: [{ kind: 'pods', podSelector: app(k) }], ports, index: 0, source: src });

function ring(): Cluster {
  const workloads: Workload[] = [];
  const policies: Policy[] = [];
  for (let k = 0; k < N; k++) {
    workloads.push({ kind: 'Pod', namespace: 'ns', name: `p${k}`, labels: app(k).matchLabels, ports: [], hostNetwork: false, source: src });
    policies.push({ namespace: 'ns', name: `in-${k}`, podSelector: app(k), types: { ingress: true, egress: false }, implicitTypes: false, ingress: [rule('ingress', k + 1, [{ protocol: 'TCP', port: 1000 + k }])], egress: [], source: src });
    if (k % 2 === 0) policies.push({ namespace: 'ns', name: `out-${k}`, podSelector: app(k), types: { ingress: false, egress: true }, implicitTypes: false, ingress: [], egress: [rule('egress', k - 1, [])], source: src });
  }
  return { namespaces: new Map([['ns', { name: 'ns', labels: { 'kubernetes.io/metadata.name': 'ns' } }]]), workloads, policies, diagnostics: [] };
}

describe('a ring of 264 classes (two blocks of columns)', () => {
  it('gives each pair the verdict of its two ends', () => {
    const reach = computeReachability(ring());
    const { workloadClass, intervalClass } = reach.classification;
    expect(reach.classification.classes.length).toBeGreaterThan(256);
    const none = reach.table.intern(NO_CONNS);
    const all = reach.table.intern(ALL_CONNS);
    const port = Array.from({ length: N }, (_, b) => reach.table.intern(connsOf('TCP', [[1000 + b, 1000 + b]])));
    const wrong: string[] = [];
    const check = (name: string, got: number, want: number) => {
      if (got !== want) wrong.push(`${name}: ${formatConns(reach.table.get(got))}, not ${formatConns(reach.table.get(want))}`);
    };
    for (let a = 0; a < N; a++) {
      const ca = workloadClass[a]!;
      for (let b = 0; b < N; b++) {
        if (a === b) continue;
        check(`p${a} -> p${b}`, reach.classConnsId(ca, workloadClass[b]!), b === (a + N - 1) % N ? port[b]! : none);
      }
      for (const x of intervalClass) {
        check(`p${a} -> external`, reach.classConnsId(ca, x), a % 2 ? all : none);
        check(`external -> p${a}`, reach.classConnsId(x, ca), none);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});

/**
 * The same ring across two blocks, with the paths a ring of peers does not take: the egress rule
 * of the pods k ≡ 0 (mod 4) names no peer (A-16: every destination, external ones too) on the
 * port of pod k-1 alone, and tiered rules at both ends of p2 → p260 (T-3: an Admin Accept of TCP
 * 7-8 at p2's egress, of TCP 7 at p260's ingress; T-6: both ends decide). So k → k-1 is TCP
 * 1000+(k-1) (mod 264), p2 → p260 is TCP 7, odd pods reach every external address, pods k ≡ 0
 * (mod 4) reach them on their egress port only, pods k ≡ 2 (mod 4) none, and nothing else is open.
 */
describe('a ring of 264 classes with rules without peers and tiered rules (two blocks of columns)', () => {
  const ALL_NS: LabelSelector = { matchLabels: {}, matchExpressions: [] };
  /** An Admin policy whose subject is pod `subject` and whose one Accept rule names pod `peer` on `ports`. */
  const accept = (name: string, direction: Direction, subject: number, peer: number, ports: PolicyPort[]): TieredPolicy => {
    const r: TierRule = { direction, action: 'Accept', peers: [{ kind: 'pods', namespaceSelector: ALL_NS, podSelector: app(peer) }], everyPeer: false, ports, index: 0, source: src };
    return { kind: 'ClusterNetworkPolicy', apiVersion: 'policy.networking.k8s.io/v1alpha2', name, tier: 'Admin', priority: 1, subject: { namespaceSelector: ALL_NS, podSelector: app(subject) }, ingress: direction === 'ingress' ? [r] : [], egress: direction === 'egress' ? [r] : [], source: src };
  };

  it('gives each pair the verdict of its two ends', () => {
    const base = ring();
    const port = (k: number) => 1000 + (((k % N) + N) % N);
    const policies = base.policies.map((p): Policy => (p.name.startsWith('out-') && Number(p.name.slice(4)) % 4 === 0 ? { ...p, egress: [rule('egress', 0, [{ protocol: 'TCP', port: port(Number(p.name.slice(4)) - 1) }])].map((r) => ({ ...r, peers: [] })) } : p));
    const tieredPolicies = [accept('out', 'egress', 2, 260, [{ protocol: 'TCP', port: 7, endPort: 8 }]), accept('in', 'ingress', 260, 2, [{ protocol: 'TCP', port: 7 }])];
    const cluster: Cluster = { ...base, policies, tieredPolicies };
    const reach = computeReachability(cluster);
    const { workloadClass, intervalClass } = reach.classification;
    const conns = (a: number, b: number) => formatConns(reach.classConns(a, b));
    const wrong: string[] = [];
    const check = (name: string, got: string, want: string) => {
      if (got !== want) wrong.push(`${name}: ${got}, not ${want}`);
    };
    for (let a = 0; a < N; a++) {
      const ca = workloadClass[a]!;
      for (let b = 0; b < N; b++) {
        if (a === b) continue;
        const want = a === 2 && b === 260 ? 'TCP 7' : b === (a + N - 1) % N ? `TCP ${port(b)}` : 'none';
        check(`p${a} -> p${b}`, conns(ca, workloadClass[b]!), want);
      }
      for (const x of intervalClass) {
        check(`p${a} -> external`, conns(ca, x), a % 2 ? 'all' : a % 4 === 0 ? `TCP ${port(a - 1)}` : 'none');
        check(`external -> p${a}`, conns(x, ca), 'none');
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
