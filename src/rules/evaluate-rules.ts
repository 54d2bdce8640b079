import type { DiffEndpoint, DiffResult } from '../diff/compute-diff';
import type { Reachability } from '../engine/compute-reachability';
import { ALL_CONNS, type Conns, connsSubset, formatConns, intersectConns, isAllConns, isEmptyConns, NO_CONNS, subtractConns } from '../model/conns';
import type { IpRange } from '../model/types';
import { describeSelector, endpointLabel, matchesEndpoint, mayMatchStandIn, sideView, type SideView } from './endpoint-selector';
import type { FlowRule, Violation } from './types';

/** The CIDRs the rules name: the engine cuts external ranges there (see matchesEndpoint). */
export function ruleBoundaries(rules: readonly FlowRule[]): IpRange[] {
  const out: IpRange[] = [];
  for (const r of rules) for (const sel of [r.from, r.to]) for (const c of sel.cidrs ?? []) out.push(c.range);
  return out;
}

/**
 * What breaks the rule, given what a pair allows. forbid: the allowed connections among the
 * rule's ports (all of them when it names none). require: the rule's ports that are not allowed;
 * with no ports, a pair that allows nothing misses everything.
 */
function brokenPorts(rule: FlowRule, allowed: Conns): Conns {
  if (rule.kind === 'forbid') return rule.ports ? intersectConns(allowed, rule.ports) : allowed;
  if (!rule.ports) return isEmptyConns(allowed) ? ALL_CONNS : NO_CONNS;
  return subtractConns(rule.ports, allowed);
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
    const k = f * 0x100000 + t;
    let c = memo.get(k);
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

/** The sentence of a violation on one pair; `portsText` is computed once per class pair. */
function pairMessage(rule: FlowRule, from: string, to: string, ports: string): string {
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
  const ends = (['from', 'to'] as const).filter((end) => now[end].size === 0 && before[end].size > 0);
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

/** The violations of one pair of head classes, whose endpoint pairs all break the rule alike. */
function classPairViolations(ctx: RuleContext, ports: Conns, froms: readonly number[], tos: readonly number[], out: Violation[]): void {
  const { rule, endpoints, before } = ctx;
  const text = portsText(ports);
  // New unless base broke the rule on the same pair on at least these ports; by base class pair.
  const newByBase = new Map<number, boolean>();
  const isNew = (a: DiffEndpoint, b: DiffEndpoint): boolean => {
    const k = a.base * 0x100000 + b.base;
    let r = newByBase.get(k);
    if (r === undefined) {
      r = !connsSubset(ports, ctx.baseBroken(a.base, b.base));
      newByBase.set(k, r);
    }
    return r;
  };
  for (const i of froms) {
    for (const j of tos) {
      if (!isFlow(endpoints, i, j)) continue;
      const a = endpoints[i]!;
      const b = endpoints[j]!;
      const fresh = before.inFrom[i] && before.inTo[j] ? isNew(a, b) : true;
      out.push({ rule, from: i, to: j, ports, isNew: fresh, message: pairMessage(rule, endpointLabel(rule.from, a), endpointLabel(rule.to, b), text) });
    }
  }
}

function evaluateRule(rule: FlowRule, diff: DiffResult, base: SideView, head: SideView): Violation[] {
  const { endpoints } = diff;
  const now = endsOf(rule, endpoints, head);
  const before = endsOf(rule, endpoints, base);
  if (rule.kind === 'require' && !hasAnyPair(now, endpoints)) {
    return [{ rule, from: null, to: null, ports: rule.ports ?? ALL_CONNS, isNew: hasAnyPair(before, endpoints), message: noPairMessage(rule, now) }];
  }
  if (rule.kind === 'forbid' && namesWorkloads(rule) && !hasAnyPair(now, endpoints) && hasAnyPair(before, endpoints)) {
    return [{ rule, from: null, to: null, ports: rule.ports ?? ALL_CONNS, isNew: true, message: vacatedMessage(rule, endpoints, before, now) }];
  }
  const headBroken = brokenByClass(rule, diff.head);
  const ctx: RuleContext = { rule, endpoints, before, baseBroken: brokenByClass(rule, diff.base) };
  const out: Violation[] = [];
  for (const [cf, froms] of now.from) {
    for (const [ct, tos] of now.to) {
      const ports = headBroken(cf, ct);
      if (!isEmptyConns(ports)) classPairViolations(ctx, ports, froms, tos, out);
    }
  }
  return out.sort((x, y) => x.from! - y.from! || x.to! - y.to!);
}

/**
 * Evaluates every rule on the head side of a diff, and marks as new what base did not break
 * (PRODUCT.md part 3). Work is per class pair: endpoints of the same class allow the same, so a
 * class pair that breaks nothing costs one lookup. Output: rules in file order, then by source
 * and destination endpoint index (endpoint ids are sorted), so it is deterministic.
 */
export function evaluateRules(rules: readonly FlowRule[], diff: DiffResult): Violation[] {
  const base = sideView(diff.base, 'base');
  const head = sideView(diff.head, 'head');
  return rules.flatMap((r) => evaluateRule(r, diff, base, head));
}
