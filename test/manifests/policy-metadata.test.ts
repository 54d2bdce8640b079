import { describe, expect, test } from 'vitest';
import { read, said } from './read-manifest';

/**
 * src/manifests/build-cluster.ts policyMetadataOk: the API server validates every object's
 * metadata (apimachinery ValidateObjectMeta; NetworkPolicy names with NameIsDNSSubdomain), so a
 * policy with an invalid name, label or annotation is refused and protects nothing: an error,
 * and the policy is left out.
 */
const np = (meta: string) => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {namespace: ns, ${meta}}\nspec: {podSelector: {}}\n`;
const anp = (name: string) => `apiVersion: policy.networking.k8s.io/v1alpha1\nkind: AdminNetworkPolicy\nmetadata: {name: ${name}}\nspec:\n  priority: 1\n  subject: {namespaces: {}}\n  ingress: [{action: Deny, from: [{namespaces: {}}]}]\n`;
const cnp = (name: string) => `apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: ${name}, namespace: ns}\nspec:\n  endpointSelector: {}\n  ingress: [{fromEndpoints: [{}]}]\n`;

describe('policy metadata the API server refuses', () => {
  test.each<[string, string, string]>([
    ['an upper-case NetworkPolicy name', np('name: Deny_DB'), 'error invalid-name 3: NetworkPolicy Deny_DB: "Deny_DB" is not a valid name'],
    ['a name longer than 253 characters', np(`name: ${'a'.repeat(254)}`), 'error invalid-name 3: NetworkPolicy aaaa'],
    ['a label value with a space', np('name: p, labels: {team: "a b"}'), 'error invalid-label 3: NetworkPolicy p: label "team" has an invalid value "a b"'],
    ['an annotation key that is not a qualified name', np('name: p, annotations: {"bad key!": x}'), 'error invalid-annotation 3: NetworkPolicy p: annotation key "bad key!" is invalid'],
    ['an annotation value that is not a string', np('name: p, annotations: {replicas: 3}'), 'error invalid-annotation 3: NetworkPolicy p: annotation "replicas" must have a string value, not the number 3'],
    ['an AdminNetworkPolicy name', anp('Guard'), 'error invalid-name 3: AdminNetworkPolicy Guard: "Guard" is not a valid name'],
    ['a CiliumNetworkPolicy name', cnp('Deny_DB'), 'error invalid-name 3: CiliumNetworkPolicy Deny_DB: "Deny_DB" is not a valid name'],
  ])('%s: an error, and no policy', (_name, text, message) => {
    const c = read(text);
    expect(said(c.diagnostics)).toEqual([expect.stringContaining(message)]);
    expect([c.policies.length, c.tieredPolicies?.length ?? 0]).toEqual([0, 0]);
  });

  test('a dotted name, valid labels and annotations (upper case in an annotation key counts as lower case) are read', () => {
    const c = read(np('name: db.deny-1, labels: {team: a}, annotations: {Example.com/Owner: x}'));
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.policies.map((p) => p.name)).toEqual(['db.deny-1']);
  });
});

/**
 * Strict field validation applies to custom resources too (a field the CRD schema would prune
 * makes kubectl apply's request fail): the tiered kinds' port entries (build-tiered-policy.ts
 * knownFields) and the object and metadata of tiered and Cilium policies.
 */
describe('custom resource fields the CRD schema does not have', () => {
  const ports = (entry: string, apiVersion = 'v1alpha1', field = 'ports') =>
    `apiVersion: policy.networking.k8s.io/${apiVersion}\nkind: ${apiVersion === 'v1alpha1' ? 'AdminNetworkPolicy' : 'ClusterNetworkPolicy'}\nmetadata: {name: g}\nspec:\n  ${apiVersion === 'v1alpha1' ? '' : 'tier: Admin\n  '}priority: 1\n  subject: {namespaces: {}}\n  ingress: [{action: Deny, from: [{namespaces: {}}], ${field}: [${entry}]}]\n`;
  test.each<[string, string, string]>([
    ['a v1alpha1 portNumber', ports('{portNumber: {port: 80, protocol: TCP, extra: 1}}'), 'unknown field "extra" in portNumber (protocol, port)'],
    ['a v1alpha1 portRange', ports('{portRange: {start: 1, end: 9, protcol: UDP}}'), 'unknown field "protcol" in portRange (protocol, start, end)'],
    ['a v1alpha2 tcp entry', ports('{tcp: {destinationPort: {number: 80}, sourcePort: 1}}', 'v1alpha2', 'protocols'), 'unknown field "sourcePort" in tcp (destinationPort)'],
    ['a v1alpha2 range', ports('{udp: {destinationPort: {range: {start: 1, end: 9, step: 2}}}}', 'v1alpha2', 'protocols'), 'unknown field "step" in a range (start, end)'],
    ['the object of a tiered policy', `${ports('{portNumber: {port: 80}}')}extra: 1\n`, 'AdminNetworkPolicy g: unknown field "extra" in the object (apiVersion, kind, metadata, spec, status)'],
    ['the metadata of a Cilium policy', 'apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: p, namespace: ns, lables: {a: b}}\nspec: {endpointSelector: {}}\n', 'unknown field "lables" in metadata'],
  ])('%s: an error, and no policy', (_name, text, message) => {
    const c = read(text);
    expect(said(c.diagnostics)).toEqual([expect.stringContaining(message)]);
    expect([c.policies.length, c.tieredPolicies?.length ?? 0]).toEqual([0, 0]);
  });
});

describe('a policy that is a Helm or Argo CD hook', () => {
  test.each<[string, string]>([
    ['a Helm hook deleted once it succeeds', 'annotations: {helm.sh/hook: post-install, helm.sh/hook-delete-policy: hook-succeeded}'],
    ['a Helm test hook', 'annotations: {helm.sh/hook: test}'],
    ['an Argo CD hook', 'annotations: {argocd.argoproj.io/hook: PreSync}'],
  ])('%s: an error, and no policy', (_name, annotations) => {
    const c = read(np(`name: p, ${annotations}`));
    expect(said(c.diagnostics)).toEqual([expect.stringMatching(/^error policy-hook 3: NetworkPolicy p: is a (Helm|Argo CD) hook \(the string "[\w-]+"\): the cluster holds it only while or after its hook runs/)]);
    expect(c.policies).toEqual([]);
  });
});
