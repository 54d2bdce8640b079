import { describe, expect, it } from 'vitest';
import { changedPairs } from '../../src/diff/change-pairs';
import { computeDiff, type Because } from '../../src/diff/compute-diff';
import type { TierAction, TieredPolicy, TierRule } from '../../src/model/tiers';
import type { Cluster, Policy } from '../../src/model/types';
import { cluster, podsWith, policy, workload } from './model';

/*
 * Issue 18: why a changed flow changed (diff/explain-changes.ts, PRODUCT.md part 3: "every
 * changed flow names why"): the rules that allow it after, the policies that isolate it after,
 * the rules that allowed what closed, and through the tiers (T-2 … T-5) and Cilium (C-9, C-24).
 */

const web = workload('web');
const db = workload('db');

/** `policy side role direction file:line [rule n] [tier action] [cilium …]`, one per reason. */
const reason = (b: Because) =>
  [b.policy, b.side, b.role, b.direction, `${b.file}:${b.line}`, b.rule === undefined ? '' : `rule ${b.rule}`, b.tier ? `${b.tier} ${b.action}` : '', b.cilium ? `${b.cilium.kind} ${b.cilium.spec} ${b.cilium.section ?? '-'} ${b.cilium.l7?.join('+') ?? '-'}` : '']
    .filter(Boolean)
    .join(' ');

/** The change of web -> db: its kind and reasons. */
function why(base: Cluster, head: Cluster, from = 'prod/web[Deployment]', to = 'prod/db[Deployment]'): string[] {
  const d = computeDiff(base, head);
  const c = [...changedPairs(d)].find((p) => d.endpoints[p.from]!.id === from && d.endpoints[p.to]!.id === to);
  if (!c) return ['unchanged'];
  return [c.group.kind, ...c.group.because.map(reason)];
}

const dbClosed = policy('db-in', 'db', 'ingress', null);
const dbWeb = (...ports: number[]) => policy('db-web', 'db', 'ingress', [podsWith('web')], ports, 20);

