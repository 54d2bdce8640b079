import { describe, expect, test } from 'vitest';
import { buildTieredPolicy } from '../../src/manifests/build-tiered-policy';
import type { KubeObject } from '../../src/manifests/kube-object';
import type { Diagnostic } from '../../src/model/types';
import { read, said } from './read-manifest';

/**
 * src/manifests/build-tiered-policy.ts at its edges (issue 18): null fields that mean "absent",
 * limits met exactly, the line of each error, and objects built in memory. Expected values come
 * from the CRD schemas of network-policy-api (`apis/v1alpha1`, `apis/v1alpha2`) and T-7 … T-12.
 * A separate file from tiered-fields.test.ts so that the mutation baseline of that file stays
 * reusable.
 */
const V2 = 'policy.networking.k8s.io/v1alpha2';
const V1 = 'policy.networking.k8s.io/v1alpha1';
const sel = (l: Record<string, string> = {}) => ({ matchLabels: l, matchExpressions: [] });

/** A CNP (tier Admin, priority 1, every namespace as subject) with the given egress rules (block YAML, column 0). */
const cnp = (egress: string) => `apiVersion: ${V2}\nkind: ClusterNetworkPolicy\nmetadata: {name: p}\nspec:\n  tier: Admin\n  priority: 1\n  subject: {namespaces: {}}\n  egress:\n${egress.replace(/^/gm, '  ')}\n`;
/** An ANP (priority 1, every namespace as subject) with the given egress rules. */
const anp = (egress: string) => `apiVersion: ${V1}\nkind: AdminNetworkPolicy\nmetadata: {name: p}\nspec:\n  priority: 1\n  subject: {namespaces: {}}\n  egress:\n${egress.replace(/^/gm, '  ')}\n`;

describe('null means absent (CRD fields are not nullable: the API server prunes null)', () => {
  test('T-7: pods with a null podSelector has none: an error, and no policy', () => {
    const c = read(cnp('- {action: Deny, to: [{pods: {podSelector: null}}]}'));
    expect(said(c.diagnostics)).toEqual(['error invalid-field 9: ClusterNetworkPolicy p: pods needs a podSelector ({} selects every pod)']);
    expect(c.tieredPolicies ?? []).toEqual([]);
  });

  test('T-7: v1alpha1 pods with a null namespaceSelector has none: an error, and no policy', () => {
    const c = read(anp('- {action: Deny, to: [{pods: {podSelector: {}, namespaceSelector: null}}]}'));
    expect(said(c.diagnostics)).toEqual(['error invalid-field 8: AdminNetworkPolicy p: pods needs a namespaceSelector ({} selects every namespace)']);
    expect(c.tieredPolicies ?? []).toEqual([]);
  });

  test('T-7: v1alpha2 pods with a null namespaceSelector selects pods of every namespace', () => {
    const c = read(cnp('- {action: Deny, to: [{pods: {podSelector: {matchLabels: {app: a}}, namespaceSelector: null}}]}'));
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.tieredPolicies![0]!.egress[0]!.peers).toEqual([{ kind: 'pods', namespaceSelector: sel(), podSelector: sel({ app: 'a' }) }]);
  });
});

describe('wrong types and limits', () => {
  test('namespaces that is a number is an error, never a crash', () => {
    const c = read(cnp('- {action: Deny, to: [{namespaces: 5}]}'));
    expect(said(c.diagnostics)).toEqual(['error invalid-selector 9: ClusterNetworkPolicy p: namespaces must be a label selector mapping (matchLabels / matchExpressions), not the number 5']);
    expect(c.tieredPolicies ?? []).toEqual([]);
  });

  test('T-12: 25 networks in one peer are accepted', () => {
    const nets = Array.from({ length: 25 }, (_, i) => `10.${i}.0.0/16`).join(', ');
    const c = read(cnp(`- {action: Deny, to: [{networks: [${nets}]}]}`));
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.tieredPolicies![0]!.egress[0]!.peers).toHaveLength(25);
  });

  test('T-11: a numbered port goes with a networks peer (only a named port cannot)', () => {
    const c = read(cnp('- {action: Deny, to: [{networks: [10.0.0.0/8]}], protocols: [{tcp: {destinationPort: {number: 80}}}]}'));
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.tieredPolicies![0]!.egress[0]!.ports).toEqual([{ protocol: 'TCP', port: 80 }]);
  });

  test('T-12: a rule without an action is one error, even with a domainNames peer (not a second error about the action domainNames needs)', () => {
    const c = read(cnp('- {to: [{domainNames: [a.example]}]}'));
    expect(said(c.diagnostics)).toEqual([
      'error invalid-action 9: ClusterNetworkPolicy p: unrecognized action nothing: ClusterNetworkPolicy v1alpha2 rules take Accept, Deny, Pass',
      'warning not-analysed 9: ClusterNetworkPolicy p: domainNames peers are not analysed (domain names are not in the manifests): the peer is counted as matching nothing',
    ]);
    expect(c.tieredPolicies ?? []).toEqual([]);
  });
});

