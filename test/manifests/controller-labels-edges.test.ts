import { describe, expect, test } from 'vitest';
import { read, said } from './read-manifest';

/**
 * src/manifests/controller-labels.ts case by case: which selectors are read (a subject, a pods
 * peer of either direction, of a NetworkPolicy or a ClusterNetworkPolicy; never a namespaces or
 * address peer) and what the error says (kubernetes.io "Well-Known Labels, Annotations and Taints").
 */
const deployment = (name: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}, namespace: ns}\nspec:\n  selector: {matchLabels: {app: ${name}}}\n  template:\n    metadata: {labels: {app: ${name}}}\n    spec: {containers: [{name: c, image: x}]}\n---\n`;
const np = (spec: string) => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: ns}\nspec: ${spec}\n`;
const cnp = (body: string) => `apiVersion: policy.networking.k8s.io/v1alpha2\nkind: ClusterNetworkPolicy\nmetadata: {name: guard}\nspec:\n  tier: Admin\n  priority: 1\n  subject: {namespaces: {}}\n  ${body}\n`;
const HASH = '{podSelector: {matchExpressions: [{key: pod-template-hash, operator: Exists}]}}';

describe('controller-labels: the selectors read', () => {
  test('the error names the label, the first workload that adds it, and what to do', () => {
    const c = read(deployment('a') + deployment('b') + np(`{podSelector: {}, ingress: [{from: [${HASH}]}]}`));
    expect(said(c.diagnostics)).toEqual([
      'error controller-label 19: ns/p: a pod selector reads the label "pod-template-hash", which Kubernetes adds to the pods of ns/a[Deployment] (and of every Deployment) with a value the manifests do not show, so flowgate cannot tell which pods it selects. Select pods by labels written in their template.',
    ]);
    expect(c.policies).toHaveLength(1);
  });

  test.each<[string, string]>([
    ['a NetworkPolicy egress pods peer, after an address peer', np(`{podSelector: {}, policyTypes: [Egress], egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8}}, ${HASH}]}]}`)],
    ['a ClusterNetworkPolicy ingress pods peer', cnp(`ingress: [{action: Deny, from: [{pods: {namespaceSelector: {}, podSelector: {matchLabels: {pod-template-hash: x}}}}]}]`)],
    ['a ClusterNetworkPolicy egress pods peer, after a networks peer', cnp(`egress: [{action: Deny, to: [{networks: [10.0.0.0/8]}, {pods: {namespaceSelector: {}, podSelector: {matchLabels: {pod-template-hash: x}}}}]}]`)],
  ])('%s: an error', (_name, policy) => {
    expect(said(read(deployment('a') + policy).diagnostics)).toEqual([expect.stringMatching(/^error controller-label \d+: .*"pod-template-hash"/)]);
  });

  test.each<[string, string]>([
    ['address and namespace peers of a NetworkPolicy', np('{podSelector: {}, ingress: [{from: [{ipBlock: {cidr: 10.0.0.0/8}}, {namespaceSelector: {matchLabels: {pod-template-hash: x}}}]}]}')],
    ['namespaces and networks peers of a ClusterNetworkPolicy', cnp('ingress: [{action: Deny, from: [{namespaces: {matchLabels: {pod-template-hash: x}}}, {networks: [10.0.0.0/8]}]}]')],
    ['a pods peer of a ClusterNetworkPolicy that selects every pod of its namespaces', cnp('ingress: [{action: Deny, from: [{pods: {namespaceSelector: {matchLabels: {pod-template-hash: x}}, podSelector: {}}}]}]')],
  ])('%s: no error (no pod label read)', (_name, policy) => {
    expect(said(read(deployment('a') + policy).diagnostics).filter((d) => d.includes('controller-label'))).toEqual([]);
  });
});
