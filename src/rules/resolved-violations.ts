import type { DiffEndpoint } from '../diff/compute-diff';
import { violationBlock } from './evaluate-rules';
import type { FlowRule, Violation } from './types';

const ruleKey = (r: FlowRule) => `${r.kind}|${r.name}|${r.source.line}`;

/**
 * What is left of a block of base's violations once the pairs on which head still breaks the same
 * rule are taken out, as blocks. Sources are grouped by the head blocks that hold them, so the
 * work grows with blocks, never with pairs; sources left with the same targets share a block.
 */
function remainder(w: Violation, still: readonly Violation[], endpoints: readonly DiffEndpoint[]): Violation[] {
  const targets = new Set(w.targets);
  const touches = (c: Violation) => c.targets.some((t) => targets.has(t));
  // Stryker disable next-line MethodExpression: a shortcut; a head block of other targets covers none of w's
  const relevant = still.filter(touches).map((c) => ({ sources: new Set(c.sources), targets: c.targets }));
  const bySignature = new Map<string, number[]>();
  for (const s of w.sources) {
    const sig = relevant.flatMap((c, k) => (c.sources.has(s) ? [k] : [])).join(',');
    const list = bySignature.get(sig);
    if (list) list.push(s);
    else bySignature.set(sig, [s]);
  }
  const byRemaining = new Map<string, { sources: number[]; targets: number[] }>();
  for (const [sig, sources] of bySignature) {
    // Stryker disable next-line ArrayDeclaration: with no covering block the empty set and any other set of non-targets leave the same targets
    const covered = new Set(sig ? sig.split(',').flatMap((k) => relevant[Number(k)]!.targets) : []);
    const left = w.targets.filter((t) => !covered.has(t));
    const key = left.join(',');
    const entry = byRemaining.get(key);
    if (entry) entry.sources.push(...sources);
    else byRemaining.set(key, { sources: [...sources], targets: left });
  }
  const out: Violation[] = [];
  for (const { sources, targets: left } of byRemaining.values()) {
    // Stryker disable next-line MethodExpression,ArrowFunction,ArithmeticOperator: w.sources are sorted, so each group's sources already are
    const v = violationBlock(w.rule, endpoints, sources.sort((a, b) => a - b), left, w.ports, true);
    if (v) out.push(v);
  }
  // Stryker disable next-line all: groups are made in the order of their first source, which no two share, so they are already in this order
  return out.sort((x, y) => x.sources[0]! - y.sources[0]! || x.targets[0]! - y.targets[0]!);
}

/**
 * The violations the change fixes, as blocks: of base's violations (`before`: the rules evaluated
 * on the diff seen from head to base, where `isNew` means head lacks the violation on those
 * ports), the pairs on which head (`now`) no longer breaks the same rule at all. A forbid rule whose
 * named workloads appear only in head says nothing about base, and is skipped.
 */
export function resolvedViolations(before: readonly Violation[], now: readonly Violation[], endpoints: readonly DiffEndpoint[]): Violation[] {
  const nowByRule = new Map<string, Violation[]>();
  for (const v of now) {
    const k = ruleKey(v.rule);
    const list = nowByRule.get(k);
    if (list) list.push(v);
    else nowByRule.set(k, [v]);
  }
  const out: Violation[] = [];
  for (const w of before) {
    if (!w.isNew) continue;
    // Stryker disable next-line ArrayDeclaration: an entry that is no violation has neither pairs nor targets, so it covers nothing, as no entry
    const still = nowByRule.get(ruleKey(w.rule)) ?? [];
    if (w.pairs === 0) {
      if (w.rule.kind !== 'forbid' && !still.some((c) => c.pairs === 0)) out.push(w);
      continue;
    }
    // Stryker disable next-line MethodExpression,ConditionalExpression,EqualityOperator: a violation on no pair has no targets, so remainder passes over it anyway
    out.push(...remainder(w, still.filter((c) => c.pairs > 0), endpoints));
  }
  return out;
}
