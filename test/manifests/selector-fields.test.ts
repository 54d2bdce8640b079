import { describe, expect, test } from 'vitest';
import { read, said } from './read-manifest';

/**
 * src/manifests/parse-labels.ts: label maps and metav1.LabelSelectors (A-8, A-18) with the exact
 * words of each diagnostic. A selector in error must leave its object out whatever reads it: a
 * ClusterNetworkPolicy reads its subject with parseSelector and has no other guard (T-12), so a
 * selector read in part would select more (or other) namespaces than the one written.
 */
const CNP = (selector: string) => `apiVersion: policy.networking.k8s.io/v1alpha2\nkind: ClusterNetworkPolicy\nmetadata:\n  name: p\nspec:\n  tier: Admin\n  priority: 1\n  subject:\n    namespaces: ${selector}\n`;
const P = 'ClusterNetworkPolicy p: ';
const VALUE = 'a label value is at most 63 characters of letters, digits, "-", "_" and ".", starting and ending with a letter or digit';
const NAME = 'a label name is 1-63 characters of letters, digits, "-", "_" and ".", starting and ending with a letter or digit';

describe('label selectors (A-8)', () => {
  test.each<[string, string, string[]]>([
    ['not a mapping', '5', ['error invalid-selector 9: namespaces must be a label selector mapping (matchLabels / matchExpressions), not the number 5']],
    ['labels written under the selector', '{team: a}', ['error invalid-selector 9: unknown selector field "team" (a selector has matchLabels and matchExpressions; did you mean matchLabels: {team: …}?)']],
    ['matchLabels not a mapping', '{matchLabels: [a]}', ['error invalid-field 9: spec.subject.namespaces.matchLabels must be a mapping, not a list']],
    ['matchExpressions not a list', '{matchExpressions: {key: a}}', ['error invalid-field 9: spec.subject.namespaces.matchExpressions must be a list, not a mapping']],
    ['a label key with two slashes', '{matchLabels: {"a/b/c": x}}', ['error invalid-label 9: label key "a/b/c" is invalid: a label key has at most one "/"']],
    ['a label value that is not a string (YAML 1.1: y is true)', '{matchLabels: {ns: y}}', ['error invalid-label 9: label "ns" must have a string value, not the boolean true (quote it in YAML)']],
    ['an invalid label value', '{matchLabels: {team: "a b"}}', [`error invalid-label 9: label "team" has an invalid value "a b": ${VALUE}`]],
    ['an expression that is not a mapping', '{matchExpressions: [5]}', ['error invalid-selector 9: a matchExpressions entry must be a mapping with key, operator and values, not the number 5']],
    ['an expression without key', '{matchExpressions: [{operator: Exists}]}', ['error invalid-selector 9: matchExpressions entry needs a string "key"']],
    ['an invalid key', '{matchExpressions: [{key: "bad key", operator: Exists}]}', [`error invalid-selector 9: label key "bad key" is invalid: ${NAME}`]],
    ['an operator in the wrong case', '{matchExpressions: [{key: team, operator: in, values: [a]}]}', ['error invalid-selector 9: unknown selector operator the string "in"; it must be one of In, NotIn, Exists, DoesNotExist']],
    ['no operator', '{matchExpressions: [{key: team}]}', ['error invalid-selector 9: unknown selector operator nothing; it must be one of In, NotIn, Exists, DoesNotExist']],
    ['values that are not a list', '{matchExpressions: [{key: team, operator: In, values: a}]}', ['error invalid-selector 9: values must be a list of strings']],
    ['a value that is not a string, after one that is', '{matchExpressions: [{key: team, operator: In, values: [a, 1]}]}', ['error invalid-selector 9: values must be a list of strings']],
    ['In without values', '{matchExpressions: [{key: team, operator: In, values: []}]}', ['error invalid-selector 9: operator In needs at least one value']],
    ['NotIn with values missing', '{matchExpressions: [{key: team, operator: NotIn}]}', ['error invalid-selector 9: operator NotIn needs at least one value']],
    ['Exists with values', '{matchExpressions: [{key: team, operator: Exists, values: [a]}]}', ['error invalid-selector 9: operator Exists takes no values']],
    ['DoesNotExist with values', '{matchExpressions: [{key: team, operator: DoesNotExist, values: [a]}]}', ['error invalid-selector 9: operator DoesNotExist takes no values']],
    ['an invalid value after a valid one', '{matchExpressions: [{key: team, operator: In, values: [a, "b c"]}]}', [`error invalid-selector 9: value "b c" is invalid: ${VALUE}`]],
    [
      'every problem of a selector, in order',
      '{x: 1, matchLabels: {team: "a b", ok: v}, matchExpressions: [{key: team, operator: In, values: []}, 5]}',
      [
        'error invalid-selector 9: unknown selector field "x" (a selector has matchLabels and matchExpressions; did you mean matchLabels: {x: …}?)',
        `error invalid-label 9: label "team" has an invalid value "a b": ${VALUE}`,
        'error invalid-selector 9: operator In needs at least one value',
        'error invalid-selector 9: a matchExpressions entry must be a mapping with key, operator and values, not the number 5',
      ],
    ],
  ])('%s: the error names the field, and the policy is left out', (_name, selector, messages) => {
    const c = read(CNP(selector));
    expect(said(c.diagnostics)).toEqual(messages.map((m) => m.replace(': ', `: ${P}`)));
    expect(c.tieredPolicies ?? []).toEqual([]);
  });

  test.each<[string, string]>([
    ['an unknown field alone', '{x: 1}'],
    ['an invalid label alone', '{matchLabels: {team: "a b"}}'],
    ['matchExpressions not a list alone', '{matchExpressions: 5}'],
    ['an invalid expression after a valid one', '{matchExpressions: [{key: team, operator: Exists}, {key: team, operator: Is}]}'],
  ])('%s leaves nothing of the selector (no policy)', (_name, selector) => {
    const c = read(CNP(selector));
    expect(c.diagnostics.map((d) => d.severity)).toEqual(['error']);
    expect(c.tieredPolicies ?? []).toEqual([]);
  });

  test('A-8: every operator, with matchLabels, is kept as written (an Exists without values gets [])', () => {
    const c = read(CNP('{matchLabels: {team: a}, matchExpressions: [{key: env, operator: In, values: [prod, dev]}, {key: env, operator: NotIn, values: [qa]}, {key: x.io/y, operator: Exists}, {key: z, operator: DoesNotExist, values: null}]}'));
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.tieredPolicies![0]!.subject).toEqual({
      namespaceSelector: {
        matchLabels: { team: 'a' },
        matchExpressions: [
          { key: 'env', operator: 'In', values: ['prod', 'dev'] },
          { key: 'env', operator: 'NotIn', values: ['qa'] },
          { key: 'x.io/y', operator: 'Exists', values: [] },
          { key: 'z', operator: 'DoesNotExist', values: [] },
        ],
      },
    });
  });

  test('A-2: an empty selector and null parts are the empty selector', () => {
    const c = read(CNP('{matchLabels: null, matchExpressions: null}'));
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.tieredPolicies![0]!.subject).toEqual({ namespaceSelector: { matchLabels: {}, matchExpressions: [] } });
  });
});