describe('NetworkPolicy reasons', () => {
  it('opened: the rule that allows it now', () => {
    expect(why(cluster([web, db], [dbClosed]), cluster([web, db], [dbClosed, dbWeb(80)]))).toEqual(['opened', 'prod/db-web head allows ingress db-web.yaml:28']);
  });

  it('closed by isolation: the policy that isolates it now (nothing allowed it by a rule before)', () => {
    expect(why(cluster([web, db]), cluster([web, db], [dbClosed]))).toEqual(['closed', 'prod/db-in head isolates ingress db-in.yaml:1']);
  });

  it('closed: the isolating policy now, then the rule that allowed it before', () => {
    expect(why(cluster([web, db], [dbClosed, dbWeb(80)]), cluster([web, db], [dbClosed]))).toEqual(['closed', 'prod/db-in head isolates ingress db-in.yaml:1', 'prod/db-web base allowed-before ingress db-web.yaml:28']);
  });

  it('narrowed: what allows the rest, what isolates the closed part, what allowed it before', () => {
    expect(why(cluster([web, db], [dbWeb(80, 443)]), cluster([web, db], [dbWeb(80)]))).toEqual([
      'narrowed',
      'prod/db-web head allows ingress db-web.yaml:28',
      'prod/db-web head isolates ingress db-web.yaml:20',
      'prod/db-web base allowed-before ingress db-web.yaml:28',
    ]);
  });

  it('a closed part another rule still allows is not blamed on isolation', () => {
    // Head: db-web allows 80 only, but a second policy allows web on 443: only 8080 closed, by isolation.
    const other = policy('db-web2', 'db', 'ingress', [podsWith('web')], [443], 40);
    expect(why(cluster([web, db], [dbWeb(80, 443, 8080)]), cluster([web, db], [dbWeb(80), other]))).toEqual([
      'narrowed',
      'prod/db-web head allows ingress db-web.yaml:28',
      'prod/db-web2 head allows ingress db-web2.yaml:48',
      'prod/db-web head isolates ingress db-web.yaml:20',
      'prod/db-web2 head isolates ingress db-web2.yaml:40',
      'prod/db-web base allowed-before ingress db-web.yaml:28',
    ]);
  });

  it('egress: the source side, before the destination side', () => {
    const webOut = policy('web-out', 'web', 'egress', null, [], 50);
    expect(why(cluster([web, db]), cluster([web, db], [webOut, dbClosed]))).toEqual(['closed', 'prod/web-out head isolates egress web-out.yaml:50', 'prod/db-in head isolates ingress db-in.yaml:1']);
    const webToDb = policy('web-db', 'web', 'egress', [podsWith('db')], [80], 60);
    expect(why(cluster([web, db], [webOut]), cluster([web, db], [webToDb]))).toEqual(['opened', 'prod/web-db head allows egress web-db.yaml:68']);
  });

  it('an added workload: only head reasons; a removed one: only base reasons', () => {
    expect(why(cluster([web]), cluster([web, db], [dbWeb(80)]))).toEqual(['opened', 'prod/db-web head allows ingress db-web.yaml:28']);
    expect(why(cluster([web, db], [dbWeb(80)]), cluster([web]))).toEqual(['closed', 'prod/db-web base allowed-before ingress db-web.yaml:28']);
  });

  it('equal reasons are listed once, and cells with other connections get their own reasons', () => {
    // Two rules of db-web at the same line (as a list of peers read twice would be) are one reason.
    const twice: Policy = { ...dbWeb(80), ingress: [dbWeb(80).ingress[0]!, { ...dbWeb(80).ingress[0]!, index: 1 }] };
    expect(why(cluster([web, db], [dbClosed]), cluster([web, db], [dbClosed, twice]))).toEqual(['opened', 'prod/db-web head allows ingress db-web.yaml:28']);
    // api -> db opens on 443 by another policy, in the same row as web -> db.
    const api = workload('api');
    const dbApi = policy('db-api', 'db', 'ingress', [podsWith('api')], [443], 70);
    const base = cluster([web, api, db], [dbClosed]);
    const head = cluster([web, api, db], [dbClosed, dbWeb(80), dbApi]);
    expect(why(base, head)).toEqual(['opened', 'prod/db-web head allows ingress db-web.yaml:28']);
    expect(why(base, head, 'prod/api[Deployment]')).toEqual(['opened', 'prod/db-api head allows ingress db-api.yaml:78']);
  });
});

describe('equal explanations are one explanation (interned), across rows too', () => {
  it('two sources of different classes opened to db by one rule, for one reason, are one group', () => {
    // web and api both carry tier=front, which db's new rule admits; api is also the peer of x's
    // policy, so the two are different classes, each a row of its own.
    const front = (name: string) => ({ ...workload(name), labels: { app: name, tier: 'front' } });
    const ws = [front('api'), front('web'), db, workload('x')];
    const xFromApi = policy('x-api', 'x', 'ingress', [podsWith('api')]);
    const dbFront: Policy = { ...policy('db-front', 'db', 'ingress', [{ kind: 'pods', podSelector: { matchLabels: { tier: 'front' }, matchExpressions: [] } }], [80]) };
    const d = computeDiff(cluster(ws, [dbClosed, xFromApi]), cluster(ws, [dbClosed, xFromApi, dbFront]));
    const id = (j: number) => d.endpoints[d.jointClasses[j]!.members[0]!]!.id;
    expect(d.endpoints.find((e) => e.id === 'prod/api[Deployment]')!.joint).not.toBe(d.endpoints.find((e) => e.id === 'prod/web[Deployment]')!.joint);
    expect(d.groups.map((g) => [g.kind, g.fromClasses.map(id), g.toClasses.map(id), g.because.map(reason)])).toEqual([
      ['opened', ['prod/api[Deployment]', 'prod/web[Deployment]'], ['prod/db[Deployment]'], ['prod/db-front head allows ingress db-front.yaml:9']],
    ]);
  });
});

