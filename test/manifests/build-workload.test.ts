import { describe, expect, test } from 'vitest';
import { DEFAULT_OPTIONS, parseCluster } from '../../src/analyze';
import { NAMESPACE_NAME_LABEL } from '../../src/model/kube-names';
import type { WorkloadKind } from '../../src/model/types';
import { lineOf, load, summary } from './load-yaml';

const POD_SPEC = (indent: string) =>
  [
    'metadata:',
    '  labels: {app: web, tier: front}',
    'spec:',
    '  containers:',
    '  - name: c',
    '    ports:',
    '    - {name: http, containerPort: 8080}',
    '    - {containerPort: 53, protocol: UDP}',
  ]
    .map((l) => indent + l)
    .join('\n');

/** A manifest of each kind, its pod template where that kind keeps it. */
const MANIFESTS: Record<WorkloadKind, string> = {
  Pod: `apiVersion: v1\nkind: Pod\nmetadata:\n  name: w\n  namespace: ns\n  labels: {app: web, tier: front}\nspec:\n  containers:\n  - name: c\n    ports:\n    - {name: http, containerPort: 8080}\n    - {containerPort: 53, protocol: UDP}\n`,
  Deployment: `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: w, namespace: ns, labels: {owner: only}}\nspec:\n  template:\n${POD_SPEC('    ')}\n`,
  StatefulSet: `apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: w, namespace: ns}\nspec:\n  template:\n${POD_SPEC('    ')}\n`,
  DaemonSet: `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: w, namespace: ns}\nspec:\n  template:\n${POD_SPEC('    ')}\n`,
  ReplicaSet: `apiVersion: apps/v1\nkind: ReplicaSet\nmetadata: {name: w, namespace: ns}\nspec:\n  template:\n${POD_SPEC('    ')}\n`,
  ReplicationController: `apiVersion: v1\nkind: ReplicationController\nmetadata: {name: w, namespace: ns}\nspec:\n  template:\n${POD_SPEC('    ')}\n`,
  Job: `apiVersion: batch/v1\nkind: Job\nmetadata: {name: w, namespace: ns}\nspec:\n  template:\n${POD_SPEC('    ')}\n`,
  CronJob: `apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: w, namespace: ns}\nspec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n${POD_SPEC('        ')}\n`,
};

describe('workload kinds (A-20)', () => {
  test.each(Object.entries(MANIFESTS) as [WorkloadKind, string][])('%s: pod template labels and container ports', (kind, text) => {
    const c = load(text);
    expect(summary(c.diagnostics)).toEqual([]);
    expect(c.workloads).toHaveLength(1);
    const w = c.workloads[0]!;
    expect({ kind: w.kind, namespace: w.namespace, name: w.name, labels: w.labels, hostNetwork: w.hostNetwork }).toEqual({
      kind,
      namespace: 'ns',
      name: 'w',
      // A Job's pods also carry its name as job-name (the API server adds it to the template).
      labels: kind === 'Job' ? { 'job-name': 'w', app: 'web', tier: 'front' } : { app: 'web', tier: 'front' },
      hostNetwork: false,
    });
    // named ports are kept with their protocol (default TCP).
    expect(w.ports).toEqual([
      { name: 'http', port: 8080, protocol: 'TCP' },
      { port: 53, protocol: 'UDP' },
    ]);
    expect(w.source).toEqual({ file: 'm.yaml', line: 1 });
  });

  test('a workload without a pod template is reported at the template path', () => {
    const text = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: w}\nspec:\n  replicas: 2\n';
    const c = load(text);
    expect(c.workloads).toEqual([]);
    expect(summary(c.diagnostics)).toEqual([`error invalid-field ${lineOf(text, 'replicas')}`]);
  });
});

