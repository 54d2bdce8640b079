import { describe, expect, it } from 'vitest';
import type { EndpointClass } from '../../src/engine/classify';
import { ConnsOps } from '../../src/engine/conns-ops';
import type { IndexedRule, IndexedTierRule, PolicyIndex } from '../../src/engine/policy-index';
import { evaluateTiers, tierSide, TierScratch, type TierContext, type TierOutcome, type TierSide } from '../../src/engine/tier-verdicts';
import { ALL_CONNS, connsOf, formatConns, type Conns } from '../../src/model/conns';
import { ConnsTable } from '../../src/model/conns-table';
import type { TierAction, TieredPolicy } from '../../src/model/tiers';
import type { Policy } from '../../src/model/types';

/**
 * The tier walk on its own, over three peer classes 0, 1, 2 (T-2 … T-5, C-9, C-10): each rule
 * names the peers it matches (null: every peer, T-10) and the ports it takes there. Within a tier
 * the rules go in order, each taking what is still open that its ports match (T-3); Accept allows
 * it, Deny drops it, Pass hands it to the next tier (T-4). A subject that a NetworkPolicy isolates
 * gets accepted ∪ (passed or left ∩ the NetworkPolicy verdict) and never meets the Baseline tier
 * (T-5); another meets the Baseline tier, and what that leaves or passes is allowed (T-2).
 * Cilium denies drop what the Admin tier passed or left (C-10).
 */
const N = 3;
const table = new ConnsTable();
const ops = new ConnsOps(table);
const tcp = (...ports: number[]): Conns => connsOf('TCP', ports.map((p) => [p, p] as [number, number]));
const ALL = ops.all;
const id = (c: Conns) => table.intern(c);

let serial = 0;
const portsOf = new Map<number, number>();
function tierRule(action: TierAction, peers: number[] | null, ports: Conns = ALL_CONNS): IndexedTierRule {
  const r = { action, peerIds: peers, serial: serial++, named: false, ports: [] } as unknown as IndexedTierRule;
  portsOf.set(r.serial, id(ports));
  return r;
}
function denyRule(peers: number[] | null, ports: Conns = ALL_CONNS): IndexedRule {
  const r = { peerIds: peers, serial: serial++, named: false, ports: [] } as unknown as IndexedRule;
  portsOf.set(r.serial, id(ports));
  return r;
}

const ctx: TierContext = {
  n: N,
  ops,
  targets: (r) => (r.peerIds === null ? null : Int32Array.from(r.peerIds)),
  ports: (r) => portsOf.get(r.serial)!,
};

/** `peer: verdict` for every peer the walk emits, in order. */
function run(side: Partial<TierSide>, isolated: boolean, np: (p: number) => number = () => ALL, s = new TierScratch(N), memo?: { map: Map<string, TierOutcome>; key: string }): string[] {
  const out: string[] = [];
  evaluateTiers(ctx, { admin: [], deny: [], baseline: [], ...side }, isolated, np, (p, v) => out.push(`${p}: ${formatConns(table.get(v))}`), s, memo);
  return out;
}

const ADMIN = [tierRule('Accept', [0], tcp(80)), tierRule('Deny', [0, 1]), tierRule('Pass', [2], tcp(443, 8443)), tierRule('Deny', [2])];