/** A tiered policy on the pods of namespace prod, with ingress rules from pods app=<from> (T-6, T-7). */
function tiered(name: string, tier: 'Admin' | 'Baseline', rules: [TierAction, string][], line = 100): TieredPolicy {
  const ingress: TierRule[] = rules.map(([action, from], index) => ({
    direction: 'ingress',
    action,
    peers: [{ kind: 'pods', namespaceSelector: { matchLabels: {}, matchExpressions: [] }, podSelector: { matchLabels: { app: from }, matchExpressions: [] } }],
    everyPeer: false,
    ports: [],
    index,
    source: { file: `${name}.yaml`, line: line + 10 + index },
  }));
  return {
    kind: 'ClusterNetworkPolicy',
    apiVersion: 'policy.networking.k8s.io/v1alpha2',
    name,
    tier,
    priority: 1,
    subject: { namespaceSelector: { matchLabels: {}, matchExpressions: [] }, podSelector: { matchLabels: { app: 'db' }, matchExpressions: [] } },
    ingress,
    egress: [],
    source: { file: `${name}.yaml`, line },
  };
}

const withTiers = (c: Cluster, ...t: TieredPolicy[]): Cluster => ({ ...c, tieredPolicies: t });

const plain = cluster([web, db]);

describe('tiered reasons (T-2 … T-5)', () => {

  it('an Admin Deny closes: named with tier, action and rule number', () => {
    expect(why(plain, withTiers(plain, tiered('guard', 'Admin', [['Deny', 'web']])))).toEqual(['closed', 'cnp/guard head denies ingress guard.yaml:110 rule 1 Admin Deny']);
  });

  it('an Admin Accept opens what a NetworkPolicy closed', () => {
    const closed = cluster([web, db], [dbClosed]);
    expect(why(closed, withTiers(closed, tiered('guard', 'Admin', [['Accept', 'nobody'], ['Accept', 'web']])))).toEqual(['opened', 'cnp/guard head allows ingress guard.yaml:111 rule 2 Admin Accept']);
  });

  it('a Pass names itself when what it passed was dropped after it, then what dropped it', () => {
    expect(why(plain, withTiers(cluster([web, db], [dbClosed]), tiered('guard', 'Admin', [['Pass', 'web']])))).toEqual([
      'closed',
      'cnp/guard head passes ingress guard.yaml:110 rule 1 Admin Pass',
      'prod/db-in head isolates ingress db-in.yaml:1',
    ]);
    // Passed to a Baseline Deny.
    expect(why(plain, withTiers(plain, tiered('guard', 'Admin', [['Pass', 'web']]), tiered('floor', 'Baseline', [['Deny', 'web']], 200)))).toEqual([
      'closed',
      'cnp/guard head passes ingress guard.yaml:110 rule 1 Admin Pass',
      'cnp/floor head denies ingress floor.yaml:210 rule 1 Baseline Deny',
    ]);
  });

  it('a Pass that leads to an allow is named among the reasons that allow', () => {
    const closed = cluster([web, db], [dbClosed]);
    expect(why(closed, withTiers(cluster([web, db], [dbClosed, dbWeb()]), tiered('guard', 'Admin', [['Pass', 'web']])))).toEqual([
      'opened',
      'cnp/guard head passes ingress guard.yaml:110 rule 1 Admin Pass',
      'prod/db-web head allows ingress db-web.yaml:28',
    ]);
  });

  it('a Baseline Deny closes what no NetworkPolicy decides; a Baseline Accept allows', () => {
    expect(why(plain, withTiers(plain, tiered('floor', 'Baseline', [['Deny', 'web']], 200)))).toEqual(['closed', 'cnp/floor head denies ingress floor.yaml:210 rule 1 Baseline Deny']);
    const denied = withTiers(plain, tiered('floor', 'Baseline', [['Deny', 'web']], 200));
    expect(why(denied, withTiers(plain, tiered('floor', 'Baseline', [['Accept', 'web']], 200)))).toEqual(['opened', 'cnp/floor head allows ingress floor.yaml:210 rule 1 Baseline Accept']);
    // What base's Baseline Accept allowed is named as allowed before.
    expect(why(withTiers(plain, tiered('floor', 'Baseline', [['Accept', 'web']], 200)), denied)).toEqual([
      'closed',
      'cnp/floor head denies ingress floor.yaml:210 rule 1 Baseline Deny',
      'cnp/floor base allowed-before ingress floor.yaml:210 rule 1 Baseline Accept',
    ]);
  });

  it('an Admin Accept before a Deny: the Accept allows, the Deny is not named', () => {
    const closed = cluster([web, db], [dbClosed]);
    expect(why(closed, withTiers(closed, tiered('guard', 'Admin', [['Accept', 'web'], ['Deny', 'web']])))).toEqual(['opened', 'cnp/guard head allows ingress guard.yaml:110 rule 1 Admin Accept']);
  });
});

