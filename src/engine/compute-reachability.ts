import type { Conns } from '../model/conns';
import { ConnsTable } from '../model/conns-table';
import { policyId, type Cluster, type IpRange } from '../model/types';
import { ClassMatrix } from './class-matrix';
import { classify, type Classification, type EndpointClass } from './classify';
import { ConnsOps } from './conns-ops';
import { buildPolicyIndex, type IndexedRule, type PolicyIndex } from './policy-index';
import { resolvePorts } from './resolve-ports';
import { evaluateTiers, tierSide, TierScratch, type TierContext, type TierOutcome, type TierSide } from './tier-verdicts';
import { compareTiered } from '../model/tiers';

export interface ReachabilityOptions {
  /** Extra cuts of the address space (the other side of a diff, rule CIDRs). */
  boundaries?: readonly IpRange[];
  /** A table to intern into, shared by the two states of a diff so that equal sets have equal ids. */
  table?: ConnsTable;
  /** A-22 (option): the cluster's pod address ranges; ipBlocks that hold them all match pods too. */
  podCidrs?: readonly IpRange[];
}

/**
 * The reachability of one cluster state, computed per class of endpoints. `classConns(a, b)`
 * is the exact set of connections class `a` may open to class `b`.
 */
export interface Reachability {
  cluster: Cluster;
  index: PolicyIndex;
  classification: Classification;
  table: ConnsTable;
  /** The class × class matrix of interned ids behind classConnsId. */
  matrix: ClassMatrix;
  classConnsId(from: number, to: number): number;
  classConns(from: number, to: number): Conns;
}

/** Rows of destinations whose ingress columns are computed together (a block of n × 256 ids). */
const BLOCK = 256;

/**
 * The rules of the policies that isolate a class in one direction (A-10), or null when none does.
 * A-32: an external class is no policy's subject, so it has no side of its own.
 */
function sideRules(c: EndpointClass, index: PolicyIndex, dir: 'ingress' | 'egress'): IndexedRule[] | null {
  if (!c.subjectOf.some((p) => p.types[dir])) return null;
  // C-6, C-7: once any policy isolates the class, the allows of every selecting policy count,
  // a Cilium rule's with `enableDefaultDeny: false` too (a v1 policy has rules only in its types, A-3f).
  const rules: IndexedRule[] = [];
  for (const p of c.subjectOf) for (const r of index[dir].get(p)!) rules.push(r);
  return rules;
}

/** What the memos need of a rule, v1 or tiered. */
type RuleRef = Pick<IndexedRule, 'peerIds' | 'ports' | 'named' | 'serial'>;

/** What the two steps share: the classes, the matrix being filled and the memoised rule lookups. */
interface MatrixContext {
  n: number;
  classes: readonly EndpointClass[];
  ops: ConnsOps;
  matrix: ClassMatrix;
  /** The classes a rule's peers match, null for every class (A-16). */
  targets: (r: RuleRef) => Int32Array | null;
  /** The interned ports a rule allows at a destination class (A-26: names resolve there). */
  portsAt: (r: RuleRef, dst: EndpointClass) => number;
  blocks: number;
  /** Rows of sources that no egress policy isolates (dense); the others are sparse. */
  dense: Uint8Array;
  /** For a sparse row, which blocks of it hold something (step 2 skips the rest). */
  hit: Uint8Array;
  /** Reused state of the tier walks (T-3). */
  scratch: TierScratch;
  /** Tier outcomes shared by classes with the same tiered policies (and, for ingress, named ports). */
  tierMemo: Map<string, TierOutcome>;
}

/** The classes each rule's peers match, memoised by rule (null: every class, A-16). */
function ruleTargets(index: PolicyIndex, classes: readonly EndpointClass[]): MatrixContext['targets'] {
  const peerMembers: number[][] = index.peers.map(() => []);
  for (const c of classes) for (const id of c.peers) peerMembers[id]!.push(c.index);
  const targetMemo: Int32Array[] = [];
  // A class that several peers of a rule match is listed once.
  return (r) => (r.peerIds === null ? null : (targetMemo[r.serial] ??= Int32Array.from(new Set(r.peerIds.flatMap((id) => peerMembers[id]!)))));
}