describe('pod spec details', () => {
  test.each<[string, string, boolean]>([
    ['hostNetwork: true (A-31)', 'hostNetwork: true', true],
    ['hostNetwork: false', 'hostNetwork: false', false],
    ['no hostNetwork', 'restartPolicy: Always', false],
  ])('%s', (_name, field, want) => {
    const c = load(`apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  ${field}\n  containers: [{name: c}]\n`);
    expect(c.workloads[0]!.hostNetwork).toBe(want);
  });

  test('hostNetwork that is not a boolean is reported at its line', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: "true"\n  containers: [{name: c}]\n';
    const c = load(text);
    expect(c.workloads).toEqual([]);
    expect(summary(c.diagnostics)).toEqual([`error invalid-field ${lineOf(text, 'hostNetwork')}`]);
  });

  test('ports of sidecar init containers count; those of ordinary init containers do not', () => {
    const c = load(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  initContainers:\n  - {name: init, ports: [{name: setup, containerPort: 9000}]}\n  - {name: proxy, restartPolicy: Always, ports: [{name: proxy, containerPort: 15001}]}\n  containers:\n  - {name: app, ports: [{name: sctp, containerPort: 7070, protocol: SCTP}]}\n',
    );
    expect(c.workloads[0]!.ports).toEqual([
      { name: 'sctp', port: 7070, protocol: 'SCTP' },
      { name: 'proxy', port: 15001, protocol: 'TCP' },
    ]);
  });

  test.each<[string, string]>([
    ['a containerPort out of range', '{containerPort: 70000}'],
    ['a containerPort that is a string', '{containerPort: "80"}'],
    ['an unknown container port protocol', '{containerPort: 80, protocol: ICMP}'],
  ])('%s is reported at its line and the workload left out', (_name, port) => {
    const text = `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    ports:\n    - ${port}\n`;
    const c = load(text);
    expect(c.workloads).toEqual([]);
    expect(summary(c.diagnostics)).toEqual([`error invalid-port ${lineOf(text, port)}`]);
  });

  test('an invalid pod label is reported at its line (YAML 1.1: a bare y is a boolean)', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n    ns: y\nspec: {containers: [{name: c}]}\n';
    const c = load(text);
    expect(c.workloads).toEqual([]);
    expect(summary(c.diagnostics)).toEqual([`error invalid-label ${lineOf(text, 'ns: y')}`]);
  });
});

