import type { Reachability } from '../engine/compute-reachability';
import { explainPair, type SideExplanation } from '../engine/explain';
import { type Conns, connsSubset, isEmptyConns, NO_CONNS, unionConns } from '../model/conns';
import { policyId } from '../model/types';
import type { Because, ChangeGroup, JointClass } from './types';

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
      out.push(...isolators(e.egress, g.closed), ...isolators(e.ingress, g.closed));
    }
    if (from.base >= 0 && to.base >= 0) {
      const e = explainPair(base, from.base, to.base, g.closed);
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

/** Stage 3 of a diff: fills each group's `because` with the policies behind it, once the comparison is done. */
export function explainChanges(groups: readonly ChangeGroup[], jointClasses: readonly JointClass[], base: Reachability, head: Reachability): void {
  for (const g of groups) g.because = explainGroup(g, base, head, jointClasses[g.fromClass]!, jointClasses[g.toClass]!);
}