describe('the line of a peer list in error', () => {
  test('a peer list that is not a list is reported at its own line; a missing one at the rule', () => {
    const notList = read(cnp('- action: Deny\n  to: {namespaces: {}}'));
    expect(said(notList.diagnostics)).toEqual(['error invalid-rule 10: ClusterNetworkPolicy p: to field must be defined and contain at least one item']);
    const missing = read(cnp('- action: Deny\n  name: r'));
    expect(said(missing.diagnostics)).toEqual(['error invalid-rule 9: ClusterNetworkPolicy p: to field must be defined and contain at least one item']);
  });

  test('too many peers are reported at the peer list', () => {
    const c = read(cnp(`- action: Deny\n  to: [${'{namespaces: {}}, '.repeat(26).slice(0, -2)}]`));
    expect(said(c.diagnostics)).toEqual(['error invalid-rule 10: ClusterNetworkPolicy p: to holds 26 peers; at most 25 are allowed']);
  });
});

/** The 1-based line of the first line of `text` that holds `marker`. */
const lineWith = (text: string, marker: string) => text.split('\n').findIndex((l) => l.includes(marker)) + 1;

describe('each error at the line of its field (block YAML, one field a line)', () => {
  test('T-11, T-12: v1alpha2 port fields, the action and the tier', () => {
    const lines = [
      `apiVersion: ${V2}`,
      'kind: ClusterNetworkPolicy',
      'metadata: {name: p}',
      'spec:',
      '  priority: 1',
      '  tier: admin',
      '  subject: {namespaces: {}}',
      '  egress:',
      '  - action:',
      '      Allow',
      '    to: [{namespaces: {}}]',
      '    protocols:',
      '    - tcp:',
      '        destinationPort:',
      '          range:',
      '            end: 5',
      '            start: 0',
      '    - tcp:',
      '        destinationPort:',
      '          range:',
      '            start: 1',
      '            end:',
      '              70000',
      '    - udp:',
      '        destinationPort:',
      '          - 53',
      '    - sctp:',
      '        destinationPort:',
      '          number:',
      '            -2',
      '    - tcp:',
      '        destinationPort:',
      '          range:',
      '            7',
    ];
    const c = read(`${lines.join('\n')}\n`);
    const at = (marker: string) => lines.findIndex((l) => l.includes(marker)) + 1;
    const W = 'ClusterNetworkPolicy p: ';
    expect(said(c.diagnostics)).toEqual([
      `error invalid-field ${at('tier: admin')}: ${W}tier must be Admin or Baseline, not the string "admin"`,
      `error invalid-action ${at('Allow')}: ${W}unrecognized action the string "Allow": ClusterNetworkPolicy v1alpha2 rules take Accept, Deny, Pass`,
      `error invalid-port ${at('start: 0')}: ${W}a port number is an integer 1-65535, not the number 0`,
      `error invalid-port ${at('70000')}: ${W}a port number is an integer 1-65535, not the number 70000`,
      `error invalid-port ${at('- 53')}: ${W}a destinationPort must be a mapping (one of number, range), not a list`,
      `error invalid-port ${at('-2')}: ${W}a port number is an integer 1-65535, not the number -2`,
      `error invalid-port ${lines.length}: ${W}a port range is a mapping with start and end, not the number 7`,
    ]);
  });

  test('T-11, T-12, T-13: v1alpha1 port fields, the rule name and the BANP name', () => {
    const anpText = `apiVersion: ${V1}\nkind: AdminNetworkPolicy\nmetadata: {name: p}\nspec:\n  priority: 1\n  subject: {namespaces: {}}\n  ingress:\n  - action: Deny\n    name:\n      5\n    from: [{namespaces: {}}]\n    ports:\n    - portNumber:\n        protocol:\n          ICMP\n    - portNumber:\n        port:\n          0\n`;
    const W = 'AdminNetworkPolicy p: ';
    expect(said(read(anpText).diagnostics)).toEqual([
      `error invalid-rule ${lineWith(anpText, '      5')}: ${W}a rule name is a string of at most 100 characters`,
      `error invalid-port ${lineWith(anpText, 'ICMP')}: ${W}protocol must be TCP, UDP or SCTP, not the string "ICMP"`,
      `error invalid-port ${lineWith(anpText, '      0')}: ${W}a port number is an integer 1-65535, not the number 0`,
    ]);
    const banpText = `apiVersion: ${V1}\nkind: BaselineAdminNetworkPolicy\nmetadata:\n  labels: {a: b}\n  name: other\nspec: {subject: {namespaces: {}}}\n`;
    expect(said(read(banpText).diagnostics)).toEqual([
      `error invalid-name 5: BaselineAdminNetworkPolicy other: only one baseline admin network policy with metadata.name=default can be created in the cluster`,
    ]);
  });

  test('spec: null is no spec: an error at its line', () => {
    const c = read(`apiVersion: ${V2}\nkind: ClusterNetworkPolicy\nmetadata: {name: p}\nspec: null\n`);
    expect(said(c.diagnostics)).toEqual(['error invalid-field 4: ClusterNetworkPolicy p: spec is required']);
  });
});

