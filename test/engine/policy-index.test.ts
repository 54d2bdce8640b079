import { describe, expect, it } from 'vitest';
import { buildPolicyIndex } from '../../src/engine/policy-index';
import type { TierRule, TieredPolicy } from '../../src/model/tiers';
import type { LabelSelector, Peer, Policy, PolicyPort, Rule } from '../../src/model/types';

/**
 * The policy index shares identical peers so that each is matched once. Two peers may share an
 * id only when they match the same endpoints: A-17 (a pods peer without namespaceSelector is in
 * its policy's namespace), A-21 (an ipBlock is its cidr minus its excepts), T-9 (a `networks`
 * entry that holds every pod matches pods too), C-13 (a Cilium CIDR never matches pods).
 */
const src = { file: 'p.yaml', line: 1 };
const sel = (matchLabels: Record<string, string> = {}): LabelSelector => ({ matchLabels, matchExpressions: [] });
const pods = (podSelector?: LabelSelector, namespaceSelector?: LabelSelector): Peer => ({ kind: 'pods', podSelector, namespaceSelector });
const ip = (cidr: string, except: string[] = [], flags: { allPods?: boolean; externalOnly?: boolean } = {}): Peer => ({ kind: 'ipBlock', cidr, except, ranges: [], ...flags });
const rule = (peers: Peer[], ports: PolicyPort[] = [], direction: Rule['direction'] = 'ingress'): Rule => ({ direction, peers, ports, index: 0, source: src });

function policy(namespace: string, name: string, ingress: Rule[], egress: Rule[] = [], cilium?: Policy['cilium']): Policy {
  return { namespace, name, podSelector: sel(), types: { ingress: true, egress: egress.length > 0 }, implicitTypes: false, ingress, egress, source: src, ...(cilium ? { cilium } : {}) };
}

const tierRule = (peers: Peer[], extra: Partial<TierRule> = {}): TierRule => ({ direction: 'ingress', action: 'Deny', peers, everyPeer: false, ports: [], index: 0, source: src, ...extra });
const tiered = (name: string, ingress: TierRule[], egress: TierRule[] = []): TieredPolicy => ({
  kind: 'ClusterNetworkPolicy',
  apiVersion: 'policy.networking.k8s.io/v1alpha2',
  name,
  tier: 'Admin',
  priority: 1,
  subject: { namespaceSelector: sel() },
  ingress,
  egress,
  source: src,
});

/** The peer ids of the first ingress rule of each policy. */
function ids(...peerLists: Peer[][]): (readonly number[] | null)[] {
  const ps = peerLists.map((peers, i) => policy('prod', `p${i}`, [rule(peers)]));
  const index = buildPolicyIndex(ps);
  return ps.map((p) => index.ingress.get(p)![0]!.peerIds);
}

describe('buildPolicyIndex: shared peers', () => {
  it.each<[string, Peer, Peer, boolean]>([
    ['the same pods peer', pods(sel({ app: 'a' })), pods(sel({ app: 'a' })), true],
    ['other pod labels', pods(sel({ app: 'a' })), pods(sel({ app: 'b' })), false],
    ['the same namespace and pod selectors', pods(sel(), sel({ env: 'x' })), pods(sel(), sel({ env: 'x' })), true],
    ['other namespace labels', pods(undefined, sel({ env: 'x' })), pods(undefined, sel({ env: 'y' })), false],
    ['a namespaceSelector peer and an own-namespace peer', pods(sel({ app: 'a' }), sel()), pods(sel({ app: 'a' })), false],
    ['every pod of the namespaces, or some', pods(undefined, sel({ env: 'x' })), pods(sel({ app: 'a' }), sel({ env: 'x' })), false],
    ['the same ipBlock, excepts in another order', ip('10.0.0.0/8', ['10.1.0.0/16', '10.2.0.0/16']), ip('10.0.0.0/8', ['10.2.0.0/16', '10.1.0.0/16']), true],
    ['another cidr', ip('10.0.0.0/8'), ip('11.0.0.0/8'), false],
    ['another except', ip('10.0.0.0/8', ['10.1.0.0/16']), ip('10.0.0.0/8', ['10.2.0.0/16']), false],
    ['an except or none', ip('10.0.0.0/8', ['10.1.0.0/16']), ip('10.0.0.0/8'), false],
    ['two excepts or one joined', ip('10.0.0.0/8', ['10.1.0.0/16', '10.2.0.0/16']), ip('10.0.0.0/8', ['10.1.0.0/1610.2.0.0/16']), false],
    ['T-9: a networks entry for every pod, or an ipBlock', ip('0.0.0.0/0', [], { allPods: true }), ip('0.0.0.0/0'), false],
    ['C-13: a Cilium CIDR, or an ipBlock', ip('0.0.0.0/0', [], { externalOnly: true }), ip('0.0.0.0/0'), false],
  ])('%s: shared %s', (_what, a, b, shared) => {
    const [x, y] = ids([a], [b]);
    expect(x![0] === y![0]).toBe(shared);
  });

  it('A-17: a pods peer without namespaceSelector is keyed by its policy namespace', () => {
    const a = policy('prod', 'a', [rule([pods(sel({ app: 'x' }))])]);
    const b = policy('dev', 'b', [rule([pods(sel({ app: 'x' }))])]);
    const c = policy('dev', 'c', [rule([pods(sel({ app: 'x' }), sel())])]);
    const d = policy('prod', 'd', [rule([pods(sel({ app: 'x' }), sel())])]);
    const index = buildPolicyIndex([a, b, c, d]);
    const peer = (p: Policy) => index.ingress.get(p)![0]!.peerIds![0]!;
    expect(new Set([peer(a), peer(b), peer(c)]).size).toBe(3);
    expect(peer(d)).toBe(peer(c));
    expect(index.peers.map((p) => p.namespace)).toEqual(['prod', 'dev', 'dev']);
    expect(index.peers[peer(a)]!.peer).toBe(a.ingress[0]!.peers[0]);
    expect(index.peers.map((p) => p.id)).toEqual([0, 1, 2]);
  });

  it('A-16: a rule without peers matches every peer (null); a peer written twice in a rule counts once', () => {
    const [none, twice] = ids([], [pods(sel({ app: 'a' })), ip('10.0.0.0/8'), pods(sel({ app: 'a' }))]);
    expect(none).toBeNull();
    expect(twice).toEqual([0, 1]);
  });
});

