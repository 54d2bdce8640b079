import { selectorKey } from '../model/label-selector';
import type { TierAction, TierRule, TieredPolicy } from '../model/tiers';
import type { Peer, Policy, PolicyPort, Rule } from '../model/types';

/** A rule with its peers replaced by ids of distinct peers, so classes can be matched by id. */
export interface IndexedRule {
  policy: Policy;
  rule: Rule;
  /** null: the rule has no peers and matches every source or destination. */
  peerIds: readonly number[] | null;
  ports: readonly PolicyPort[];
  /** The rule names a port by name, so its ports depend on the destination. */
  named: boolean;
  /** A unique number, for memoising. */
  serial: number;
}

/** A rule of a tiered policy (T-1), indexed like the v1 rules so that peers and port memos are shared. */
export interface IndexedTierRule {
  policy: TieredPolicy;
  rule: TierRule;
  action: TierAction;
  /** null: every peer (T-10, fail closed); [] matches nothing. */
  peerIds: readonly number[] | null;
  ports: readonly PolicyPort[];
  named: boolean;
  serial: number;
}

export interface DistinctPeer {
  id: number;
  /** The policy namespace a pods peer without namespaceSelector refers to. */
  namespace: string;
  peer: Peer;
}

/**
 * Policies, rules and peers with identical peers shared: a peer `{podSelector: {app: dns}}` written
 * in 300 policies of one namespace is matched once.
 */
export interface PolicyIndex {
  policies: readonly Policy[];
  peers: readonly DistinctPeer[];
  ingress: Map<Policy, IndexedRule[]>;
  egress: Map<Policy, IndexedRule[]>;
  /** Every port name any rule uses. */
  portNames: ReadonlySet<string>;
  /** T-2, T-3: the tiered policies in evaluation order (Admin, then Baseline; priority; id). */
  tiered: readonly TieredPolicy[];
  tierIngress: Map<TieredPolicy, IndexedTierRule[]>;
  tierEgress: Map<TieredPolicy, IndexedTierRule[]>;
  /** C-9: the deny rules of Cilium policies (empty lists for the others). */
  denyIngress: Map<Policy, IndexedRule[]>;
  denyEgress: Map<Policy, IndexedRule[]>;
  /** Whether any Cilium deny rule exists (the tier walk then runs, C-10). */
  hasDeny: boolean;
}

function peerKey(peer: Peer, namespace: string): string {
  if (peer.kind === 'ipBlock') {
    let key = `ip:${peer.cidr}:${[...peer.except].sort().join(',')}`;
    // T-9, C-13: the same block matches other endpoints with these flags.
    if (peer.allPods) key += ':pods';
    if (peer.externalOnly) key += ':external';
    return key;
  }
  const ns = peer.namespaceSelector ? `nsSel:${selectorKey(peer.namespaceSelector)}` : `ns:${namespace}`;
  return peer.podSelector ? `${ns}|${selectorKey(peer.podSelector)}` : `${ns}|*`;
}

export function buildPolicyIndex(policies: readonly Policy[], tiered: readonly TieredPolicy[] = []): PolicyIndex {
  const byKey = new Map<string, DistinctPeer>();
  const peers: DistinctPeer[] = [];
  const portNames = new Set<string>();
  let serial = 0;
  const peerId = (peer: Peer, namespace: string): number => {
    const key = peerKey(peer, namespace);
    let d = byKey.get(key);
    if (!d) {
      d = { id: peers.length, namespace, peer };
      byKey.set(key, d);
      peers.push(d);
    }
    return d.id;
  };
  const isNamed = (ports: readonly PolicyPort[]): boolean => {
    let named = false;
    for (const p of ports) {
      if (typeof p.port === 'string') {
        named = true;
        portNames.add(p.port);
      }
    }
    return named;
  };
  const index = (policy: Policy, rules: readonly Rule[]): IndexedRule[] =>
    rules.map((rule) => {
      const peerIds = rule.peers.length === 0 ? null : [...new Set(rule.peers.map((peer) => peerId(peer, policy.namespace)))];
      return { policy, rule, peerIds, ports: rule.ports, named: isNamed(rule.ports), serial: serial++ };
    });
  // T-7: tiered peers always carry a namespaceSelector, so they belong to no namespace.
  const indexTier = (policy: TieredPolicy, rules: readonly TierRule[]): IndexedTierRule[] =>
    rules.map((rule) => ({
      policy,
      rule,
      action: rule.action,
      // Stryker disable next-line StringLiteral: T-7: a tiered peer has a namespaceSelector or is a network, so its namespace is never read
      peerIds: rule.everyPeer ? null : [...new Set(rule.peers.map((peer) => peerId(peer, '')))],
      ports: rule.ports,
      named: isNamed(rule.ports),
      serial: serial++,
    }));
  const ingress = new Map<Policy, IndexedRule[]>();
  const egress = new Map<Policy, IndexedRule[]>();
  const denyIngress = new Map<Policy, IndexedRule[]>();
  const denyEgress = new Map<Policy, IndexedRule[]>();
  let hasDeny = false;
  for (const p of policies) {
    ingress.set(p, index(p, p.ingress));
    egress.set(p, index(p, p.egress));
    if (!p.cilium) continue;
    // C-9: Cilium deny rules are indexed like allow rules (an empty peer list is every peer, C-12).
    denyIngress.set(p, index(p, p.cilium.denyIngress));
    denyEgress.set(p, index(p, p.cilium.denyEgress));
    hasDeny ||= p.cilium.denyIngress.length + p.cilium.denyEgress.length > 0;
  }
  const tierIngress = new Map<TieredPolicy, IndexedTierRule[]>();
  const tierEgress = new Map<TieredPolicy, IndexedTierRule[]>();
  for (const p of tiered) {
    tierIngress.set(p, indexTier(p, p.ingress));
    tierEgress.set(p, indexTier(p, p.egress));
  }
  return { policies, peers, ingress, egress, portNames, tiered, tierIngress, tierEgress, denyIngress, denyEgress, hasDeny };
}
