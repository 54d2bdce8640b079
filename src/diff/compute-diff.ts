import { computeReachability, type Reachability } from '../engine/compute-reachability';
import { explainPair, type SideExplanation } from '../engine/explain';
import { mergeExternals } from '../engine/merge-externals';
import { connsEqual, connsSubset, ConnsTable, isEmptyConns, NO_CONNS, subtractConns, unionConns, type Conns } from '../model/port-set';
import { policyId, workloadId, type Cluster, type Diagnostic, type Direction, type IpRange, type Workload, type WorkloadKind } from '../model/types';

export type Presence = 'both' | 'added' | 'removed';

/** An endpoint of either side: workloads match across sides by namespace, kind and name. */
export type DiffEndpoint = {
  id: string;
  /** Class in the base and head states; -1 where the endpoint does not exist. */
  base: number;
  head: number;
  /** Index of its joint class (same base class and same head class). */
  joint: number;
} & (
  | { kind: WorkloadKind; namespace: string; name: string; presence: Presence; hostNetwork: boolean; workload: Workload }
  | { kind: 'External'; cidrs: string[]; range: IpRange; presence: 'both' }
);

export type ChangeKind = 'opened' | 'closed' | 'widened' | 'narrowed' | 'changed';

/** One policy behind a change, with the line a reviewer should look at. */
export interface Because {
  policy: string;
  file: string;
  line: number;
  side: 'base' | 'head';
  direction: Direction;
  /** allows: a rule of it allows the opened ports now; isolates: it selects the endpoint and no
   * rule allows the closed ports; allowed-before: a rule of it allowed the closed ports in base. */
  role: 'allows' | 'isolates' | 'allowed-before';
}

/** The change of a pair of joint classes: every endpoint pair of the two classes changes alike. */
export interface ChangeGroup {
  fromClass: number;
  toClass: number;
  before: Conns;
  after: Conns;
  opened: Conns;
  closed: Conns;
  kind: ChangeKind;
  because: Because[];
}

export interface Change {
  from: number;
  to: number;
  group: ChangeGroup;
}

export interface DiffResult {
  endpoints: DiffEndpoint[];
  /** Joint classes: their base and head classes and member endpoints. */
  jointClasses: { base: number; head: number; members: number[] }[];
  groups: ChangeGroup[];
  /** Every changed ordered pair of endpoints, sorted by source then destination. */
  changes: Change[];
  base: Reachability;
  head: Reachability;
  diagnostics: Diagnostic[];
}

export interface DiffOptions {
  /** Extra cuts of the address space, e.g. the CIDRs that rules name. */
  boundaries?: readonly IpRange[];
  /** A-22 (option): pod address ranges, so that ipBlocks that hold them match pods too. */
  podCidrs?: readonly IpRange[];
}

function ipBoundaries(c: Cluster): IpRange[] {
  const out: IpRange[] = [];
  for (const p of c.policies) for (const r of [...p.ingress, ...p.egress]) for (const peer of r.peers) if (peer.kind === 'ipBlock') out.push(...peer.ranges);
  return out;
}

function changeKind(before: Conns, after: Conns): ChangeKind {
  if (isEmptyConns(before)) return 'opened';
  if (isEmptyConns(after)) return 'closed';
  if (connsSubset(before, after)) return 'widened';
  if (connsSubset(after, before)) return 'narrowed';
  return 'changed';
}

function becauseOf(side: SideExplanation | null, which: 'base' | 'head', role: 'allows' | 'allowed-before'): Because[] {
  if (!side) return [];
  return side.allowedBy.map(({ policy, rule }) => ({ policy: policyId(policy), file: rule.source.file, line: rule.source.line, side: which, direction: side.direction, role }));
}

function isolators(side: SideExplanation | null, closed: Conns): Because[] {
  if (!side || !side.isolatedBy.length) return [];
  const allowed = side.allowedBy.reduce((acc, a) => unionConns(acc, a.conns), NO_CONNS);
  if (connsSubset(closed, allowed)) return [];
  return side.isolatedBy.map((p) => ({ policy: policyId(p), file: p.source.file, line: p.source.line, side: 'head' as const, direction: side.direction, role: 'isolates' as const }));
}

