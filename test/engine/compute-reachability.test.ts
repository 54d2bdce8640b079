import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeReachability } from '../../src/engine/compute-reachability';
import { parseCidr } from '../../src/model/cidr';
import { connsKey, formatConns } from '../../src/model/conns';
import { ConnsTable } from '../../src/model/conns-table';
import type { Cluster, IpRange } from '../../src/model/types';
import { load } from '../manifests/load-yaml';
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

/**
 * Tiers and NetworkPolicy together, one pair at a time. World: namespaces prod (env=prod) and dev
 * (env=dev); prod/web (app=web), prod/db (app=db, TCP 5432), dev/tool (app=tool, TCP 9090).
 */
describe('computeReachability: tiers with NetworkPolicy and Cilium denies', () => {
  const NS = (name: string) => `apiVersion: v1\nkind: Namespace\nmetadata: {name: ${name}, labels: {env: ${name}}}\n`;
  const POD = (ns: string, app: string, port: number) => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${app}, namespace: ${ns}, labels: {app: ${app}}}\nspec: {containers: [{name: c, image: x, ports: [{containerPort: ${port}}]}]}\n`;
  const WORLD = [NS('prod'), NS('dev'), POD('prod', 'web', 80), POD('prod', 'db', 5432), POD('dev', 'tool', 9090)];
  const NP = (name: string, spec: string) => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: ${name}, namespace: prod}\nspec: ${spec}\n`;
  const ANP = (name: string, priority: number, subject: string, body: string, tier = 'Admin') =>
    `apiVersion: policy.networking.k8s.io/v1alpha2\nkind: ClusterNetworkPolicy\nmetadata: {name: ${name}}\nspec: {tier: ${tier}, priority: ${priority}, subject: ${subject}, ${body}}\n`;
  const PODS = (app: string) => `{pods: {namespaceSelector: {matchLabels: {env: prod}}, podSelector: {matchLabels: {app: ${app}}}}}`;
  const DEV = '{namespaces: {matchLabels: {env: dev}}}';
  const tcp = (p: number) => `protocols: [{tcp: {destinationPort: {number: ${p}}}}]`;

  function flows(...docs: string[]): (from: string, to: string) => string {
    const cluster = load([...WORLD, ...docs].join('---\n'));
    expect(cluster.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const r = computeReachability(cluster);
    const cls = (e: string) => (e === 'internet' ? r.classification.intervalClass[0]! : r.classification.workloadClass[cluster.workloads.findIndex((w) => `${w.namespace}/${w.name}` === e)]!);
    return (from, to) => formatConns(r.classConns(cls(from), cls(to)));
  }

  it('T-5, A-12: an egress-isolated source keeps its NetworkPolicy verdict where no tiered rule matches; an Admin Accept adds to it', () => {
    const np = NP('web-out', '{podSelector: {matchLabels: {app: web}}, policyTypes: [Egress], egress: [{to: [{podSelector: {matchLabels: {app: db}}}], ports: [{port: 5432}]}]}');
    const anp = ANP('web-to-dev', 1, PODS('web'), `egress: [{action: Accept, to: [${DEV}], ${tcp(9090)}}]`);
    const f = flows(np, anp);
    expect([f('prod/web', 'prod/db'), f('prod/web', 'dev/tool'), f('prod/web', 'internet')]).toEqual(['TCP 5432', 'TCP 9090', 'none']);
  });

  it('T-3, T-5: at an ingress-isolated destination an Admin Deny overrides a NetworkPolicy allow and an Admin Accept opens what it denies', () => {
    const np = NP('db-in', '{podSelector: {matchLabels: {app: db}}, policyTypes: [Ingress], ingress: [{from: [{podSelector: {matchLabels: {app: web}}}], ports: [{port: 5432}]}]}');
    const anp = ANP('guard-db', 1, PODS('db'), `ingress: [{action: Deny, from: [${PODS('web')}], ${tcp(5432)}}, {action: Accept, from: [${DEV}], ${tcp(22)}}]`);
    const f = flows(np, anp);
    expect([f('prod/web', 'prod/db'), f('dev/tool', 'prod/db'), f('internet', 'prod/db')]).toEqual(['none', 'TCP 22', 'none']);
  });

  it('T-3: Admin policies apply by priority, whatever their order in the manifests', () => {
    const late = ANP('late', 2, PODS('db'), `ingress: [{action: Accept, from: [${DEV}]}]`);
    const early = ANP('early', 1, PODS('db'), `ingress: [{action: Deny, from: [${DEV}], ${tcp(5432)}}]`);
    expect(flows(late, early)('dev/tool', 'prod/db')).toBe('TCP 1-5431,5433-65535, UDP all, SCTP all');
  });

  it('T-7: classes with different tiered policies get their own verdicts (the tier walk is shared only by classes with the same ones)', () => {
    const denyWeb = ANP('deny-web', 1, PODS('web'), `ingress: [{action: Deny, from: [${DEV}]}]`);
    const denyDb = ANP('deny-db', 1, PODS('db'), `ingress: [{action: Deny, from: [${DEV}], ${tcp(5432)}}]`);
    const f = flows(denyWeb, denyDb);
    expect([f('dev/tool', 'prod/web'), f('dev/tool', 'prod/db')]).toEqual(['none', 'TCP 1-5431,5433-65535, UDP all, SCTP all']);
    const outWeb = ANP('out-web', 1, PODS('web'), `egress: [{action: Deny, to: [${DEV}]}]`);
    const outDb = ANP('out-db', 1, PODS('db'), `egress: [{action: Deny, to: [${DEV}], ${tcp(9090)}}]`);
    const g = flows(outWeb, outDb);
    expect([g('prod/web', 'dev/tool'), g('prod/db', 'dev/tool')]).toEqual(['none', 'TCP 1-9089,9091-65535, UDP all, SCTP all']);
  });

  it('T-4: at a destination no NetworkPolicy isolates, a Baseline Deny decides what no Admin rule matched or what one passed', () => {
    const pass = ANP('pass-dev', 1, PODS('db'), `ingress: [{action: Pass, from: [${DEV}], ${tcp(5432)}}]`);
    const base = ANP('base-db', 1, PODS('db'), `ingress: [{action: Deny, from: [${DEV}]}]`, 'Baseline');
    const f = flows(pass, base);
    expect([f('dev/tool', 'prod/db'), f('prod/web', 'prod/db')]).toEqual(['none', 'all']);
  });

  it('T-5: an Admin Pass at an egress-isolated source hands over to its NetworkPolicy verdict, whatever the source', () => {
    const np = NP('out', '{podSelector: {}, policyTypes: [Egress], egress: [{to: [{podSelector: {matchLabels: {app: db}}}], ports: [{port: 5432}]}]}');
    const anp = ANP('pass-all', 1, '{namespaces: {matchLabels: {env: prod}}}', `egress: [{action: Pass, to: [{namespaces: {}}]}]`);
    const f = flows(np, anp);
    expect([f('prod/web', 'prod/db'), f('prod/web', 'dev/tool'), f('prod/db', 'prod/web'), f('prod/db', 'dev/tool')]).toEqual(['TCP 5432', 'none', 'none', 'none']);
  });

  it('T-3: the tiers apply by priority even when the cluster lists its tiered policies out of order', () => {
    const cluster = load([...WORLD, ANP('early', 1, PODS('db'), `ingress: [{action: Deny, from: [${DEV}]}]`), ANP('late', 2, PODS('db'), `ingress: [{action: Accept, from: [${DEV}]}]`)].join('---\n'));
    const r = computeReachability({ ...cluster, tieredPolicies: [...cluster.tieredPolicies!].reverse() });
    const cls = (e: string) => r.classification.workloadClass[cluster.workloads.findIndex((w) => `${w.namespace}/${w.name}` === e)]!;
    expect(formatConns(r.classConns(cls('dev/tool'), cls('prod/db')))).toBe('none');
  });

  it('C-9: classes with different Cilium egress denies get their own verdicts', () => {
    const CNP = (name: string, app: string, deny: string) =>
      `apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: ${name}, namespace: prod}\nspec: {endpointSelector: {matchLabels: {app: ${app}}}, egress: [{toEntities: [all]}], egressDeny: [{toEndpoints: [{matchLabels: {io.kubernetes.pod.namespace: dev}}]${deny}}]}\n`;
    const f = flows(CNP('web-out', 'web', ''), CNP('db-out', 'db', ', toPorts: [{ports: [{port: "9090", protocol: TCP}]}]'));
    expect([f('prod/web', 'dev/tool'), f('prod/db', 'dev/tool')]).toEqual(['none', 'TCP 1-9089,9091-65535, UDP all, SCTP all']);
  });

  it('C-9: the specs of one Cilium policy deny apart past the first two', () => {
    const cnp = `apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: p, namespace: prod}\nspecs:\n- {endpointSelector: {matchLabels: {app: none}}, ingress: [{fromEntities: [all]}]}\n- {endpointSelector: {matchLabels: {app: web}}, ingress: [{fromEntities: [all]}], ingressDeny: [{fromEndpoints: [{matchLabels: {io.kubernetes.pod.namespace: dev}}]}]}\n- {endpointSelector: {matchLabels: {app: db}}, ingress: [{fromEntities: [all]}], ingressDeny: [{fromEndpoints: [{matchLabels: {io.kubernetes.pod.namespace: dev}}], toPorts: [{ports: [{port: "5432", protocol: TCP}]}]}]}\n`;
    const f = flows(cnp);
    expect([f('dev/tool', 'prod/web'), f('dev/tool', 'prod/db')]).toEqual(['none', 'TCP 1-5431,5433-65535, UDP all, SCTP all']);
  });

  it('C-9: the specs of one Cilium policy deny apart (each spec its own subjects)', () => {
    const cnp = `apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: p, namespace: prod}\nspecs:\n- {endpointSelector: {matchLabels: {app: web}}, ingress: [{fromEntities: [all]}], ingressDeny: [{fromEndpoints: [{matchLabels: {io.kubernetes.pod.namespace: dev}}]}]}\n- {endpointSelector: {matchLabels: {app: db}}, ingress: [{fromEntities: [all]}], ingressDeny: [{fromEndpoints: [{matchLabels: {io.kubernetes.pod.namespace: dev}}], toPorts: [{ports: [{port: "5432", protocol: TCP}]}]}]}\n`;
    const f = flows(cnp);
    expect([f('dev/tool', 'prod/web'), f('dev/tool', 'prod/db')]).toEqual(['none', 'TCP 1-5431,5433-65535, UDP all, SCTP all']);
  });
});