/**
 * Ports of a rule at a destination class, memoised by (rule, destination's named-port signature):
 * one id for a rule without named ports, one per signature (external = 0) for the others.
 */
function rulePorts(table: ConnsTable): MatrixContext['portsAt'] {
  const portMemo: (number | undefined)[][] = [];
  return (r, dst) => {
    const memo = (portMemo[r.serial] ??= []);
    // A-26: an external class has no container ports (and signature -1): a name matches nothing there.
    // Stryker disable next-line ArithmeticOperator: a rule's slots are all named or all slot 0, and `- 1` maps signatures one to one too
    return (memo[r.named ? dst.portSignature + 1 : 0] ??= table.intern(resolvePorts(r.ports, dst.ports)));
  };
}

/**
 * Step 1: each row starts as the source's egress verdict (A-12): all for a source that no egress
 * policy isolates, else the union over its egress rules of the rule's ports at every class its
 * peers match (A-11, A-15), with named ports resolved at the destination (A-26).
 */
function fillEgress(ctx: MatrixContext, egress: readonly (IndexedRule[] | null)[], tiers: readonly (TierSide | null)[]): void {
  const { n, classes, matrix } = ctx;
  const ALL = ctx.ops.all;
  // classify puts the external classes after the workload classes (and the address space makes
  // at least one): an external source's row is all up to the first of them.
  const firstExternal = classes.findIndex((c) => c.external);
  for (let s = 0; s < n; s++) {
    const row = s * n;
    const rules = egress[s];
    if (rules) for (const r of rules) unionEgressRule(ctx, s, r);
    const side = tiers[s];
    if (side) fillTierEgress(ctx, s, side, rules !== null);
    if (rules) continue;
    // A-12: a source that no egress policy isolates may open anything; A-32: externals do not
    // talk to externals here.
    ctx.dense[s] = 1;
    if (side) continue;
    matrix.setAt(row, ALL); // widens the storage first if ALL's id needs it
    matrix.data.fill(ALL, row, row + (classes[s]!.external ? firstExternal : n));
  }
}

/**
 * T-2 … T-6: row `s` of a source that tiered policies select for egress: the NetworkPolicy verdict
 * (the rules just unioned into the row, or all when none isolates) decided through the tiers at
 * every destination a tiered rule matches. Named ports resolve at the destination (A-26).
 */
function fillTierEgress(ctx: MatrixContext, s: number, side: TierSide, isolated: boolean): void {
  const { n, matrix, classes, blocks, hit } = ctx;
  const row = s * n;
  if (!isolated) {
    ctx.dense[s] = 1;
    matrix.setAt(row, ctx.ops.all);
    matrix.data.fill(ctx.ops.all, row, row + n);
  }
  const tc: TierContext = { n, ops: ctx.ops, targets: ctx.targets, ports: (r, d) => ctx.portsAt(r, classes[d]!) };
  evaluateTiers(
    tc,
    side,
    isolated,
    (d) => matrix.data[row + d]!,
    (d, v) => {
      matrix.setAt(row + d, v);
      hit[s * blocks + ((d / BLOCK) | 0)] = 1;
    },
    ctx.scratch,
    // Stryker disable next-line StringLiteral: tierKey tells ingress by `dir === 'ingress'`; an egress key without its word still starts apart from every `ingress|` key
    { map: ctx.tierMemo, key: tierKey(classes[s]!, 'egress') },
  );
}