describe('buildPolicyIndex: rules', () => {
  it('indexes ingress and egress rules with their ports, a unique serial each, and A-26 named ports', () => {
    const p = policy('prod', 'p', [rule([], [{ protocol: 'TCP', port: 80 }]), rule([], [{ protocol: 'TCP', port: 'http' }, { protocol: 'UDP' }])], [rule([], [{ protocol: 'UDP', port: 'dns' }], 'egress')]);
    const q = policy('prod', 'q', [rule([], [])]);
    const index = buildPolicyIndex([p, q]);
    const [i0, i1] = index.ingress.get(p)!;
    const [e0] = index.egress.get(p)!;
    expect([i0!.named, i1!.named, e0!.named, index.ingress.get(q)![0]!.named]).toEqual([false, true, true, false]);
    expect(i1!.ports).toBe(p.ingress[1]!.ports);
    expect(i0!.rule).toBe(p.ingress[0]);
    expect(i0!.policy).toBe(p);
    expect([...index.portNames].sort()).toEqual(['dns', 'http']);
    const serials = [i0!, i1!, e0!, index.ingress.get(q)![0]!].map((r) => r.serial);
    expect(new Set(serials).size).toBe(4);
    expect(index.policies).toEqual([p, q]);
  });

  it('C-9: Cilium deny rules are indexed (with the peers of allow rules); other policies have none; hasDeny says whether any exists', () => {
    const cilium = (denyIngress: Rule[], denyEgress: Rule[]): Policy['cilium'] => ({ kind: 'CiliumNetworkPolicy', spec: null, namespaceSelector: sel(), denyIngress, denyEgress });
    const np = policy('prod', 'np', [rule([pods(sel({ app: 'a' }))])]);
    const allowOnly = policy('prod', 'c0', [rule([pods(sel({ app: 'a' }))])], [], cilium([], []));
    expect(buildPolicyIndex([np, allowOnly]).hasDeny).toBe(false);
    const denyIn = policy('prod', 'c1', [], [], cilium([rule([pods(sel({ app: 'a' }))], [{ protocol: 'TCP', port: 'web' }])], []));
    const denyOut = policy('prod', 'c2', [], [], cilium([], [rule([], [], 'egress')]));
    const index = buildPolicyIndex([np, allowOnly, denyIn, denyOut]);
    expect(index.hasDeny).toBe(true);
    expect(buildPolicyIndex([denyOut]).hasDeny).toBe(true);
    expect(buildPolicyIndex([denyIn]).hasDeny).toBe(true);
    expect(index.denyIngress.has(np)).toBe(false);
    expect(index.denyIngress.get(allowOnly)).toEqual([]);
    const [d] = index.denyIngress.get(denyIn)!;
    expect(d!.peerIds).toEqual(index.ingress.get(np)![0]!.peerIds);
    expect(d!.named).toBe(true);
    expect(index.portNames.has('web')).toBe(true);
    expect(index.denyEgress.get(denyOut)![0]!.peerIds).toBeNull();
    expect(index.denyEgress.get(denyIn)).toEqual([]);
  });

  it('T-7, T-10: tiered rules: peers in no namespace, everyPeer as every peer (null), [] as none; in the given order', () => {
    const shared = pods(sel({ app: 'a' }), sel({ env: 'x' }));
    const a = tiered('a', [tierRule([shared]), tierRule([], { everyPeer: true }), tierRule([])], [tierRule([shared, shared], { direction: 'egress', ports: [{ protocol: 'TCP', port: 'http' }] })]);
    const b = tiered('b', []);
    const np = policy('prod', 'np', [rule([pods(sel({ app: 'a' }), sel({ env: 'x' }))])]);
    const index = buildPolicyIndex([np], [b, a]);
    expect(index.tiered).toEqual([b, a]);
    const [r0, r1, r2] = index.tierIngress.get(a)!;
    expect([r0!.peerIds, r1!.peerIds, r2!.peerIds]).toEqual([[0], null, []]);
    expect(r0!.action).toBe('Deny');
    expect(r0!.rule).toBe(a.ingress[0]);
    expect(r0!.policy).toBe(a);
    expect(index.peers[0]!.namespace).toBe('prod');
    const [e0] = index.tierEgress.get(a)!;
    expect(e0!.peerIds).toEqual([0]);
    expect(e0!.named).toBe(true);
    expect(index.portNames.has('http')).toBe(true);
    expect(index.tierIngress.get(b)).toEqual([]);
    expect(new Set([...index.ingress.get(np)!, r0!, r1!, r2!, e0!].map((r) => r.serial)).size).toBe(5);
  });
});
