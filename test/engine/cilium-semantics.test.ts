import { describe, expect, it } from 'vitest';
import { computeReachability } from '../../src/engine/compute-reachability';
import { lintReachability } from '../../src/engine/lint';
import { formatConns } from '../../src/model/conns';
import { lineOf, load } from '../manifests/load-yaml';

/**
 * Issue 14: Cilium's L3/L4 semantics, one case per C-id (README "Cilium policies"), on a small
 * cluster: namespaces prod (team=a) and dev (team=b), pods prod/web (app=web, port http 8080),
 * prod/db (app=db, 5432) and dev/tool (app=tool, port http 9090).
 */
const NS = (name: string, team: string) => `apiVersion: v1\nkind: Namespace\nmetadata: {name: ${name}, labels: {team: ${team}}}\n`;
const POD = (ns: string, app: string, port: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${app}, namespace: ${ns}, labels: {app: ${app}}}\nspec: {containers: [{name: c, image: x, ports: [${port}]}]}\n`;
const BASE = [NS('prod', 'a'), NS('dev', 'b'), POD('prod', 'web', '{containerPort: 8080, name: http}'), POD('prod', 'db', '{containerPort: 5432}'), POD('dev', 'tool', '{containerPort: 9090, name: http}')].join('---\n');
/** The line of a policy's `spec:` after BASE (C-22, C-24: diagnostics name it). */
const SPEC_LINE = lineOf(`${BASE}---\n${'x\n'.repeat(3)}SPEC`, 'SPEC');
const CNP = (spec: string, ns = 'prod', name = 'p') => `apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: ${name}, namespace: ${ns}}\n${spec}\n`;
const CCNP = (spec: string, name = 'c') => `apiVersion: cilium.io/v2\nkind: CiliumClusterwideNetworkPolicy\nmetadata: {name: ${name}}\n${spec}\n`;
const NP = (spec: string, ns = 'prod') => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np, namespace: ${ns}}\n${spec}\n`;

/** `from -> to` verdicts: `ns/app` for pods, an IPv4 address for an external end. */
function reach(...docs: string[]): (from: string, to: string) => string {
  const cluster = load([BASE, ...docs].join('---\n'));
  expect(cluster.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const r = computeReachability(cluster);
  const { workloadClass, intervals, intervalClass } = r.classification;
  const cls = (e: string): number => {
    const i = cluster.workloads.findIndex((w) => `${w.namespace}/${w.name}` === e);
    if (i >= 0) return workloadClass[i]!;
    const [a, b, c, d] = e.split('.').map(BigInt) as [bigint, bigint, bigint, bigint];
    const v = (a << 24n) | (b << 16n) | (c << 8n) | d;
    return intervalClass[intervals.findIndex((x) => x.family === 4 && x.lo <= v && v <= x.hi)]!;
  };
  return (from, to) => formatConns(r.classConns(cls(from), cls(to)));
}

describe('subjects (C-1, C-2, C-3)', () => {
  it('C-1: a CNP selects pods of its own namespace only', () => {
    const v = reach(CNP('spec: {endpointSelector: {}, ingress: [{}]}'));
    expect(v('dev/tool', 'prod/web')).toBe('none');
    expect(v('prod/web', 'dev/tool')).toBe('all');
  });

  it('C-1: a namespace written in a CNP endpointSelector does not move it to another namespace', () => {
    const cluster = load([BASE, CNP('spec: {endpointSelector: {matchLabels: {k8s:io.kubernetes.pod.namespace: dev}}, ingress: [{}]}')].join('---\n'));
    expect(cluster.diagnostics.map((d) => d.code)).toEqual(['cilium-subject-namespace']);
    const r = computeReachability(cluster);
    const w = (n: string) => r.classification.workloadClass[cluster.workloads.findIndex((x) => x.name === n)]!;
    // Cilium overwrites the k8s: namespace label with the policy's own: prod is isolated, dev is not.
    expect(formatConns(r.classConns(w('tool'), w('web')))).toBe('none');
    expect(formatConns(r.classConns(w('web'), w('tool')))).toBe('all');
  });

  it('C-2: a CCNP selects pods of every namespace', () => {
    const v = reach(CCNP('spec: {endpointSelector: {matchLabels: {app: tool}}, ingress: [{}]}'));
    expect(v('prod/web', 'dev/tool')).toBe('none');
    expect(v('dev/tool', 'prod/web')).toBe('all');
  });

  it('C-3: io.kubernetes.pod.namespace selects by namespace name, io.cilium.k8s.namespace.labels.KEY by namespace label', () => {
    const byName = reach(CCNP('spec: {endpointSelector: {matchLabels: {k8s:io.kubernetes.pod.namespace: dev}}, ingress: [{}]}'));
    expect(byName('prod/web', 'dev/tool')).toBe('none');
    expect(byName('dev/tool', 'prod/db')).toBe('all');
    const byLabel = reach(CCNP('spec: {endpointSelector: {matchLabels: {io.cilium.k8s.namespace.labels.team: a}}, ingress: [{}]}'));
    expect(byLabel('dev/tool', 'prod/db')).toBe('none');
    expect(byLabel('prod/db', 'dev/tool')).toBe('all');
  });

  it('C-3: a k8s: or any: source prefix on a key is stripped', () => {
    const v = reach(CNP('spec: {endpointSelector: {matchLabels: {any:app: db}}, ingress: [{fromEndpoints: [{matchLabels: {k8s:app: web}}]}]}'));
    expect(v('prod/web', 'prod/db')).toBe('all');
    expect(v('dev/tool', 'prod/db')).toBe('none');
  });

  it('C-3: another label source makes the subject not analysed, with a warning naming the rule', () => {
    const cluster = load([BASE, CNP('spec: {endpointSelector: {matchLabels: {reserved:host: ""}}, ingress: [{}]}')].join('---\n'));
    expect(cluster.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'not-analysed', line: SPEC_LINE, message: expect.stringContaining('spec.endpointSelector: selector key reserved:host is not analysed') })]);
    expect(cluster.policies).toEqual([]);
  });
});

