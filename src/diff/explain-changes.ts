import type { Reachability } from '../engine/compute-reachability';
import { explainPair, type SideExplanation } from '../engine/explain';
import { type Conns, connsSubset, intersectConns, isEmptyConns, NO_CONNS, unionConns } from '../model/conns';
import { policyId } from '../model/types';
import { tieredPolicyId } from '../model/tiers';
import type { TierStep } from '../engine/explain-tiers';
import type { Because, ChangeGroup, JointClass } from './types';

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
  const step = (s: TierStep): Because[] => (s.action === 'Deny' ? [] : [tierBecause(s, which, d, s.action === 'Pass' ? 'passes' : role)]);
  return [
    ...side.tiers.admin.flatMap(step),
    ...side.allowedBy.map(({ policy, rule }) => ({ policy: policyId(policy), file: rule.source.file, line: rule.source.line, side: which, direction: d, role })),
    ...side.tiers.baseline.flatMap(step),
  ];
}

/** T-4: the tiered rules that drop closed connections now, and the Pass rules that handed them to a tier that dropped them. */
function deniers(side: SideExplanation | null): Because[] {
  if (!side) return [];
  const d = side.direction;
  const steps = [...side.tiers.admin, ...side.tiers.baseline].filter((s) => s.action !== 'Accept');
  // A Pass matters here only when what it passed was dropped later (by NetworkPolicy isolation or a Baseline Deny).
  const droppedLater = side.isolatedBy.length > 0 || side.tiers.baseline.some((s) => s.action === 'Deny');
  return steps.filter((s) => s.action === 'Deny' || droppedLater).map((s) => tierBecause(s, 'head', d, s.action === 'Deny' ? 'denies' : 'passes'));
}

function isolators(side: SideExplanation | null, closed: Conns): Because[] {
  if (!side || !side.isolatedBy.length) return [];
  const allowed = side.allowedBy.reduce((acc, a) => unionConns(acc, a.conns), NO_CONNS);
  // T-5: only what the Admin tier passed or left reaches the NetworkPolicies.
  closed = intersectConns(closed, side.tiers.toNetworkPolicy);
  if (isEmptyConns(closed) || connsSubset(closed, allowed)) return [];
  return side.isolatedBy.map((p) => ({ policy: policyId(p), file: p.source.file, line: p.source.line, side: 'head' as const, direction: side.direction, role: 'isolates' as const }));
}

/** The policies behind one group: what allows its connections now, what isolates or allowed what closed. */
function explainGroup(g: ChangeGroup, base: Reachability, head: Reachability, from: JointClass, to: JointClass): Because[] {
  const out: Because[] = [];
  const inHead = from.head >= 0 && to.head >= 0;
  // What is allowed now (opened, widened, or what a narrowed flow keeps), and by which rules.
  if (!isEmptyConns(g.after) && inHead) {
    const e = explainPair(head, from.head, to.head, g.after);
    out.push(...becauseOf(e.egress, 'head', 'allows'), ...becauseOf(e.ingress, 'head', 'allows'));
  }
  if (!isEmptyConns(g.closed)) {
    if (inHead) {
      const e = explainPair(head, from.head, to.head, g.closed);
      out.push(...deniers(e.egress), ...isolators(e.egress, g.closed), ...deniers(e.ingress), ...isolators(e.ingress, g.closed));
    }
    if (from.base >= 0 && to.base >= 0) {
      const e = explainPair(base, from.base, to.base, g.closed);
      out.push(...becauseOf(e.egress, 'base', 'allowed-before'), ...becauseOf(e.ingress, 'base', 'allowed-before'));
    }
  }
  const seen = new Set<string>();
  return out.filter((b) => {
    const k = `${b.side}|${b.role}|${b.direction}|${b.policy}|${b.file}|${b.line}|${b.rule ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Stage 3 of a diff: fills each group's `because` with the policies behind it, once the comparison is done. */
export function explainChanges(groups: readonly ChangeGroup[], jointClasses: readonly JointClass[], base: Reachability, head: Reachability): void {
  for (const g of groups) g.because = explainGroup(g, base, head, jointClasses[g.fromClass]!, jointClasses[g.toClass]!);
}
