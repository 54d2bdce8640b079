import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedPairCount, changedPairs, changeIndex } from '../../src/diff/change-pairs';
import { computeDiff, diffBoundaries, diffReachability, type ChangeKind, type DiffResult } from '../../src/diff/compute-diff';
import { computeReachability } from '../../src/engine/compute-reachability';
import { ALL_CONNS, type Conns, connsEqual, connsKey, connsOf, connsSubset, isEmptyConns, NO_CONNS, subtractConns, unionConns } from '../../src/model/conns';
import { NAMESPACE_NAME_LABEL } from '../../src/model/kube-names';
import type { Cluster, Policy, PolicyPort, Workload } from '../../src/model/types';
import { clusterArbitrary } from '../engine/cluster-arbitrary';

/*
 * Issue 18: compareMatrices (stages 2 and 3 of a diff) against the diff's definition (PRODUCT.md
 * part 3), pair by pair, over the two reachabilities it compares: the engine is test/engine's.
 */

/** PRODUCT.md part 3: opened (nothing before), closed (nothing after), widened, narrowed, or changed. */
function kindOf(before: Conns, after: Conns): ChangeKind {
  if (isEmptyConns(before)) return 'opened';
  if (isEmptyConns(after)) return 'closed';
  if (connsSubset(before, after)) return 'widened';
  return connsSubset(after, before) ? 'narrowed' : 'changed';
}

/**
 * Every ordered pair of distinct endpoints, not both external (A-29, PRODUCT.md flows): it is in a
 * group exactly when its connections differ, with the group's before, after, opened, closed and
 * kind its own; the groups hold no other pair (their pair count is the changed pairs' count), and
 * they are sorted by first source class, then first target class, with classes ascending.
 */
function expectPairByPair(d: DiffResult): { changed: number; kinds: Set<ChangeKind> } {
  const at = changeIndex(d);
  let changed = 0;
  const kinds = new Set<ChangeKind>();
  d.endpoints.forEach((x, i) =>
    d.endpoints.forEach((y, j) => {
      if (i === j || (x.kind === 'External' && y.kind === 'External')) return;
      const before = x.base >= 0 && y.base >= 0 ? d.base.classConns(x.base, y.base) : NO_CONNS;
      const after = x.head >= 0 && y.head >= 0 ? d.head.classConns(x.head, y.head) : NO_CONNS;
      const g = at(x.joint, y.joint);
      const label = `${x.id} -> ${y.id}`;
      if (connsEqual(before, after)) {
        expect(g, label).toBeUndefined();
        return;
      }
      changed++;
      expect(g, label).toBeDefined();
      const kind = kindOf(before, after);
      kinds.add(kind);
      expect([label, connsKey(g!.before), connsKey(g!.after), connsKey(g!.opened), connsKey(g!.closed), g!.kind]).toEqual([
        label,
        connsKey(before),
        connsKey(after),
        connsKey(subtractConns(after, before)),
        connsKey(subtractConns(before, after)),
        kind,
      ]);
    }),
  );
  expect(changedPairCount(d)).toBe(changed);
  // No group holds a cell between two external ranges. A class of one member to itself
  // (A-29, no pair) is in a group only beside pairs of its own: with another source and another
  // target (a group of sources to that class alone does not list it among them).
  const size = (j: number) => d.jointClasses[j]!.members.length;
  const external = (j: number) => d.endpoints[d.jointClasses[j]!.members[0]!]!.kind === 'External';
  for (const g of d.groups) {
    for (const f of g.fromClasses) for (const t of g.toClasses) expect([f, t, external(f) && external(t)]).toEqual([f, t, false]);
    for (const f of g.fromClasses) if (size(f) < 2 && g.toClasses.includes(f)) expect([f, g.fromClasses.length > 1 && g.toClasses.length > 1]).toEqual([f, true]);
  }
  const ascending = (xs: readonly number[]) => xs.every((v, k) => k === 0 || xs[k - 1]! < v);
  for (const g of d.groups) expect(ascending(g.fromClasses) && ascending(g.toClasses)).toBe(true);
  const firsts = d.groups.map((g) => [g.fromClasses[0]!, g.toClasses[0]!] as const);
  firsts.forEach(([f, t], k) => {
    if (k > 0) expect(firsts[k - 1]![0] < f || (firsts[k - 1]![0] === f && firsts[k - 1]![1] < t)).toBe(true);
  });
  return { changed, kinds };
}

