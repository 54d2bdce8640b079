import { rangesOverlap } from '../model/cidr';
import { tieredPolicyId, type TieredPolicy } from '../model/tiers';
import type { Direction, IpRange } from '../model/types';
import { ipBlockHoldsPods, type EndpointClass } from './classify';
import type { Reachability } from './compute-reachability';
import { ALL_CONNS, NO_CONNS } from '../model/conns';
import type { ConnsTable } from '../model/conns-table';
import type { IndexedTierRule } from './policy-index';
import { resolvePorts } from './resolve-ports';
import { tierSide } from './tier-verdicts';

export type TierLintCode = 'dangling-tiered-policy' | 'networks-some-pods' | 'equal-priority' | 'shadowed-deny' | 'pass-to-nothing';

/** A lint warning about a tiered policy (the fields of LintWarning). */
export interface TierLint {
  code: TierLintCode;
  ref: string;
  file: string;
  line: number;
  subject: string;
  message: string;
}

const DIRECTIONS: readonly Direction[] = ['ingress', 'egress'];

/** `rule 2 "name"`: how a message names a rule (1-based, with its name when written). */
export function ruleLabel(r: { index: number; name?: string }): string {
  return `rule ${r.index + 1}${r.name ? ` "${r.name}"` : ''}`;
}

function matches(r: IndexedTierRule, k: EndpointClass): boolean {
  return r.peerIds === null || r.peerIds.some((id) => k.peers.has(id));
}

/** The subject classes of each tiered policy. */
function subjectsOf(reach: Reachability): Map<TieredPolicy, EndpointClass[]> {
  const out = new Map<TieredPolicy, EndpointClass[]>(reach.index.tiered.map((p) => [p, []]));
  for (const c of reach.classification.classes) for (const p of c.tierSubjectOf) out.get(p)!.push(c);
  return out;
}

/** T-7 (like A-14): a tiered policy whose subject holds no workload has no effect today. */
function dangling(reach: Reachability, subjects: Map<TieredPolicy, EndpointClass[]>): TierLint[] {
  return reach.index.tiered
    .filter((p) => subjects.get(p)!.length === 0)
    .map((p) => ({
      code: 'dangling-tiered-policy',
      ref: 'T-7',
      file: p.source.file,
      line: p.source.line,
      subject: tieredPolicyId(p),
      message: `[${p.tier}] selects no workload in the manifests: it has no effect today, but a workload that matches its subject would be governed by it at once.`,
    }));
}

/** T-9: a `networks` CIDR that may hold some pod addresses but not all: which pods it matches depends on their addresses. */
function networksSomePods(reach: Reachability): TierLint[] {
  const pods = reach.classification.podCidrs;
  const overlapsPods = (x: IpRange): boolean => pods.some((c) => rangesOverlap(x, c));
  const out: TierLint[] = [];
  for (const p of reach.index.tiered) {
    for (const r of p.egress) {
      for (const peer of r.peers) {
        if (peer.kind !== 'ipBlock' || peer.allPods || ipBlockHoldsPods(peer.ranges, pods)) continue;
        // Stryker disable next-line MethodExpression: a tiered `networks` entry is one CIDR without except (build-tiered-policy.ts), so some and every over its ranges agree
        if (pods.length && !peer.ranges.some(overlapsPods)) continue;
        out.push({
          code: 'networks-some-pods',
          ref: 'T-9',
          file: r.source.file,
          line: r.source.line,
          subject: tieredPolicyId(p),
          message: `egress ${ruleLabel(r)} names network ${peer.cidr}, which ${pods.length ? 'covers part of the pod CIDRs' : 'may hold pod addresses (no podCidrs are given)'}: the API matches pods by address, which the manifests cannot tell, so flowgate counts it as matching external addresses only.`,
        });
      }
    }
  }
  return out;
}

/**
 * T-14: two policies of one tier with the same priority that select a common workload with
 * rules of one direction that match a common peer: the API lets an implementation apply either.
 */
