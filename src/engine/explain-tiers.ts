import { type Conns, intersectConns, isEmptyConns, NO_CONNS, subtractConns, unionConns } from '../model/conns';
import type { Tier, TierAction, TierRule, TieredPolicy } from '../model/tiers';
import type { Direction, Policy, Rule } from '../model/types';
import type { EndpointClass } from './classify';
import type { Reachability } from './compute-reachability';
import { resolvePorts } from './resolve-ports';
import { tierSide } from './tier-verdicts';

/** One tiered rule that decided part of a flow: what it took of the connections that reached it. */
export interface TierStep {
  tier: Tier;
  policy: TieredPolicy;
  rule: TierRule;
  action: TierAction;
  conns: Conns;
}

/** C-9: a Cilium deny rule that dropped part of what reached the NetworkPolicy tier. */
export interface DenyStep {
  policy: Policy;
  rule: Rule;
  conns: Conns;
}

export interface TierExplanation {
  /** T-3: the Admin rules that took part of the focus, in evaluation order. */
  admin: TierStep[];
  /** C-9, C-10: the Cilium deny rules that dropped part of what the Admin tier passed or left. */
  denied: DenyStep[];
  /** What the Admin tier passed or left, which the NetworkPolicy tier decides (T-4, T-5). */
  toNetworkPolicy: Conns;
  /** The Baseline rules that took part of what reached them (none when a NetworkPolicy isolates, T-5). */
  baseline: TierStep[];
}

/**
 * T-2 … T-5, for one subject class, direction and peer: which tiered rules decide which part of
 * `focus`, walking the tiers as the engine does (tier-verdicts.ts), rule by rule.
 */
export function explainTiers(reach: Reachability, subject: EndpointClass, peer: EndpointClass, dst: EndpointClass, direction: Direction, focus: Conns, isolated: boolean): TierExplanation {
  const side = tierSide(subject, reach.index, direction);
  if (!side) return { admin: [], denied: [], toNetworkPolicy: focus, baseline: [] };
  // names resolve at the destination; an external class has no container ports, so they match nothing there.
  const walk = (rules: typeof side.admin, open: Conns) => {
    const steps: TierStep[] = [];
    let passed = NO_CONNS;
    for (const r of rules) {
      if (r.peerIds !== null && !r.peerIds.some((id) => peer.peers.has(id))) continue;
      const m = intersectConns(resolvePorts(r.ports, dst.ports), open);
      if (isEmptyConns(m)) continue;
      open = subtractConns(open, m);
      if (r.action === 'Pass') passed = unionConns(passed, m);
      steps.push({ tier: r.policy.tier, policy: r.policy, rule: r.rule, action: r.action, conns: m });
    }
    return { steps, next: unionConns(open, passed) };
  };
  const admin = walk(side.admin, focus);
  const denied: DenyStep[] = [];
  let next = admin.next;
  for (const r of side.deny) {
    if (r.peerIds !== null && !r.peerIds.some((id) => peer.peers.has(id))) continue;
    const m = intersectConns(resolvePorts(r.ports, dst.ports), next);
    if (isEmptyConns(m)) continue;
    next = subtractConns(next, m);
    denied.push({ policy: r.policy, rule: r.rule, conns: m });
  }
  const baseline = isolated ? { steps: [] } : walk(side.baseline, next);
  return { admin: admin.steps, denied, toNetworkPolicy: next, baseline: baseline.steps };
}
