import { describe, expect, it } from 'vitest';
import { analyzeDiff, DEFAULT_OPTIONS } from '../../src/analyze';
import { changedPairs } from '../../src/diff/change-pairs';
import { formatBecause } from '../../src/report/model/report-model';
import { lineOf, load, summary } from './load-yaml';

/** Issue 14, C-22: invalid Cilium objects are errors naming file and line; the object is left out (Cilium enforces none of it). */
const CNP = (body: string, meta = 'metadata: {name: p, namespace: prod}') => `apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\n${meta}\n${body}\n`;

describe('validation (C-22)', () => {
  const cases: [string, string, string, string][] = [
    ['a section that is not a list', 'spec:\n  endpointSelector: {}\n  ingress: {fromEndpoints: []}', 'ingress: {', 'invalid-field'],
    ['a port out of range', 'spec:\n  endpointSelector: {}\n  ingress:\n  - toPorts: [{ports: [{port: "70000"}]}]', 'port: "70000"', 'invalid-port'],
    ['an unquoted port (the CRD types it as a string)', 'spec:\n  endpointSelector: {}\n  ingress:\n  - toPorts: [{ports: [{port: 80}]}]', 'port: 80', 'invalid-port'],
    ['an unknown protocol', 'spec:\n  endpointSelector: {}\n  ingress:\n  - toPorts: [{ports: [{port: "80", protocol: HTTP}]}]', 'protocol: HTTP', 'invalid-port'],
    ['endPort below port', 'spec:\n  endpointSelector: {}\n  ingress:\n  - toPorts: [{ports: [{port: "80", endPort: 79}]}]', 'endPort: 79', 'invalid-port'],
    ['a bad CIDR', 'spec:\n  endpointSelector: {}\n  egress:\n  - toCIDR: [10.0.0.0/33]', 'toCIDR', 'invalid-cidr'],
    ['an except outside its CIDR', 'spec:\n  endpointSelector: {}\n  egress:\n  - toCIDRSet:\n    - cidr: 10.0.0.0/8\n      except: [192.168.0.0/16]', 'except', 'invalid-cidr'],
    ['no endpointSelector', 'spec:\n  ingress: [{}]', 'ingress', 'invalid-rule'],
    ['both endpointSelector and nodeSelector', 'spec:\n  endpointSelector: {}\n  nodeSelector: {}\n  ingress: [{}]', 'endpointSelector', 'invalid-rule'],
    ['a nodeSelector in a namespaced policy', 'spec:\n  nodeSelector: {}\n  ingress: [{}]', 'nodeSelector', 'invalid-rule'],
    ['a misspelt section (egresDeny)', 'spec:\n  endpointSelector: {}\n  egresDeny: [{toEntities: [world]}]', 'egresDeny', 'invalid-field'],
    ['a misspelt peer field', 'spec:\n  endpointSelector: {}\n  ingress:\n  - fromEndpoint: [{}]', 'fromEndpoint:', 'invalid-field'],
    ['a selector with a wrong operator', 'spec:\n  endpointSelector: {matchExpressions: [{key: app, operator: Is, values: [a]}]}\n  ingress: [{}]', 'operator', 'invalid-selector'],
    ['L7 rules in a deny rule', 'spec:\n  endpointSelector: {}\n  ingressDeny:\n  - toPorts: [{ports: [{port: "80"}], rules: {http: [{}]}}]', 'rules:', 'invalid-rule'],
    ['neither spec nor specs', 'specs: []', 'specs', 'invalid-rule'],
    ['a port without a number (C-19: "port must be specified")', 'spec:\n  endpointSelector: {}\n  ingress:\n  - toPorts: [{ports: [{protocol: TCP}]}]', 'protocol: TCP', 'invalid-port'],
    ['protocol ICMP in toPorts (refused without extended protocols)', 'spec:\n  endpointSelector: {}\n  ingress:\n  - toPorts: [{ports: [{port: "8", protocol: ICMP}]}]', 'ICMP', 'invalid-port'],
    ['an http rule on a UDP port (C-21)', 'spec:\n  endpointSelector: {}\n  ingress:\n  - toPorts: [{ports: [{port: "80", protocol: UDP}], rules: {http: [{method: GET}]}}]', 'UDP', 'invalid-rule'],
  ];
  it.each(cases)('%s is an error at its line; the policy is left out', (_what, body, marker, code) => {
    const text = CNP(body);
    const c = load(text);
    expect(summary(c.diagnostics.filter((d) => d.severity === 'error'))).toEqual([`error ${code} ${lineOf(text, marker)}`]);
    expect(c.policies).toEqual([]);
  });

  it('messages name the policy and the field', () => {
    const c = load(CNP('specs:\n- endpointSelector: {}\n  ingress:\n  - toPorts: [{ports: [{port: "80", endPort: 79}]}]'));
    expect(c.diagnostics[0]!.message).toBe('CiliumNetworkPolicy prod/p: specs[0].ingress[0].toPorts[0].ports[0].endPort: endPort 79 is less than port 80');
  });

  it('a valid policy reads into one policy per rule of spec and specs (C-4)', () => {
    const c = load(CNP('spec:\n  endpointSelector: {matchLabels: {app: a}}\n  ingress: [{}]\nspecs:\n- endpointSelector: {matchLabels: {app: b}}\n  egressDeny: [{toEntities: [world]}]'));
    expect(c.diagnostics).toEqual([]);
    expect(c.policies.map((p) => [p.cilium!.spec, p.types, p.ingress.length, p.cilium!.denyEgress.length])).toEqual([
      [null, { ingress: true, egress: false }, 0, 0],
      [0, { ingress: false, egress: true }, 0, 1],
    ]);
  });
});

