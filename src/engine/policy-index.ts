import { selectorKey } from '../model/label-selector';
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
}

function peerKey(peer: Peer, namespace: string): string {
  if (peer.kind === 'ipBlock') return `ip:${peer.cidr}:${[...peer.except].sort().join(',')}`;
  const ns = peer.namespaceSelector ? `nsSel:${selectorKey(peer.namespaceSelector)}` : `ns:${namespace}`;
  return `${ns}|${peer.podSelector ? selectorKey(peer.podSelector) : '*'}`;
}

export function buildPolicyIndex(policies: readonly Policy[]): PolicyIndex {
  const byKey = new Map<string, DistinctPeer>();
  const peers: DistinctPeer[] = [];
  const portNames = new Set<string>();
  let serial = 0;
  const index = (policy: Policy, rules: readonly Rule[]): IndexedRule[] =>
    rules.map((rule) => {
      const peerIds = rule.peers.length === 0
        ? null
        : rule.peers.map((peer) => {
            const key = peerKey(peer, policy.namespace);
            let d = byKey.get(key);
            if (!d) {
              d = { id: peers.length, namespace: policy.namespace, peer };
              byKey.set(key, d);
              peers.push(d);
            }
            return d.id;
          });
      let named = false;
      for (const p of rule.ports) {
        if (typeof p.port === 'string') {
          named = true;
          portNames.add(p.port);
        }
      }
      return { policy, rule, peerIds: peerIds && [...new Set(peerIds)], ports: rule.ports, named, serial: serial++ };
    });
  const ingress = new Map<Policy, IndexedRule[]>();
  const egress = new Map<Policy, IndexedRule[]>();
  for (const p of policies) {
    ingress.set(p, index(p, p.ingress));
    egress.set(p, index(p, p.egress));
  }
  return { policies, peers, ingress, egress, portNames };
}