/** The diff with one table for both sides (computeDiff), and with a table per side (ids then differ for equal sets). */
function bothWays(a: Cluster, b: Cluster): DiffResult[] {
  const boundaries = diffBoundaries(a, b);
  return [computeDiff(a, b), diffReachability(computeReachability(a, { boundaries }), computeReachability(b, { boundaries }))];
}

/** A Deployment `name` in namespace prod, labelled app=<app>. */
const workload = (name: string, app = name): Workload => ({ kind: 'Deployment', namespace: 'prod', name, labels: { app }, ports: [], hostNetwork: false, source: { file: 'w.yaml', line: 1 } });

/** Ingress to app=<to> only from app=<from> on the given TCP ports (none: no rule, so nothing is allowed in). */
function allowIn(to: string, from: string, ports: number[] | null): Policy {
  const rulePorts: PolicyPort[] = (ports ?? []).map((port) => ({ protocol: 'TCP', port }));
  return {
    namespace: 'prod',
    name: `to-${to}`,
    podSelector: { matchLabels: { app: to }, matchExpressions: [] },
    types: { ingress: true, egress: false },
    implicitTypes: false,
    ingress: ports ? [{ direction: 'ingress', peers: [{ kind: 'pods', podSelector: { matchLabels: { app: from }, matchExpressions: [] } }], ports: rulePorts, index: 0, source: { file: 'p.yaml', line: 9 } }] : [],
    egress: [],
    source: { file: 'p.yaml', line: 1 },
  };
}

function cluster(workloads: Workload[], policies: Policy[] = []): Cluster {
  return { namespaces: new Map([['prod', { name: 'prod', labels: { [NAMESPACE_NAME_LABEL]: 'prod' } }]]), workloads, policies, diagnostics: [] };
}

/** `from -> to: kind before => after`, one line per changed pair, sorted. */
function changes(d: DiffResult): string[] {
  const id = (i: number) => d.endpoints[i]!.id;
  return [...changedPairs(d)].map(({ from, to, group: g }) => `${id(from)} -> ${id(to)}: ${g.kind} ${connsKey(g.before)} => ${connsKey(g.after)}`).sort();
}

describe('compareMatrices: the kind of a change (PRODUCT.md part 3)', () => {
  const web = workload('web');
  const db = workload('db');
  it.each([
    ['opened: nothing before', null, [80], 'opened'],
    ['closed: nothing after', [80], null, 'closed'],
    ['widened: before within after', [80], [80, 443], 'widened'],
    ['narrowed: after within before', [80, 443], [443], 'narrowed'],
    ['changed: neither within the other', [80], [443], 'changed'],
  ] as const)('%s', (_what, before, after, kind) => {
    for (const d of bothWays(cluster([web, db], [allowIn('db', 'web', before && [...before])]), cluster([web, db], [allowIn('db', 'web', after && [...after])]))) {
      expect(changes(d).filter((c) => c.startsWith('prod/web[Deployment] -> prod/db'))).toEqual([
        `prod/web[Deployment] -> prod/db[Deployment]: ${kind} ${connsKey(before ? portsOf(before) : NO_CONNS)} => ${connsKey(after ? portsOf(after) : NO_CONNS)}`,
      ]);
      expectPairByPair(d);
    }
  });

  it('an added workload\'s flows are opened, a removed one\'s closed (PRODUCT.md part 3); a pair of one class changes too', () => {
    const [added] = bothWays(cluster([web, db]), cluster([web, db, workload('web2', 'web')]));
    const opened = changes(added!).filter((c) => c.includes('web2'));
    // web2 with its peers db and web (web and web2 share a class) and the external ranges, both ways.
    expect(opened.map((c) => c.replace(/: .*/, ''))).toEqual([
      '0.0.0.0/0 -> prod/web2[Deployment]',
      '::/0 -> prod/web2[Deployment]',
      'prod/db[Deployment] -> prod/web2[Deployment]',
      'prod/web2[Deployment] -> 0.0.0.0/0',
      'prod/web2[Deployment] -> ::/0',
      'prod/web2[Deployment] -> prod/db[Deployment]',
      'prod/web2[Deployment] -> prod/web[Deployment]',
      'prod/web[Deployment] -> prod/web2[Deployment]',
    ]);
    expect(opened.every((c) => c.includes(': opened '))).toBe(true);
    const [removed] = bothWays(cluster([web, db, workload('web2', 'web')]), cluster([web, db]));
    expect(changes(removed!).map((c) => c.replace('closed', 'opened').replace(/ (\S+) => (\S+)$/, ' $2 => $1'))).toEqual(opened);
  });
});