describe('tiered reasons on the side that did not close the flow (T-2 … T-5)', () => {
  const webOut = policy('web-out', 'web', 'egress', null, [], 50);
  const egressClosed = ['closed', 'prod/web-out head isolates egress web-out.yaml:50'];

  it('a Pass on the ingress side is not named when web\'s egress isolation closed the flow (what it passed is allowed there)', () => {
    expect(why(plain, withTiers(cluster([web, db], [webOut]), tiered('guard', 'Admin', [['Pass', 'web']])))).toEqual(egressClosed);
  });

  it('an Admin Accept on an isolated ingress is not named when web\'s egress isolation closed the flow', () => {
    expect(why(plain, withTiers(cluster([web, db], [webOut, dbClosed]), tiered('guard', 'Admin', [['Accept', 'web']])))).toEqual(egressClosed);
  });

  it('T-5: an Admin Deny over an isolating NetworkPolicy: only the Deny is named (the NetworkPolicy never sees what the Admin tier dropped)', () => {
    expect(why(plain, withTiers(cluster([web, db], [dbClosed]), tiered('guard', 'Admin', [['Deny', 'web']])))).toEqual(['closed', 'cnp/guard head denies ingress guard.yaml:110 rule 1 Admin Deny']);
  });

  it('two rules written on one line (a flow-style list) are two reasons, told apart by their numbers', () => {
    const g = tiered('guard', 'Admin', [
      ['Accept', 'web'],
      ['Accept', 'web'],
    ]);
    const oneLine = { ...g, ingress: g.ingress.map((r, i) => ({ ...r, ports: [{ protocol: 'TCP' as const, port: [80, 443][i]! }], source: { file: 'guard.yaml', line: 110 } })) };
    const closed = cluster([web, db], [dbClosed]);
    expect(why(closed, withTiers(closed, oneLine))).toEqual(['opened', 'cnp/guard head allows ingress guard.yaml:110 rule 1 Admin Accept', 'cnp/guard head allows ingress guard.yaml:110 rule 2 Admin Accept']);
  });
});

/** A CiliumNetworkPolicy rule in prod on app=<app> (C-1), read into the policy model. */
function cilium(p: Policy, spec: number | null, l7: string[], deny = false): Policy {
  const rules = p.ingress.map((r) => ({ ...r, cilium: { section: deny ? ('ingressDeny' as const) : ('ingress' as const), l7 } }));
  return {
    ...p,
    ingress: deny ? [] : rules,
    cilium: { kind: 'CiliumNetworkPolicy', spec, namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'prod' }, matchExpressions: [] }, denyIngress: deny ? rules : [], denyEgress: [] },
  };
}