function explainGroup(g: ChangeGroup, base: Reachability, head: Reachability, baseFrom: number, baseTo: number, headFrom: number, headTo: number): Because[] {
  const out: Because[] = [];
  // What is allowed now (opened, widened, or what a narrowed flow keeps), and by which rules.
  if (!isEmptyConns(g.after) && headFrom >= 0 && headTo >= 0) {
    const e = explainPair(head, headFrom, headTo, g.after);
    out.push(...becauseOf(e.egress, 'head', 'allows'), ...becauseOf(e.ingress, 'head', 'allows'));
  }
  if (!isEmptyConns(g.closed)) {
    if (headFrom >= 0 && headTo >= 0) {
      const e = explainPair(head, headFrom, headTo, g.closed);
      out.push(...isolators(e.egress, g.closed), ...isolators(e.ingress, g.closed));
    }
    if (baseFrom >= 0 && baseTo >= 0) {
      const e = explainPair(base, baseFrom, baseTo, g.closed);
      out.push(...becauseOf(e.egress, 'base', 'allowed-before'), ...becauseOf(e.ingress, 'base', 'allowed-before'));
    }
  }
  const seen = new Set<string>();
  return out.filter((b) => {
    const k = `${b.side}|${b.role}|${b.direction}|${b.policy}|${b.file}|${b.line}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Compares two states. Both are cut at the address boundaries of both (and of `boundaries`), so
 * external ranges compare exactly; unchanged inputs give no change whatever their order.
 */
export function computeDiff(baseCluster: Cluster, headCluster: Cluster, options: DiffOptions = {}): DiffResult {
  const boundaries = diffBoundaries(baseCluster, headCluster, options);
  // One table for both states: equal sets get equal ids, so pairs compare as numbers.
  const table = new ConnsTable();
  const podCidrs = options.podCidrs ?? [];
  const base = computeReachability(baseCluster, { boundaries, table, podCidrs });
  const head = computeReachability(headCluster, { boundaries, table, podCidrs });
  return diffReachability(base, head, options.boundaries);
}

/** The address cuts both states of a diff share: every ipBlock of either side, plus `options.boundaries`. */
export function diffBoundaries(baseCluster: Cluster, headCluster: Cluster, options: DiffOptions = {}): IpRange[] {
  return [...ipBoundaries(baseCluster), ...ipBoundaries(headCluster), ...(options.boundaries ?? [])];
}

/**
 * The diff of two reachabilities computed with the same `diffBoundaries` (computeDiff without the
 * engine, so that callers can time or reuse the stages).
 */
export function diffReachability(base: Reachability, head: Reachability, keepCuts: readonly IpRange[] = []): DiffResult {
  const baseCluster = base.cluster;
  const headCluster = head.cluster;

  const byId = new Map<string, { w: Workload; base: number; head: number }>();
  baseCluster.workloads.forEach((w, i) => byId.set(workloadId(w), { w, base: base.classification.workloadClass[i]!, head: -1 }));
  headCluster.workloads.forEach((w, i) => {
    const id = workloadId(w);
    const e = byId.get(id);
    const cls = head.classification.workloadClass[i]!;
    if (e) {
      e.head = cls;
      e.w = w;
    } else byId.set(id, { w, base: -1, head: cls });
  });

  const jointByKey = new Map<string, number>();
  const jointClasses: DiffResult['jointClasses'] = [];
  const joint = (b: number, h: number, member: number) => {
    const k = `${b}:${h}`;
    let j = jointByKey.get(k);
    if (j === undefined) {
      j = jointClasses.length;
      jointByKey.set(k, j);
      jointClasses.push({ base: b, head: h, members: [] });
    }
    jointClasses[j]!.members.push(member);
    return j;
  };

  const endpoints: DiffEndpoint[] = [];
  for (const id of [...byId.keys()].sort()) {
    const { w, base: b, head: h } = byId.get(id)!;
    const presence: Presence = b < 0 ? 'added' : h < 0 ? 'removed' : 'both';
    endpoints.push({ id, kind: w.kind, namespace: w.namespace, name: w.name, presence, hostNetwork: w.hostNetwork, workload: w, base: b, head: h, joint: joint(b, h, endpoints.length) });
  }
  const bi = base.classification.intervalClass;
  const hi = head.classification.intervalClass;
  // Touching ranges that both states treat alike are one endpoint, except across `keepCuts` (the
  // CIDRs rules name): an endpoint is then wholly inside or outside each rule's CIDR.
  const segment = cutSegments(base.classification.intervals, keepCuts);
  for (const e of mergeExternals(base.classification.intervals, (i) => `${bi[i]}:${hi[i]}:${segment[i]}`)) {
    const b = bi[e.parts[0]!]!;
    const h = hi[e.parts[0]!]!;
    endpoints.push({ id: e.id, kind: 'External', cidrs: e.cidrs, range: e.range, presence: 'both', base: b, head: h, joint: joint(b, h, endpoints.length) });
  }

  const groups: ChangeGroup[] = [];
  const J = jointClasses.length;
  const jb = Int32Array.from(jointClasses, (j) => j.base);
  const jh = Int32Array.from(jointClasses, (j) => j.head);
  const ext = Uint8Array.from(jointClasses, (j) => (endpoints[j.members[0]!]!.kind === 'External' ? 1 : 0));
  const shared = base.table === head.table;
  const bd = base.matrix.data;
  const hd = head.matrix.data;
  const bn = base.matrix.n;
  const hn = head.matrix.n;
  // Joint classes present on both sides (most of them), by their base and head columns; the
  // rest (added or removed workloads) are compared one by one.
  const both: number[] = [];
  const partial: number[] = [];
  for (let t = 0; t < J; t++) (jb[t]! >= 0 && jh[t]! >= 0 ? both : partial).push(t);
  const bothT = Int32Array.from(both);
  const bCol = Int32Array.from(both, (t) => jb[t]!);
  const hCol = Int32Array.from(both, (t) => jh[t]!);
  const cell = (f: number, t: number): [number, number] => [jb[f]! >= 0 && jb[t]! >= 0 ? bd[jb[f]! * bn + jb[t]!]! : 0, jh[f]! >= 0 && jh[t]! >= 0 ? hd[jh[f]! * hn + jh[t]!]! : 0];
  const consider = (f: number, t: number, b: number, h: number) => {
    if (ext[f] && ext[t]) return;
    // a class with one member only pairs with itself, which is not a flow.
    if (f === t && jointClasses[f]!.members.length < 2) return;
    if (shared ? b === h : connsEqual(base.table.get(b), head.table.get(h))) return;
    const before = base.table.get(b);
    const after = head.table.get(h);
    const g: ChangeGroup = { fromClass: f, toClass: t, before, after, opened: subtractConns(after, before), closed: subtractConns(before, after), kind: changeKind(before, after), because: [] };
    g.because = explainGroup(g, base, head, jb[f]!, jb[t]!, jh[f]!, jh[t]!);
    groups.push(g);
  };
  const differing: number[] = [];
  for (let f = 0; f < J; f++) {
    if (jb[f]! >= 0 && jh[f]! >= 0 && shared) {
      // The hot loop: equal ids mean equal sets, so only differing cells go further.
      const br = jb[f]! * bn;
      const hr = jh[f]! * hn;
      differing.length = 0;
      for (let k = 0; k < bothT.length; k++) if (bd[br + bCol[k]!] !== hd[hr + hCol[k]!]) differing.push(bothT[k]!);
      // Merged with the partial columns, in column order.
      let i = 0;
      let j = 0;
      while (i < differing.length || j < partial.length) {
        const t = j >= partial.length || (i < differing.length && differing[i]! < partial[j]!) ? differing[i++]! : partial[j++]!;
        const [b, h] = cell(f, t);
        consider(f, t, b, h);
      }
    } else {
      for (let t = 0; t < J; t++) {
        const [b, h] = cell(f, t);
        consider(f, t, b, h);
      }
    }
  }

  const changes: Change[] = [];
  for (const g of groups) {
    for (const i of jointClasses[g.fromClass]!.members) {
      for (const j of jointClasses[g.toClass]!.members) if (i !== j) changes.push({ from: i, to: j, group: g });
    }
  }
  changes.sort((a, b) => a.from - b.from || a.to - b.to);
  const diagnostics = [
    ...baseCluster.diagnostics.map((d) => ({ ...d, side: 'base' as const })),
    ...headCluster.diagnostics.map((d) => ({ ...d, side: 'head' as const })),
  ];
  return { endpoints, jointClasses, groups, changes, base, head, diagnostics };
}

/** For each sorted interval, how many of the cut points (starts and ends of `cuts`) lie at or below its start. */
function cutSegments(intervals: readonly IpRange[], cuts: readonly IpRange[]): Int32Array {
  const points = new Set<string>();
  for (const c of cuts) {
    points.add(`${c.family}:${c.lo}`);
    points.add(`${c.family}:${c.hi + 1n}`);
  }
  const out = new Int32Array(intervals.length);
  let seg = 0;
  intervals.forEach((r, i) => {
    if (points.has(`${r.family}:${r.lo}`)) seg++;
    out[i] = seg;
  });
  return out;
}
