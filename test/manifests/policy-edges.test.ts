import { describe, expect, test } from 'vitest';
import { EMPTY_SELECTOR } from '../../src/model/label-selector';
import { networkPolicy, read, said } from './read-manifest';

/**
 * src/manifests/build-policy.ts at its edges (issue 18): what the API server reads for null
 * fields, which hint a bad port name gets, and where a reading stops. Expected values come from
 * the Kubernetes API reference (NetworkPolicyPeer, NetworkPolicyPort) and A-5 ….
 * A separate file from policy-fields.test.ts so that the mutation baseline of that file stays
 * reusable. The entry under test is on line 10 (see `networkPolicy`).
 */
const P = 'NetworkPolicy ns/p: ';
const withPort = (entry: string) => read(networkPolicy(`podSelector: {}\ningress:\n- ports:\n  - ${entry}`));
const withPeer = (peer: string) => read(networkPolicy(`podSelector: {}\ningress:\n- from:\n  - ${peer}`));

describe('port names (A-6)', () => {
  test.each<[string, string, string]>([
    ['digits then a dash', '"80-"', 'port "80-" is not a valid port name: a port name has at least one letter'],
    ['a dash then digits', '"-80"', 'port "-80" is not a valid port name: a port name has at least one letter'],
    ['a letter then digits, too long', 'abcdefghijklmno80', 'port "abcdefghijklmno80" is not a valid port name: a port name is 1-15 characters'],
  ])('%s: no "write the number without quotes" hint, which is for digits only', (_name, entry, message) => {
    const c = withPort(`{port: ${entry}}`);
    expect(said(c.diagnostics)).toEqual([`error invalid-port 10: ${P}${message}`]);
    expect(c.policies).toEqual([]);
  });
});

describe('peers (A-5, A-17)', () => {
  test('A-5, A-17: a null ipBlock beside a podSelector is absent: the peer is the pods of the namespace', () => {
    const c = withPeer('{ipBlock: null, podSelector: {}}');
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.policies[0]!.ingress[0]!.peers).toEqual([{ kind: 'pods', podSelector: EMPTY_SELECTOR }]);
  });

  test('a peer with two unknown fields is reported once, at the first', () => {
    const c = withPeer('{podSelectr: {}, nsSelector: {}}');
    expect(said(c.diagnostics)).toEqual([`error invalid-peer 10: ${P}unknown peer field "podSelectr" (a peer has podSelector, namespaceSelector or ipBlock)`]);
    expect(c.policies).toEqual([]);
  });
});

describe('the policy', () => {
  test('spec: null is no spec: an error at its line, and no policy', () => {
    const c = read('apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: ns}\nspec: null\n');
    expect(said(c.diagnostics)).toEqual([`error invalid-field 4: ${P}spec is required`]);
    expect(c.policies).toEqual([]);
  });
});
