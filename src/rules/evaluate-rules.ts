import type { DiffEndpoint, DiffResult } from '../diff/compute-diff';
import type { Reachability } from '../engine/compute-reachability';
import { ALL_CONNS, type Conns, connsSubset, formatConns, intersectConns, isAllConns, isEmptyConns, NO_CONNS, subtractConns } from '../model/conns';
import { intersectRanges, NAMED_PORTS, NUMBERED_PORTS, type PortRanges, rangesEqual, unionRanges } from '../model/port-ranges';
import { type IpRange, PROTOCOLS, type Protocol } from '../model/types';
import { describeSelector, endpointLabel, matchesEndpoint, mayMatchStandIn, sideView, type SideView } from './endpoint-selector';
import type { FlowRule, Violation } from './types';

/** The CIDRs the rules name: the engine cuts external ranges there (see matchesEndpoint). */
export function ruleBoundaries(rules: readonly FlowRule[]): IpRange[] {
  const out: IpRange[] = [];
  for (const r of rules) for (const sel of [r.from, r.to]) for (const c of sel.cidrs ?? []) out.push(c.range);
  return out;
}

/**
 * Issue 11: the connections of `allowed` that break a forbid rule with ports. A stand-in's named
 * port has no known number, so it may be one of the rule's ports of its protocol: it matches them
 * (a gate errs on the side of reporting). Where every named port is allowed, nothing is added:
 * the rule's numbers are then allowed as numbers, and a listed destination's sets stay as they were.
 */
function forbiddenPorts(allowed: Conns, ports: Conns): Conns {
  const out = { ...intersectConns(allowed, ports) } as Record<Protocol, PortRanges>;
  for (const p of PROTOCOLS) {
    if (!ports[p].length) continue;
    const named = intersectRanges(allowed[p], NAMED_PORTS);
    if (named.length && !rangesEqual(named, NAMED_PORTS)) out[p] = unionRanges(out[p], named);
  }
  return out;
}

/** The numbered ports of a set: what a require rule asks for (a name does not meet a number). */
function numberedPorts(c: Conns): Conns {
  return intersectConns(c, { TCP: NUMBERED_PORTS, UDP: NUMBERED_PORTS, SCTP: NUMBERED_PORTS });
}

/**
 * What breaks the rule, given what a pair allows. forbid: the allowed connections among the
 * rule's ports (all of them when it names none; with named ports, see forbiddenPorts). require:
 * the rule's ports that are not allowed; with no ports, a pair that allows nothing misses everything.
 */
function brokenPorts(rule: FlowRule, allowed: Conns): Conns {
  if (rule.kind === 'forbid') return rule.ports ? forbiddenPorts(allowed, rule.ports) : allowed;
  if (!rule.ports) return isEmptyConns(allowed) ? ALL_CONNS : NO_CONNS;
  return numberedPorts(subtractConns(rule.ports, allowed));
}

/** The endpoints a rule's ends match on one side, grouped by their class on that side. */
interface Ends {
  from: Map<number, number[]>;
  to: Map<number, number[]>;
  /** Membership by endpoint index, for lookups from the other side. */
  inFrom: Uint8Array;
  inTo: Uint8Array;
}

function endsOf(rule: FlowRule, endpoints: readonly DiffEndpoint[], view: SideView): Ends {
  const ends: Ends = { from: new Map(), to: new Map(), inFrom: new Uint8Array(endpoints.length), inTo: new Uint8Array(endpoints.length) };
  const add = (m: Map<number, number[]>, cls: number, i: number) => {
    const list = m.get(cls);
    if (list) list.push(i);
    else m.set(cls, [i]);
  };
  endpoints.forEach((e, i) => {
    const cls = view.classOf(e);
    // Stryker disable next-line ConditionalExpression: a shortcut: matchesEndpoint refuses an endpoint the side does not hold (classOf < 0) itself
    if (cls < 0) return;
    if (matchesEndpoint(rule.from, e, view) && mayMatchStandIn(rule.kind, rule.from, e, view)) {
      ends.inFrom[i] = 1;
      add(ends.from, cls, i);
    }
    if (matchesEndpoint(rule.to, e, view) && mayMatchStandIn(rule.kind, rule.to, e, view)) {
      ends.inTo[i] = 1;
      add(ends.to, cls, i);
    }
  });
  return ends;
}

const isExternal = (endpoints: readonly DiffEndpoint[], i: number) => endpoints[i]!.kind === 'External';

/** A flow is an ordered pair of distinct endpoints, not both external (PRODUCT.md, flows). */
function isFlow(endpoints: readonly DiffEndpoint[], i: number, j: number): boolean {
  return i !== j && !(isExternal(endpoints, i) && isExternal(endpoints, j));
}

function hasAnyPair(ends: Ends, endpoints: readonly DiffEndpoint[]): boolean {
  for (const fs of ends.from.values()) for (const i of fs) for (const ts of ends.to.values()) for (const j of ts) if (isFlow(endpoints, i, j)) return true;
  return false;
}