describe('Cilium reasons (C-24)', () => {
  it('an allow names its kind, spec, section, rule number and L7 protocols', () => {
    expect(why(cluster([web, db], [dbClosed]), cluster([web, db], [dbClosed, cilium(dbWeb(80), 2, ['http'])]))).toEqual([
      'opened',
      'cilium/prod/db-web head allows ingress db-web.yaml:28 rule 1 CiliumNetworkPolicy specs[2] ingress http',
    ]);
    expect(why(cluster([web, db], [dbClosed]), cluster([web, db], [dbClosed, cilium(dbWeb(80), null, [])]))).toEqual([
      'opened',
      'cilium/prod/db-web head allows ingress db-web.yaml:28 rule 1 CiliumNetworkPolicy spec ingress -',
    ]);
  });

  it('rules of two specs of one policy written on one line are two reasons, told apart by their spec (C-24)', () => {
    // specs[0] allows web on 80, specs[1] on 443; both rules at db-web.yaml:28.
    const specs = [cilium(dbWeb(80), 0, []), cilium(dbWeb(443), 1, [])];
    expect(why(cluster([web, db], [dbClosed]), cluster([web, db], [dbClosed, ...specs]))).toEqual([
      'opened',
      'cilium/prod/db-web head allows ingress db-web.yaml:28 rule 1 CiliumNetworkPolicy specs[0] ingress -',
      'cilium/prod/db-web head allows ingress db-web.yaml:28 rule 1 CiliumNetworkPolicy specs[1] ingress -',
    ]);
  });

  it('a deny rule closes (C-9): named as denying, before the policy that isolates the rest (C-5)', () => {
    expect(why(cluster([web, db]), cluster([web, db], [cilium(dbWeb(80), null, [], true)]))).toEqual([
      'closed',
      'cilium/prod/db-web head denies ingress db-web.yaml:28 rule 1 CiliumNetworkPolicy spec ingressDeny -',
      'cilium/prod/db-web head isolates ingress db-web.yaml:20 CiliumNetworkPolicy spec - -',
    ]);
  });

  it('a Cilium policy that isolates is named without a rule', () => {
    const isolating = cilium(dbClosed, null, []);
    expect(why(cluster([web, db]), cluster([web, db], [isolating]))).toEqual(['closed', 'cilium/prod/db-in head isolates ingress db-in.yaml:1 CiliumNetworkPolicy spec - -']);
  });
});

describe('reasons of flows from external ranges and of egress (issue 18)', () => {
  const ext = '0.0.0.0/0';

  it('a flow from an external range: only the destination\'s side explains it (A-32: the range has no side)', () => {
    expect(why(cluster([web, db], [dbClosed]), cluster([web, db]), ext)).toEqual(['opened']);
    expect(why(cluster([web, db]), cluster([web, db], [dbClosed]), ext)).toEqual(['closed', 'prod/db-in head isolates ingress db-in.yaml:1']);
  });

  it('an egress rule that allowed what closed is named as allowed before, on the egress side', () => {
    const webOut = policy('web-out', 'web', 'egress', null, [], 50);
    const webToDb = policy('web-db', 'web', 'egress', [podsWith('db')], [80], 60);
    expect(why(cluster([web, db], [webToDb]), cluster([web, db], [webOut]))).toEqual(['closed', 'prod/web-out head isolates egress web-out.yaml:50', 'prod/web-db base allowed-before egress web-db.yaml:68']);
  });

  it('a Baseline Accept on the ingress side is not named when egress isolation closed the flow; the Baseline Deny that drops the rest there is', () => {
    const webOut = policy('web-out', 'web', 'egress', null, [], 50);
    const floor = tiered('floor', 'Baseline', [
      ['Accept', 'web'],
      ['Deny', 'web'],
    ], 200);
    const on80 = { ...floor, ingress: floor.ingress.map((r, i) => (i === 0 ? { ...r, ports: [{ protocol: 'TCP' as const, port: 80 }] } : r)) };
    expect(why(plain, withTiers(cluster([web, db], [webOut]), on80))).toEqual(['closed', 'prod/web-out head isolates egress web-out.yaml:50', 'cnp/floor head denies ingress floor.yaml:211 rule 2 Baseline Deny']);
  });
});
