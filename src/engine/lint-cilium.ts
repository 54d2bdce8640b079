import { ciliumSpecLabel } from '../model/cilium';
import { intersectConns, isEmptyConns } from '../model/conns';
import { policyId, type Direction, type Policy } from '../model/types';
import type { EndpointClass } from './classify';
import type { Reachability } from './compute-reachability';
import type { LintWarning } from './lint';
import type { IndexedRule } from './policy-index';
import { resolvePorts } from './resolve-ports';

const matches = (r: IndexedRule, c: EndpointClass) => r.peerIds === null || r.peerIds.some((id) => c.peers.has(id));

/** Whether an allow and a deny rule can meet: a peer class both match, on ports both name (a named port counts as any). */
function meets(allow: IndexedRule, deny: IndexedRule, classes: readonly EndpointClass[]): boolean {
  const ports = (r: IndexedRule) => resolvePorts(r.ports.map((p) => (typeof p.port === 'string' ? { protocol: p.protocol } : p)), null);
  return !isEmptyConns(intersectConns(ports(allow), ports(deny))) && classes.some((c) => matches(allow, c) && matches(deny, c));
}

/**
 * C-23: a Cilium deny rule with nothing to deny: every pod it applies to is in default deny for
 * that direction (C-5), and no allow rule of the policies that select it reaches the deny's peers
 * on its ports (C-7), so the traffic it names is dropped anyway. It does no harm, but it misleads:
 * a reader takes it for the thing that blocks the flow.
 */
export function lintCiliumDenies(reach: Reachability): LintWarning[] {
  const { index, classification } = reach;
  const out: LintWarning[] = [];
  for (const p of index.policies) {
    if (!p.cilium) continue;
    // an external class is no policy's subject.
    const subjects = classification.classes.filter((c) => c.subjectOf.includes(p));
    if (!subjects.length) continue; // dangling-policy says it
    for (const d of ['ingress', 'egress'] as Direction[]) {
      // The index lists the deny rules of every Cilium policy (an empty list when it has none).
      for (const deny of (d === 'ingress' ? index.denyIngress : index.denyEgress).get(p)!) {
        const live = subjects.some((s) => !s.subjectOf.some((q) => q.types[d]) || s.subjectOf.some((q: Policy) => index[d].get(q)!.some((a) => meets(a, deny, classification.classes))));
        if (live) continue;
        out.push({
          code: 'cilium-deny-unreachable',
          ref: 'C-23',
          file: deny.rule.source.file,
          line: deny.rule.source.line,
          subject: policyId(p),
          message: `${ciliumSpecLabel(p.cilium.spec)}.${deny.rule.cilium!.section}[${deny.rule.index}] has nothing to deny: the pods it applies to are in default deny for ${d} and no allow rule reaches its peers on its ports, so what it names is dropped anyway.`,
        });
      }
    }
  }
  return out;
}