/** Broken ports per class pair, memoised: every endpoint pair of two classes is alike. */
function brokenByClass(rule: FlowRule, reach: Reachability): (from: number, to: number) => Conns {
  const memo = new Map<number, Conns>();
  return (f, t) => {
    // Stryker disable next-line ArithmeticOperator: below 2^20 classes each variant is still one key per (from, to)
    const k = f * 0x100000 + t;
    let c = memo.get(k);
    // Stryker disable next-line ConditionalExpression: a cache: recomputing gives the same ports
    if (c === undefined) {
      c = brokenPorts(rule, reach.classConns(f, t));
      memo.set(k, c);
    }
    return c;
  };
}

function portsText(c: Conns): string {
  return isAllConns(c) ? 'any port' : formatConns(c);
}

/** One end of a violation sentence: up to three labels, then how many more. */
function endText(sel: FlowRule['from'], endpoints: readonly DiffEndpoint[], members: readonly number[]): string {
  const labels = members.slice(0, members.length > 3 ? 2 : 3).map((i) => endpointLabel(sel, endpoints[i]!));
  return members.length > 3 ? `${labels.join(', ')} and ${members.length - 2} more` : labels.join(', ');
}

/** The sentence of a violation block (of one pair, the pair's own sentence); `ports` is computed once per class pair. */
function blockMessage(rule: FlowRule, endpoints: readonly DiffEndpoint[], sources: readonly number[], targets: readonly number[], ports: string): string {
  const from = endText(rule.from, endpoints, sources);
  const to = endText(rule.to, endpoints, targets);
  if (rule.kind === 'forbid') return `${from} can reach ${to} on ${ports}, which rule "${rule.name}" forbids`;
  if (!rule.ports) return `${from} cannot reach ${to} at all, but rule "${rule.name}" requires a flow`;
  return `${from} cannot reach ${to} on ${ports}, which rule "${rule.name}" requires`;
}

function noPairMessage(rule: FlowRule, ends: Ends): string {
  const empty = [ends.from.size === 0 ? `from (${describeSelector(rule.from)})` : '', ends.to.size === 0 ? `to (${describeSelector(rule.to)})` : ''].filter(Boolean);
  const why = empty.length
    ? `its ${empty.join(' and its ')} ${empty.length > 1 ? 'match' : 'matches'} nothing after the change`
    : 'its from and to match no pair of distinct endpoints (that are not both external addresses) after the change';
  return `rule "${rule.name}" requires a flow, but ${why}; a renamed or removed workload must not turn the rule into a pass`;
}

/** Up to three endpoint ids of an end's matches, then how many more. */
function someIds(endpoints: readonly DiffEndpoint[], byClass: Map<number, number[]>): string {
  const ids = [...byClass.values()].flat().sort((a, b) => a - b).map((i) => endpoints[i]!.id);
  return ids.length <= 3 ? ids.join(', ') : `${ids.slice(0, 3).join(', ')} and ${ids.length - 3} more`;
}

/**
 * A forbid rule that names workloads and matched pairs in base but matches none now: renaming
 * `web` to `web2` (or removing it from the analysed files) would otherwise turn the rule into a
 * pass while the renamed workload opens the forbidden flow. The rule must be updated on the base
 * branch first; until then it fails the check.
 */
function vacatedMessage(rule: FlowRule, endpoints: readonly DiffEndpoint[], before: Ends, now: Ends): string {
  // Both ends matched in base (the rule had a pair there): the ends that match nothing now emptied.
  const ends = (['from', 'to'] as const).filter((end) => now[end].size === 0);
  const what = ends.length
    ? ends.map((end) => `its ${end} (${describeSelector(rule[end])}) matched ${someIds(endpoints, before[end])} in base and matches nothing now`).join('; ')
    : 'it matched pairs of endpoints in base and matches no pair now';
  return `rule "${rule.name}" forbids a flow, but ${what}; a renamed or removed workload must not turn the rule into a pass: update the rules on the base branch first`;
}

const namesWorkloads = (rule: FlowRule): boolean => Boolean(rule.from.workloads?.length || rule.to.workloads?.length);

interface RuleContext {
  rule: FlowRule;
  endpoints: readonly DiffEndpoint[];
  /** Where the rule's ends matched in base, to tell new violations from old ones. */
  before: Ends;
  baseBroken: (from: number, to: number) => Conns;
}

/** Pairs of a block: sources × targets without self pairs. */
export function blockPairCount(sources: readonly number[], targets: readonly number[]): number {
  const t = new Set(targets);
  let self = 0;
  for (const s of sources) if (t.has(s)) self++;
  return sources.length * targets.length - self;
}

/** Splits a list by a key, keeping order within each part. */
function partition(list: readonly number[], key: (i: number) => number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const i of list) {
    const k = key(i);
    const part = out.get(k);
    if (part) part.push(i);
    else out.set(k, [i]);
  }
  return out;
}

