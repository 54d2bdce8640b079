import { describe, expect, test } from 'vitest';
import { ciliumSpecLabel } from '../../src/model/cilium';
import { dnsSubdomainProblem, labelKeyProblem, labelValueProblem } from '../../src/model/kube-names';
import { compareTiered, tieredPolicyId, type Tier, type TieredKind, type TieredPolicy } from '../../src/model/tiers';
import { policyId, workloadId, type Policy } from '../../src/model/types';
import type { CiliumKind } from '../../src/model/cilium';

/**
 * The small naming and ordering functions of the model, one table each. Expected values come
 * from the README's T-ids and C-ids and from apimachinery's validation of label keys and values
 * (IsQualifiedName, IsValidLabelValue: 63 characters, a 253-character DNS-subdomain prefix).
 */

const tiered = (kind: TieredKind, name: string, tier: Tier, priority: number): TieredPolicy => ({
  kind,
  apiVersion: 'policy.networking.k8s.io/v1alpha2',
  name,
  tier,
  priority,
  subject: { namespaceSelector: { matchLabels: {}, matchExpressions: [] } },
  ingress: [],
  egress: [],
  source: { file: 'p.yaml', line: 1 },
});

describe('tieredPolicyId', () => {
  test.each<[TieredKind, string]>([
    ['ClusterNetworkPolicy', 'cnp/x'],
    ['AdminNetworkPolicy', 'anp/x'],
    ['BaselineAdminNetworkPolicy', 'banp/x'],
  ])('%s → %s', (kind, id) => {
    expect(tieredPolicyId({ kind, name: 'x' })).toBe(id);
  });
});

describe('compareTiered: T-2 Admin before Baseline, T-3 priority ascending, T-14 then the policy id', () => {
  const admin5 = tiered('ClusterNetworkPolicy', 'a', 'Admin', 5);
  test.each<[string, TieredPolicy, TieredPolicy, -1 | 0 | 1]>([
    ['Admin before Baseline, whatever the priority', tiered('ClusterNetworkPolicy', 'z', 'Admin', 900), tiered('ClusterNetworkPolicy', 'a', 'Baseline', 0), -1],
    ['Baseline after Admin', tiered('ClusterNetworkPolicy', 'a', 'Baseline', 0), tiered('ClusterNetworkPolicy', 'z', 'Admin', 900), 1],
    ['lower priority first', tiered('ClusterNetworkPolicy', 'z', 'Admin', 3), tiered('ClusterNetworkPolicy', 'a', 'Admin', 10), -1],
    ['higher priority last', tiered('ClusterNetworkPolicy', 'a', 'Admin', 10), tiered('ClusterNetworkPolicy', 'z', 'Admin', 3), 1],
    ['equal priorities: anp/ before cnp/', tiered('AdminNetworkPolicy', 'z', 'Admin', 5), tiered('ClusterNetworkPolicy', 'a', 'Admin', 5), -1],
    ['equal priorities: banp/ before cnp/', tiered('BaselineAdminNetworkPolicy', 'default', 'Baseline', 0), tiered('ClusterNetworkPolicy', 'a', 'Baseline', 0), -1],
    ['equal priorities: by name', tiered('ClusterNetworkPolicy', 'b', 'Admin', 5), admin5, 1],
    ['the same id', admin5, tiered('ClusterNetworkPolicy', 'a', 'Admin', 5), 0],
  ])('%s', (_what, a, b, sign) => {
    expect(Math.sign(compareTiered(a, b))).toBe(sign);
  });
});

describe('label keys and values (apimachinery)', () => {
  const name63 = 'a'.repeat(63);
  const prefix253 = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`;
  test.each<[string, string, boolean]>([
    ['a plain name', 'app', true],
    ['a 63-character name', name63, true],
    ['a 64-character name', `${name63}a`, false],
    ['a name with - _ . inside', 'a-b_c.d', true],
    ['a name starting with -', '-a', false],
    ['a name ending with .', 'a.', false],
    ['an empty key', '', false],
    ['a prefixed name', 'example.com/app', true],
    ['the namespace name label (A-19)', 'kubernetes.io/metadata.name', true],
    ['a 253-character prefix', `${prefix253}/app`, true],
    ['a 254-character prefix', `${prefix253}d/app`, false],
    ['an empty prefix', '/app', false],
    ['an upper-case prefix', 'Example.com/app', false],
    ['an empty name after the prefix', 'example.com/', false],
    ['two slashes', 'a/b/c', false],
  ])('key: %s', (_what, key, ok) => {
    const problem = labelKeyProblem(key);
    expect(problem === null).toBe(ok);
  });

  test('the problems say what is wrong', () => {
    expect(labelKeyProblem('a/b/c')).toBe('a label key has at most one "/"');
    expect(labelKeyProblem('Bad_/x')).toBe('prefix "Bad_" is not a DNS subdomain');
    expect(labelKeyProblem('-a')).toMatch(/^a label name is 1-63 characters/);
    expect(labelValueProblem('-a')).toMatch(/^a label value is at most 63 characters/);
  });

  test.each<[string, string, boolean]>([
    ['an empty value', '', true],
    ['a 63-character value', name63, true],
    ['a 64-character value', `${name63}a`, false],
    ['a value with a slash', 'a/b', false],
    ['a value ending with _', 'a_', false],
  ])('value: %s', (_what, value, ok) => {
    expect(labelValueProblem(value) === null).toBe(ok);
  });
});

describe('object names (apimachinery IsDNS1123Subdomain)', () => {
  const d63 = 'a'.repeat(63);
  test.each([
    ['db', true],
    ['db-guard.v2', true],
    ['0', true],
    [`${d63}.${d63}.${d63}.${'a'.repeat(61)}`, true], // 253 characters
    [`${d63}.${d63}.${d63}.${'a'.repeat(62)}`, false], // 254
    ['Db', false],
    ['db_guard', false],
    ['-db', false],
    ['db-', false],
    ['db..x', false],
    ['', false],
  ])('%s: valid %s', (name, valid) => {
    expect(dnsSubdomainProblem(name) === null).toBe(valid);
  });
});

describe('names in reports', () => {
  test.each<[number | null, string]>([
    [null, 'spec'],
    [0, 'specs[0]'],
    [2, 'specs[2]'],
  ])('C-4, C-24: ciliumSpecLabel(%s) is %s', (spec, label) => {
    expect(ciliumSpecLabel(spec)).toBe(label);
  });

  test('workloadId: kind in brackets; a stand-in (issue 11) by its readable name only', () => {
    expect(workloadId({ namespace: 'prod', name: 'web', kind: 'Deployment' })).toBe('prod/web[Deployment]');
    expect(workloadId({ namespace: '[any namespace]', name: '[all pods]', kind: 'Unlisted' })).toBe('[any namespace]/[all pods]');
  });

  const cilium = (kind: CiliumKind): Policy['cilium'] => ({ kind, spec: null, namespaceSelector: { matchLabels: {}, matchExpressions: [] }, denyIngress: [], denyEgress: [] });
  test.each<[string, Pick<Policy, 'namespace' | 'name' | 'cilium'>, string]>([
    ['a NetworkPolicy', { namespace: 'prod', name: 'db' }, 'prod/db'],
    ['C-24: a CNP', { namespace: 'prod', name: 'db', cilium: cilium('CiliumNetworkPolicy') }, 'cilium/prod/db'],
    ['C-24: a CCNP', { namespace: '', name: 'db', cilium: cilium('CiliumClusterwideNetworkPolicy') }, 'ccnp/db'],
  ])('policyId: %s', (_what, p, id) => {
    expect(policyId(p)).toBe(id);
  });
});
