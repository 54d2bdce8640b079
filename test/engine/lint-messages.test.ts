import { describe, expect, it } from 'vitest';
import { computeReachability } from '../../src/engine/compute-reachability';
import { lintReachability, type LintWarning } from '../../src/engine/lint';
import { addStandIns } from '../../src/exposure/add-stand-ins';
import { standInSpecs } from '../../src/exposure/stand-in-specs';
import { parseCidr } from '../../src/model/cidr';
import type { Cluster, IpRange } from '../../src/model/types';
import { DEFAULT_OPTIONS, parseCluster } from '../../src/analyze';
import { load } from '../manifests/load-yaml';

/**
 * lintReachability, warning by warning: A-3e (policyTypes defaulted), A-14 / C-23 (dangling),
 * A-33 (DNS blocked), A-31 (hostNetwork), A-26 (unresolved named ports), A-22 (an ipBlock over
 * part of the pod CIDRs); issue 11: stand-ins are not workloads to lint. Sorted by code order,
 * file, line, subject and message.
 */
const POD = (name: string, labels: string, extra = '', ports = '{containerPort: 80, name: http}') =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: prod, labels: ${labels}}\nspec: {${extra}containers: [{name: c, image: x, ports: [${ports}]}]}\n`;
const NP = (name: string, spec: string, ns = 'prod') => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: ${name}, namespace: ${ns}}\nspec: ${spec}\n`;
const range = (c: string): IpRange => (parseCidr(c) as { range: IpRange }).range;

