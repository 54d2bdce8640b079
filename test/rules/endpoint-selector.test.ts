import { describe, expect, it } from 'vitest';
import type { DiffEndpoint } from '../../src/diff/compute-diff';
import type { Reachability } from '../../src/engine/compute-reachability';
import { parseCidr } from '../../src/model/cidr';
import { WORKLOAD_KINDS, type LabelSelector, type Namespace, type Workload } from '../../src/model/types';
import { describeSelector, endpointLabel, matchesEndpoint, mayMatchStandIn, sideView, type SideView } from '../../src/rules/endpoint-selector';
import type { EndpointSelector, RuleCidr } from '../../src/rules/types';

/** Issue 18: what a rule end matches (the gate's selectors), field by field. */

function workload(namespace: string, name: string, kind: Workload['kind'], labels: Record<string, string> = {}): Workload {
  return { kind, namespace, name, labels, ports: [], hostNetwork: false, source: { file: 'k8s.yaml', line: 1 } };
}

function cidr(text: string): RuleCidr {
  const c = parseCidr(text);
  if (!c.ok) throw new Error(c.error);
  return { text: c.canonical, range: c.range };
}

const wlEndpoint = (w: Workload, cls = 0): DiffEndpoint =>
  ({ base: cls, head: cls, joint: 0, id: w.kind === 'Unlisted' ? `${w.namespace}/${w.name}` : `${w.namespace}/${w.name}[${w.kind}]`, kind: w.kind, namespace: w.namespace, name: w.name, hostNetwork: false, workload: w, presence: 'both' }) as DiffEndpoint;

const extEndpoint = (text: string, cls = 1): DiffEndpoint => {
  const c = cidr(text);
  return { base: cls, head: cls, joint: 1, id: text, kind: 'External', cidrs: [text], range: c.range, presence: 'both' } as DiffEndpoint;
};

const sel = (labels: Record<string, string>): LabelSelector => ({ matchLabels: labels, matchExpressions: [] });

const api = workload('prod', 'api', 'Deployment', { app: 'api' });
const standIn = workload('dev', '[all pods]', 'Unlisted');
const namespaces = new Map<string, Namespace>([['prod', { name: 'prod', labels: { 'kubernetes.io/metadata.name': 'prod', team: 'pay' } }]]);
const view: SideView = {
  classOf: (e) => e.head,
  namespaces,
  workloads: new Map([
    ['prod/api[Deployment]', api],
    ['dev/[all pods]', standIn],
  ]),
  listedNamespaces: new Set(['prod']),
};

describe('matchesEndpoint', () => {
  const e = wlEndpoint(api);

  it('an endpoint missing on this side matches nothing, not even any: true', () => {
    expect(matchesEndpoint({ any: true }, { ...e, head: -1 } as DiffEndpoint, view)).toBe(false);
    expect(matchesEndpoint({ any: true }, e, view)).toBe(true);
    expect(matchesEndpoint({ any: true }, extEndpoint('10.0.0.0/8'), view)).toBe(true);
  });

  it('every workload field given must hold', () => {
    const cases: [EndpointSelector, boolean][] = [
      [{}, true],
      [{ namespaces: ['dev', 'prod'] }, true],
      [{ namespaces: ['dev'] }, false],
      [{ workloads: ['api', 'web'] }, true],
      [{ workloads: ['web'] }, false],
      [{ kinds: ['Deployment'] }, true],
      [{ kinds: ['StatefulSet', 'Pod'] }, false],
      [{ labels: sel({ app: 'api' }) }, true],
      [{ labels: sel({ app: 'web' }) }, false],
      [{ namespaceLabels: sel({ team: 'pay' }) }, true],
      [{ namespaceLabels: sel({ team: 'ops' }) }, false],
      [{ namespaces: ['prod'], workloads: ['api'], kinds: ['Deployment'], labels: sel({ app: 'api' }), namespaceLabels: sel({ team: 'pay' }) }, true],
      [{ namespaces: ['prod'], workloads: ['api'], kinds: ['Deployment'], labels: sel({ app: 'api' }), namespaceLabels: sel({ team: 'ops' }) }, false],
      [{ cidrs: [cidr('0.0.0.0/0')] }, false],
    ];
    expect(cases.map(([s]) => matchesEndpoint(s, e, view))).toEqual(cases.map(([, m]) => m));
  });

  it('a workload the side does not hold matches nothing', () => {
    expect(matchesEndpoint({}, wlEndpoint(workload('prod', 'gone', 'Pod')), view)).toBe(false);
  });

  it('a namespace without a manifest has only its name label (A-19)', () => {
    const w = workload('shop', 'cart', 'Pod');
    const v: SideView = { ...view, workloads: new Map([['shop/cart[Pod]', w]]) };
    expect(matchesEndpoint({ namespaceLabels: sel({ 'kubernetes.io/metadata.name': 'shop' }) }, wlEndpoint(w), v)).toBe(true);
    expect(matchesEndpoint({ namespaceLabels: sel({ 'kubernetes.io/metadata.name': 'prod' }) }, wlEndpoint(w), v)).toBe(false);
  });

  it('a stand-in is of no workload kind (issue 11)', () => {
    expect(matchesEndpoint({ kinds: [...WORKLOAD_KINDS] }, wlEndpoint(standIn), view)).toBe(false);
    expect(matchesEndpoint({ namespaces: ['dev'] }, wlEndpoint(standIn), view)).toBe(true);
  });

  it('an external range matches the CIDRs it overlaps, by one address or more; workload fields never', () => {
    const ext = extEndpoint('10.0.0.0/24');
    expect(matchesEndpoint({ cidrs: [cidr('192.168.0.0/16'), cidr('10.0.0.255/32')] }, ext, view)).toBe(true);
    expect(matchesEndpoint({ cidrs: [cidr('10.0.0.0/8')] }, ext, view)).toBe(true);
    expect(matchesEndpoint({ cidrs: [cidr('10.0.1.0/24'), cidr('9.255.255.255/32')] }, ext, view)).toBe(false);
    expect(matchesEndpoint({ cidrs: [cidr('::/0')] }, ext, view)).toBe(false);
    expect(matchesEndpoint({}, ext, view)).toBe(false);
    expect(matchesEndpoint({ namespaces: ['prod'] }, ext, view)).toBe(false);
  });
});

