import { describe, expect, it } from 'vitest';
import { computeReachability } from '../../src/engine/compute-reachability';
import { lintTiers } from '../../src/engine/lint-tiers';
import { parseCidr } from '../../src/model/cidr';
import type { IpRange } from '../../src/model/types';
import { load } from '../manifests/load-yaml';

/**
 * Edges of the tiered lints (T-4, T-9, T-14) that the message tables leave open. World: namespaces
 * prod (env=prod) and dev (env=dev); pods prod/web (TCP 8080 named http), prod/api (TCP 9090
 * named http) and dev/tool (TCP 8080 named http).
 */
const NS = (name: string) => `apiVersion: v1\nkind: Namespace\nmetadata: {name: ${name}, labels: {env: ${name}}}\n`;
const POD = (ns: string, app: string, port: number) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: ${app}, namespace: ${ns}, labels: {app: ${app}}}\nspec: {containers: [{name: c, image: x, ports: [{containerPort: ${port}, name: http}]}]}\n`;
const WORLD = [NS('prod'), NS('dev'), POD('prod', 'web', 8080), POD('prod', 'api', 9090), POD('dev', 'tool', 8080)];
const PROD = '{namespaces: {matchLabels: {env: prod}}}';
const PODS = (app: string) => `{pods: {namespaceSelector: {matchLabels: {env: prod}}, podSelector: {matchLabels: {app: ${app}}}}}`;
const CNP = (name: string, priority: number, body: string, subject = PROD, tier = 'Admin') =>
  `apiVersion: policy.networking.k8s.io/v1alpha2\nkind: ClusterNetworkPolicy\nmetadata: {name: ${name}}\nspec: {tier: ${tier}, priority: ${priority}, subject: ${subject}, ${body}}\n`;
const DEV = '{namespaces: {matchLabels: {env: dev}}}';
/** An ingress rule from dev; `ports` are TCP numbers or a port name. */
const from = (action: string, ...ports: (number | string)[]) =>
  `{action: ${action}, from: [${DEV}]${ports.length ? `, protocols: [${ports.map((p) => (typeof p === 'number' ? `{tcp: {destinationPort: {number: ${p}}}}` : `{destinationNamedPort: ${p}}`)).join(', ')}]` : ''}}`;
const ingress = (...rules: string[]) => `ingress: [${rules.join(', ')}]`;

function lints(code: string, docs: string[], podCidrs: string[] = []): string[] {
  const cluster = load([...WORLD, ...docs].join('---\n'));
  expect(cluster.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const ranges = podCidrs.map((c) => (parseCidr(c) as { range: IpRange }).range);
  return lintTiers(computeReachability(cluster, { podCidrs: ranges }))
    .filter((w) => w.code === code)
    .map((w) => `${w.subject}: ${w.message}`);
}

describe('networks-some-pods (T-9): several pod CIDRs', () => {
  const net = (cidr: string) => CNP('net', 1, `egress: [{action: Deny, to: [{networks: [${cidr}]}]}]`);
  it.each<[string, string, string[], number]>([
    ['a network inside one of two pod CIDRs covers part of them', '10.244.0.0/24', ['10.244.0.0/16', '10.245.0.0/16'], 1],
    ['a network that overlaps the second pod CIDR only', '10.245.1.0/24', ['10.244.0.0/16', '10.245.0.0/16'], 1],
    ['a network that holds both pod CIDRs matches every pod', '10.244.0.0/15', ['10.244.0.0/16', '10.245.0.0/16'], 0],
    ['a network outside both pod CIDRs matches no pod', '10.246.0.0/16', ['10.244.0.0/16', '10.245.0.0/16'], 0],
  ])('%s', (_what, cidr, podCidrs, count) => {
    expect(lints('networks-some-pods', [net(cidr)], podCidrs)).toHaveLength(count);
  });
});

describe('equal-priority (T-14): a common workload', () => {
  it.each<[string, string, string, number]>([
    ['the first selects a namespace, the second one pod of it', PROD, PODS('web'), 1],
    ['the first selects one pod, the second its namespace', PODS('web'), PROD, 1],
    ['each selects another pod', PODS('web'), PODS('api'), 0],
  ])('%s', (_what, first, second, count) => {
    const docs = [CNP('a', 5, ingress(from('Deny')), first), CNP('b', 5, ingress(from('Deny')), second)];
    expect(lints('equal-priority', docs)).toEqual(Array(count).fill(expect.stringMatching(/^cnp\/b: \[Admin\] has priority 5, like cnp\/a /)));
  });
});

describe('shadowed-deny (T-4): what the earlier Accept rules took', () => {
  const one = (...rules: string[]) => lints('shadowed-deny', [CNP('p', 1, ingress(...rules))]);
  const shadowed = (rule: number, by: string) => `cnp/p: [Admin] ingress rule ${rule} Deny never takes effect: every connection it matches is accepted first by ${by}.`;

  it('an Accept that takes nothing (an earlier Accept took its port) is not named', () => {
    expect(one(from('Accept', 80), from('Accept', 80), from('Deny', 80))).toEqual([shadowed(3, 'cnp/p ingress rule 1')]);
  });

  it('an Accept of ports the Deny does not match is not named', () => {
    expect(one(from('Accept', 80), from('Accept', 443), from('Deny', 80))).toEqual([shadowed(3, 'cnp/p ingress rule 1')]);
  });

  it('an earlier Deny is no Accept: it is not named', () => {
    expect(one(from('Accept', 80), from('Deny', 81), from('Deny', 80))).toEqual([shadowed(3, 'cnp/p ingress rule 1')]);
  });

  it.each<[string, string[]]>([
    // Port 81 is denied by rule 2, not accepted: the Deny is redundant, not overridden.
    ['a Deny that an earlier Deny takes a part of', [from('Accept', 80), from('Deny', 81), from('Deny', 80, 81)]],
    // T-4: a Pass hands 81 over to the next tier; no Accept took it.
    ['a Deny that an earlier Pass takes a part of', [from('Accept', 80), from('Pass', 81), from('Deny', 80, 81)]],
    ['an Accept after an Accept of the same port is not a Deny', [from('Accept', 80), from('Accept', 80), from('Deny', 443)]],
  ])('quiet: %s', (_what, rules) => {
    expect(one(...rules)).toEqual([]);
  });

  it('the Accept rules are named in sorted order, not in the order they take', () => {
    const docs = [CNP('zz', 0, ingress(from('Accept', 80))), CNP('aa', 1, ingress(from('Accept', 81))), CNP('shut', 2, ingress(from('Deny', 80, 81)))];
    expect(lints('shadowed-deny', docs)).toEqual(['cnp/shut: [Admin] ingress rule 1 Deny never takes effect: every connection it matches is accepted first by cnp/aa ingress rule 1, cnp/zz ingress rule 1.']);
  });

  // A-26: an ingress named port resolves at the subject: http is 8080 at web and 9090 at api. Each
  // Deny is shadowed at one of them and decides at the other, so neither is named.
  it('ingress named ports resolve at each subject, not at the peer', () => {
    expect(one(from('Accept', 'http'), from('Deny', 8080), from('Deny', 9090))).toEqual([]);
  });

  // Grouping classes by their policies must keep ids apart: "cnp/x" + "banp/default" and
  // "cnp/xb" + "anp/default" run together alike.
  it('classes of different policies are walked apart, whatever their ids spell together', () => {
    const egress = 'egress: [{action: Accept, to: [{namespaces: {}}]}, {action: Deny, to: [{namespaces: {}}]}]';
    const V1 = 'apiVersion: policy.networking.k8s.io/v1alpha1';
    const docs = [
      CNP('x', 1, egress, PODS('web')),
      `${V1}\nkind: BaselineAdminNetworkPolicy\nmetadata: {name: default}\nspec: {subject: ${PODS('web')}, egress: [{action: Deny, to: [{namespaces: {}}]}]}\n`,
      CNP('xb', 1, egress, PODS('api')),
      `${V1}\nkind: AdminNetworkPolicy\nmetadata: {name: default}\nspec: {priority: 2, subject: ${PODS('api')}, egress: [{action: Deny, to: [{namespaces: {}}]}]}\n`,
    ];
    // Each Admin Deny follows an Accept of every pod; the Baseline one starts its own tier.
    expect(lints('shadowed-deny', docs).map((w) => w.split(':')[0]).sort()).toEqual(['anp/default', 'cnp/x', 'cnp/xb']);
  });
});
