import { describe, expect, test } from 'vitest';
import { FieldReader, fieldName, objectsOf, typeName, type KubeObject } from '../../src/manifests/kube-object';
import type { Diagnostic } from '../../src/model/types';
import { parseDocuments } from '../../src/yaml/parse-documents';
import { said } from './read-manifest';

/** src/manifests/kube-object.ts: which documents are Kubernetes objects, List flattening, typed field access. */
function objects(text: string): { objects: { kind: string; apiVersion: string; line: number; value: unknown }[]; diagnostics: string[] } {
  const diagnostics: Diagnostic[] = [];
  const out = parseDocuments('o.yaml', text).documents.flatMap((d) => objectsOf(d, diagnostics));
  return { objects: out.map((o) => ({ kind: o.kind, apiVersion: o.apiVersion, line: o.source.line, value: o.value })), diagnostics: said(diagnostics) };
}

describe('objectsOf', () => {
  test('an object is its apiVersion, kind and value, at the line of its document', () => {
    expect(objects('---\napiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n')).toEqual({
      objects: [{ kind: 'Namespace', apiVersion: 'v1', line: 2, value: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a' } } }],
      diagnostics: [],
    });
  });

  test.each<[string, string]>([
    ['a scalar document', 'just text\n'],
    ['a null document', 'null\n'],
    ['a list document', '- a\n- b\n'],
    ['a Helm Chart.yaml (apiVersion, no kind)', 'apiVersion: v2\nname: chart\n'],
    ['a kind of no analysed sort without apiVersion', 'kind: ConfigMap\ndata: {}\n'],
    ['a kind that is not a string, without apiVersion', 'kind: 5\n'],
    ['a Kustomize delete patch', 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\n$patch: delete\n'],
  ])('%s is no object, quietly', (_name, text) => {
    expect(objects(text)).toEqual({ objects: [], diagnostics: [] });
  });

  test.each<[string, string, string]>([
    ['a kind that is not a string', 'apiVersion: v1\nkind: 5\n', 'error invalid-object 2: kind must be a string, not the number 5'],
    ['an apiVersion that is not a string', 'kind: Pod\napiVersion: 1\n', 'error invalid-object 2: Pod: apiVersion must be a string, not the number 1'],
    ['a NetworkPolicy without apiVersion', 'metadata: {name: p}\nkind: NetworkPolicy\n', 'error invalid-object 2: NetworkPolicy has no apiVersion, so Kubernetes cannot read it (it is left out of the analysis)'],
    ['a Deployment without apiVersion', 'kind: Deployment\n', 'error invalid-object 1: Deployment has no apiVersion, so Kubernetes cannot read it (it is left out of the analysis)'],
    ['a Namespace without apiVersion', 'kind: Namespace\n', 'error invalid-object 1: Namespace has no apiVersion, so Kubernetes cannot read it (it is left out of the analysis)'],
  ])('%s is an error at the field, never a silent skip', (_name, text, diagnostic) => {
    expect(objects(text)).toEqual({ objects: [], diagnostics: [diagnostic] });
  });

  test('a List is flattened; each item keeps its own lines; an item that is no object is reported like a document', () => {
    const text = 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Namespace\n  metadata: {name: a}\n- kind: Pod\n- 5\n- apiVersion: v1\n  kind: Namespace\n  metadata: {name: b}\n';
    const got = objects(text);
    expect(got.objects.map((o) => `${o.kind} ${o.line}`)).toEqual(['Namespace 4', 'Namespace 9']);
    expect(got.diagnostics).toEqual(['error invalid-object 7: Pod has no apiVersion, so Kubernetes cannot read it (it is left out of the analysis)']);
  });

  test('a *List without kind and apiVersion on its items implies them from the list kind', () => {
    const text = 'apiVersion: v1\nkind: PodList\nitems:\n- metadata: {name: a}\n- kind: Namespace\n  apiVersion: v1\n- apiVersion: 5\n- 7\n';
    const got = objects(text);
    expect(got.objects.map((o) => `${o.apiVersion} ${o.kind} ${o.line}`)).toEqual(['v1 Pod 4', 'v1 Namespace 5']);
    expect(got.objects[0]!.value).toEqual({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' } });
    expect(got.diagnostics).toEqual(['error invalid-object 7: Pod: apiVersion must be a string, not the number 5']);
  });

  test.each<[string, string, string[]]>([
    ['items: null', 'apiVersion: v1\nkind: List\nitems: null\n', []],
    ['no items in a List', 'apiVersion: v1\nkind: List\n', []],
    ['items that are not a list', 'apiVersion: v1\nkind: PodList\nmetadata: {}\nitems: {a: 1}\n', ['error invalid-field 4: PodList: items must be a list']],
  ])('%s', (_name, text, diagnostics) => {
    expect(objects(text)).toEqual({ objects: [], diagnostics });
  });

  test('a kind ending in List without items, or another kind with items, is an object of that kind', () => {
    expect(objects('apiVersion: example.com/v1\nkind: BlockList\nspec: {}\n').objects.map((o) => o.kind)).toEqual(['BlockList']);
    expect(objects('apiVersion: example.com/v1\nkind: Basket\nitems: [{apiVersion: v1, kind: Namespace}]\n').objects.map((o) => o.kind)).toEqual(['Basket']);
  });
});

describe('FieldReader', () => {
  const value = { spec: { list: [{ name: 'a' }, null], map: { k: 'v' }, n: 5, s: 'text', nil: null } };
  const diagnostics: Diagnostic[] = [];
  const obj: KubeObject = { apiVersion: 'v1', kind: 'Thing', value, file: 'f.yaml', lineOf: (path) => path.length, source: { file: 'f.yaml', line: 1 } };
  const r = new FieldReader(obj, diagnostics, 'Thing x');

  test.each<[string, (string | number)[], unknown]>([
    ['a nested field', ['spec', 'map', 'k'], 'v'],
    ['a list item by index', ['spec', 'list', 0, 'name'], 'a'],
    ['an index into a mapping', ['spec', 'map', 0], undefined],
    ['a key into a list (even one an array has)', ['spec', 'list', 'length'], undefined],
    ['below a null', ['spec', 'nil', 'x'], undefined],
    ['below a null item', ['spec', 'list', 1, 'name'], undefined],
    ['below a missing field', ['spec', 'none', 'x', 'y'], undefined],
    ['a key into a string', ['spec', 's', 'length'], undefined],
    ['the object', [], value],
  ])('get: %s', (_name, path, want) => {
    expect(r.get(path)).toEqual(want);
  });

  test('map, list and string: the value, undefined when absent or null, null and an error at its line for another type', () => {
    diagnostics.length = 0;
    expect([r.map(['spec', 'map']), r.map(['spec', 'nil']), r.map(['spec', 'none']), r.map(['spec', 'n'])]).toEqual([{ k: 'v' }, undefined, undefined, null]);
    expect([r.list(['spec', 'list']), r.list(['spec', 'nil']), r.list(['spec', 'none']), r.list(['spec', 'map'])]).toEqual([[{ name: 'a' }, null], undefined, undefined, null]);
    expect([r.string(['spec', 's']), r.string(['spec', 'nil']), r.string(['spec', 'none']), r.string(['spec', 'list'])]).toEqual(['text', undefined, undefined, null]);
    expect(said(diagnostics)).toEqual([
      'error invalid-field 2: Thing x: spec.n must be a mapping, not the number 5',
      'error invalid-field 2: Thing x: spec.map must be a list, not a mapping',
      'error invalid-field 2: Thing x: spec.list must be a string, not a list',
    ]);
    expect(diagnostics.every((d) => d.file === 'f.yaml')).toBe(true);
  });

  test('error and warn name the object, the code and the line of the field', () => {
    diagnostics.length = 0;
    r.error(['a', 'b', 'c'], 'bad');
    r.error(['a'], 'worse', 'custom');
    r.warn(['a', 'b'], 'odd', 'w');
    expect(said(diagnostics)).toEqual(['error invalid-field 3: Thing x: bad', 'error custom 1: Thing x: worse', 'warning w 2: Thing x: odd']);
  });
});

describe('names in messages', () => {
  test.each<[(string | number)[], string]>([
    [[], 'object'],
    [['spec'], 'spec'],
    [['spec', 'ingress', 0, 'from', 1], 'spec.ingress[0].from[1]'],
    [[0, 'a'], '[0].a'],
  ])('fieldName %j is %s', (path, want) => {
    expect(fieldName(path)).toBe(want);
  });

  const forty = 'x'.repeat(40);
  test.each<[unknown, string]>([
    [undefined, 'nothing'],
    [null, 'null'],
    [[1], 'a list'],
    [{ a: 1 }, 'a mapping'],
    ['abc', 'the string "abc"'],
    [forty, `the string "${forty}"`],
    [`${forty}y`, `the string "${forty}…"`],
    [5, 'the number 5'],
    [true, 'the boolean true'],
  ])('typeName %j is %s', (v, want) => {
    expect(typeName(v)).toBe(want);
  });
});