describe('enforcement (C-4 … C-8)', () => {
  it('C-4: spec and specs both count', () => {
    const v = reach(CNP('spec: {endpointSelector: {matchLabels: {app: db}}, ingress: [{}]}\nspecs: [{endpointSelector: {matchLabels: {app: web}}, egress: [{}]}]'));
    expect(v('dev/tool', 'prod/db')).toBe('none');
    expect(v('prod/web', 'dev/tool')).toBe('none');
    expect(v('prod/db', 'dev/tool')).toBe('all');
  });

  it('C-5: ingress: [] does not isolate; ingressDeny alone does', () => {
    expect(reach(CNP('spec: {endpointSelector: {}, ingress: []}'))('dev/tool', 'prod/web')).toBe('all');
    const v = reach(CNP('spec: {endpointSelector: {}, ingressDeny: [{fromEndpoints: [{matchLabels: {app: db}}]}]}'));
    expect(v('dev/tool', 'prod/web')).toBe('none');
    expect(v('prod/web', 'dev/tool')).toBe('all');
  });

  it('C-5: a rule with neither section has no effect', () => {
    const cluster = load([BASE, CNP('spec: {endpointSelector: {}}')].join('---\n'));
    expect(cluster.policies[0]!.types).toEqual({ ingress: false, egress: false });
    expect(reach(CNP('spec: {endpointSelector: {}}'))('dev/tool', 'prod/web')).toBe('all');
  });

  it('C-6: enableDefaultDeny false keeps the subject open; its denies still apply; true isolates without a section', () => {
    const open = reach(CNP('spec: {endpointSelector: {}, enableDefaultDeny: {ingress: false}, ingress: [{fromEndpoints: [{}]}], ingressDeny: [{fromEndpoints: [{matchLabels: {app: db}}], toPorts: [{ports: [{port: "8080"}]}]}]}'));
    expect(open('dev/tool', 'prod/web')).toBe('all');
    expect(open('prod/db', 'prod/web')).toBe('TCP 1-8079,8081-65535, UDP 1-8079,8081-65535, SCTP 1-8079,8081-65535');
    expect(reach(CNP('spec: {endpointSelector: {}, enableDefaultDeny: {egress: true}}'))('prod/web', 'dev/tool')).toBe('none');
  });

  it('C-6, C-7: the allows of a rule without default deny count once another policy isolates', () => {
    const v = reach(NP('spec: {podSelector: {}, policyTypes: [Ingress]}'), CNP('spec: {endpointSelector: {}, enableDefaultDeny: {ingress: false}, ingress: [{fromEndpoints: [{matchLabels: {io.kubernetes.pod.namespace: dev}}]}]}'));
    expect(v('dev/tool', 'prod/web')).toBe('all');
    expect(v('prod/db', 'prod/web')).toBe('none');
  });

  it('C-7: CNP, CCNP and v1 allows add up', () => {
    const v = reach(
      NP('spec: {podSelector: {matchLabels: {app: db}}, ingress: [{from: [{podSelector: {matchLabels: {app: web}}}], ports: [{port: 5432}]}]}'),
      CNP('spec: {endpointSelector: {matchLabels: {app: db}}, ingress: [{fromEndpoints: [{matchLabels: {app: web}}], toPorts: [{ports: [{port: "6000"}]}]}]}'),
      CCNP('spec: {endpointSelector: {matchLabels: {app: db}}, ingress: [{fromEntities: [cluster], toPorts: [{ports: [{port: "7000", protocol: UDP}]}]}]}'),
    );
    expect(v('prod/web', 'prod/db')).toBe('TCP 5432,6000, UDP 6000,7000, SCTP 6000');
    expect(v('dev/tool', 'prod/db')).toBe('UDP 7000');
  });

  it('C-8: an empty rule allows nothing (unlike v1) but isolates', () => {
    const v = reach(CNP('spec: {endpointSelector: {matchLabels: {app: db}}, ingress: [{}]}'));
    expect(v('prod/web', 'prod/db')).toBe('none');
    expect(v('8.8.8.8', 'prod/db')).toBe('none');
  });
});

