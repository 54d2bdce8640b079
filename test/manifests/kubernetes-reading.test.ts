import { describe, expect, it } from 'vitest';
import { analyzeDiff, DEFAULT_OPTIONS, parseCluster } from '../../src/analyze';
import { parseRulesFile } from '../../src/rules/parse-rules';
import type { Diagnostic, SourceFile } from '../../src/model/types';
import { load, summary } from './load-yaml';

// Issue 10: read what Kubernetes reads, and never ignore in silence what governs traffic. Each
// case is one a user (or an attacker) met; each failed before.

const NP = (name: string, spec: string, ns = 'shop') => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ${name}\n  namespace: ${ns}\nspec:\n${spec}`;
const DENY = '  podSelector: {}\n  policyTypes: [Ingress]\n';
const errors = (c: { diagnostics: readonly Diagnostic[] }) => summary(c.diagnostics.filter((d) => d.severity === 'error'));

describe('YAML as kubectl reads it (items 1-5)', () => {
  it.each([
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
    ['U+0085', '\u0085'],
    ['a lone CR', '\r'],
  ])('item 1: a comment ends at %s, so what follows is a rule', (_what, brk) => {
    const c = load(NP('deny', `${DENY}  # no ingress allowed${brk}  ingress: [{}]\n`));
    expect(c.policies).toHaveLength(1);
    expect(c.policies[0]!.ingress).toHaveLength(1);
    expect(errors(c)).toEqual([]);
  });

  it('item 2: a BOM at the start of a --- chunk is dropped', () => {
    const c = load(`${NP('a', DENY)}---\n\uFEFF${NP('b', DENY)}`);
    expect(c.policies.map((p) => p.name)).toEqual(['a', 'b']);
  });

  it('item 3: a << merge after an explicit key wins, as in go-yaml v2', () => {
    const c = load(NP('m', '  podSelector:\n    matchLabels: {app: api, <<: {app: web}}\n'));
    expect(c.policies[0]!.podSelector.matchLabels).toEqual({ app: 'web' });
  });

  it.each([
    ['0o100', 64],
    ['0X50', 80],
    ['0O100', 64],
    ['!!float 80', 80],
    ['080', 80],
  ])('item 4: port %s is the number %d', (port, n) => {
    const c = load(NP('p', `  podSelector: {}\n  ingress:\n  - ports:\n    - port: ${port}\n`));
    expect(c.policies[0]!.ingress[0]!.ports).toEqual([{ protocol: 'TCP', port: n }]);
    expect(c.diagnostics).toEqual([]);
  });

  it('item 5: text after `...` in a chunk is ignored, with a warning', () => {
    const text = `${NP('allow', '  podSelector: {}\n  ingress: [{}]\n')}...\n${NP('deny', DENY)}`;
    const c = load(text);
    expect(c.policies.map((p) => p.name)).toEqual(['allow']);
    expect(summary(c.diagnostics)).toEqual(['warning yaml-ignored-document 10']);
  });
});