describe('mayMatchStandIn (issue 11)', () => {
  const listed = wlEndpoint(api);
  const dev = wlEndpoint(standIn);
  const prodStandIn = wlEndpoint(workload('prod', '[all pods]', 'Unlisted'));

  it('a forbid rule meets every stand-in; listed workloads and external ranges always pass', () => {
    expect(mayMatchStandIn('forbid', {}, dev, view)).toBe(true);
    expect(mayMatchStandIn('require', {}, listed, view)).toBe(true);
    expect(mayMatchStandIn('require', { cidrs: [cidr('0.0.0.0/0')] }, extEndpoint('10.0.0.0/8'), view)).toBe(true);
  });

  it('a require rule meets a stand-in only of a namespace it names that holds no listed workload', () => {
    expect(mayMatchStandIn('require', {}, dev, view)).toBe(false);
    expect(mayMatchStandIn('require', { namespaces: ['dev'] }, dev, view)).toBe(true);
    expect(mayMatchStandIn('require', { namespaces: ['shop'] }, dev, view)).toBe(false);
    expect(mayMatchStandIn('require', { namespaces: ['prod'] }, prodStandIn, view)).toBe(false);
  });
});

describe('endpointLabel', () => {
  it('a workload, or a range inside one of the CIDRs, is named by its id', () => {
    expect(endpointLabel({ cidrs: [cidr('10.0.0.0/8')] }, wlEndpoint(api))).toBe('prod/api[Deployment]');
    expect(endpointLabel({ any: true }, extEndpoint('10.0.0.0/16'))).toBe('10.0.0.0/16');
    expect(endpointLabel({ cidrs: [cidr('192.168.0.0/16'), cidr('10.0.0.0/8')] }, extEndpoint('10.0.0.0/16'))).toBe('10.0.0.0/16');
  });

  it('a range reaching beyond the CIDRs is named with the parts the rule is about', () => {
    const e = extEndpoint('10.0.0.0/8');
    expect(endpointLabel({ cidrs: [cidr('10.1.0.0/16'), cidr('192.168.0.0/16'), cidr('10.2.0.0/16')] }, e)).toBe('10.0.0.0/8 (the addresses in 10.1.0.0/16, 10.2.0.0/16)');
  });
});

describe('describeSelector', () => {
  it('names every field, in a fixed order, lists joined by "or"', () => {
    expect(describeSelector({ any: true })).toBe('any endpoint');
    expect(
      describeSelector({ labels: sel({ app: 'api' }), kinds: ['Deployment', 'Pod'], workloads: ['api', 'web'], namespaceLabels: sel({ team: 'pay' }), namespaces: ['dev', 'prod'] }),
    ).toBe('namespace dev or prod, namespace labels team=pay, workload api or web, kind Deployment or Pod, labels app=api');
    expect(describeSelector({ cidrs: [cidr('10.0.0.0/8'), cidr('::/0')] })).toBe('cidr 10.0.0.0/8 or ::/0');
  });
});

describe('sideView', () => {
  it('reads one side: classes, workloads by id, and namespaces holding a listed workload', () => {
    const w = workload('shop', 'cart', 'Pod');
    const reach = { cluster: { namespaces, workloads: [w, standIn], policies: [], diagnostics: [] } } as unknown as Reachability;
    const base = sideView(reach, 'base');
    const head = sideView(reach, 'head');
    const e = { ...wlEndpoint(w), base: 3, head: 5 } as DiffEndpoint;
    expect([base.classOf(e), head.classOf(e)]).toEqual([3, 5]);
    expect([...head.workloads.keys()]).toEqual(['shop/cart[Pod]', 'dev/[all pods]']);
    expect([...head.listedNamespaces]).toEqual(['shop']);
    expect(head.namespaces).toBe(namespaces);
  });
});