function lint(docs: string[], options: { podCidrs?: string[]; standIns?: boolean } = {}): LintWarning[] {
  let cluster: Cluster = load(docs.join('---\n'));
  expect(cluster.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  if (options.standIns) cluster = addStandIns(cluster, standInSpecs([cluster], null));
  return lintReachability(computeReachability(cluster, { podCidrs: (options.podCidrs ?? []).map(range) }));
}
const of = (ws: LintWarning[], code: string) => ws.filter((w) => w.code === code);

describe('implicit-policy-types (A-3, A-3e)', () => {
  it.each<[string, string, string]>([
    ['ingress only', '{podSelector: {}, ingress: [{}]}', 'Kubernetes defaults it to [Ingress]: egress rules added to it later would be ignored by a cluster that stored the defaulted object. Write policyTypes explicitly.'],
    ['egress rules and ingress rules', '{podSelector: {}, ingress: [{}], egress: [{}]}', 'Kubernetes defaults it to [Ingress, Egress]: it isolates ingress too, allowing only the ingress rules written here. Write policyTypes explicitly.'],
    ['egress rules and no ingress rule', '{podSelector: {}, egress: [{}]}', 'Kubernetes defaults it to [Ingress, Egress]: it isolates ingress too, and with no ingress rules it denies all ingress to the workloads it selects. Write policyTypes explicitly.'],
  ])('%s', (_what, spec, tail) => {
    const [w] = of(lint([POD('web', '{app: web}'), NP('p', spec)]), 'implicit-policy-types');
    expect(w).toEqual({ code: 'implicit-policy-types', ref: 'A-3e', file: 'm.yaml', line: 6, subject: 'prod/p', message: `policyTypes is not written, so ${tail}` });
  });

  it('a policy with policyTypes written is not flagged', () => {
    expect(of(lint([POD('web', '{app: web}'), NP('p', '{podSelector: {}, policyTypes: [Ingress], ingress: [{}]}')]), 'implicit-policy-types')).toEqual([]);
  });
});

describe('dangling-policy (A-14, C-23)', () => {
  const CNP = (kind: string, meta: string) => `apiVersion: cilium.io/v2\nkind: ${kind}\nmetadata: {name: c, ${meta}}\nspec: {endpointSelector: {matchLabels: {app: none}}, ingress: [{}]}\n`;
  it('a CNP names its namespace, a CCNP does not; both cite C-23', () => {
    const ws = of(lint([POD('web', '{app: web}'), CNP('CiliumNetworkPolicy', 'namespace: prod'), CNP('CiliumClusterwideNetworkPolicy', 'labels: {}')]), 'dangling-policy');
    expect(ws.map((w) => [w.ref, w.subject, w.message])).toEqual([
      ['C-23', 'cilium/prod/c', 'spec selects no workload in the manifests (endpointSelector: app=none in namespace prod): it has no effect today, but a workload with matching labels would be governed by it at once.'],
      ['C-23', 'ccnp/c', 'spec selects no workload in the manifests (endpointSelector: app=none): it has no effect today, but a workload with matching labels would be governed by it at once.'],
    ]);
  });

  it('A-14: the NetworkPolicy message; issue 11: a stand-in it selects does not count', () => {
    const docs = [POD('web', '{app: web}'), NP('all-dev', '{podSelector: {}, policyTypes: [Ingress]}', 'dev'), NP('to-dev', '{podSelector: {}, policyTypes: [Egress], egress: [{to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: dev}}}]}]}')];
    const ws = of(lint(docs, { standIns: true }), 'dangling-policy');
    expect(ws.map((w) => [w.ref, w.subject, w.message])).toEqual([['A-14', 'dev/all-dev', 'selects no workload in the manifests (podSelector: (all)): it has no effect today, but a workload with matching labels would be isolated at once.']]);
  });
});

describe('dns-blocked (A-33)', () => {
  it('one warning per workload, naming every isolating policy; issue 11: not for stand-ins', () => {
    const docs = [POD('a', '{app: x}'), POD('b', '{app: x}'), NP('e1', '{podSelector: {}, policyTypes: [Egress]}'), NP('e2', '{podSelector: {matchLabels: {app: x}}, policyTypes: [Egress], egress: [{ports: [{port: 53, protocol: UDP}]}]}')];
    const ws = of(lint(docs, { standIns: true }), 'dns-blocked');
    expect(ws.map((w) => `${w.subject} ${w.line}: ${w.message}`)).toEqual([
      'prod/a[Pod] 1: egress is isolated (by prod/e1, prod/e2) and no egress rule allows TCP 53 to any destination: DNS lookups will fail.',
      'prod/b[Pod] 6: egress is isolated (by prod/e1, prod/e2) and no egress rule allows TCP 53 to any destination: DNS lookups will fail.',
    ]);
  });

  it('C-7: the egress allows of a policy that does not isolate egress count once another does', () => {
    const docs = [POD('a', '{app: x}'), NP('iso', '{podSelector: {}, policyTypes: [Egress]}'), NP('dns', '{podSelector: {}, policyTypes: [Ingress, Egress], egress: [{ports: [{port: 53, protocol: UDP}, {port: 53}]}]}')];
    expect(of(lint(docs), 'dns-blocked')).toEqual([]);
  });

  it('A-26: a named port counts only on the protocol the DNS container serves it on', () => {
    const dns = POD('coredns', '{k8s-app: dns}', '', '{containerPort: 53, name: dns, protocol: UDP}');
    const docs = [POD('a', '{app: x}'), dns, NP('e', '{podSelector: {matchLabels: {app: x}}, policyTypes: [Egress], egress: [{ports: [{port: dns, protocol: TCP}, {port: dns, protocol: UDP}]}]}')];
    expect(of(lint(docs), 'dns-blocked').map((w) => w.message)).toEqual(['egress is isolated (by prod/e) and no egress rule allows TCP 53 to any destination: DNS lookups will fail.']);
  });
});

describe('dns-blocked (A-33, A-26): named ports', () => {
  it.each<[string, string, string, string]>([
    ['a name served on a port other than 53 is not DNS', '{containerPort: 80, name: http}', '[{port: 53, protocol: UDP}, {port: http}]', 'TCP 53'],
    ['a name served on 53 over UDP, written for TCP, allows no UDP DNS', '{containerPort: 53, name: dns, protocol: UDP}', '[{port: dns, protocol: TCP}, {port: 53}]', 'UDP 53'],
  ])('%s', (_what, dnsPort, egress, missing) => {
    const docs = [POD('a', '{app: x}'), POD('coredns', '{k8s-app: dns}', '', dnsPort), NP('e', `{podSelector: {matchLabels: {app: x}}, policyTypes: [Egress], egress: [{ports: ${egress}}]}`)];
    expect(of(lint(docs), 'dns-blocked').map((w) => w.message)).toEqual([`egress is isolated (by prod/e) and no egress rule allows ${missing} to any destination: DNS lookups will fail.`]);
  });
});

describe('host-network (A-31) and unresolved-named-port (A-26)', () => {
  it('a hostNetwork workload', () => {
    expect(of(lint([POD('agent', '{app: a}', 'hostNetwork: true, ')]), 'host-network')).toEqual([
      {
        code: 'host-network',
        ref: 'A-31',
        file: 'm.yaml',
        line: 1,
        subject: 'prod/agent[Pod]',
        message: 'uses hostNetwork: NetworkPolicy behaviour is undefined for it. flowgate treats it as most CNIs do (no pod selector matches it), so no policy can be said to isolate it.',
      },
    ]);
  });

  it('each unresolved name once per rule, egress rules too; issue 11: a stand-in serves no name', () => {
    const docs = [POD('web', '{app: web}'), NP('p', '{podSelector: {}, policyTypes: [Egress], egress: [{ports: [{port: 53, protocol: UDP}, {port: 53}]}, {ports: [{port: metrics}, {port: metrics}, {port: http}]}]}')];
    const ws = of(lint(docs, { standIns: true }), 'unresolved-named-port');
    expect(ws.map((w) => `${w.subject} ${w.line}: ${w.message}`)).toEqual(['prod/p 9: egress rule 2 names port "metrics" (TCP): no container in the manifests defines it, so it matches nothing (the policy still isolates).']);
  });

  it('a name served on two other protocols lists both, sorted', () => {
    const docs = [POD('web', '{app: web}', '', '{containerPort: 80, name: x, protocol: UDP}, {containerPort: 81, name: x, protocol: SCTP}'), NP('p', '{podSelector: {}, policyTypes: [Ingress], ingress: [{ports: [{port: x}]}]}')];
    expect(of(lint(docs), 'unresolved-named-port').map((w) => w.message)).toEqual(['ingress rule 1 names port "x" (TCP): containers name it only for SCTP, UDP, so on TCP it matches nothing (the policy still isolates).']);
  });
});

describe('ipblock-some-pods (A-22)', () => {
  const egressTo = (cidr: string, except = '') => NP('out', `{podSelector: {}, policyTypes: [Egress], egress: [{to: [{ipBlock: {cidr: ${cidr}${except ? `, except: [${except}]` : ''}}}]}]}`);
  it.each<[string, string, string, string[], string[]]>([
    ['part of the pod CIDRs', '10.244.0.0/17', '', ['10.244.0.0/16'], ['ipBlock 10.244.0.0/17 covers part of the pod CIDRs: it matches the pods whose addresses fall inside, which the manifests cannot tell, so flowgate counts it as matching no pod.']],
    ['an except inside the pod CIDRs', '10.0.0.0/8', '10.244.1.0/24, 10.244.2.0/24', ['10.244.0.0/16'], ['ipBlock 10.0.0.0/8 except 10.244.1.0/24, 10.244.2.0/24 covers part of the pod CIDRs: it matches the pods whose addresses fall inside, which the manifests cannot tell, so flowgate counts it as matching no pod.']],
    ['all of the pod CIDRs: it matches every pod', '10.0.0.0/8', '', ['10.244.0.0/16'], []],
    ['none of the pod CIDRs', '192.168.0.0/16', '', ['10.244.0.0/16'], []],
    ['no pod CIDRs given', '10.244.0.0/17', '', [], []],
  ])('%s', (_what, cidr, except, pods, messages) => {
    const ws = of(lint([POD('web', '{app: web}'), egressTo(cidr, except)], { podCidrs: pods }), 'ipblock-some-pods');
    expect(ws.map((w) => w.message)).toEqual(messages);
    expect(ws.every((w) => w.ref === 'A-22' && w.subject === 'prod/out' && w.line === 9)).toBe(true);
  });
});

describe('ipblock-some-pods (A-22): other peers', () => {
  it('a pods peer beside an ipBlock is not an ipBlock to check', () => {
    const np = NP('out', '{podSelector: {}, policyTypes: [Egress], egress: [{to: [{podSelector: {}}, {ipBlock: {cidr: 10.244.0.0/17}}]}]}');
    expect(of(lint([POD('web', '{app: web}'), np], { podCidrs: ['10.244.0.0/16'] }), 'ipblock-some-pods').map((w) => w.message.slice(0, 23))).toEqual(['ipBlock 10.244.0.0/17 c']);
  });
});

describe('order', () => {
  it('by code order, then file, line and message', () => {
    const files = [
      { path: 'b.yaml', text: [POD('w2', '{app: w}', 'hostNetwork: true, '), NP('np-z', '{podSelector: {matchLabels: {app: none}}, ingress: [{ports: [{port: b}, {port: a}]}]}')].join('---\n') },
      { path: 'a.yaml', text: [POD('w1', '{app: w}', 'hostNetwork: true, '), NP('np-y', '{podSelector: {matchLabels: {app: none}}, policyTypes: [Ingress]}'), NP('np-x', '{podSelector: {matchLabels: {app: none}}, policyTypes: [Ingress]}')].join('---\n') },
    ];
    const cluster = parseCluster(files, DEFAULT_OPTIONS);
    expect(cluster.diagnostics).toEqual([]);
    const ws = lintReachability(computeReachability(cluster));
    expect(ws.map((w) => `${w.code} ${w.file}:${w.line} ${w.subject}${w.code === 'unresolved-named-port' ? ` ${w.message.slice(0, 29)}` : ''}`)).toEqual([
      'dangling-policy a.yaml:6 prod/np-y',
      'dangling-policy a.yaml:11 prod/np-x',
      'dangling-policy b.yaml:6 prod/np-z',
      'unresolved-named-port b.yaml:9 prod/np-z ingress rule 1 names port "a"',
      'unresolved-named-port b.yaml:9 prod/np-z ingress rule 1 names port "b"',
      'host-network a.yaml:1 prod/w1[Pod]',
      'host-network b.yaml:1 prod/w2[Pod]',
      'implicit-policy-types b.yaml:6 prod/np-z',
    ]);
  });
});
