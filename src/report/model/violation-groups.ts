import { connsKey, type Conns } from '../../model/conns';
import type { Because, ChangeGroup, DiffEndpoint } from '../../diff/types';
import type { FlowRule, Violation } from '../../rules/types';
import { blockPairs, mergeBlocks } from './merge-blocks';

/** Violations of one rule with the same ports and novelty, over sources × targets. */
export interface ViolationGroup {
  rule: FlowRule;
  isNew: boolean;
  ports: Conns;
  /** Empty for a violation that names no pair (a require rule that matches nothing). */
  sources: number[];
  targets: number[];
  pairs: number;
  /** The rule module's message, when the group is one violation. */
  message: string | null;
  /** The head policies behind the changes of the group's pairs (the line that opened a forbidden flow); filled by the report model. */
  because?: readonly Because[];
}

/** What the pairs of a group do wrong: "allows TCP 80" (forbid), "does not allow TCP 3306" or "allows nothing" (require). */
export function violationVerb(g: Pick<ViolationGroup, 'rule' | 'ports'>, ports: string): string {
  if (g.rule.kind === 'forbid') return `allows ${ports}`;
  return g.rule.ports === null ? 'allows nothing' : `does not allow ${ports}`;
}

function rank(g: ViolationGroup): string {
  return `${g.isNew ? 0 : 1}|${g.rule.kind === 'forbid' ? 0 : 1}|${g.rule.source.file}|${String(g.rule.source.line).padStart(9, '0')}|${g.rule.name}`;
}

/**
 * Groups violations for the report: new before pre-existing, forbid before require, by rule, and
 * pairs of one rule merged into rectangles ("every workload in namespace shop → any external
 * address"). Nothing is dropped here: every violation is in exactly one group.
 */
export function groupViolations(violations: readonly Violation[]): ViolationGroup[] {
  const loose: ViolationGroup[] = [];
  const blocks = [];
  const byKey = new Map<string, Violation>();
  for (const v of violations) {
    if (!v.pairs) {
      loose.push({ rule: v.rule, isNew: v.isNew, ports: v.ports, sources: [], targets: [], pairs: 0, message: v.message });
      continue;
    }
    const key = `${v.isNew}|${v.rule.kind}|${v.rule.name}|${v.rule.source.file}|${v.rule.source.line}|${connsKey(v.ports)}`;
    if (!byKey.has(key)) byKey.set(key, v);
    blocks.push({ sources: v.sources, targets: v.targets, key, value: v.message });
  }
  const sorted = blocks.sort((a, b) => a.sources[0]! - b.sources[0]! || a.targets[0]! - b.targets[0]!);
  // A merged block keeps a message only while it is one violation's own.
  const grouped = mergeBlocks(sorted, () => '').map((b): ViolationGroup => {
    const v = byKey.get(b.key)!;
    const pairs = blockPairs(b);
    return { rule: v.rule, isNew: v.isNew, ports: v.ports, sources: b.sources, targets: b.targets, pairs, message: pairs === 1 && b.value ? b.value : null };
  });
  return [...grouped, ...loose].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    return ra < rb ? -1 : ra > rb ? 1 : (a.sources[0] ?? -1) - (b.sources[0] ?? -1) || (a.targets[0] ?? -1) - (b.targets[0] ?? -1);
  });
}

/**
 * The head policy lines that allow the changes on a group's pairs, once each: a new forbid
 * violation names the policy line that opened the forbidden flow (issue 11), not only the rule.
 */
export function violationBecause(g: ViolationGroup, endpoints: readonly DiffEndpoint[], groupAt: (fromClass: number, toClass: number) => ChangeGroup | undefined): Because[] {
  const out: Because[] = [];
  const seen = new Set<string>();
  const joints = (list: readonly number[]) => [...new Set(list.map((i) => endpoints[i]!.joint))];
  for (const s of joints(g.sources)) {
    for (const t of joints(g.targets)) {
      for (const b of groupAt(s, t)?.because ?? []) {
        const key = `${b.policy}|${b.file}|${b.line}`;
        if (b.side !== 'head' || b.role !== 'allows' || seen.has(key)) continue;
        seen.add(key);
        out.push(b);
      }
    }
  }
  return out;
}