/** Adds what one egress rule of source class `s` allows to row `s`, marking the blocks it hits. */
function unionEgressRule(ctx: MatrixContext, s: number, r: IndexedRule): void {
  const { n, classes, matrix, ops, blocks, hit } = ctx;
  const row = s * n;
  const t = ctx.targets(r);
  // A-26: named ports resolve at the destination d.
  if (t === null) {
    for (let d = 0; d < n; d++) matrix.setAt(row + d, ops.union(matrix.data[row + d]!, ctx.portsAt(r, classes[d]!)));
    hit.fill(1, s * blocks, (s + 1) * blocks);
    return;
  }
  for (const d of t) {
    const v = ops.union(matrix.data[row + d]!, ctx.portsAt(r, classes[d]!));
    // ClassMatrix: a cell that allows nothing is not written, so a page of nothing stays untouched.
    if (v !== 0) {
      matrix.setAt(row + d, v);
      hit[s * blocks + ((d / BLOCK) | 0)] = 1;
    }
  }
}

/**
 * Step 2: a block of destinations at a time, each ingress-isolated destination's column is
 * intersected with its ingress verdict, built the same way from the rules that select it. The
 * block is transposed ([source][column]) so that each row's part is contiguous; only cells
 * written are reset afterwards.
 */
function applyIngress(ctx: MatrixContext, ingress: readonly (IndexedRule[] | null)[], tiers: readonly (TierSide | null)[]): void {
  const { n, ops } = ctx;
  const block = new Int32Array(n * BLOCK);
  // Stryker disable next-line ArrayDeclaration: resetting a non-index property of the block changes no cell
  const touched: number[] = [];
  // Cells written are listed once, when they first leave 0, to be reset after the block.
  const put = (i: number, p: number) => {
    const old = block[i]!;
    if (old !== 0) {
      block[i] = ops.union(old, p);
      return;
    }
    touched.push(i);
    block[i] = p;
  };
  for (let b = 0; b < ctx.blocks; b++) {
    const d0 = b * BLOCK;
    const cols: number[] = [];
    for (let d = d0; d < Math.min(n, d0 + BLOCK); d++) if (ingress[d]) cols.push(d);
    for (const d of cols) {
      const k = d - d0;
      for (const r of ingress[d]!) {
        const p = ctx.portsAt(r, ctx.classes[d]!);
        const t = ctx.targets(r);
        if (t === null) for (let s = 0; s < n; s++) put(s * BLOCK + k, p);
        else for (const s of t) put(s * BLOCK + k, p);
      }
      // T-2 … T-6: the destination's NetworkPolicy verdict, decided through the tiers.
      const side = tiers[d];
      if (side) {
        evaluateTiers(tierContext(ctx, d), side, true, (s) => block[s * BLOCK + k]!, (s, v) => {
          const i = s * BLOCK + k;
          touched.push(i);
          block[i] = v;
        }, ctx.scratch, { map: ctx.tierMemo, key: tierKey(ctx.classes[d]!, 'ingress') });
      }
    }
    intersectBlock(ctx, b, cols, block);
    for (const i of touched) block[i] = 0;
    touched.length = 0;
  }
}

/**
 * What a class's tier outcome depends on: the tiered policies that select it and, for ingress,
 * how names resolve at it (A-26: named ports resolve at the destination, here the subject).
 */
function tierKey(c: EndpointClass, dir: 'ingress' | 'egress'): string {
  // C-9: the Cilium policies whose deny rules apply to the class take part too.
  const deny = c.subjectOf.filter((p) => p.cilium && p.cilium[dir === 'ingress' ? 'denyIngress' : 'denyEgress'].length > 0);
  const denyKey = deny.length ? `|${deny.map((p) => `${policyId(p)}#${p.cilium!.spec}`).join(',')}` : '';
  return `${dir}|${c.tierSubjectOf.map((p) => p.name + p.kind).join(',')}${denyKey}${dir === 'ingress' ? `|${c.portSignature}` : ''}`;
}

/** The tier walk's view of destination `d`'s ingress: named ports resolve at `d` itself (A-26). */
function tierContext(ctx: MatrixContext, d: number): TierContext {
  const dst = ctx.classes[d]!;
  return { n: ctx.n, ops: ctx.ops, targets: ctx.targets, ports: (r) => ctx.portsAt(r, dst) };
}