describe('denies and tiers (C-9, C-10)', () => {
  it('C-9: a deny wins over every allow (v1, CNP, CCNP); with toPorts only those ports', () => {
    const v = reach(
      NP('spec: {podSelector: {}, ingress: [{}]}'),
      CCNP('spec: {endpointSelector: {matchLabels: {app: db}}, ingress: [{fromEntities: [all]}], ingressDeny: [{fromEndpoints: [{matchLabels: {app: web}}], toPorts: [{ports: [{port: "5432", protocol: TCP}]}]}]}'),
    );
    expect(v('prod/web', 'prod/db')).toBe('TCP 1-5431,5433-65535, UDP all, SCTP all');
    expect(v('dev/tool', 'prod/db')).toBe('all');
  });

  const ADMIN = (action: string) =>
    `apiVersion: policy.networking.k8s.io/v1alpha2\nkind: ClusterNetworkPolicy\nmetadata: {name: guard}\nspec:\n  tier: Admin\n  priority: 1\n  subject: {namespaces: {matchLabels: {team: a}}}\n  ingress: [{name: r, action: ${action}, from: [{namespaces: {matchLabels: {team: b}}}]}]\n`;
  const BASELINE = `apiVersion: policy.networking.k8s.io/v1alpha2\nkind: ClusterNetworkPolicy\nmetadata: {name: base}\nspec:\n  tier: Baseline\n  priority: 1\n  subject: {namespaces: {}}\n  ingress: [{name: r, action: Deny, from: [{namespaces: {}}]}]\n`;
  const DENY_DEV = CNP('spec: {endpointSelector: {matchLabels: {app: web}}, enableDefaultDeny: {ingress: false}, ingressDeny: [{fromEndpoints: [{matchLabels: {io.kubernetes.pod.namespace: dev}}]}]}');

  it('C-10: an Admin Accept is final over a Cilium deny; a Pass goes to the deny', () => {
    expect(reach(ADMIN('Accept'), DENY_DEV)('dev/tool', 'prod/web')).toBe('all');
    expect(reach(ADMIN('Pass'), DENY_DEV)('dev/tool', 'prod/web')).toBe('none');
  });

  it('C-10: an unisolated pod falls through to the Baseline tier; a Cilium isolation keeps it from it', () => {
    expect(reach(BASELINE)('prod/db', 'prod/web')).toBe('none');
    expect(reach(BASELINE, CNP('spec: {endpointSelector: {matchLabels: {app: web}}, ingress: [{fromEndpoints: [{matchLabels: {app: db}}]}]}'))('prod/db', 'prod/web')).toBe('all');
  });
});

