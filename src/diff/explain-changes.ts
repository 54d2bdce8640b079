import type { Reachability } from '../engine/compute-reachability';
import { explainPair, type SideExplanation } from '../engine/explain';
import { type Conns, connsSubset, intersectConns, isEmptyConns, NO_CONNS, subtractConns, unionConns } from '../model/conns';
import { policyId, type Policy, type Rule } from '../model/types';
import { ciliumSpecLabel } from '../model/cilium';
import { tieredPolicyId } from '../model/tiers';
import type { TierStep } from '../engine/explain-tiers';
import type { Because, JointClass } from './types';

/** C-24: a NetworkPolicy-tier entry: a v1 policy, or a Cilium policy with its spec, section and rule number. */
function npBecause(policy: Policy, rule: Rule | null, which: 'base' | 'head', direction: Because['direction'], role: Because['role']): Because {
  const src = rule ? rule.source : policy.source;
  const b: Because = { policy: policyId(policy), file: src.file, line: src.line, side: which, direction, role };
  if (!policy.cilium) return b;
  b.cilium = { kind: policy.cilium.kind, spec: ciliumSpecLabel(policy.cilium.spec) };
  if (rule?.cilium) {
    b.cilium.section = rule.cilium.section;
    b.rule = rule.index + 1;
    if (rule.cilium.l7.length) b.cilium.l7 = rule.cilium.l7;
  }
  return b;
}

function tierBecause(s: TierStep, which: 'base' | 'head', direction: Because['direction'], role: Because['role']): Because {
  return { policy: tieredPolicyId(s.policy), file: s.rule.source.file, line: s.rule.source.line, side: which, direction, role, tier: s.tier, action: s.action, rule: s.rule.index + 1 };
}

/**
 * What allows a side's connections, in evaluation order (T-2): Admin Accept and Pass rules, the
 * NetworkPolicy rules that allow what was passed or left, then Baseline Accept and Pass rules.
 */
function becauseOf(side: SideExplanation | null, which: 'base' | 'head', role: 'allows' | 'allowed-before'): Because[] {
  if (!side) return [];
  const d = side.direction;
  // T-4: no Deny step decides what a side allows (after in head, what closed in base).
  const step = (s: TierStep): Because => tierBecause(s, which, d, s.action === 'Pass' ? 'passes' : role);
  return [...side.tiers.admin.map(step), ...side.allowedBy.map(({ policy, rule }) => npBecause(policy, rule, which, d, role)), ...side.tiers.baseline.map(step)];
}

/** T-4: the tiered rules that drop closed connections now, and the Pass rules that handed them to a tier that dropped them. */
function deniers(side: SideExplanation | null): Because[] {
  if (!side) return [];
  const d = side.direction;
  // A Pass matters here only when what it passed was dropped later (by NetworkPolicy isolation or a Baseline Deny).
  const droppedLater = side.isolatedBy.length > 0 || side.tiers.baseline.some((s) => s.action === 'Deny') || side.tiers.denied.length > 0;
  const admin = side.tiers.admin.filter((s) => s.action !== 'Accept');
  const baseline = side.tiers.baseline.filter((s) => s.action !== 'Accept');
  const tier = (list: TierStep[]) => list.filter((s) => s.action === 'Deny' || droppedLater).map((s) => tierBecause(s, 'head', d, s.action === 'Deny' ? 'denies' : 'passes'));
  // C-9: Cilium denies come after the Admin tier's Pass rules and before the Baseline tier.
  return [...tier(admin), ...side.tiers.denied.map((s) => npBecause(s.policy, s.rule, 'head', d, 'denies')), ...tier(baseline)];
}

/** A-10: the policies that isolate the side, when some of what closed is not allowed by a rule (none when nothing isolates it). */
function isolators(side: SideExplanation | null, closed: Conns): Because[] {
  if (!side) return [];
  const allowed = side.allowedBy.reduce((acc, a) => unionConns(acc, a.conns), NO_CONNS);
  // T-5: only what the Admin tier passed or left reaches the NetworkPolicies (nothing closed: a subset of anything).
  closed = intersectConns(closed, side.tiers.toNetworkPolicy);
  if (connsSubset(closed, allowed)) return [];
  return side.isolatedBy.map((p) => npBecause(p, null, 'head', side.direction, 'isolates'));
}

/** What head says about a changed cell: the rules that allow what it allows now, the policies that isolate what closed. */
function headBecause(head: Reachability, from: number, to: number, after: Conns, closed: Conns): Because[] {
  const out: Because[] = [];
  // What is allowed now (opened, widened, or what a narrowed flow keeps), and by which rules.
  if (!isEmptyConns(after)) {
    const e = explainPair(head, from, to, after);
    out.push(...becauseOf(e.egress, 'head', 'allows'), ...becauseOf(e.ingress, 'head', 'allows'));
  }
  if (!isEmptyConns(closed)) {
    const e = explainPair(head, from, to, closed);
    out.push(...deniers(e.egress), ...isolators(e.egress, closed), ...deniers(e.ingress), ...isolators(e.ingress, closed));
  }
  return out;
}

