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

describe('each problem at the line of its field (block YAML, values on their own lines)', () => {
  test('A-4, A-6, A-7, A-27: ports, cidrs and excepts', () => {
    const lines = [
      'apiVersion: networking.k8s.io/v1',
      'kind: NetworkPolicy',
      'metadata: {name: p, namespace: ns}',
      'spec:',
      '  podSelector: {}',
      '  ingress:',
      '  - ports:',
      '    - protocol:',
      '        ICMP',
      '    - port:',
      '        0',
      '    - port:',
      '        HTTP',
      '    - port:',
      '        true',
      '    - port: 80',
      '      endPort:',
      '        0.5',
      '    - endPort:',
      '        90',
      '    - port: 80',
      '      endPort:',
      '        79',
      '    from:',
      '    - ipBlock:',
      '        cidr:',
      '          10',
      '    - ipBlock:',
      '        cidr:',
      '          " 10.0.0.0/8"',
      '    - ipBlock:',
      '        cidr:',
      '          10.0.0.0/33',
      '    - ipBlock:',
      '        cidr:',
      '          10.0.0.1/8',
      '        except:',
      '          10.1.0.0/16',
      '    - ipBlock:',
      '        cidr: 10.0.0.0/8',
      '        except:',
      '        - 11.0.0.0/16',
    ];
    const c = read(`${lines.join('\n')}\n`);
    const at = (marker: string) => lines.findIndex((l) => l.trim() === marker) + 1;
    expect(said(c.diagnostics)).toEqual([
      `error invalid-ipblock ${at('10')}: ${P}ipBlock.cidr is required and must be a string, not the number 10`,
      `error invalid-cidr ${at('" 10.0.0.0/8"')}: ${P}invalid ipBlock.cidr " 10.0.0.0/8": it holds spaces, which Kubernetes rejects`,
      `error invalid-cidr ${at('10.0.0.0/33')}: ${P}invalid ipBlock.cidr: "10.0.0.0/33": prefix length 33 is longer than 32 bits`,
      `warning non-canonical-cidr ${at('10.0.0.1/8')}: ${P}ipBlock.cidr "10.0.0.1/8" is not canonical; it means 10.0.0.0/8 (newer API servers reject it)`,
      `error invalid-ipblock ${at('10.1.0.0/16')}: ${P}ipBlock.except must be a list of CIDRs, not the string "10.1.0.0/16"`,
      `error except-outside-cidr ${at('- 11.0.0.0/16')}: ${P}except 11.0.0.0/16 is not inside cidr 10.0.0.0/8 (each except must be a strict subset of the cidr)`,
      `error invalid-port ${at('ICMP')}: ${P}protocol must be TCP, UDP or SCTP, not the string "ICMP"`,
      `error invalid-port ${at('0')}: ${P}port 0 is out of range: a port number is 1-65535`,
      `error invalid-port ${at('HTTP')}: ${P}port "HTTP" is not a valid port name: a port name has only lower-case letters, digits and "-"`,
      `error invalid-port ${at('true')}: ${P}port must be a number or a port name, not the boolean true`,
      `error invalid-port ${at('0.5')}: ${P}endPort must be a port number 1-65535, not the number 0.5`,
      `error invalid-port ${at('90')}: ${P}endPort needs a numeric port (port is missing)`,
      `error invalid-port ${at('79')}: ${P}endPort 79 is below port 80`,
    ]);
    expect(c.policies).toEqual([]);
  });
});

describe('a policy among other objects', () => {
  test('an error in an earlier object does not leave out a valid policy after it', () => {
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: w, namespace: ns}\nspec: {containers: [5]}\n';
    const c = read(`${pod}---\n${networkPolicy('podSelector: {}\npolicyTypes: [Ingress]')}`);
    expect(c.diagnostics.map((d) => d.severity)).toEqual(['error']);
    expect(c.policies.map((p) => `${p.namespace}/${p.name}`)).toEqual(['ns/p']);
  });

  test('A-17: a selector left out of a peer is no property of it (not one that is undefined)', () => {
    const c = withPeer('{namespaceSelector: {}}');
    const peer = c.policies[0]!.ingress[0]!.peers[0]!;
    expect(Object.keys(peer)).toEqual(['kind', 'namespaceSelector']);
    const d = withPeer('{podSelector: {}}');
    expect(Object.keys(d.policies[0]!.ingress[0]!.peers[0]!)).toEqual(['kind', 'podSelector']);
  });
});