describe('pods with a controlling owner (cluster dumps)', () => {
  const pod = (name: string, owner: string, labels = '{app: agent}') =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: ns\n  labels: ${labels}\n  ownerReferences:\n${owner}\nspec:\n  hostNetwork: true\n  containers: [{name: c, ports: [{name: m, containerPort: 9100}]}]\n`;

  test('are folded into their owner, read from their own spec', () => {
    const owner = '  - {apiVersion: apps/v1, kind: DaemonSet, name: agents, controller: true}';
    const c = load(`${pod('agents-abc', owner)}---\n${pod('agents-def', owner)}`);
    expect(summary(c.diagnostics)).toEqual([]);
    expect(c.workloads.map((w) => [w.kind, w.namespace, w.name, w.labels, w.hostNetwork, w.ports])).toEqual([
      ['DaemonSet', 'ns', 'agents', { app: 'agent' }, true, [{ name: 'm', port: 9100, protocol: 'TCP' }]],
    ]);
  });

  test('a manifest of the owner itself wins over its pods', () => {
    const owner = '  - {apiVersion: apps/v1, kind: Deployment, name: web, controller: true}';
    const deployment = `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: ns}\nspec:\n  template:\n    metadata: {labels: {app: web}}\n    spec: {containers: [{name: c}]}\n`;
    const c = load(`${pod('web-1', owner)}---\n${deployment}`);
    expect(c.workloads.map((w) => [w.kind, w.name, w.labels])).toEqual([['Deployment', 'web', { app: 'web' }]]);
  });

  test('an owner reference that is not the controller leaves the pod a Pod', () => {
    const c = load(pod('p', '  - {apiVersion: apps/v1, kind: DaemonSet, name: agents, controller: false}'));
    expect(c.workloads.map((w) => `${w.kind} ${w.name}`)).toEqual(['Pod p']);
  });
});

describe('documents and lists', () => {
  test('List and *List kinds are flattened; PodList items may leave out kind and apiVersion', () => {
    const list = JSON.stringify({
      apiVersion: 'v1',
      kind: 'List',
      items: [
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'ns', labels: { team: 'a' } } },
        { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd', namespace: 'ns' }, spec: { template: { metadata: { labels: { app: 'd' } }, spec: { containers: [] } } } },
        { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'p', namespace: 'ns' }, spec: { podSelector: {} } },
      ],
    });
    const podList = JSON.stringify({ apiVersion: 'v1', kind: 'PodList', items: [{ metadata: { name: 'a', namespace: 'ns', labels: { app: 'a' } }, spec: { containers: [] } }] });
    const c = parseCluster(
      [
        { path: 'list.json', text: list },
        { path: 'pods.json', text: podList },
      ],
      DEFAULT_OPTIONS,
    );
    expect(summary(c.diagnostics)).toEqual([]);
    expect(c.workloads.map((w) => `${w.kind} ${w.namespace}/${w.name}`)).toEqual(['Pod ns/a', 'Deployment ns/d']);
    expect(c.policies.map((p) => `${p.namespace}/${p.name}`)).toEqual(['ns/p']);
    expect(c.namespaces.get('ns')!.labels).toEqual({ team: 'a', [NAMESPACE_NAME_LABEL]: 'ns' });
  });

  test('YAML that is not a Kubernetes object is ignored quietly', () => {
    const c = load('name: ci\non:\n  push: {branches: [main]}\njobs:\n  test: {runs-on: ubuntu-latest}\n---\n- just\n- a list\n---\nplain text\n');
    expect(c.workloads).toEqual([]);
    expect(c.policies).toEqual([]);
    expect(c.diagnostics).toEqual([]);
  });

  test('other Kubernetes kinds (Service, ConfigMap) do not become workloads', () => {
    const c = load('apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {selector: {app: a}, ports: [{port: 80}]}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n');
    expect(c.workloads).toEqual([]);
    expect(c.diagnostics).toEqual([]);
  });

  test('a Go template file is reported at the line of the first {{ and not parsed', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Values.name }}\nspec: {containers: []}\n';
    const c = load(text, {}, 'templates/pod.yaml');
    expect(c.workloads).toEqual([]);
    expect(c.diagnostics.map((d) => `${d.severity} ${d.code} ${d.file}:${d.line}`)).toEqual(['error template templates/pod.yaml:4']);
  });

  test('a YAML syntax error is reported with its line; the other documents are kept', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: {containers: []}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: b\nspec: {}\n';
    const c = load(text);
    expect(c.workloads.map((w) => w.name)).toEqual(['a']);
    expect(c.diagnostics.every((d) => d.code === 'yaml-syntax' && d.severity === 'error' && d.line >= lineOf(text, 'name: b'))).toBe(true);
    expect(c.diagnostics.length).toBeGreaterThan(0);
  });

  test('a duplicate object is reported at the second definition and ignored', () => {
    const one = (label: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: ns, labels: {v: "${label}"}}\nspec: {containers: []}\n`;
    const text = `${one('1')}---\n${one('2')}`;
    const c = load(text);
    expect(c.workloads.map((w) => w.labels)).toEqual([{ v: '1' }]);
    expect(summary(c.diagnostics)).toEqual([`error duplicate-object ${lineOf(text, 'apiVersion', 2)}`]);
  });

  test('a duplicate across two folders names both and says how to pin them as environments (issue 13); within one folder it does not', () => {
    const one = (label: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: ns, labels: {v: "${label}"}}\nspec: {containers: []}\n`;
    const two = parseCluster([{ path: 'deploy/plain/p.yaml', text: one('1') }, { path: 'deploy/prod/p.yaml', text: one('2') }], DEFAULT_OPTIONS);
    expect(two.diagnostics.map((d) => d.message)).toEqual([
      'Pod ns/p is defined twice (first at deploy/plain/p.yaml:1); this one is ignored. If deploy/plain/ and deploy/prod/ are two layouts of one app, name each as an environment in the rules file (environments: [{name, manifests: [globs]}], README "Environments") so that each is analysed on its own',
    ]);
    const same = parseCluster([{ path: 'k8s/a.yaml', text: one('1') }, { path: 'k8s/b.yaml', text: one('2') }], DEFAULT_OPTIONS);
    expect(same.diagnostics.map((d) => d.message)).toEqual(['Pod ns/p is defined twice (first at k8s/a.yaml:1); this one is ignored']);
  });

  test('the same name in two namespaces or of two kinds is not a duplicate', () => {
    const pod = (ns: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: ${ns}}\nspec: {containers: []}\n`;
    const job = 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: p, namespace: a}\nspec: {template: {spec: {containers: []}}}\n';
    const c = load([pod('a'), pod('b'), job].join('---\n'));
    expect(c.diagnostics).toEqual([]);
    expect(c.workloads.map((w) => `${w.kind} ${w.namespace}/${w.name}`)).toEqual(['Job a/p', 'Pod a/p', 'Pod b/p']);
  });

  test('an invalid namespace name is reported', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: Team_A\nspec: {containers: []}\n';
    const c = load(text);
    expect(c.workloads).toEqual([]);
    expect(summary(c.diagnostics)).toEqual([`error invalid-name ${lineOf(text, 'Team_A')}`]);
  });
});

