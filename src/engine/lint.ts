import { formatSelector } from '../model/label-selector';
import { connsContain } from '../model/conns';
import { policyId, workloadId, type Policy, type Protocol, type Rule, type Workload } from '../model/types';
import { rangesOverlap } from '../model/cidr';
import { ipBlockHoldsPods } from './classify';
import type { Reachability } from './compute-reachability';
import { resolvePorts } from './resolve-ports';
import { lintTiers, type TierLintCode } from './lint-tiers';
import { lintCiliumDenies } from './lint-cilium';
import { ciliumSpecLabel } from '../model/cilium';

export type LintCode = 'implicit-policy-types' | 'dangling-policy' | 'dns-blocked' | 'host-network' | 'unresolved-named-port' | 'ipblock-some-pods' | 'cilium-deny-unreachable' | TierLintCode;

/** A doubtful but valid construct of one cluster state, with the SEMANTICS.md item behind it. */
export interface LintWarning {
  code: LintCode;
  /** The SEMANTICS.md id, e.g. `A-33`. */
  ref: string;
  file: string;
  line: number;
  /** The policy (`ns/name`) or workload (`ns/name[Kind]`) it is about. */
  subject: string;
  message: string;
}

const CODE_ORDER: readonly LintCode[] = [
  'dns-blocked',
  'shadowed-deny',
  'equal-priority',
  'dangling-policy',
  'dangling-tiered-policy',
  'cilium-deny-unreachable',
  'pass-to-nothing',
  'unresolved-named-port',
  'ipblock-some-pods',
  'networks-some-pods',
  'host-network',
  'implicit-policy-types',
];

function implicitTypes(p: Policy): LintWarning | null {
  if (!p.implicitTypes) return null;
  // A-3, A-3e: the API server stores the defaulted policyTypes once; later edits may not change it.
  const types = p.types.egress ? '[Ingress, Egress]' : '[Ingress]';
  const tail = !p.types.egress
    ? 'egress rules added to it later would be ignored by a cluster that stored the defaulted object'
    : p.ingress.length
      ? 'it isolates ingress too, allowing only the ingress rules written here'
      : 'it isolates ingress too, and with no ingress rules it denies all ingress to the workloads it selects';
  return {
    code: 'implicit-policy-types',
    ref: 'A-3e',
    file: p.source.file,
    line: p.source.line,
    subject: policyId(p),
    message: `policyTypes is not written, so Kubernetes defaults it to ${types}: ${tail}. Write policyTypes explicitly.`,
  };
}

function dangling(reach: Reachability): LintWarning[] {
  const selecting = new Set<Policy>();
  const { classes, workloadClass } = reach.classification;
  // Issue 11: a stand-in does not make a policy select something in the manifests.
  reach.cluster.workloads.forEach((w, i) => {
    if (w.kind !== 'Unlisted') for (const p of classes[workloadClass[i]!]!.subjectOf) selecting.add(p);
  });
  return reach.cluster.policies
    .filter((p) => !selecting.has(p))
    .map((p) => ({
      code: 'dangling-policy',
      ref: p.cilium ? 'C-23' : 'A-14',
      file: p.source.file,
      line: p.source.line,
      subject: policyId(p),
      // A-14: no effect today, but a workload that gets matching labels is isolated at once.
      message: p.cilium
        ? `${ciliumSpecLabel(p.cilium.spec)} selects no workload in the manifests (endpointSelector: ${formatSelector(p.podSelector)}${p.cilium.kind === 'CiliumNetworkPolicy' ? ` in namespace ${p.namespace}` : ''}): it has no effect today, but a workload with matching labels would be governed by it at once.`
        : `selects no workload in the manifests (podSelector: ${formatSelector(p.podSelector)}): it has no effect today, but a workload with matching labels would be isolated at once.`,
    }));
}

/** `name/protocol` of every container port that serves port 53, for named DNS ports (A-26). */
function dnsPortNames(workloads: readonly Workload[]): Set<string> {
  const out = new Set<string>();
  for (const w of workloads) for (const c of w.ports) if (c.port === 53 && c.name) out.add(`${c.name}/${c.protocol}`);
  return out;
}

/** Whether a rule allows DNS (port 53) on the protocol to some destination (A-33). */
function allowsDns(r: Rule, proto: Protocol, dnsNames: ReadonlySet<string>): boolean {
  if (connsContain(resolvePorts(r.ports, null), proto, 53)) return true;
  // A-26: a named port resolves at the destination; count it when some workload serves DNS by it.
  return r.ports.some((p) => typeof p.port === 'string' && p.protocol === proto && dnsNames.has(`${p.port}/${proto}`));
}