describe('peers (C-11 … C-18)', () => {
  it('C-11: fromEndpoints {} is every pod of the CNP namespace, of the cluster in a CCNP; the namespace key widens a CNP peer', () => {
    const cnp = reach(CNP('spec: {endpointSelector: {matchLabels: {app: db}}, ingress: [{fromEndpoints: [{}]}]}'));
    expect(cnp('prod/web', 'prod/db')).toBe('all');
    expect(cnp('dev/tool', 'prod/db')).toBe('none');
    const ccnp = reach(CCNP('spec: {endpointSelector: {matchLabels: {app: db}}, ingress: [{fromEndpoints: [{}]}]}'));
    expect(ccnp('dev/tool', 'prod/db')).toBe('all');
    expect(ccnp('8.8.8.8', 'prod/db')).toBe('none');
    const other = reach(CNP('spec: {endpointSelector: {matchLabels: {app: db}}, ingress: [{fromEndpoints: [{matchLabels: {k8s:io.kubernetes.pod.namespace: dev}}]}]}'));
    expect(other('dev/tool', 'prod/db')).toBe('all');
    expect(other('prod/web', 'prod/db')).toBe('none');
  });

  it('C-11: a CNP peer that names a namespace label is not held to the policy namespace (utils.go getEndpointSelector)', () => {
    for (const key of ['io.cilium.k8s.namespace.labels.team', 'k8s:io.cilium.k8s.namespace.labels.team']) {
      const v = reach(CNP(`spec: {endpointSelector: {matchLabels: {app: db}}, ingress: [{fromEndpoints: [{matchLabels: {${key}: b}}]}]}`));
      expect(v('dev/tool', 'prod/db')).toBe('all');
      expect(v('prod/web', 'prod/db')).toBe('none');
    }
    const expr = reach(CNP('spec: {endpointSelector: {matchLabels: {app: db}}, ingress: [{fromEndpoints: [{matchExpressions: [{key: io.cilium.k8s.namespace.labels.team, operator: In, values: [b]}]}]}]}'));
    expect(expr('dev/tool', 'prod/db')).toBe('all');
  });

  it('C-12: toPorts without a peer field applies to every peer; a written empty list selects nothing', () => {
    const v = reach(CNP('spec: {endpointSelector: {matchLabels: {app: db}}, ingress: [{toPorts: [{ports: [{port: "5432", protocol: TCP}]}]}]}'));
    expect(v('dev/tool', 'prod/db')).toBe('TCP 5432');
    expect(v('8.8.8.8', 'prod/db')).toBe('TCP 5432');
    expect(reach(CNP('spec: {endpointSelector: {matchLabels: {app: db}}, ingress: [{fromEndpoints: [], toPorts: [{ports: [{port: "5432"}]}]}]}'))('prod/web', 'prod/db')).toBe('none');
  });

  it('C-12: combining two peer fields in one rule is an error (Cilium refuses the policy)', () => {
    const cluster = load([BASE, CNP('spec: {endpointSelector: {}, ingress: [{fromEndpoints: [{}], fromCIDR: [10.0.0.0/8]}]}')].join('---\n'));
    expect(cluster.diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'invalid-rule', line: SPEC_LINE, message: expect.stringContaining('Combining fromEndpoints and fromCIDR is not supported') })]);
    expect(cluster.policies).toEqual([]);
  });

  it('C-13: fromCIDR / toCIDRSet match external addresses only, except included, never pods', () => {
    const v = reach(CNP('spec: {endpointSelector: {matchLabels: {app: web}}, egress: [{toCIDRSet: [{cidr: 0.0.0.0/0, except: [10.0.0.0/8]}]}]}'));
    expect(v('prod/web', '8.8.8.8')).toBe('all');
    expect(v('prod/web', '10.1.2.3')).toBe('none');
    expect(v('prod/web', 'prod/db')).toBe('none');
    expect(reach(CNP('spec: {endpointSelector: {matchLabels: {app: web}}, egress: [{toCIDR: [192.168.1.1]}]}'))('prod/web', '192.168.1.1')).toBe('all');
  });

  it('C-14: world, world-ipv4: every external address (of the family)', () => {
    const v = reach(CNP('spec: {endpointSelector: {matchLabels: {app: web}}, egress: [{toEntities: [world-ipv4]}]}'));
    expect(v('prod/web', '1.2.3.4')).toBe('all');
    expect(v('prod/web', 'prod/db')).toBe('none');
  });

  it('C-15: cluster is every pod; all is every pod and every external address', () => {
    const c = reach(CNP('spec: {endpointSelector: {matchLabels: {app: web}}, egress: [{toEntities: [cluster]}]}'));
    expect([c('prod/web', 'dev/tool'), c('prod/web', '1.2.3.4')]).toEqual(['all', 'none']);
    const a = reach(CNP('spec: {endpointSelector: {matchLabels: {app: web}}, egress: [{toEntities: [all]}]}'));
    expect([a('prod/web', 'dev/tool'), a('prod/web', '1.2.3.4')]).toEqual(['all', 'all']);
  });

  it('C-16: host and the other entities are not analysed, each named; an unknown entity is an error', () => {
    const cluster = load([BASE, CNP('spec: {endpointSelector: {}, ingress: [{fromEntities: [host, kube-apiserver]}]}')].join('---\n'));
    expect(cluster.diagnostics.map((d) => `${d.code} ${d.message.slice(d.message.indexOf('spec.'))}`)).toEqual([
      'not-analysed spec.ingress[0].fromEntities[0]: entity "host" is not analysed (it matches no pod or external address in the manifests): counted as matching nothing',
      'not-analysed spec.ingress[0].fromEntities[1]: entity "kube-apiserver" is not analysed (it matches no pod or external address in the manifests): counted as matching nothing',
    ]);
    expect(load([BASE, CNP('spec: {endpointSelector: {}, ingress: [{fromEntities: [wrld]}]}')].join('---\n')).diagnostics.map((d) => d.code)).toEqual(['invalid-peer']);
  });

  it('C-17: fromRequires is read without the requirement, with a warning', () => {
    const cluster = load([BASE, CNP('spec: {endpointSelector: {matchLabels: {app: db}}, ingress: [{fromEndpoints: [{}], fromRequires: [{matchLabels: {app: web}}]}]}')].join('---\n'));
    expect(cluster.diagnostics.map((d) => d.code)).toEqual(['not-analysed']);
    expect(cluster.diagnostics[0]!.message).toContain('fromRequires (deprecated) is not analysed');
  });

  it('C-18: toFQDNs, toServices, toGroups, toNodes, icmps are not analysed; a rule with only them allows nothing modelled', () => {
    const v = reach(CNP('spec: {endpointSelector: {matchLabels: {app: web}}, egress: [{toFQDNs: [{matchName: example.com}]}, {toServices: [{k8sService: {serviceName: db, namespace: prod}}]}]}'));
    expect(v('prod/web', '1.2.3.4')).toBe('none');
    expect(v('prod/web', 'prod/db')).toBe('none');
  });
});