describe('pods of one controller (item 6)', () => {
  const pod = (name: string) =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: shop\n  labels: {app: web, statefulset.kubernetes.io/pod-name: ${name}}\n  ownerReferences: [{apiVersion: apps/v1, kind: StatefulSet, name: web, uid: u, controller: true}]\nspec:\n  containers: [{name: c, image: x}]\n---\n`;
  const dbAllowsWeb1 = NP('db', '  podSelector: {matchLabels: {app: db}}\n  ingress:\n  - from:\n    - podSelector: {matchLabels: {statefulset.kubernetes.io/pod-name: web-1}}\n');

  it('stay distinct endpoints when a policy tells them apart', () => {
    const c = load(`${pod('web-0')}${pod('web-1')}${dbAllowsWeb1}`);
    expect(c.workloads.map((w) => `${w.kind} ${w.name}`)).toEqual(['Pod web-0', 'Pod web-1']);
  });

  it('are one controller endpoint when no policy tells them apart', () => {
    const c = load(`${pod('web-0')}${pod('web-1')}`);
    expect(c.workloads.map((w) => `${w.kind} ${w.name}`)).toEqual(['StatefulSet web']);
  });
});

describe('refused though Kubernetes accepts (item 7)', () => {
  it('ports: [null] is an empty port: TCP on every port (A-4)', () => {
    const c = load(NP('p', '  podSelector: {}\n  ingress:\n  - ports: [null]\n'));
    expect(errors(c)).toEqual([]);
    expect(c.policies[0]!.ingress[0]!.ports).toEqual([{ protocol: 'TCP' }]);
  });

  it('metadata.namespace: "" is the default namespace', () => {
    const c = load('apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  namespace: ""\n  labels: {app: a}\n');
    expect(errors(c)).toEqual([]);
    expect(c.workloads.map((w) => w.namespace)).toEqual(['default']);
  });

  it('a JSON stream of several objects (tab-indented) is read whole, with a warning that kustomize reads the first only', () => {
    const c = load('{\n\t"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "a"}\n}\n{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "b"}}\n', {}, 'ns.json');
    expect([...c.namespaces.keys()].sort()).toEqual(['a', 'b', 'default']);
    expect(summary(c.diagnostics)).toEqual(['warning json-stream 4']);
  });

  it('tab-indented flow YAML and a quoted annotation continued at the key indent', () => {
    const flow = load('apiVersion: v1\nkind: Namespace\nmetadata: {\n\tname: a,\n\tlabels: {team: x}\n}\n');
    expect(errors(flow)).toEqual([]);
    expect(flow.namespaces.get('a')!.labels.team).toBe('x');
    const quoted = load("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: b\n  annotations:\n    note: 'first line\n    second line'\n");
    expect(errors(quoted)).toEqual([]);
    expect(quoted.namespaces.has('b')).toBe(true);
  });

  it('the same object twice with the same content is one object; with another content, an error', () => {
    expect(errors(load(`${NP('same', DENY)}---\n${NP('same', DENY)}`))).toEqual([]);
    expect(errors(load(`${NP('same', DENY)}---\n${NP('same', '  podSelector: {}\n')}`))).toEqual(['error duplicate-object 10']);
  });

  it('a duplicate key stays an error that says how kubectl and kustomize read it', () => {
    const c = load(NP('d', '  podSelector: {}\n  podSelector: {matchLabels: {app: web}}\n'));
    expect(c.diagnostics[0]!.message).toContain('kubectl keeps the last value and kustomize refuses the file');
  });
});

describe('accepted though Kubernetes rejects (item 8)', () => {
  it('a cidr with spaces', () => {
    expect(errors(load(NP('c', '  podSelector: {}\n  egress:\n  - to:\n    - ipBlock: {cidr: " 10.0.0.0/8 "}\n')))).toEqual(['error invalid-cidr 10']);
  });

  it('a Deployment whose selector does not match its template labels', () => {
    const d = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n      containers: [{name: c, image: x}]\n';
    const c = load(d);
    expect(errors(c)).toEqual(['error selector-mismatch 7']);
    expect(c.workloads).toEqual([]);
  });

  it('a label value that decodes to a number (0o17)', () => {
    expect(errors(load('apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  labels: {v: 0o17}\n'))).toEqual(['error invalid-label 5']);
  });
});

describe('objects that decide traffic are never dropped in silence (item 9)', () => {
  const objects = [
    // Issue 14: CiliumNetworkPolicy and CCNP are read (test/manifests/cilium/); other Cilium policies are not.
    ['cilium.io/v2', 'CiliumLocalRedirectPolicy', 'namespace shop'],
    ['projectcalico.org/v3', 'NetworkPolicy', 'namespace shop'],
    ['projectcalico.org/v3', 'GlobalNetworkPolicy', 'the whole cluster'],
    // T-1: the tiered kinds are read (test/manifests/build-tiered-policy.test.ts); other versions are not.
    ['policy.networking.k8s.io/v1alpha9', 'AdminNetworkPolicy', 'the whole cluster'],
    ['security.istio.io/v1', 'AuthorizationPolicy', 'namespace shop'],
    ['example.com/v1', 'FancyNetworkPolicy', 'namespace shop'],
  ];
  it.each(objects)('%s %s is a not-analysed warning with file, line, kind and where it applies', (apiVersion, kind, scope) => {
    const c = load(`apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n---\napiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: p\n  namespace: shop\nspec: {}\n`, {}, 'policy.yaml');
    expect(c.diagnostics).toEqual([{ severity: 'warning', code: 'not-analysed', file: 'policy.yaml', line: 5, message: expect.stringContaining(`${kind} p (${apiVersion}`) }]);
    expect(c.diagnostics[0]!.message).toContain(`decides traffic in ${scope} but is not analysed`);
    expect(c.diagnostics[0]!.message).not.toContain('use networking.k8s.io/v1');
  });

  it('kinds that do not govern traffic stay quiet, and so do $patch: delete documents and kustomization.yaml', () => {
    const c = load(
      'apiVersion: batch.volcano.sh/v1alpha1\nkind: Job\nmetadata: {name: j}\n---\napiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: c}\n---\n$patch: delete\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: gone, namespace: shop}\n---\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [a.yaml]\n',
    );
    expect(c.diagnostics).toEqual([]);
    expect(c.policies).toEqual([]);
  });

  const side = (extra: string): SourceFile[] => [{ path: 'a.yaml', text: `${NP('deny', DENY)}${extra}` }];
  const cilium = '---\napiVersion: cilium.io/v2\nkind: CiliumLocalRedirectPolicy\nmetadata: {name: c, namespace: shop}\nspec: {}\n';

  it('the verdict says the result is incomplete; notAnalysed: fail (or --not-analysed fail) fails the gate', () => {
    const run = (rules: string | null, notAnalysed?: 'warn' | 'fail') =>
      analyzeDiff({ base: side(''), head: side(cilium), rules: rules === null ? null : { path: 'r.yml', text: rules }, options: DEFAULT_OPTIONS, failOn: 'new', ...(notAnalysed ? { notAnalysed } : {}) });
    const warn = run(null);
    expect(warn.exitCode).toBe(0);
    expect(warn.reason).toContain('⚠ 1 policy object was not analysed');
    const rules = 'notAnalysed: fail\nrules:\n  forbid:\n  - name: r\n    from: {namespace: a}\n    to: {namespace: b}\n';
    expect(run(rules).exitCode).toBe(1);
    expect(run(rules).reason).toBe('⚠ 1 policy object was not analysed (notAnalysed: fail)');
    expect(run(null, 'fail').exitCode).toBe(1);
    expect(run(rules, 'warn').exitCode).toBe(0);
  });

  it('the rules file validates notAnalysed', () => {
    expect(parseRulesFile('r.yml', 'notAnalysed: fail\nrules: {forbid: [{name: r, from: {namespace: a}, to: {namespace: b}}]}\n').config!.notAnalysed).toBe('fail');
    expect(parseRulesFile('r.yml', 'notAnalysed: maybe\nrules: {}\n').diagnostics.filter((d) => d.severity === 'error').map((d) => d.line)).toEqual([1]);
  });
});

describe('Helm templates (item 10)', () => {
  it('are found before parsing and named by their chart folder', () => {
    const template = '{{- if .Values.enabled }}\napiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n{{- end }}\n';
    const files: SourceFile[] = [
      { path: 'charts/web/Chart.yaml', text: 'apiVersion: v2\nname: web\nversion: 1.0.0\n' },
      ...Array.from({ length: 13 }, (_, i) => ({ path: `charts/web/templates/t${i}.yaml`, text: template.repeat(60) })),
    ];
    const c = parseCluster(files, DEFAULT_OPTIONS);
    expect(c.diagnostics).toHaveLength(13);
    for (const d of c.diagnostics) {
      expect(d).toMatchObject({ code: 'template', line: 1 });
      expect(d.message).toContain('Helm chart in charts/web/');
      expect(d.message).not.toContain('YAML errors');
    }
  });
});