function equalPriorities(reach: Reachability, subjects: Map<TieredPolicy, EndpointClass[]>): TierLint[] {
  const { classes } = reach.classification;
  const out: TierLint[] = [];
  const tiered = reach.index.tiered;
  for (const [i, a] of tiered.entries()) {
    for (const b of tiered.slice(i + 1)) {
      if (a.tier !== b.tier || a.priority !== b.priority) continue;
      const bs = new Set(subjects.get(b));
      if (!subjects.get(a)!.some((c) => bs.has(c))) continue;
      const overlap = DIRECTIONS.find((d) => {
        const ra = (d === 'ingress' ? reach.index.tierIngress : reach.index.tierEgress).get(a)!;
        const rb = (d === 'ingress' ? reach.index.tierIngress : reach.index.tierEgress).get(b)!;
        return classes.some((k) => ra.some((x) => matches(x, k)) && rb.some((y) => matches(y, k)));
      });
      if (!overlap) continue;
      out.push({
        code: 'equal-priority',
        ref: 'T-14',
        file: b.source.file,
        line: b.source.line,
        subject: tieredPolicyId(b),
        message: `[${b.tier}] has priority ${b.priority}, like ${tieredPolicyId(a)} (${a.source.file}:${a.source.line}), and both have ${overlap} rules for a common workload and peer: the API lets a cluster apply either one. flowgate evaluates ${tieredPolicyId(a)} first (by name); give them distinct priorities.`,
      });
    }
  }
  return out;
}

/** An Accept rule and the connections it took at one (subject, peer) pair. */
interface Taken {
  rule: IndexedTierRule;
  conns: number;
}

/**
 * T-3, T-4: what reaches each rule of a tier at each (subject, peer) pair, walking the rules in
 * order. Calls `visit(rule, ports, acceptedBefore)` with the connections the rule matches there
 * and what each earlier Accept rule took. Only tiers where a Deny follows an Accept are walked,
 * and only at the peers their rules match.
 */
function walkRules(reach: Reachability, ops: ConnsTable, visit: (r: IndexedTierRule, ports: number, acceptedBefore: readonly Taken[]) => void): void {
  const { classes } = reach.classification;
  const members: EndpointClass[][] = reach.index.peers.map(() => []);
  for (const k of classes) for (const id of k.peers) members[id]!.push(k);
  // A-26: a named port resolves at the destination; an external class has no container ports
  // (and port signature -1), so a name matches nothing there.
  const portMemo: Record<string, number> = {};
  const portsAt = (r: IndexedTierRule, at: EndpointClass): number => (portMemo[`${r.serial}:${at.portSignature}`] ??= ops.intern(resolvePorts(r.ports, at.ports)));
  const all = ops.intern(ALL_CONNS);
  const denyAfterAccept = (rules: readonly IndexedTierRule[]) => rules.some((r, i) => r.action === 'Deny' && rules.slice(0, i).some((a) => a.action === 'Accept'));
  // Classes with the same tiered policies (and, for ingress, named ports: A-26, they resolve at
  // the subject) walk the same rules alike: one class of each group is walked.
  const groups = new Map<string, [EndpointClass, Direction]>();
  const groupKey = (c: EndpointClass, d: Direction) => `${d === 'ingress' ? `ingress:${c.portSignature}` : d}|${c.tierSubjectOf.map((p) => tieredPolicyId(p)).join(',')}`;
  for (const c of classes) for (const d of DIRECTIONS) groups.set(groupKey(c, d), [c, d]);
  for (const [c, d] of groups.values()) {
    const side = tierSide(c, reach.index, d);
    if (!side) continue;
    for (const rules of [side.admin, side.baseline]) {
      if (!denyAfterAccept(rules)) continue;
      const peers = new Set<EndpointClass>();
      for (const r of rules) {
        if (r.peerIds === null) for (const k of classes) peers.add(k);
        else for (const id of r.peerIds) for (const k of members[id]!) peers.add(k);
      }
      for (const k of peers) {
        let rem = all;
        const accepted: Taken[] = [];
        for (const r of rules) {
          if (!matches(r, k)) continue;
          const ports = portsAt(r, d === 'egress' ? k : c);
          const took = ops.intersect(ports, rem);
          visit(r, ports, accepted);
          if (r.action === 'Accept') accepted.push({ rule: r, conns: took });
          rem = ops.subtract(rem, took);
        }
      }
    }
  }
}