describe('ports (C-19 … C-21)', () => {
  it('C-19: protocol ANY (or none) is every protocol; port "0" every port; endPort a range', () => {
    const v = reach(CNP('spec: {endpointSelector: {matchLabels: {app: db}}, ingress: [{toPorts: [{ports: [{port: "5000", endPort: 5002}, {port: "0", protocol: UDP}]}]}]}'));
    expect(v('prod/web', 'prod/db')).toBe('TCP 5000-5002, UDP all, SCTP 5000-5002');
  });

  it('C-20: a named port resolves at the destination pod', () => {
    const v = reach(CCNP('spec: {endpointSelector: {}, egress: [{toEndpoints: [{}], toPorts: [{ports: [{port: http, protocol: TCP}]}]}]}'));
    expect(v('prod/db', 'prod/web')).toBe('TCP 8080');
    expect(v('prod/db', 'dev/tool')).toBe('TCP 9090');
  });

  it('C-21: L7 rules allow the L4 port, with a note', () => {
    const cluster = load([BASE, CNP('spec: {endpointSelector: {matchLabels: {app: web}}, ingress: [{toPorts: [{ports: [{port: "8080", protocol: TCP}], rules: {http: [{method: GET}]}}]}]}')].join('---\n'));
    expect(cluster.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(['info cilium-l7']);
    expect(cluster.policies[0]!.ingress[0]!.ports).toEqual([{ protocol: 'TCP', port: 8080 }]);
  });
});

describe('lint (C-23)', () => {
  const codes = (...docs: string[]) => lintReachability(computeReachability(load([BASE, ...docs].join('---\n')))).map((w) => `${w.code} ${w.subject}`);

  it('a CNP rule that selects no pod', () => {
    expect(codes(CNP('spec: {endpointSelector: {matchLabels: {app: nope}}, ingress: [{}]}'))).toContain('dangling-policy cilium/prod/p');
  });

  it('a deny that no allow could reach has nothing to deny', () => {
    expect(codes(CNP('spec: {endpointSelector: {matchLabels: {app: db}}, ingress: [{}], ingressDeny: [{fromEndpoints: [{matchLabels: {app: web}}]}]}'))).toContain('cilium-deny-unreachable cilium/prod/p');
    expect(codes(CNP('spec: {endpointSelector: {matchLabels: {app: db}}, ingress: [{fromEndpoints: [{}]}], ingressDeny: [{fromEndpoints: [{matchLabels: {app: web}}]}]}'))).not.toContain('cilium-deny-unreachable cilium/prod/p');
  });
});