/** What base says about a changed cell: the rules that allowed what closed (asked only when something closed). */
function baseBecause(base: Reachability, from: number, to: number, closed: Conns): Because[] {
  const e = explainPair(base, from, to, closed);
  return [...becauseOf(e.egress, 'base', 'allowed-before'), ...becauseOf(e.ingress, 'base', 'allowed-before')];
}

const becauseKey = (b: Because) => `${b.side}|${b.role}|${b.direction}|${b.policy}|${b.file}|${b.line}|${b.rule ?? ''}|${b.cilium ? `${b.cilium.spec}|${b.cilium.section ?? ''}` : ''}`;

/** Lists of reasons, interned: equal lists get equal ids (duplicates within a list dropped). */
class Interned {
  private readonly ids = new Map<string, number>();
  readonly lists: Because[][] = [];

  constructor() {
    this.id([]);
  }

  id(list: readonly Because[]): number {
    const seen = new Set<string>();
    const unique = list.filter((x) => {
      const key = becauseKey(x);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const key = [...seen].join('\n');
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.lists.length;
      this.ids.set(key, id);
      this.lists.push(unique);
    }
    return id;
  }
}

/** A number for a (before id, after id) cell within a row memo: exact while both ids stay under 2^26. */
// Stryker disable all: a memo key: below 2^26 ids every variant (b * 2^26 ± h, b / 2^26 + h, the string) is still one key per (b, h)
function cellKey(b: number, h: number): number | string {
  return b < 0x4000000 && h < 0x4000000 ? b * 0x4000000 + h : `${b}|${h}`;
}
// Stryker restore all

/** A memo per class of the other end: class → cell key → part id. */
type RowMemo = Map<number, Map<number | string, number>>;

function memoised(memo: RowMemo, cls: number, key: number | string, compute: () => number): number {
  let m = memo.get(cls);
  if (!m) memo.set(cls, (m = new Map()));
  let id = m.get(key);
  if (id === undefined) m.set(key, (id = compute()));
  return id;
}

/**
 * Stage 3 of a diff: explains changed cells (a pair of joint classes with its connections before
 * and after). Explanations are interned: `explain` returns an id, equal for equal explanations,
 * and `because(id)` the explanation. Within one row (`startRow`), the head (or base) part of the
 * explanation is computed once per class of the other end and pair of connections: an "open
 * everything" head has two classes, so a row costs a handful of explanations whatever its length.
 * The head part and the base part never share an entry (their sides differ), so an explanation is
 * the pair of their ids.
 */
export class CellExplainer {
  private readonly parts = new Interned();
  private readonly ids = new Map<number, number>();
  // Stryker disable next-line ArrayDeclaration: an explanation id is the index of its own list, so a placeholder first list shifts the ids and they still name their lists
  private readonly lists: Because[][] = [];
  private headMemo: RowMemo = new Map();
  private baseMemo: RowMemo = new Map();
  private from: JointClass | null = null;

  constructor(
    private readonly base: Reachability,
    private readonly head: Reachability,
    private readonly jointClasses: readonly JointClass[],
  ) {}

  startRow(f: number): void {
    this.from = this.jointClasses[f]!;
    this.headMemo = new Map();
    this.baseMemo = new Map();
  }

  /** What closed, per (before id, after id): a handful of pairs of connection sets in a diff. */
  private readonly closedMemo = new Map<number | string, Conns>();

  /** The explanation id of the cell (current row, `t`); `b` and `h` are the connection ids of before and after. */
  explain(t: number, b: number, h: number, before: Conns, after: Conns): number {
    const from = this.from!;
    const to = this.jointClasses[t]!;
    const key = cellKey(b, h);
    let closed = this.closedMemo.get(key);
    if (!closed) this.closedMemo.set(key, (closed = subtractConns(before, after)));
    const inHead = from.head >= 0 && to.head >= 0;
    // Something closed: both ends are in base (an end base lacks had no connections there).
    const inBase = !isEmptyConns(closed);
    const hid = inHead ? memoised(this.headMemo, to.head, key, () => this.parts.id(headBecause(this.head, from.head, to.head, after, closed))) : 0;
    const bid = inBase ? memoised(this.baseMemo, to.base, key, () => this.parts.id(baseBecause(this.base, from.base, to.base, closed))) : 0;
    // Stryker disable next-line ArithmeticOperator: below 2^21 part ids (where the key is exact at all) hid * 2^21 - bid and hid / 2^21 + bid are one key per pair too
    const pair = hid * 0x200000 + bid;
    let id = this.ids.get(pair);
    if (id === undefined) {
      id = this.lists.length;
      this.ids.set(pair, id);
      this.lists.push([...this.parts.lists[hid]!, ...this.parts.lists[bid]!]);
    }
    return id;
  }

  /**
   * Whether the explanation of a cell with these connection ids (explained already) depends on
   * the target's base class: only when something closed (the base part names what allowed it).
   */
  usesBase(b: number, h: number): boolean {
    return !isEmptyConns(this.closedMemo.get(cellKey(b, h))!);
  }

  because(id: number): Because[] {
    return this.lists[id]!;
  }
}
