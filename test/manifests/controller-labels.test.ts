import { describe, expect, test } from 'vitest';
import { read, said } from './read-manifest';

/**
 * src/manifests/controller-labels.ts: a pod selector that reads a label a controller adds to its
 * pods (pod-template-hash, controller-revision-hash, job-name …; kubernetes.io "Well-Known
 * Labels, Annotations and Taints") selects by what the manifests do not show: an error.
 */
const workload = (kind: string, apiVersion = 'apps/v1') =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: w, namespace: ns}\nspec:\n  selector: {matchLabels: {app: w}}\n  template:\n    metadata: {labels: {app: w}}\n    spec: {containers: [{name: c, image: x}]}\n---\n`;
const job = (kind: 'Job' | 'CronJob') =>
  kind === 'Job'
    ? 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: w, namespace: ns}\nspec:\n  template:\n    metadata: {labels: {app: w}}\n    spec: {containers: [{name: c, image: x}]}\n---\n'
    : 'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: w, namespace: ns}\nspec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n        metadata: {labels: {app: w}}\n        spec: {containers: [{name: c, image: x}]}\n---\n';
const np = (spec: string) => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: ns}\nspec: ${spec}\n`;
const hashDeny = np('{podSelector: {matchExpressions: [{key: pod-template-hash, operator: DoesNotExist}]}, policyTypes: [Ingress]}');

describe('controller-added labels in pod selectors', () => {
  test.each<[string, string, string]>([
    ['a Deployment adds pod-template-hash; a subject reads it', workload('Deployment') + hashDeny, 'pod-template-hash'],
    ['a StatefulSet adds its pod name; an ingress peer reads it', workload('StatefulSet') + np('{podSelector: {}, ingress: [{from: [{podSelector: {matchLabels: {statefulset.kubernetes.io/pod-name: w-0}}}]}]}'), 'statefulset.kubernetes.io/pod-name'],
    ['a DaemonSet adds pod-template-generation; an egress peer reads it', workload('DaemonSet') + np('{podSelector: {}, policyTypes: [Egress], egress: [{to: [{podSelector: {matchExpressions: [{key: pod-template-generation, operator: Exists}]}}]}]}'), 'pod-template-generation'],
    ['a Job adds controller-uid', job('Job') + np('{podSelector: {matchExpressions: [{key: controller-uid, operator: Exists}]}}'), 'controller-uid'],
    ["a CronJob's Jobs add job-name (the Job's name has a time in it)", job('CronJob') + np('{podSelector: {matchLabels: {job-name: w}}}'), 'job-name'],
    ["a CronJob's Jobs add batch.kubernetes.io/job-name", job('CronJob') + np('{podSelector: {matchLabels: {batch.kubernetes.io/job-name: w}}}'), 'batch.kubernetes.io/job-name'],
  ])('%s: an error naming the label and the workload', (_name, text, key) => {
    const c = read(text);
    expect(said(c.diagnostics)).toEqual([expect.stringMatching(new RegExp(`^error controller-label \\d+: ns/p: a pod selector reads the label "${key.replace(/\./g, '\\.')}", which Kubernetes adds to the pods of ns/w\\[\\w+\\]`))]);
  });

  test("a Job's pods carry job-name, the Job's name (the API server adds it unless spec.manualSelector is true): a selector may read it", () => {
    const c = read(job('Job') + np('{podSelector: {matchLabels: {job-name: w}}, policyTypes: [Ingress]}'));
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.workloads[0]!.labels).toEqual({ 'job-name': 'w', app: 'w' });
    const manual = read(job('Job').replace('spec:\n  template:', 'spec:\n  manualSelector: true\n  selector: {matchLabels: {app: w}}\n  template:'));
    expect(manual.workloads[0]!.labels).toEqual({ app: 'w' });
  });

  test('a ClusterNetworkPolicy subject that reads pod-template-hash is an error too', () => {
    const cnp = 'apiVersion: policy.networking.k8s.io/v1alpha2\nkind: ClusterNetworkPolicy\nmetadata: {name: guard}\nspec:\n  tier: Admin\n  priority: 1\n  subject: {pods: {namespaceSelector: {}, podSelector: {matchExpressions: [{key: pod-template-hash, operator: DoesNotExist}]}}}\n  ingress: [{action: Deny, from: [{namespaces: {}}]}]\n';
    expect(said(read(workload('Deployment') + cnp).diagnostics)).toEqual([expect.stringMatching(/^error controller-label 10: cnp\/guard: a pod selector reads the label "pod-template-hash"/)]);
  });

  test.each<[string, string]>([
    ['no workload of a kind that adds the label (a ReplicaSet adds none)', workload('ReplicaSet') + hashDeny],
    ['a Deployment, and selectors on template labels only', workload('Deployment') + np('{podSelector: {matchLabels: {app: w}}, ingress: [{from: [{podSelector: {}}]}]}')],
    [
      'pods of a cluster dump carry the labels (their owner is not in the manifests)',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: w-abc, namespace: ns, labels: {app: w, pod-template-hash: abc}, ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: w-abc, uid: u, controller: true}]}\nspec: {containers: [{name: c, image: x}]}\n---\n' + hashDeny,
    ],
    ['a Cilium policy (Cilium leaves the hash labels out of identities)', `${workload('Deployment')}apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: p, namespace: ns}\nspec:\n  endpointSelector: {matchExpressions: [{key: pod-template-hash, operator: DoesNotExist}]}\n  ingress: [{fromEndpoints: [{matchLabels: {app: w}}]}]\n`],
  ])('%s: no error', (_name, text) => {
    expect(said(read(text).diagnostics).filter((d) => d.includes('controller-label'))).toEqual([]);
  });
});
