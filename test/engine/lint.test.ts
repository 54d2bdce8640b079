import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, parseCluster } from '../../src/analyze';
import { computeReachability } from '../../src/engine/compute-reachability';
import { lintReachability } from '../../src/engine/lint';

function pod(name: string, labels: Record<string, string>, extra = ''): string {
  return `apiVersion: v1
kind: Pod
metadata: { name: ${name}, namespace: prod, labels: ${JSON.stringify(labels)} }
spec:
${extra}  containers: [{ name: c, image: x, ports: [{ containerPort: 80, name: http }] }]
`;
}

function policy(name: string, spec: string): string {
  return `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: ${name}, namespace: prod }
spec:
${spec}`;
}

function lint(...docs: string[]) {
  const cluster = parseCluster([{ path: 'k8s.yaml', text: docs.join('---\n') }], DEFAULT_OPTIONS);
  expect(cluster.diagnostics).toEqual([]);
  return lintReachability(computeReachability(cluster));
}

const codes = (ws: ReturnType<typeof lint>) => ws.map((w) => `${w.code} ${w.ref} ${w.subject}`);

describe('lintReachability', () => {
  it('A-3e: flags a policy whose policyTypes is not written, and says what it defaulted to', () => {
    const ws = lint(pod('web', { app: 'web' }), policy('implicit', '  podSelector: {}\n  egress: [{}]\n'), policy('explicit', '  podSelector: {}\n  policyTypes: [Ingress]\n'));
    const implicit = ws.filter((w) => w.code === 'implicit-policy-types');
    expect(implicit.map((w) => w.subject)).toEqual(['prod/implicit']);
    expect(implicit[0]!.message).toContain('[Ingress, Egress]');
    expect(implicit[0]!.line).toBeGreaterThan(1);
  });

  it('A-14: flags a policy that selects no workload (dangling), not one that selects some', () => {
    const ws = lint(pod('web', { app: 'web' }), policy('none', '  podSelector: { matchLabels: { app: db } }\n  policyTypes: [Ingress]\n'), policy('some', '  podSelector: { matchLabels: { app: web } }\n  policyTypes: [Ingress]\n'));
    expect(codes(ws)).toEqual(['dangling-policy A-14 prod/none']);
    expect(ws[0]!.message).toContain('app=db');
  });

  it.each([
    ['only TCP 443 allowed', '[{ ports: [{ port: 443 }] }]', 'UDP 53 or TCP 53'],
    ['UDP 53 only', '[{ ports: [{ port: 53, protocol: UDP }] }]', 'TCP 53'],
    ['no egress rule at all', '[]', 'UDP 53 or TCP 53'],
  ])('A-33: flags an egress-isolated workload whose egress blocks DNS (%s)', (_name, egress, missing) => {
    const ws = lint(pod('web', { app: 'web' }), policy('egress', `  podSelector: {}\n  policyTypes: [Egress]\n  egress: ${egress}\n`));
    expect(codes(ws)).toEqual(['dns-blocked A-33 prod/web[Pod]']);
    expect(ws[0]!.message).toContain(`no egress rule allows ${missing} to any destination`);
    expect(ws[0]!.message).toContain('prod/egress');
  });

  it.each([
    ['UDP and TCP 53', '[{ ports: [{ port: 53, protocol: UDP }, { port: 53, protocol: TCP }] }]'],
    ['every port (ports omitted)', '[{ to: [{ namespaceSelector: {} }] }]'],
    ['a port range over 53 on both', '[{ ports: [{ port: 1, endPort: 100, protocol: UDP }, { port: 50, endPort: 60 }] }]'],
  ])('A-33: does not flag egress that allows DNS (%s)', (_name, egress) => {
    expect(lint(pod('web', { app: 'web' }), policy('egress', `  podSelector: {}\n  policyTypes: [Egress]\n  egress: ${egress}\n`))).toEqual([]);
  });

  it('A-33: a named port counts as DNS where some workload serves it on 53', () => {
    const dns = `apiVersion: v1
kind: Pod
metadata: { name: coredns, namespace: prod, labels: { k8s-app: kube-dns } }
spec:
  containers: [{ name: c, image: x, ports: [{ containerPort: 53, name: dns, protocol: UDP }, { containerPort: 53, name: dns-tcp }] }]
`;
    const ws = lint(pod('web', { app: 'web' }), dns, policy('egress', '  podSelector: { matchLabels: { app: web } }\n  policyTypes: [Egress]\n  egress: [{ ports: [{ port: dns, protocol: UDP }, { port: dns-tcp }] }]\n'));
    expect(ws).toEqual([]);
  });

  it('A-31: flags hostNetwork workloads as policy-undefined', () => {
    const ws = lint(pod('node-agent', { app: 'agent' }, '  hostNetwork: true\n'));
    expect(codes(ws)).toEqual(['host-network A-31 prod/node-agent[Pod]']);
  });

  it('A-26: flags named ports that no container serves, or serves on another protocol', () => {
    const ws = lint(
      pod('web', { app: 'web' }),
      policy('ports', '  podSelector: {}\n  policyTypes: [Ingress]\n  ingress: [{ ports: [{ port: http }, { port: metrics }, { port: http, protocol: UDP }] }]\n'),
    );
    expect(ws.map((w) => w.message)).toEqual([
      'ingress rule 1 names port "http" (UDP): containers name it only for TCP, so on UDP it matches nothing (the policy still isolates).',
      'ingress rule 1 names port "metrics" (TCP): no container in the manifests defines it, so it matches nothing (the policy still isolates).',
    ]);
    expect(ws.every((w) => w.code === 'unresolved-named-port' && w.ref === 'A-26')).toBe(true);
  });

  it('is sorted and deterministic', () => {
    const docs = [pod('b', { app: 'b' }, '  hostNetwork: true\n'), pod('a', { app: 'a' }, '  hostNetwork: true\n'), policy('x', '  podSelector: { matchLabels: { app: zzz } }\n')];
    const ws = lint(...docs);
    expect(codes(ws)).toEqual(['dangling-policy A-14 prod/x', 'host-network A-31 prod/b[Pod]', 'host-network A-31 prod/a[Pod]', 'implicit-policy-types A-3e prod/x']);
    expect(lint(...docs)).toEqual(ws);
  });
});
