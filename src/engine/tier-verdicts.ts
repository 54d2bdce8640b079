import type { Direction } from '../model/types';
import type { EndpointClass } from './classify';
import type { ConnsOps } from './conns-ops';
import type { IndexedRule, IndexedTierRule, PolicyIndex } from './policy-index';

/** The tiered rules that apply to one class in one direction, in evaluation order (T-2, T-3). */
export interface TierSide {
  admin: IndexedTierRule[];
  /** C-9, C-10: the Cilium deny rules of the NetworkPolicy tier, which win over its allows. */
  deny: IndexedRule[];
  baseline: IndexedTierRule[];
}

/** T-7: the tiered rules of the policies whose subject holds the class, and its Cilium denies (C-9); null when there are none. */
export function tierSide(c: EndpointClass, index: PolicyIndex, dir: Direction): TierSide | null {
  if (c.external) return null;
  const side: TierSide = { admin: [], deny: [], baseline: [] };
  const denyOf = dir === 'ingress' ? index.denyIngress : index.denyEgress;
  // Stryker disable next-line ConditionalExpression: a shortcut: without any deny rule every Cilium policy's deny lists are empty
  if (index.hasDeny) for (const p of c.subjectOf) if (p.cilium) for (const r of denyOf.get(p)!) side.deny.push(r);
  const rulesOf = dir === 'ingress' ? index.tierIngress : index.tierEgress;
  // tierSubjectOf is in index.tiered order: Admin before Baseline, then priority (T-2, T-3).
  for (const p of c.tierSubjectOf) for (const r of rulesOf.get(p)!) (p.tier === 'Admin' ? side.admin : side.baseline).push(r);
  return side.admin.length || side.baseline.length || side.deny.length ? side : null;
}

/** What the walks need of a rule, tiered or Cilium deny. */
type WalkRule = Pick<IndexedTierRule, 'peerIds' | 'ports' | 'named' | 'serial'>;

/** What the tier walk needs from the engine: set operations and the memoised rule lookups. */
export interface TierContext {
  n: number;
  ops: ConnsOps;
  /** The classes a rule's peers match; null: every class (T-10). */
  targets: (r: WalkRule) => Int32Array | null;
  /** The interned ports a rule matches between the subject and a peer class (A-26: named ports resolve at the destination). */
  ports: (r: WalkRule, peer: number) => number;
}

/** Per-peer state of one walk, reused from subject to subject (epoch marks instead of clearing). */
export class TierScratch {
  readonly rem: Int32Array;
  readonly acc: Int32Array;
  readonly pass: Int32Array;
  private readonly mark: Int32Array;
  private epoch = 0;
  // Stryker disable next-line ArrayDeclaration: begin() empties it before any use
  readonly touched: number[] = [];

  constructor(n: number) {
    this.rem = new Int32Array(n);
    this.acc = new Int32Array(n);
    this.pass = new Int32Array(n);
    this.mark = new Int32Array(n);
  }

  begin(): void {
    // Stryker disable next-line UpdateOperator: any run of distinct epochs other than 0 (the marks' start) will do
    this.epoch++;
    this.touched.length = 0;
  }

  /** Starts a peer's state on first use: nothing decided, everything still open. */
  touch(p: number, all: number): void {
    if (this.mark[p] === this.epoch) return;
    this.mark[p] = this.epoch;
    this.rem[p] = all;
    this.acc[p] = 0;
    this.pass[p] = 0;
    this.touched.push(p);
  }
}

/**
 * T-3, T-4: walks a tier's rules in order. At each peer class, a rule takes the part of what is
 * still open that its ports match: Accept allows it, Deny drops it, Pass hands it to the next
 * tier; either way later rules of the tier do not see it.
 */
function walkTier(ctx: TierContext, rules: readonly IndexedTierRule[], s: TierScratch): void {
  const { ops, n } = ctx;
  const apply = (r: IndexedTierRule, p: number) => {
    s.touch(p, ops.all);
    const m = ops.intersect(ctx.ports(r, p), s.rem[p]!);
    // Stryker disable next-line ConditionalExpression: a shortcut: subtracting or adding the empty set changes nothing
    if (m === 0) return;
    s.rem[p] = ops.subtract(s.rem[p]!, m);
    if (r.action === 'Accept') s.acc[p] = ops.union(s.acc[p]!, m);
    else if (r.action === 'Pass') s.pass[p] = ops.union(s.pass[p]!, m);
  };
  for (const r of rules) {
    const t = ctx.targets(r);
    if (t === null) for (let p = 0; p < n; p++) apply(r, p);
    else for (const p of t) apply(r, p);
  }
}