describe('the line of each problem of an expression (written one field a line)', () => {
  /** A CNP whose subject selector's matchExpressions (line 10) hold the given entries (written at column 0). */
  const block = (entries: string) => `${CNP('').trimEnd()}\n      matchExpressions:\n${entries.split('\n').map((l) => `      ${l}`).join('\n')}\n`;
  test.each<[string, string, string]>([
    ['an entry that is not a mapping (the second)', '- {key: a, operator: Exists}\n- 5', 'error invalid-selector 12: a matchExpressions entry must be a mapping with key, operator and values, not the number 5'],
    ['a key that is not a string', '- operator: Exists\n  key: 5', 'error invalid-selector 12: matchExpressions entry needs a string "key"'],
    ['an invalid key', '- operator: Exists\n  key: "bad key"', `error invalid-selector 12: label key "bad key" is invalid: ${NAME}`],
    ['an unknown operator', '- key: team\n  operator: Is', 'error invalid-selector 12: unknown selector operator the string "Is"; it must be one of In, NotIn, Exists, DoesNotExist'],
    ['values that are not a list', '- key: team\n  operator: In\n  values: a', 'error invalid-selector 13: values must be a list of strings'],
    ['In without values', '- key: team\n  operator: In\n  values: []', 'error invalid-selector 13: operator In needs at least one value'],
    ['Exists with values', '- key: team\n  operator: Exists\n  values: [a]', 'error invalid-selector 13: operator Exists takes no values'],
    ['an invalid value', '- key: team\n  operator: NotIn\n  values: ["a b"]', `error invalid-selector 13: value "a b" is invalid: ${VALUE}`],
  ])('%s is reported at its own line', (_name, entries, message) => {
    const c = read(block(entries));
    expect(said(c.diagnostics)).toEqual([message.replace(': ', `: ${P}`)]);
    expect(c.tieredPolicies ?? []).toEqual([]);
  });
});

describe('label maps (A-19, A-20)', () => {
  const ns = (labels: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team\n  labels: ${labels}\n`;

  test('a namespace with an invalid label is reported and left out, every problem named', () => {
    const c = read(ns('{ok: v, "-x": a, num: 5, v: "a b"}'));
    expect(said(c.diagnostics)).toEqual([
      `error invalid-label 5: Namespace team: label key "-x" is invalid: ${NAME}`,
      'error invalid-label 5: Namespace team: label "num" must have a string value, not the number 5 (quote it in YAML)',
      `error invalid-label 5: Namespace team: label "v" has an invalid value "a b": ${VALUE}`,
    ]);
    expect(c.namespaces.has('team')).toBe(false);
  });

  test('labels that are not a mapping leave the namespace out', () => {
    const c = read(ns('[a]'));
    expect(said(c.diagnostics)).toEqual(['error invalid-field 5: Namespace team: metadata.labels must be a mapping, not a list']);
    expect(c.namespaces.has('team')).toBe(false);
  });

  test('A-19: valid labels are kept, with the name label; no labels is just the name label', () => {
    const c = read(`${ns('{team: a, example.com/tier: ""}')}---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: bare\n`);
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.namespaces.get('team')!.labels).toEqual({ team: 'a', 'example.com/tier': '', 'kubernetes.io/metadata.name': 'team' });
    expect(c.namespaces.get('bare')!.labels).toEqual({ 'kubernetes.io/metadata.name': 'bare' });
  });
});