function dnsBlocked(reach: Reachability): LintWarning[] {
  const { cluster, classification } = reach;
  const verdict = new Map<number, { missing: Protocol[]; policies: string[] } | null>();
  const dnsNames = dnsPortNames(cluster.workloads);
  const out: LintWarning[] = [];
  cluster.workloads.forEach((w, i) => {
    if (w.kind === 'Unlisted') return; // issue 11: stand-ins are not workloads to fix
    const cls = classification.workloadClass[i]!;
    if (!verdict.has(cls)) {
      const isolating = classification.classes[cls]!.subjectOf.filter((p) => p.types.egress);
      // C-7: once isolated, every selecting policy's egress allows count (a Cilium rule's without default deny too).
      const rules = isolating.length ? classification.classes[cls]!.subjectOf.flatMap((p) => p.egress) : [];
      const missing = isolating.length ? (['UDP', 'TCP'] as const).filter((proto) => !rules.some((r) => allowsDns(r, proto, dnsNames))) : [];
      verdict.set(cls, missing.length ? { missing, policies: isolating.map(policyId) } : null);
    }
    const v = verdict.get(cls);
    if (!v) return;
    out.push({
      code: 'dns-blocked',
      ref: 'A-33',
      file: w.source.file,
      line: w.source.line,
      subject: workloadId(w),
      message: `egress is isolated (by ${v.policies.join(', ')}) and no egress rule allows ${v.missing.map((p) => `${p} 53`).join(' or ')} to any destination: DNS lookups will fail.`,
    });
  });
  return out;
}

function hostNetwork(reach: Reachability): LintWarning[] {
  return reach.cluster.workloads
    .filter((w) => w.hostNetwork)
    .map((w) => ({
      code: 'host-network',
      ref: 'A-31',
      file: w.source.file,
      line: w.source.line,
      subject: workloadId(w),
      // A-31: upstream leaves this undefined; flowgate follows the common CNI behaviour.
      message: 'uses hostNetwork: NetworkPolicy behaviour is undefined for it. flowgate treats it as most CNIs do (no pod selector matches it), so no policy can be said to isolate it.',
    }));
}

function unresolvedNamedPorts(reach: Reachability): LintWarning[] {
  const served = new Set<string>();
  const names = new Map<string, Set<Protocol>>();
  for (const w of reach.cluster.workloads) {
    if (w.kind === 'Unlisted') continue; // issue 11: a stand-in's named ports are unknown, not served
    for (const c of w.ports) {
      if (c.name === undefined) continue;
      served.add(`${c.name}/${c.protocol}`);
      names.set(c.name, (names.get(c.name) ?? new Set()).add(c.protocol));
    }
  }
  const out: LintWarning[] = [];
  for (const p of reach.cluster.policies) {
    for (const r of [...p.ingress, ...p.egress]) {
      const seen = new Set<string>();
      for (const port of r.ports) {
        if (typeof port.port !== 'string') continue;
        const key = `${port.port}/${port.protocol}`;
        if (served.has(key) || seen.has(key)) continue;
        seen.add(key);
        const other = [...(names.get(port.port) ?? [])].sort();
        // A-26: name and protocol must both agree at the destination pod, else the port matches nothing.
        const why = other.length
          ? `containers name it only for ${other.join(', ')}, so on ${port.protocol} it matches nothing`
          : 'no container in the manifests defines it, so it matches nothing';
        out.push({
          code: 'unresolved-named-port',
          ref: 'A-26',
          file: r.source.file,
          line: r.source.line,
          subject: policyId(p),
          message: `${r.direction} rule ${r.index + 1} names port "${port.port}" (${port.protocol}): ${why} (the policy still isolates).`,
        });
      }
    }
  }
  return out;
}

/**
 * A-22 (option): with pod CIDRs given, an ipBlock that covers only part of them matches the pods
 * whose addresses fall inside, which static manifests cannot tell; it is counted as matching none.
 */
function ipBlocksOverSomePods(reach: Reachability): LintWarning[] {
  // Without pod CIDRs, no ipBlock overlaps them, so nothing is pushed.
  const pods = reach.classification.podCidrs;
  const out: LintWarning[] = [];
  for (const p of reach.cluster.policies) {
    for (const r of [...p.ingress, ...p.egress]) {
      for (const peer of r.peers) {
        if (peer.kind !== 'ipBlock' || ipBlockHoldsPods(peer.ranges, pods)) continue;
        if (!peer.ranges.some((x) => pods.some((c) => rangesOverlap(x, c)))) continue;
        out.push({
          code: 'ipblock-some-pods',
          ref: 'A-22',
          file: r.source.file,
          line: r.source.line,
          subject: policyId(p),
          message: `ipBlock ${peer.cidr}${peer.except.length ? ` except ${peer.except.join(', ')}` : ''} covers part of the pod CIDRs: it matches the pods whose addresses fall inside, which the manifests cannot tell, so flowgate counts it as matching no pod.`,
        });
      }
    }
  }
  return out;
}

/**
 * Doubtful constructs of one state: implicit policyTypes (A-3e), policies that select nothing
 * (A-14), egress isolation that blocks DNS (A-33), hostNetwork workloads (A-31) and named ports
 * that no container serves (A-26). Sorted by code, file, line and subject.
 */
export function lintReachability(reach: Reachability): LintWarning[] {
  const all = [
    ...reach.cluster.policies.map(implicitTypes).filter((w): w is LintWarning => w !== null),
    ...dangling(reach),
    ...dnsBlocked(reach),
    ...hostNetwork(reach),
    ...unresolvedNamedPorts(reach),
    ...ipBlocksOverSomePods(reach),
    ...lintTiers(reach),
    ...lintCiliumDenies(reach),
  ];
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return all.sort(
    (a, b) => CODE_ORDER.indexOf(a.code) - CODE_ORDER.indexOf(b.code) || cmp(a.file, b.file) || a.line - b.line || cmp(a.subject, b.subject) || cmp(a.message, b.message),
  );
}