/**
 * T-4: a Deny rule every connection of which, at every (subject, peer) pair it matches, an earlier
 * Accept rule took: it never takes effect, and what the author meant to deny is allowed. A Deny
 * that an earlier Deny or Pass takes a part of is not named (what it matches is not all accepted).
 */
function shadowedDenies(reach: Reachability, ops: ConnsTable): TierLint[] {
  const none = ops.intern(NO_CONNS);
  const live = new Set<IndexedTierRule>();
  const shadowers = new Map<IndexedTierRule, Set<IndexedTierRule>>();
  walkRules(reach, ops, (r, ports, accepted) => {
    if (r.action !== 'Deny') return;
    const by = accepted.filter((a) => ops.intersect(a.conns, ports) !== none);
    if (ops.subtract(ports, by.reduce((u, a) => ops.union(u, a.conns), none)) !== none) live.add(r);
    else for (const a of by) (shadowers.get(r) ?? shadowers.set(r, new Set()).get(r)!).add(a.rule);
  });
  const out: TierLint[] = [];
  for (const [r, by] of shadowers) {
    if (live.has(r)) continue;
    const names = [...by].map((a) => `${tieredPolicyId(a.policy)} ${a.rule.direction} ${ruleLabel(a.rule)}`).sort();
    out.push({
      code: 'shadowed-deny',
      ref: 'T-4',
      file: r.rule.source.file,
      line: r.rule.source.line,
      subject: tieredPolicyId(r.policy),
      message: `[${r.policy.tier}] ${r.rule.direction} ${ruleLabel(r.rule)} Deny never takes effect: every connection it matches is accepted first by ${names.join(', ')}.`,
    });
  }
  return out;
}

/**
 * T-4, T-5: a Pass rule with nothing after it: in the Baseline tier it hands over to the default
 * allow, and in the Admin tier, where no NetworkPolicy isolates its subjects and no Baseline rule
 * applies to them, so does it: it is an Accept in disguise.
 */
function passToNothing(reach: Reachability, subjects: Map<TieredPolicy, EndpointClass[]>): TierLint[] {
  const out: TierLint[] = [];
  for (const p of reach.index.tiered) {
    const cs = subjects.get(p)!;
    if (!cs.length) continue;
    for (const d of DIRECTIONS) {
      const rules = d === 'ingress' ? p.ingress : p.egress;
      const after = p.tier === 'Baseline' ? false : cs.some((c) => c.subjectOf.some((np) => np.types[d]) || c.tierSubjectOf.some((b) => b.tier === 'Baseline' && b[d].length > 0));
      if (after) continue;
      for (const r of rules) {
        if (r.action !== 'Pass') continue;
        out.push({
          code: 'pass-to-nothing',
          ref: 'T-4',
          file: r.source.file,
          line: r.source.line,
          subject: tieredPolicyId(p),
          message: `[${p.tier}] ${d} ${ruleLabel(r)} Pass hands over to ${p.tier === 'Baseline' ? 'the default allow' : `nothing: no NetworkPolicy isolates its workloads for ${d} and no Baseline rule applies to them`}, so it allows what it matches, like an Accept.`,
        });
      }
    }
  }
  return out;
}

/** The lint warnings of tiered policies (T-4, T-7, T-9, T-14). */
export function lintTiers(reach: Reachability): TierLint[] {
  const subjects = subjectsOf(reach);
  // The table's memoised operations: a ConnsOps would allocate its flat caches for a few calls.
  return [...dangling(reach, subjects), ...networksSomePods(reach), ...equalPriorities(reach, subjects), ...shadowedDenies(reach, reach.table), ...passToNothing(reach, subjects)];
}
