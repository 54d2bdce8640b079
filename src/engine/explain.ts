import { type Conns, intersectConns, isEmptyConns } from '../model/conns';
import type { Direction, Policy, Rule } from '../model/types';
import type { EndpointClass } from './classify';
import type { Reachability } from './compute-reachability';
import { resolvePorts } from './resolve-ports';
import { explainTiers, type TierExplanation } from './explain-tiers';

/** Why one side (the source's egress or the destination's ingress) allows what it allows. */
export interface SideExplanation {
  direction: Direction;
  /** the policies that select the endpoint for this direction; empty = not isolated. */
  isolatedBy: Policy[];
  /** The rules that match the peer, with what each allows of `conns`. */
  allowedBy: { policy: Policy; rule: Rule; conns: Conns }[];
  /** T-2 … T-5: the tiered rules that decide part of the focus; NetworkPolicy rules see only what they pass or leave. */
  tiers: TierExplanation;
}

export interface PairExplanation {
  /** Null when the source is external (A-32: nothing governs its egress). */
  egress: SideExplanation | null;
  /** Null when the destination is external. */
  ingress: SideExplanation | null;
}

function explainSide(reach: Reachability, subject: EndpointClass, peer: EndpointClass, dst: EndpointClass, direction: Direction, focus: Conns): SideExplanation {
  const isolatedBy = subject.subjectOf.filter((p) => p.types[direction]);
  const tiers = explainTiers(reach, subject, peer, dst, direction, focus, isolatedBy.length > 0);
  // T-4, T-5: NetworkPolicy decides only what the Admin tier passed or left.
  focus = tiers.toNetworkPolicy;
  const allowedBy: SideExplanation['allowedBy'] = [];
  // C-6, C-7: once isolated, the allows of every selecting policy count (a v1 policy has rules only in its types).
  for (const p of isolatedBy.length ? subject.subjectOf : []) {
    for (const r of reach.index[direction].get(p)!) {
      if (r.peerIds !== null && !r.peerIds.some((id) => peer.peers.has(id))) continue;
      // names resolve at the destination; an external class has no container ports, so they match nothing there.
      const conns = intersectConns(resolvePorts(r.ports, dst.ports), focus);
      if (!isEmptyConns(conns)) allowedBy.push({ policy: p, rule: r.rule, conns });
    }
  }
  return { direction, isolatedBy, allowedBy, tiers };
}

/**
 * Explains the verdict for a pair of classes: which policies isolate each end and which rules
 * allow the connections in `focus` (for example the ports a change opened).
 */
export function explainPair(reach: Reachability, from: number, to: number, focus: Conns): PairExplanation {
  const src = reach.classification.classes[from]!;
  const dst = reach.classification.classes[to]!;
  return {
    egress: src.external ? null : explainSide(reach, src, dst, dst, 'egress', focus),
    ingress: dst.external ? null : explainSide(reach, dst, src, dst, 'ingress', focus),
  };
}
