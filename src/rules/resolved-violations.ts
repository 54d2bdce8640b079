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
  const relevant = still.filter((c) => c.targets.some((t) => targets.has(t))).map((c) => ({ sources: new Set(c.sources), targets: c.targets }));
  const bySignature = new Map<string, number[]>();
  for (const s of w.sources) {
    const sig = relevant.flatMap((c, k) => (c.sources.has(s) ? [k] : [])).join(',');
    const list = bySignature.get(sig);
    if (list) list.push(s);
    else bySignature.set(sig, [s]);
  }
  const byRemaining = new Map<string, { sources: number[]; targets: number[] }>();
  for (const [sig, sources] of bySignature) {
    const covered = new Set(sig ? sig.split(',').flatMap((k) => relevant[Number(k)]!.targets) : []);
    const left = w.targets.filter((t) => !covered.has(t));
    const key = left.join(',');
    const entry = byRemaining.get(key);
    if (entry) entry.sources.push(...sources);
    else byRemaining.set(key, { sources: [...sources], targets: left });
  }
  const out: Violation[] = [];
  for (const { sources, targets: left } of byRemaining.values()) {
    const v = violationBlock(w.rule, endpoints, sources.sort((a, b) => a - b), left, w.ports, true);
    if (v) out.push(v);
  }
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
    const still = nowByRule.get(ruleKey(w.rule)) ?? [];
    if (w.pairs === 0) {
      if (w.rule.kind !== 'forbid' && !still.some((c) => c.pairs === 0)) out.push(w);
      continue;
    }
    out.push(...remainder(w, still.filter((c) => c.pairs > 0), endpoints));
  }
  return out;
}