describe('namespaces (A-1, A-19)', () => {
  test('objects without metadata.namespace land in the default namespace, which exists', () => {
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: []}\n';
    expect(load(pod).workloads[0]!.namespace).toBe('default');
    const c = load(pod, { defaultNamespace: 'team' });
    expect(c.workloads[0]!.namespace).toBe('team');
    expect(c.namespaces.get('team')!.labels).toEqual({ [NAMESPACE_NAME_LABEL]: 'team' });
  });

  test('A-19: every namespace carries kubernetes.io/metadata.name, also one only referenced', () => {
    const c = load(
      'apiVersion: v1\nkind: Namespace\nmetadata: {name: shop, labels: {team: a}}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: other}\nspec: {containers: []}\n',
    );
    expect(Object.fromEntries([...c.namespaces.values()].map((n) => [n.name, n.labels]))).toEqual({
      shop: { team: 'a', [NAMESPACE_NAME_LABEL]: 'shop' },
      other: { [NAMESPACE_NAME_LABEL]: 'other' },
      default: { [NAMESPACE_NAME_LABEL]: 'default' },
    });
    expect(c.namespaces.get('shop')!.source).toEqual({ file: 'm.yaml', line: 1 });
    expect(c.namespaces.get('other')!.source).toBeUndefined();
  });

  test('A-19: the control plane label wins over a different value in the manifest', () => {
    const c = load(`apiVersion: v1\nkind: Namespace\nmetadata: {name: shop, labels: {"${NAMESPACE_NAME_LABEL}": fake}}\n`);
    expect(c.namespaces.get('shop')!.labels).toEqual({ [NAMESPACE_NAME_LABEL]: 'shop' });
  });

  test('configured labels apply to namespaces that have no manifest', () => {
    const c = load('apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: shop}\nspec: {containers: []}\n', { namespaceLabels: { shop: { team: 'a' }, extra: { x: 'y' } } });
    expect(c.namespaces.get('shop')!.labels).toEqual({ team: 'a', [NAMESPACE_NAME_LABEL]: 'shop' });
    expect(c.namespaces.get('extra')!.labels).toEqual({ x: 'y', [NAMESPACE_NAME_LABEL]: 'extra' });
  });
});