describe('evaluateTiers', () => {
  it('T-3, T-4: Admin rules in order; a subject nothing isolates meets the Baseline tier, then the default allow (T-2)', () => {
    expect(run({ admin: ADMIN }, false)).toEqual(['0: TCP 80', '1: none', '2: TCP 443,8443']);
    expect(run({ admin: ADMIN, baseline: [tierRule('Deny', [2], tcp(443))] }, false)).toEqual(['0: TCP 80', '1: none', '2: TCP 8443']);
    expect(run({ admin: ADMIN, baseline: [tierRule('Accept', [2], tcp(443)), tierRule('Deny', [2])] }, false)).toEqual(['0: TCP 80', '1: none', '2: TCP 443']);
    // A Baseline Pass hands over to the default allow (T-4).
    expect(run({ admin: ADMIN, baseline: [tierRule('Pass', [2], tcp(443)), tierRule('Deny', [2])] }, false)).toEqual(['0: TCP 80', '1: none', '2: TCP 443']);
  });

  it('T-5: a subject a NetworkPolicy isolates: accepted, plus what is passed or left where the NetworkPolicy allows; no Baseline', () => {
    const baseline = [tierRule('Deny', null)];
    expect(run({ admin: ADMIN, baseline }, true)).toEqual(['0: TCP 80', '1: none', '2: TCP 443,8443']);
    expect(run({ admin: ADMIN, baseline }, true, (p) => (p === 2 ? id(tcp(443)) : 0))).toEqual(['0: TCP 80', '1: none', '2: TCP 443']);
    expect(run({ admin: ADMIN, baseline }, true, () => 0)).toEqual(['0: TCP 80', '1: none', '2: none']);
    // What no Admin rule matches is left to the NetworkPolicy verdict.
    expect(run({ admin: [tierRule('Accept', [1], tcp(80))] }, true, () => id(tcp(22)))).toEqual(['1: TCP 22,80']);
  });

  it('only the peers a rule matches are emitted; a rule without peers (null) matches every peer, [] none', () => {
    expect(run({ admin: [tierRule('Deny', [1], tcp(22))] }, false)).toEqual(['1: TCP 1-21,23-65535, UDP all, SCTP all']);
    expect(run({ admin: [tierRule('Deny', [])] }, false)).toEqual([]);
    expect(run({ baseline: [tierRule('Deny', null, tcp(22))] }, false)).toEqual(['0: TCP 1-21,23-65535, UDP all, SCTP all', '1: TCP 1-21,23-65535, UDP all, SCTP all', '2: TCP 1-21,23-65535, UDP all, SCTP all']);
  });

  it('a later rule sees only what earlier ones left (T-3): Deny after Accept of the same port takes nothing of it', () => {
    expect(run({ admin: [tierRule('Accept', [0], tcp(80)), tierRule('Deny', [0], tcp(80, 81))] }, true, () => 0)).toEqual(['0: TCP 80']);
    expect(run({ admin: [tierRule('Deny', [0], tcp(80)), tierRule('Accept', [0], tcp(80, 81))] }, true, () => 0)).toEqual(['0: TCP 81']);
    expect(run({ admin: [tierRule('Pass', [0], tcp(80)), tierRule('Accept', [0], tcp(80, 81))] }, true, () => 0)).toEqual(['0: TCP 81']);
  });

  it('C-9, C-10: a Cilium deny drops what the Admin tier passed or left, not what it accepted', () => {
    const deny = [denyRule([0, 2], tcp(80, 443)), denyRule([1], tcp(5432))];
    expect(run({ admin: ADMIN, deny }, true)).toEqual(['0: TCP 80', '1: none', '2: TCP 8443']);
    expect(run({ deny: [denyRule(null, tcp(22))] }, false)).toEqual(['0: TCP 1-21,23-65535, UDP all, SCTP all', '1: TCP 1-21,23-65535, UDP all, SCTP all', '2: TCP 1-21,23-65535, UDP all, SCTP all']);
    expect(run({ deny: [denyRule([1], tcp(22)), denyRule([1], tcp(23))] }, true, () => id(tcp(22, 23, 24)))).toEqual(['1: TCP 24']);
    // A deny of ports the Admin tier already took changes nothing.
    expect(run({ admin: [tierRule('Deny', [1], tcp(22))], deny: [denyRule([1], tcp(22))] }, true, () => id(tcp(22, 23)))).toEqual(['1: TCP 23']);
  });

  it('one scratch serves subject after subject: nothing of one walk leaks into the next', () => {
    const s = new TierScratch(N);
    expect(run({ admin: [tierRule('Accept', [0], tcp(80))] }, true, () => 0, s)).toEqual(['0: TCP 80']);
    expect(run({ admin: [tierRule('Deny', [0], tcp(81))] }, true, () => ALL, s)).toEqual(['0: TCP 1-80,82-65535, UDP all, SCTP all']);
    expect(run({ baseline: [tierRule('Deny', [0, 1], tcp(80))] }, false, () => ALL, s)).toEqual(['0: TCP 1-79,81-65535, UDP all, SCTP all', '1: TCP 1-79,81-65535, UDP all, SCTP all']);
    expect(run({ admin: [tierRule('Pass', [1], tcp(80))], baseline: [tierRule('Deny', [1], tcp(80, 81))] }, false, () => ALL, s)).toEqual(['1: TCP 1-79,82-65535, UDP all, SCTP all']);
  });

  it('classes with the same memo key share the outcome (T-7), isolated or not', () => {
    const map = new Map<string, TierOutcome>();
    const a = { admin: [tierRule('Accept', [0], tcp(80)), tierRule('Deny', [0])] };
    const b = { admin: [tierRule('Deny', [1])] };
    expect(run(a, false, () => ALL, undefined, { map, key: 'k' })).toEqual(['0: TCP 80']);
    expect(run(b, false, () => ALL, undefined, { map, key: 'k' })).toEqual(['0: TCP 80']);
    expect(run(b, true, () => ALL, undefined, { map, key: 'k' })).toEqual(['0: TCP 80']);
    expect(run(b, false, () => ALL, undefined, { map, key: 'other' })).toEqual(['1: none']);
    expect([...map.keys()]).toEqual(['k', 'other']);
  });
});