describe('security: a forbidden flow hidden behind a Cilium policy (issue 14)', () => {
  const BASE = 'apiVersion: v1\nkind: Pod\nmetadata: {name: db, namespace: prod, labels: {app: db}}\nspec: {containers: [{name: c, image: x}]}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: prod, labels: {app: web}}\nspec: {containers: [{name: c, image: x}]}\n';
  const LOCK = CNP('spec:\n  endpointSelector: {matchLabels: {app: db}}\n  ingress: [{}]', 'metadata: {name: lock, namespace: prod}');
  const FORBID = 'rules:\n  forbid:\n  - name: no-web-to-db\n    from: {namespace: prod, labels: {app: web}}\n    to: {namespace: prod, labels: {app: db}}\n';
  const run = (head: string, rules = FORBID) =>
    analyzeDiff({ base: [{ path: 'a.yaml', text: `${BASE}---\n${LOCK}` }], head: [{ path: 'a.yaml', text: `${BASE}---\n${LOCK}---\n${head}` }], rules: { path: 'r.yml', text: rules }, options: { ...DEFAULT_OPTIONS, exposure: false }, failOn: 'new' });

  it('an allow in specs[1] is analysed and fails the gate, named with its spec, section and rule (C-4, C-24)', () => {
    const head = CNP('spec:\n  endpointSelector: {matchLabels: {app: none}}\n  ingress: [{}]\nspecs:\n- endpointSelector: {matchLabels: {app: web}}\n  egress: [{toEntities: [cluster]}]\n- endpointSelector: {matchLabels: {app: db}}\n  ingress:\n  - fromEndpoints: [{matchLabels: {k8s:app: web}}]', 'metadata: {name: harmless, namespace: prod}');
    const r = run(head);
    expect(r.exitCode).toBe(1);
    const why = [...changedPairs(r.diff)].map((c) => formatBecause(c.group.because));
    expect(why).toContainEqual('cilium/prod/harmless specs[0].egress[0] (a.yaml:26), cilium/prod/harmless specs[1].ingress[0] (a.yaml:29)');
    // JSON `because` carries the Cilium details (README "JSON output").
    const because = [...changedPairs(r.diff)].flatMap((c) => c.group.because).find((b) => b.cilium?.spec === 'specs[1]');
    expect(because).toEqual({ policy: 'cilium/prod/harmless', file: 'a.yaml', line: 29, side: 'head', direction: 'ingress', role: 'allows', rule: 1, cilium: { kind: 'CiliumNetworkPolicy', spec: 'specs[1]', section: 'ingress' } });
  });

  it('a cilium.io/v2alpha1 or misspelt kind protects nothing: an input error, not a silent skip', () => {
    for (const [api, kind] of [['cilium.io/v2alpha1', 'CiliumNetworkPolicy'], ['cilium.io/v2', 'CiliumNetworkpolicy'], ['cilium.io/v2', 'CiliumNetworkPolicies']]) {
      const text = `apiVersion: ${api}\nkind: ${kind}\nmetadata: {name: x, namespace: prod}\nspec: {endpointSelector: {}, ingress: [{}]}\n`;
      const c = load(text);
      expect(summary(c.diagnostics)).toEqual(['error unsupported-api-version 2']);
      expect(run(text).exitCode).toBe(2);
    }
  });

  it('a CCNP with a namespace is cluster-wide, with a warning: its allow still counts everywhere', () => {
    const ccnp = 'apiVersion: cilium.io/v2\nkind: CiliumClusterwideNetworkPolicy\nmetadata: {name: c, namespace: other}\nspec:\n  endpointSelector: {matchLabels: {app: db}}\n  ingress: [{fromEntities: [cluster]}]\n';
    expect(summary(load(ccnp).diagnostics)).toEqual(['warning cilium-clusterwide-namespace 3']);
    expect(run(ccnp).exitCode).toBe(1);
  });

  it('an allow behind a field that is not analysed is a not-analysed warning, which notAnalysed: fail gates', () => {
    const head = CNP('spec:\n  endpointSelector: {matchLabels: {app: web}}\n  egress:\n  - toServices: [{k8sService: {serviceName: db, namespace: prod}}]', 'metadata: {name: svc, namespace: prod}');
    expect(summary(load(head).diagnostics)).toEqual([`warning not-analysed ${lineOf(head, 'toServices')}`]);
    expect(run(head, `notAnalysed: fail\n${FORBID}`).exitCode).toBe(1);
  });

  it('a label source prefix that is not k8s: or any: is not read as the pod label', () => {
    const head = CNP('spec:\n  endpointSelector: {matchLabels: {app: db}}\n  ingress:\n  - fromEndpoints: [{matchLabels: {container:app: web}}]', 'metadata: {name: src, namespace: prod}');
    expect(summary(load(head).diagnostics)).toEqual([`warning not-analysed ${lineOf(head, 'container:app')}`]);
  });

  it('a namespace selector that reserved identities match counts every external address too', () => {
    const head = CNP('spec:\n  endpointSelector: {matchLabels: {app: db}}\n  ingress:\n  - fromEndpoints: [{matchExpressions: [{key: io.kubernetes.pod.namespace, operator: NotIn, values: [kube-system]}]}]', 'metadata: {name: ns, namespace: prod}');
    const c = load(`${BASE}---\n${head}`);
    expect(c.policies[0]!.ingress[0]!.peers.map((p) => p.kind)).toEqual(['pods', 'ipBlock', 'ipBlock']);
  });

  it('security (C-11): a CNP peer that names only a namespace label that no labels carry lets the internet in too', () => {
    // Cilium adds no namespace requirement to a CNP selector that names a namespace label
    // (getEndpointSelector), so `team DoesNotExist` also matches world, which has no labels.
    const head = CNP('spec:\n  endpointSelector: {matchLabels: {app: db}}\n  ingress:\n  - fromEndpoints: [{matchExpressions: [{key: io.cilium.k8s.namespace.labels.team, operator: DoesNotExist}]}]', 'metadata: {name: nolabel, namespace: prod}');
    const internet = 'rules:\n  forbid:\n  - name: no-internet-to-db\n    from: {cidr: 0.0.0.0/0}\n    to: {namespace: prod, labels: {app: db}}\n';
    expect(run(head, internet).exitCode).toBe(1);
  });
});

describe('exposure: pods outside the manifests (issue 11) with Cilium peers', () => {
  it('a CNP peer in another namespace gets a stand-in, like a NetworkPolicy peer', () => {
    const app = 'apiVersion: v1\nkind: Pod\nmetadata: {name: db, namespace: prod, labels: {app: db}}\nspec: {containers: [{name: c, image: x}]}\n';
    const cnp = CNP('spec:\n  endpointSelector: {matchLabels: {app: db}}\n  ingress:\n  - fromEndpoints: [{matchLabels: {k8s:io.kubernetes.pod.namespace: batch, app: loader}}]\n    toPorts: [{ports: [{port: "5432", protocol: TCP}]}]');
    const r = analyzeDiff({ base: [{ path: 'a.yaml', text: app }], head: [{ path: 'a.yaml', text: `${app}---\n${cnp}` }], rules: null, options: DEFAULT_OPTIONS, failOn: 'new' });
    const ids = r.diff.endpoints.map((e) => e.id);
    const rows = [...changedPairs(r.diff)].map((c) => `${c.group.kind} ${ids[c.from]} -> ${ids[c.to]}`);
    expect(rows).toContain('narrowed batch/[pods with app=loader] -> prod/db[Pod]');
  });
});