/**
 * T-2 … T-6: the ingress of a destination that tiered policies select and no NetworkPolicy
 * isolates: its verdict is all except where a tiered rule decides, so only those cells change.
 */
function applyTierIngress(ctx: MatrixContext, tiers: readonly (TierSide | null)[], ingress: readonly (IndexedRule[] | null)[]): void {
  const { n, matrix, ops } = ctx;
  for (let d = 0; d < n; d++) {
    const side = tiers[d];
    if (!side || ingress[d]) continue;
    evaluateTiers(tierContext(ctx, d), side, false, () => ops.all, (s, v) => {
      const i = s * n + d;
      const e = matrix.data[i]!;
      if (e !== 0) matrix.setAt(i, ops.intersect(e, v));
    }, ctx.scratch, { map: ctx.tierMemo, key: tierKey(ctx.classes[d]!, 'ingress') });
  }
}

/** Intersects the cells of block `b`'s ingress-isolated columns with the verdicts in `block`. */
function intersectBlock(ctx: MatrixContext, b: number, cols: readonly number[], block: Int32Array): void {
  const { n, matrix, ops, dense, hit, blocks } = ctx;
  const d0 = b * BLOCK;
  for (let s = 0; s < n; s++) {
    if (!dense[s] && !hit[s * blocks + b]) continue;
    const row = s * n;
    const base = s * BLOCK - d0;
    for (const d of cols) {
      const e = matrix.data[row + d]!;
      // ClassMatrix: a cell that allows nothing is not written (its page may never be touched).
      if (e !== 0) matrix.setAt(row + d, ops.intersect(e, block[base + d]!));
    }
  }
}

/**
 * Computes the class × class matrix row by row. Work grows with the classes and with the classes
 * each rule matches, never with workload pairs: step 1 (fillEgress) writes each source's egress
 * verdict, step 2 (applyIngress) intersects each destination's column with its ingress verdict.
 */
export function computeReachability(cluster: Cluster, options: ReachabilityOptions = {}): Reachability {
  const index = buildPolicyIndex(cluster.policies, [...(cluster.tieredPolicies ?? [])].sort(compareTiered));
  const classification = classify(cluster, index, options.boundaries ?? [], options.podCidrs ?? []);
  const { classes } = classification;
  const n = classes.length;
  const table = options.table ?? new ConnsTable();
  const matrix = new ClassMatrix(n);
  // Stryker disable next-line ArithmeticOperator: more blocks than needed are past the last class: they hold no column and no hit
  const blocks = Math.ceil(n / BLOCK);
  const ctx: MatrixContext = {
    n,
    classes,
    ops: new ConnsOps(table),
    matrix,
    targets: ruleTargets(index, classes),
    portsAt: rulePorts(table),
    blocks,
    dense: new Uint8Array(n),
    hit: new Uint8Array(n * blocks),
    scratch: new TierScratch(n),
    tierMemo: new Map(),
  };
  // C-10: Cilium denies are decided in the tier walk, between the Admin tier and the allows.
  // Stryker disable next-line StringLiteral: tierSide tells the directions apart by `dir === 'ingress'`, so any other word is egress
  const tierEgress = classes.map((c) => tierSide(c, index, 'egress'));
  const tierIngress = classes.map((c) => tierSide(c, index, 'ingress'));
  const ingress = classes.map((c) => sideRules(c, index, 'ingress'));
  fillEgress(ctx, classes.map((c) => sideRules(c, index, 'egress')), tierEgress);
  // T-6: both ends decide: the column of a destination is intersected with its own verdict.
  applyIngress(ctx, ingress, tierIngress);
  applyTierIngress(ctx, tierIngress, ingress);
  return {
    cluster,
    index,
    classification,
    table,
    matrix,
    classConnsId: (a, b) => matrix.data[a * n + b]!,
    classConns: (a, b) => table.get(matrix.data[a * n + b]!),
  };
}