/**
 * What the tiers decide for one tier side, whatever the NetworkPolicy verdict: the peers the Admin
 * rules touch, what they accept there and what they hand on (passed or left); and, for a subject
 * no NetworkPolicy isolates, the final verdict after the Baseline tier at every peer it touches.
 * Classes with the same tiered policies share it (T-7: the rules depend on the subject only
 * through which policies select it, and through named ports at an ingress subject).
 */
export interface TierOutcome {
  peers: Int32Array;
  accepted: Int32Array;
  next: Int32Array;
  /** Lazily: the peers and verdicts when no NetworkPolicy isolates the subject. */
  open: { peers: Int32Array; verdicts: Int32Array } | null;
}

/**
 * C-9, C-10: the Cilium deny rules take what they match of what the Admin tier passed or left
 * (a Pass hands over to the NetworkPolicy tier, whose denies come first); it is dropped for good.
 */
function walkDeny(ctx: TierContext, rules: readonly IndexedRule[], s: TierScratch): void {
  const { ops, n } = ctx;
  const apply = (r: IndexedRule, p: number) => {
    s.touch(p, ops.all);
    const m = ctx.ports(r, p);
    // Stryker disable next-line ConditionalExpression: a shortcut: subtracting the empty set changes nothing
    if (m === 0) return;
    s.rem[p] = ops.subtract(s.rem[p]!, m);
    s.pass[p] = ops.subtract(s.pass[p]!, m);
  };
  for (const r of rules) {
    const t = ctx.targets(r);
    if (t === null) for (let p = 0; p < n; p++) apply(r, p);
    else for (const p of t) apply(r, p);
  }
}

function adminOutcome(ctx: TierContext, side: TierSide, s: TierScratch): TierOutcome {
  const { ops } = ctx;
  s.begin();
  walkTier(ctx, side.admin, s);
  walkDeny(ctx, side.deny, s);
  const n = s.touched.length;
  const out: TierOutcome = { peers: Int32Array.from(s.touched), accepted: new Int32Array(n), next: new Int32Array(n), open: null };
  s.touched.forEach((p, i) => {
    out.accepted[i] = s.acc[p]!;
    out.next[i] = ops.union(s.rem[p]!, s.pass[p]!);
  });
  return out;
}

function openOutcome(ctx: TierContext, side: TierSide, o: TierOutcome, s: TierScratch): NonNullable<TierOutcome['open']> {
  const { ops } = ctx;
  s.begin();
  o.peers.forEach((p, i) => {
    s.touch(p, ops.all);
    s.rem[p] = o.next[i]!;
    s.acc[p] = o.accepted[i]!;
  });
  walkTier(ctx, side.baseline, s);
  // T-4: a Baseline Pass hands over to the default, which allows; so does what no rule matched.
  const peers = Int32Array.from(s.touched);
  const verdicts = Int32Array.from(peers, (p) => ops.union(s.acc[p]!, ops.union(s.rem[p]!, s.pass[p]!)));
  return { peers, verdicts };
}

/**
 * The verdict of one subject class in one direction at every peer class a tiered rule matches
 * (T-2 … T-5); every other peer keeps the NetworkPolicy verdict `np(peer)`, which the caller
 * already holds. `isolated`: a v1 NetworkPolicy isolates the subject in this direction, so its
 * verdict is final for what the Admin tier leaves or passes, and the Baseline tier is not
 * consulted (T-5). Otherwise what is left goes to the Baseline tier, and what that leaves or
 * passes is allowed by default. `memo` holds the outcomes of classes with the same `key`.
 */
export function evaluateTiers(
  ctx: TierContext,
  side: TierSide,
  isolated: boolean,
  np: (peer: number) => number,
  emit: (peer: number, verdict: number) => void,
  s: TierScratch,
  memo?: { map: Map<string, TierOutcome>; key: string },
): void {
  const { ops } = ctx;
  let o = memo?.map.get(memo.key);
  if (!o) {
    o = adminOutcome(ctx, side, s);
    memo?.map.set(memo.key, o);
  }
  if (isolated) {
    const { peers, accepted, next } = o;
    for (let i = 0; i < peers.length; i++) emit(peers[i]!, ops.union(accepted[i]!, ops.intersect(next[i]!, np(peers[i]!))));
    return;
  }
  o.open ??= openOutcome(ctx, side, o, s);
  const { peers, verdicts } = o.open;
  for (let i = 0; i < peers.length; i++) emit(peers[i]!, verdicts[i]!);
}