describe('what each schema allows', () => {
  test('T-12 (security): an action written as a list is refused, not read as the action it holds', () => {
    const c = read(cnp('- {action: [Accept], to: [{namespaces: {}}]}'));
    expect(said(c.diagnostics)).toEqual(['error invalid-action 9: ClusterNetworkPolicy p: unrecognized action a list: ClusterNetworkPolicy v1alpha2 rules take Accept, Deny, Pass']);
    expect(c.tieredPolicies ?? []).toEqual([]);
  });

  test('T-9, T-13: a BANP egress peer may be networks', () => {
    const c = read(`apiVersion: ${V1}\nkind: BaselineAdminNetworkPolicy\nmetadata: {name: default}\nspec:\n  subject: {namespaces: {}}\n  egress:\n  - {action: Deny, to: [{networks: [10.0.0.0/8]}]}\n`);
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.tieredPolicies![0]!.egress[0]!.peers.map((p) => (p.kind === 'ipBlock' ? p.cidr : p.kind))).toEqual(['10.0.0.0/8']);
  });
});

/** A KubeObject built in memory (no YAML): every field on line 1. */
function object(value: Record<string, unknown>): KubeObject {
  return { apiVersion: value.apiVersion as string, kind: value.kind as string, value, file: 'mem.yaml', lineOf: () => 1, source: { file: 'mem.yaml', line: 1 } };
}

describe('objects built in memory', () => {
  test('a kind that is not a tiered policy gives null and says nothing', () => {
    const diagnostics: Diagnostic[] = [];
    expect(buildTieredPolicy(object({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', spec: {} }), 'p', diagnostics)).toBeNull();
    expect(diagnostics).toEqual([]);
  });

  test('a field whose value is undefined is unset: in a subject, a peer, a protocols entry and a destinationPort', () => {
    const diagnostics: Diagnostic[] = [];
    const p = buildTieredPolicy(
      object({
        apiVersion: V2,
        kind: 'ClusterNetworkPolicy',
        spec: {
          tier: 'Admin',
          priority: 1,
          subject: { namespaces: {}, pods: undefined },
          egress: [{ action: 'Deny', to: [{ namespaces: {}, pods: undefined }], protocols: [{ udp: { destinationPort: { number: 53, range: undefined } }, tcp: undefined }] }],
        },
      }),
      'p',
      diagnostics,
    );
    expect(said(diagnostics)).toEqual([]);
    expect(p!.subject).toEqual({ namespaceSelector: sel() });
    expect(p!.egress[0]!.peers).toEqual([{ kind: 'pods', namespaceSelector: sel() }]);
    expect(p!.egress[0]!.ports).toEqual([{ protocol: 'UDP', port: 53 }]);
  });
});
