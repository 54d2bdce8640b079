import { describe, expect, it } from 'vitest';
import { computeDiff, diffBoundaries } from '../../src/diff/compute-diff';
import { formatRange, parseCidr } from '../../src/model/cidr';
import type { TieredPolicy } from '../../src/model/tiers';
import type { Cluster, Policy } from '../../src/model/types';
import { cluster, ipBlock, podsWith, policy, workload } from './model';

/*
 * Issue 18: computeDiff's composition (diff/compute-diff.ts): both states cut at the address
 * boundaries of both (every ipBlock, C-9 Cilium denies, T-9 tiered networks, and the rules'
 * CIDRs), one table, diagnostics of each side marked with it.
 */

const range = (text: string) => {
  const c = parseCidr(text);
  if (!c.ok) throw new Error(text);
  return c.range;
};

const web = workload('web');
const externals = (c: Cluster, d: Cluster, extra: string[] = []) =>
  computeDiff(c, d, { boundaries: extra.map(range) })
    .endpoints.filter((e) => e.kind === 'External')
    .map((e) => e.id);

/** web's egress to 10.0.0.0/8, as a NetworkPolicy, a Cilium deny, or a tiered `networks` peer. */
const npOut = policy('web-out', 'web', 'egress', [ipBlock('10.0.0.0/8')]);
const ciliumDeny: Policy = {
  ...policy('web-deny', 'web', 'egress', []),
  types: { ingress: false, egress: false },
  egress: [],
  cilium: { kind: 'CiliumNetworkPolicy', spec: null, namespaceSelector: { matchLabels: {}, matchExpressions: [] }, denyIngress: [], denyEgress: [{ direction: 'egress', peers: [ipBlock('10.0.0.0/8')], ports: [], index: 0, source: { file: 'd.yaml', line: 9 } }] },
};
const ciliumIngressDeny: Policy = { ...ciliumDeny, cilium: { ...ciliumDeny.cilium!, denyEgress: [], denyIngress: [{ direction: 'ingress', peers: [ipBlock('10.0.0.0/8')], ports: [], index: 0, source: { file: 'd.yaml', line: 9 } }] } };
const tieredOut = (direction: 'ingress' | 'egress'): TieredPolicy => ({
  kind: 'ClusterNetworkPolicy',
  apiVersion: 'policy.networking.k8s.io/v1alpha2',
  name: 'guard',
  tier: 'Admin',
  priority: 1,
  subject: { namespaceSelector: { matchLabels: {}, matchExpressions: [] } },
  ingress: direction === 'ingress' ? [{ direction, action: 'Deny', peers: [ipBlock('10.0.0.0/8')], everyPeer: false, ports: [], index: 0, source: { file: 't.yaml', line: 9 } }] : [],
  egress: direction === 'egress' ? [{ direction, action: 'Deny', peers: [ipBlock('10.0.0.0/8')], everyPeer: false, ports: [], index: 0, source: { file: 't.yaml', line: 9 } }] : [],
  source: { file: 't.yaml', line: 1 },
});

describe('computeDiff: address boundaries of both sides', () => {
  const plain = cluster([web]);
  const CUT = ['0.0.0.0-9.255.255.255', '10.0.0.0/8', '11.0.0.0-255.255.255.255', '::/0'];

  it.each([
    ['a NetworkPolicy ipBlock', cluster([web], [npOut])],
    ['a NetworkPolicy ingress ipBlock', cluster([web], [policy('web-in', 'web', 'ingress', [ipBlock('10.0.0.0/8')])])],
    ['a Cilium egress deny (C-9)', cluster([web], [ciliumDeny])],
    ['a Cilium ingress deny (C-9)', cluster([web], [ciliumIngressDeny])],
    ['a tiered egress network (T-9)', { ...plain, tieredPolicies: [tieredOut('egress')] }],
    ['a tiered ingress network (T-9)', { ...plain, tieredPolicies: [tieredOut('ingress')] }],
  ])('%s in either side cuts both', (_what, c) => {
    expect(externals(c, plain)).toEqual(CUT);
    expect(externals(plain, c)).toEqual(CUT);
  });

  it('pods peers cut nothing; the boundaries given cut too', () => {
    expect(externals(cluster([web], [policy('p', 'web', 'egress', [podsWith('db')])]), plain)).toEqual(['0.0.0.0/0', '::/0']);
    expect(externals(plain, plain, ['10.0.0.0/8'])).toEqual(CUT);
  });

  it('diffBoundaries: base, head, then the boundaries given', () => {
    const b = cluster([web], [npOut]);
    const h = cluster([web], [policy('p', 'web', 'egress', [ipBlock('192.168.0.0/16', ['192.168.1.0/24'])])]);
    expect(diffBoundaries(b, h, { boundaries: [range('172.16.0.0/12')] }).map(formatRange)).toEqual(['10.0.0.0/8', '192.168.0.0/24', '192.168.2.0-192.168.255.255', '172.16.0.0/12']);
    expect(diffBoundaries(b, h).map(formatRange)).toEqual(['10.0.0.0/8', '192.168.0.0/24', '192.168.2.0-192.168.255.255']);
  });
});

describe('computeDiff: the rest', () => {
  it('one table for both sides', () => {
    const d = computeDiff(cluster([web]), cluster([web]));
    expect(d.base.table).toBe(d.head.table);
  });

  it("each side's diagnostics, marked with their side, base first", () => {
    const diag = (file: string) => ({ severity: 'warning' as const, code: 'x', file, line: 1, message: 'm' });
    const d = computeDiff({ ...cluster([web]), diagnostics: [diag('b.yaml')] }, { ...cluster([web]), diagnostics: [diag('h1.yaml'), diag('h2.yaml')] });
    expect(d.diagnostics.map((x) => `${x.side} ${x.file}`)).toEqual(['base b.yaml', 'head h1.yaml', 'head h2.yaml']);
  });

  it('pod CIDRs (A-22): an ipBlock that holds them all matches pods too, on both sides', () => {
    // db admits only 10.0.0.0/8; with the pods in 10.0.0.0/16, web reaches db.
    const db = workload('db');
    const c = cluster([web, db], [policy('db-in', 'db', 'ingress', [ipBlock('10.0.0.0/8')])]);
    const webToDb = (podCidrs: string[]) => {
      const d = computeDiff(c, c, { podCidrs: podCidrs.map(range) });
      const [w, b] = ['prod/web[Deployment]', 'prod/db[Deployment]'].map((id) => d.endpoints.find((e) => e.id === id)!);
      return [d.base.classConns(w!.base, b!.base), d.head.classConns(w!.head, b!.head)].map((x) => x.TCP.length > 0);
    };
    expect(webToDb([])).toEqual([false, false]);
    expect(webToDb(['10.0.0.0/16'])).toEqual([true, true]);
  });
});