describe('compareMatrices: cells that only the grouping can lose or mix up', () => {
  const selecting = (name: string, labels: Record<string, string>, from: Record<string, string> | null): Policy => ({
    ...allowIn('x', 'x', from ? [] : null),
    name,
    podSelector: { matchLabels: labels, matchExpressions: [] },
    ingress: from ? [{ direction: 'ingress', peers: [{ kind: 'pods', podSelector: { matchLabels: from, matchExpressions: [] } }], ports: [], index: 0, source: { file: `${name}.yaml`, line: 9 } }] : [],
  });

  it('two replicas opened to each other: a group of their one class to itself (A-29 leaves out only an endpoint to itself)', () => {
    const replicas = [workload('web-1', 'web'), workload('web-2', 'web')];
    for (const d of bothWays(cluster(replicas, [allowIn('web', 'web', null)]), cluster(replicas, [allowIn('web', 'web', [])]))) {
      expect(changes(d)).toEqual([
        `prod/web-1[Deployment] -> prod/web-2[Deployment]: opened ${connsKey(NO_CONNS)} => ${connsKey(ALL_CONNS)}`,
        `prod/web-2[Deployment] -> prod/web-1[Deployment]: opened ${connsKey(NO_CONNS)} => ${connsKey(ALL_CONNS)}`,
      ]);
      expect(d.groups.map((g) => [g.fromClasses, g.toClasses])).toEqual([[[0], [0]]]);
      expect(changedPairCount(d)).toBe(2);
      expectPairByPair(d);
    }
  });

  it('an added workload\'s column among differing columns: every changed cell once (rows whose differing columns shrink)', () => {
    // Head: b admits only d, c admits no one. Along the rows of a, b and c both columns b and c
    // differ; along d's only c does, and the added z (a column of no base class) comes after them.
    const ws = ['a', 'b', 'c', 'd'].map((n) => workload(n));
    const head = cluster([...ws, workload('z')], [allowIn('b', 'd', []), allowIn('c', 'c', null)]);
    for (const d of bothWays(cluster(ws), head)) {
      const fromD = changes(d).filter((c) => c.startsWith('prod/d[Deployment] -> '));
      expect(fromD.map((c) => c.replace(/: .*/, ''))).toEqual(['prod/d[Deployment] -> prod/c[Deployment]', 'prod/d[Deployment] -> prod/z[Deployment]']);
      expectPairByPair(d);
    }
  });

  it('groups of one first source are sorted by first target, also when a one-member class\'s own cell was trimmed from one', () => {
    // Head: a-q admits a-q and b-p, b-p admits a-q only. c-b (and the external ranges) lose both
    // (two keys); b-p loses the flow to itself (its own cell, no pair, A-29): its rectangle to
    // b-p, with b-p trimmed from its sources, starts at c-b too, like the one to a-q.
    const [q, p, b] = [workload('a-q'), workload('b-p'), workload('c-b')];
    const qIn: Policy = { ...allowIn('a-q', 'a-q', []), ingress: [{ ...allowIn('a-q', 'a-q', []).ingress[0]!, peers: [podsOf('a-q'), podsOf('b-p')] }] };
    for (const d of bothWays(cluster([q, p, b]), cluster([q, p, b], [qIn, allowIn('b-p', 'a-q', [])]))) {
      const name = (j: number) => d.endpoints[d.jointClasses[j]!.members[0]!]!.id.replace(/^prod\/(\S+)\[.*$/, '$1');
      expect(d.groups.map((g) => `${g.fromClasses.map(name).join(',')} -> ${g.toClasses.map(name).join(',')}`)).toEqual(['c-b,0.0.0.0/0 -> a-q', 'c-b,0.0.0.0/0 -> b-p']);
      expectPairByPair(d);
    }
  });

  it('an L of one key is cut across its heavier side first: the sources (three replicas) here, the targets there', () => {
    // Head admits role=x (r1, r2) to tier=t (c1, c2), and r2 to c2 by a second policy too: the
    // cells r1 -> c1, r1 -> c2, r2 -> c1 have one key (one rule), r2 -> c2 another (two rules).
    const labelled = (name: string, labels: Record<string, string>): Workload => ({ ...workload(name), labels: { app: name.replace(/-\d$/, ''), ...labels } });
    const build = (r1: number, c1: number) => {
      const ws = [
        ...Array.from({ length: c1 }, (_x, i) => labelled(`c1-${i}`, { tier: 't' })),
        labelled('c2', { tier: 't' }),
        ...Array.from({ length: r1 }, (_x, i) => labelled(`r1-${i}`, { role: 'x' })),
        labelled('r2', { role: 'x' }),
      ];
      const isolate = selecting('isolate-t', { tier: 't' }, null);
      const d = computeDiff(cluster(ws, [isolate]), cluster(ws, [isolate, selecting('t-from-x', { tier: 't' }, { role: 'x' }), selecting('c2-from-r2', { app: 'c2' }, { app: 'r2' })]));
      const name = (j: number) => d.endpoints[d.jointClasses[j]!.members[0]!]!.id.replace(/^prod\/(\w+).*$/, '$1');
      expectPairByPair(d);
      return d.groups.map((g) => `${g.fromClasses.map(name).join(',')} -> ${g.toClasses.map(name).join(',')}`).sort();
    };
    expect(build(3, 1)).toEqual(['r1 -> c1,c2', 'r2 -> c1', 'r2 -> c2']);
    expect(build(1, 3)).toEqual(['r1 -> c2', 'r1,r2 -> c1', 'r2 -> c2']);
  });
});

/** A pods peer app=<app>. */
const podsOf = (app: string) => ({ kind: 'pods' as const, podSelector: { matchLabels: { app }, matchExpressions: [] } });

/** TCP on the given ports. */
const portsOf = (ports: readonly number[]): Conns => ports.map((p) => connsOf('TCP', [[p, p]])).reduce(unionConns, NO_CONNS);

// Last: the costly property (a mutant the tables above kill never reaches it).
describe('compareMatrices against the pair-by-pair definition', () => {
  it('agrees on random pairs of small clusters, with a shared table and with one table per side', () => {
    const seen = { shared: 0, apart: 0, kinds: new Set<ChangeKind>() };
    fc.assert(
      fc.property(clusterArbitrary, clusterArbitrary, (a, b) => {
        const [shared, apart] = bothWays(a, b);
        expect(shared!.base.table).toBe(shared!.head.table);
        expect(apart!.base.table).not.toBe(apart!.head.table);
        const s = expectPairByPair(shared!);
        seen.shared += s.changed;
        seen.apart += expectPairByPair(apart!).changed;
        for (const k of s.kinds) seen.kinds.add(k);
      }),
      { numRuns: 30, seed: 18 },
    );
    // What the runs met, so that the property cannot pass by testing nothing ('changed' is the table's below).
    expect(seen.shared).toBeGreaterThan(100);
    expect(seen.apart).toBe(seen.shared);
    expect([...seen.kinds].sort()).toEqual(['closed', 'narrowed', 'opened', 'widened']);
  });

  it('an unchanged cluster has no group, with a table per side too', () => {
    fc.assert(
      fc.property(clusterArbitrary, (a) => {
        for (const d of bothWays(a, a)) expect(d.groups).toEqual([]);
      }),
      { numRuns: 10, seed: 18 },
    );
  });
});

describe('compareMatrices: a row reuses the key of the cell before it only when that key is its own', () => {
  // Two targets that one class holds in head (only tier=t counts there) and two classes in base
  // (each had a policy of its own): along web's row their after and head class are the same and
  // nothing closes, but their befores differ (TCP 80 and nothing), so the second cell must not
  // take the first one's key (its before would be wrong).
  // Along s's row: t1 and t2 widen alike (TCP 80 => everything, nothing closed) but lie in two head
  // classes; t3 and t4 change alike (80 => 443: 80 closed) in one head class, and base allowed them
  // 80 by two policies. What closed is explained by base (PRODUCT.md part 3: allowed-before), so
  // t4 must not take t3's key, whatever the cells before them left behind.
  it('targets of one head class whose closed ports base allowed by different policies keep their own reasons', () => {
    const ws = [workload('a-s'), workload('b-t1'), { ...workload('c-t2'), labels: { app: 'c-t2', role: 'peer' } }, { ...workload('d-t3'), labels: { app: 'd-t3', tier: 'z' } }, { ...workload('e-t4'), labels: { app: 'e-t4', tier: 'z' } }, workload('f-x')];
    const from = (to: string, ports: number[]) => ({ ...allowIn(to, 'a-s', ports), name: `p-${to}` });
    const base = cluster(ws, [from('b-t1', [80]), from('c-t2', [80]), from('d-t3', [80]), from('e-t4', [80])]);
    const toTier: Policy = { ...allowIn('d-t3', 'a-s', [443]), name: 'tier-z', podSelector: { matchLabels: { tier: 'z' }, matchExpressions: [] } };
    const fromPeers: Policy = { ...allowIn('f-x', 'x', []), name: 'x-from-peers', ingress: [{ ...allowIn('f-x', 'x', []).ingress[0]!, peers: [{ kind: 'pods', podSelector: { matchLabels: { role: 'peer' }, matchExpressions: [] } }] }] };
    for (const d of bothWays(base, cluster(ws, [toTier, fromPeers]))) {
      const at = changeIndex(d);
      const s = d.endpoints.find((e) => e.id === 'prod/a-s[Deployment]')!;
      const reasons = (to: string) => {
        const g = at(s.joint, d.endpoints.find((e) => e.id === `prod/${to}[Deployment]`)!.joint)!;
        return [g.kind, g.because.filter((b) => b.side === 'base').map((b) => `${b.role} ${b.policy}`)];
      };
      expect(['b-t1', 'c-t2', 'd-t3', 'e-t4'].map(reasons)).toEqual([
        ['widened', []],
        ['widened', []],
        ['changed', ['allowed-before prod/p-d-t3']],
        ['changed', ['allowed-before prod/p-e-t4']],
      ]);
      expectPairByPair(d);
    }
  });

  it('targets of one head class with different befores keep their own before', () => {
    const web = workload('web');
    const x: Workload = { ...workload('x'), labels: { app: 'x', tier: 't' } };
    const y: Workload = { ...workload('y'), labels: { app: 'y', tier: 't' } };
    const toTier: Policy = { ...allowIn('x', 'web', [80, 443]), name: 'to-tier', podSelector: { matchLabels: { tier: 't' }, matchExpressions: [] } };
    for (const d of bothWays(cluster([web, x, y], [allowIn('x', 'web', [80]), allowIn('y', 'web', null)]), cluster([web, x, y], [toTier]))) {
      const web2 = changes(d).filter((c) => c.startsWith('prod/web[Deployment] -> prod/'));
      expect(web2).toEqual([
        `prod/web[Deployment] -> prod/x[Deployment]: widened ${connsKey(portsOf([80]))} => ${connsKey(portsOf([80, 443]))}`,
        `prod/web[Deployment] -> prod/y[Deployment]: opened ${connsKey(NO_CONNS)} => ${connsKey(portsOf([80, 443]))}`,
      ]);
      expectPairByPair(d);
    }
  });
});
