import { describe, expect, test } from 'vitest';
import { buildCluster } from '../../src/manifests/build-cluster';
import { parseDocuments } from '../../src/yaml/parse-documents';
import { read, said } from './read-manifest';

/**
 * src/manifests/build-cluster.ts at its edges (issue 18): pods of a cluster dump and their
 * controller (issue 10 item 6), owner references as the API writes them (metav1.OwnerReference:
 * `controller` is a pointer to a bool, a static pod's controller is its Node), lines of the
 * diagnostics, and kinds it must leave alone. A separate file from workload-fields.test.ts so that
 * the mutation baseline of that file stays reusable.
 */

/** A pod `name` in namespace ns with the given labels, owner references (flow YAML) and container port. */
function pod(name: string, labels: string, owners: string, port = 8080): string {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: ns\n  labels: ${labels}\n  ownerReferences: ${owners}\nspec:\n  containers: [{name: c, ports: [{containerPort: ${port}}]}]\n`;
}
const RS = '[{apiVersion: apps/v1, kind: ReplicaSet, name: web, controller: true}]';
const endpoints = (text: string) => read(text).workloads.map((w) => `${w.kind} ${w.name} ${JSON.stringify(w.labels)}`);

describe('pods of one controller (issue 10 item 6)', () => {
  test('one endpoint when no policy tells the pods apart, taken from the pod with the least name whatever the order of documents', () => {
    const text = [pod('web-b', '{app: web, hash: b}', RS), pod('web-a', '{app: web, hash: a}', RS)].join('---\n');
    expect(endpoints(text)).toEqual(['ReplicaSet web {"app":"web","hash":"a"}']);
  });

  test('pods with other container ports stay apart: a policy port can tell them apart (A-26)', () => {
    const text = [pod('web-a', '{app: web}', RS, 80), pod('web-b', '{app: web}', RS, 81)].join('---\n');
    expect(endpoints(text)).toEqual(['Pod web-a {"app":"web"}', 'Pod web-b {"app":"web"}']);
  });

  test.each<[string, string]>([
    ['a matchExpressions key of a NetworkPolicy podSelector', 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: ns}\nspec:\n  podSelector: {matchExpressions: [{key: hash, operator: In, values: [a]}]}\n'],
    ['a NetworkPolicy egress peer', 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: ns}\nspec:\n  podSelector: {}\n  egress: [{to: [{podSelector: {matchLabels: {hash: a}}}]}]\n'],
    ['a Cilium deny rule', 'apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: p, namespace: ns}\nspec:\n  endpointSelector: {}\n  ingressDeny: [{fromEndpoints: [{matchLabels: {hash: a}}]}]\n'],
    ['an AdminNetworkPolicy subject', 'apiVersion: policy.networking.k8s.io/v1alpha1\nkind: AdminNetworkPolicy\nmetadata: {name: a}\nspec:\n  priority: 1\n  subject: {pods: {namespaceSelector: {}, podSelector: {matchLabels: {hash: a}}}}\n'],
    ['an AdminNetworkPolicy rule peer', 'apiVersion: policy.networking.k8s.io/v1alpha1\nkind: AdminNetworkPolicy\nmetadata: {name: a}\nspec:\n  priority: 1\n  subject: {namespaces: {}}\n  egress: [{action: Deny, to: [{pods: {namespaceSelector: {}, podSelector: {matchLabels: {hash: a}}}}]}]\n'],
  ])('pods stay apart when a label only they differ in is read by %s', (_name, policy) => {
    const text = [pod('web-a', '{app: web, hash: a}', RS), pod('web-b', '{app: web, hash: b}', RS), policy].join('---\n');
    expect(said(read(text).diagnostics)).toEqual([]);
    expect(endpoints(text)).toEqual(['Pod web-a {"app":"web","hash":"a"}', 'Pod web-b {"app":"web","hash":"b"}']);
  });

  test.each<[string, string]>([
    ['a static pod, whose controller is its Node', '[{apiVersion: v1, kind: Node, name: node-1, controller: true}]'],
    ['an owner without a name', '[{apiVersion: apps/v1, kind: ReplicaSet, controller: true}]'],
    ['owner references that are not a list', '{apiVersion: apps/v1, kind: ReplicaSet, name: web, controller: true}'],
    ['controller written as a string', '[{apiVersion: apps/v1, kind: ReplicaSet, name: web, controller: "true"}]'],
  ])('%s: the pod stays a Pod', (_name, owners) => {
    const c = read(pod('web-a', '{app: web}', owners));
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.workloads.map((w) => `${w.kind} ${w.name}`)).toEqual(['Pod web-a']);
  });

  test('a null owner reference is skipped; the controller after it is found', () => {
    const c = read(pod('web-a', '{app: web}', '[null, {apiVersion: apps/v1, kind: ReplicaSet, name: web, controller: true}]'));
    expect(c.workloads.map((w) => `${w.kind} ${w.name}`)).toEqual(['ReplicaSet web']);
  });
});

describe('lines and kinds', () => {
  test('an old NetworkPolicy apiVersion is reported at the apiVersion line', () => {
    const c = read('kind: NetworkPolicy\napiVersion: networking.k8s.io/v1beta1\nmetadata: {name: p, namespace: ns}\nspec: {}\n');
    expect(said(c.diagnostics)).toEqual([
      'error unsupported-api-version 2: NetworkPolicy ns/p: apiVersion networking.k8s.io/v1beta1 is no longer served by Kubernetes; use networking.k8s.io/v1 (the policy is left out of the analysis)',
    ]);
  });

  test('a kind flowgate does not read is left alone, even without metadata', () => {
    const c = read('apiVersion: v1\nkind: ConfigMap\ndata: {a: b}\n');
    expect(said(c.diagnostics)).toEqual([]);
    expect([...c.namespaces.keys()]).toEqual(['default']);
  });

  test('a duplicate of a file at the root and one in a folder names ./ as the root folder (issue 13)', () => {
    const ns = (v: string) => `apiVersion: v1\nkind: Namespace\nmetadata: {name: a, labels: {v: "${v}"}}\n`;
    const c = readFiles([
      { file: 'ns.yaml', text: ns('1') },
      { file: 'k8s/ns.yaml', text: ns('2') },
    ]);
    expect(c.map((d) => d.message)).toEqual([
      'Namespace a is defined twice (first at ns.yaml:1); this one is ignored. If ./ and k8s/ are two layouts of one app, name each as an environment in the rules file (environments: [{name, manifests: [globs]}], README "Environments") so that each is analysed on its own',
    ]);
  });
});

/** The diagnostics of several files read into one cluster. */
function readFiles(files: { file: string; text: string }[]) {
  const documents = files.flatMap((f) => parseDocuments(f.file, f.text).documents);
  return buildCluster(documents, { defaultNamespace: 'default' }).diagnostics;
}