/**
 * The violations of one pair of head classes, whose endpoint pairs all break the rule alike, as
 * blocks. Whether a pair's violation is new depends on where its ends were in base (their base
 * classes, and whether the rule's ends matched them there): sources and targets are split by that,
 * and the source parts with the same verdict on every target part share a block.
 */
function classPairViolations(ctx: RuleContext, ports: Conns, froms: readonly number[], tos: readonly number[], out: Violation[]): void {
  const { rule, endpoints, before } = ctx;
  // -1: the pair cannot have broken the rule in base, so it is new.
  const fromParts = partition(froms, (i) => (before.inFrom[i] ? endpoints[i]!.base : -1));
  const toParts = [...partition(tos, (j) => (before.inTo[j] ? endpoints[j]!.base : -1))];
  const bySignature = new Map<string, { sources: number[]; fresh: boolean[] }>();
  for (const [kf, sources] of fromParts) {
    // New unless base broke the rule on the same class pair on at least these ports.
    const fresh = toParts.map(([kt]) => kf < 0 || kt < 0 || !connsSubset(ports, ctx.baseBroken(kf, kt)));
    // Stryker disable next-line StringLiteral: the lists of one class pair have one length, so any separator gives one string per list
    const sig = fresh.map(Number).join('');
    const entry = bySignature.get(sig);
    if (entry) entry.sources.push(...sources);
    else bySignature.set(sig, { sources: [...sources], fresh });
  }
  const text = portsText(ports);
  for (const { sources, fresh } of bySignature.values()) {
    sources.sort((a, b) => a - b);
    for (const isNew of [true, false]) {
      const targets = toParts.filter((_p, k) => fresh[k] === isNew).flatMap(([, part]) => part).sort((a, b) => a - b);
      const pairs = blockPairCount(sources, targets);
      if (pairs > 0) out.push({ rule, sources, targets, pairs, ports, isNew, message: blockMessage(rule, endpoints, sources, targets, text) });
    }
  }
}

/** A violation block of `rule` on sources × targets (sorted), or null when it holds no pair. */
export function violationBlock(rule: FlowRule, endpoints: readonly DiffEndpoint[], sources: number[], targets: number[], ports: Conns, isNew: boolean): Violation | null {
  const pairs = blockPairCount(sources, targets);
  return pairs > 0 ? { rule, sources, targets, pairs, ports, isNew, message: blockMessage(rule, endpoints, sources, targets, portsText(ports)) } : null;
}

function evaluateRule(rule: FlowRule, diff: DiffResult, base: SideView, head: SideView): Violation[] {
  const { endpoints } = diff;
  const now = endsOf(rule, endpoints, head);
  const before = endsOf(rule, endpoints, base);
  if (!hasAnyPair(now, endpoints)) {
    if (rule.kind === 'require') {
      return [{ rule, sources: [], targets: [], pairs: 0, ports: rule.ports ?? ALL_CONNS, isNew: hasAnyPair(before, endpoints), message: noPairMessage(rule, now) }];
    }
    if (namesWorkloads(rule) && hasAnyPair(before, endpoints)) {
      return [{ rule, sources: [], targets: [], pairs: 0, ports: rule.ports ?? ALL_CONNS, isNew: true, message: vacatedMessage(rule, endpoints, before, now) }];
    }
  }
  const headBroken = brokenByClass(rule, diff.head);
  const ctx: RuleContext = { rule, endpoints, before, baseBroken: brokenByClass(rule, diff.base) };
  const out: Violation[] = [];
  const external = (c: number) => diff.head.classification.classes[c]!.external;
  for (const [cf, froms] of now.from) {
    for (const [ct, tos] of now.to) {
      // Classes hold workloads or external ranges, never both: two external ranges are no flow.
      if (external(cf) && external(ct)) continue;
      const ports = headBroken(cf, ct);
      if (!isEmptyConns(ports)) classPairViolations(ctx, ports, froms, tos, out);
    }
  }
  // No two blocks share a first source and a first target: blocks of one class pair split its
  // sources, or its targets into new and not; two class pairs differ in a class, which holds its endpoints alone.
  return out.sort((x, y) => x.sources[0]! - y.sources[0]! || x.targets[0]! - y.targets[0]!);
}

/**
 * Evaluates every rule on the head side of a diff, and marks as new what base did not break
 * (PRODUCT.md part 3). Work is per class pair: endpoints of the same class allow the same, so a
 * class pair that breaks nothing costs one lookup, and the result is blocks of pairs, never a list
 * of them. Output: rules in file order, then by first source and first destination endpoint index
 * (endpoint ids are sorted), so it is deterministic.
 */
export function evaluateRules(rules: readonly FlowRule[], diff: DiffResult): Violation[] {
  // Stryker disable next-line StringLiteral: with no class on the base side, ends of base still match only endpoints base holds (sideView's workloads are base's; external ranges are on both sides), and classes there only group them
  const base = sideView(diff.base, 'base');
  const head = sideView(diff.head, 'head');
  return rules.flatMap((r) => evaluateRule(r, diff, base, head));
}