describe('tierSide (T-7, C-9)', () => {
  const cls = (external: boolean, subjectOf: Policy[], tierSubjectOf: TieredPolicy[]) => ({ external, subjectOf, tierSubjectOf }) as unknown as EndpointClass;
  const admin = { name: 'a', tier: 'Admin' } as TieredPolicy;
  const baseline = { name: 'b', tier: 'Baseline' } as TieredPolicy;
  const np = { name: 'np' } as Policy;
  const cnp = { name: 'cnp', cilium: {} } as Policy;
  const [ai, ae, bi, di, de] = [tierRule('Deny', null), tierRule('Accept', null), tierRule('Pass', null), denyRule(null), denyRule(null)];
  const index = (hasDeny: boolean) =>
    ({
      hasDeny,
      tierIngress: new Map([[admin, [ai]], [baseline, [bi]]]),
      tierEgress: new Map([[admin, [ae]], [baseline, []]]),
      denyIngress: new Map([[cnp, [di]], [np, []]]),
      denyEgress: new Map([[cnp, [de]]]),
    }) as unknown as PolicyIndex;

  it('splits the rules of the tiered policies that select the class by tier, per direction', () => {
    expect(tierSide(cls(false, [], [admin, baseline]), index(false), 'ingress')).toEqual({ admin: [ai], deny: [], baseline: [bi] });
    expect(tierSide(cls(false, [], [admin, baseline]), index(false), 'egress')).toEqual({ admin: [ae], deny: [], baseline: [] });
  });

  it('C-9: the deny rules of the Cilium policies that select it, when any deny exists', () => {
    expect(tierSide(cls(false, [np, cnp], []), index(true), 'ingress')).toEqual({ admin: [], deny: [di], baseline: [] });
    expect(tierSide(cls(false, [np, cnp], []), index(true), 'egress')).toEqual({ admin: [], deny: [de], baseline: [] });
    expect(tierSide(cls(false, [np], []), index(true), 'ingress')).toBeNull();
  });

  it('null with no rule at all, and for an external class (A-32)', () => {
    expect(tierSide(cls(false, [np], [baseline]), index(true), 'egress')).toBeNull();
    expect(tierSide(cls(true, [], [admin]), index(false), 'ingress')).toBeNull();
  });
});
