import { changedPairs } from '../../src/diff/change-pairs';
import { describe, expect, it } from 'vitest';
import { analyzeDiff, DEFAULT_OPTIONS, type SourceFile } from '../../src/analyze';
import { formatConns } from '../../src/model/conns';
import { ANY_VALUE, representativeLabels } from '../../src/exposure/representative-labels';
import { selectorMatches } from '../../src/model/label-selector';
import type { LabelSelector, Requirement } from '../../src/model/types';
import { violationPairs } from '../rules/helpers';
import { BASE_FILES, HEAD_FILES, RULES } from './scenario';

const sel = (matchLabels: Record<string, string>, ...matchExpressions: Requirement[]): LabelSelector => ({ matchLabels, matchExpressions });
const req = (key: string, operator: Requirement['operator'], ...values: string[]): Requirement => ({ key, operator, values });

describe('representativeLabels: the fewest labels a selector selects (A-18)', () => {
  it.each([
    ['empty: no label', sel({}), {}],
    ['matchLabels', sel({ app: 'api' }), { app: 'api' }],
    ['In: its first value', sel({}, req('tier', 'In', 'web', 'api')), { tier: 'web' }],
    ['In and NotIn: the first value NotIn leaves', sel({}, req('tier', 'In', 'web', 'api'), req('tier', 'NotIn', 'web')), { tier: 'api' }],
    ['Exists: a value no selector names', sel({}, req('debug', 'Exists')), { debug: ANY_VALUE }],
    ['Exists and NotIn', sel({}, req('env', 'Exists'), req('env', 'NotIn', 'prod')), { env: ANY_VALUE }],
    ['NotIn alone: the key is left out (A-18: NotIn matches an absent key)', sel({}, req('env', 'NotIn', 'prod')), {}],
    ['DoesNotExist: left out', sel({ app: 'x' }, req('debug', 'DoesNotExist')), { app: 'x' }],
    ['In on two keys: each its own first value', sel({}, req('a', 'In', 'x'), req('b', 'In', 'y', 'z')), { a: 'x', b: 'y' }],
    ['Exists on another key than matchLabels', sel({ app: 'x' }, req('debug', 'Exists')), { app: 'x', debug: ANY_VALUE }],
    ['matchLabels inside an In that lists it second: the matchLabels value', sel({ a: 'x' }, req('a', 'In', 'y', 'x')), { a: 'x' }],
    ['NotIn before In: the first In value that NotIn leaves', sel({}, req('t', 'NotIn', 'web'), req('t', 'In', 'web', 'api')), { t: 'api' }],
    ['two In on one key: the first value of the first that the second holds', sel({}, req('a', 'In', 'x', 'y', 'z'), req('a', 'In', 'z', 'y')), { a: 'y' }],
  ])('%s', (_what, s, expected) => {
    const labels = representativeLabels(s);
    expect(labels).toEqual(expected);
    expect(selectorMatches(s, labels!)).toBe(true);
  });

  it('keys in sorted order, whatever order the selector names them in', () => {
    expect(Object.keys(representativeLabels(sel({ zeta: '1' }, req('alpha', 'In', '2'), req('mid', 'Exists')))!)).toEqual(['alpha', 'mid', 'zeta']);
  });

  it.each([
    ['In and NotIn of the same value', sel({}, req('a', 'In', 'x'), req('a', 'NotIn', 'x'))],
    ['matchLabels and DoesNotExist', sel({ a: 'x' }, req('a', 'DoesNotExist'))],
    ['matchLabels outside In', sel({ a: 'x' }, req('a', 'In', 'y'))],
  ])('nothing matches %s: no stand-in', (_what, s) => {
    expect(representativeLabels(s)).toBeNull();
  });
});

const files = (m: Record<string, string>): SourceFile[] => Object.entries(m).map(([path, text]) => ({ path, text }));
const run = (rules: string, exposure?: boolean) =>
  analyzeDiff({ base: files(BASE_FILES), head: files(HEAD_FILES), rules: { path: 'rules.yml', text: rules }, options: exposure === undefined ? DEFAULT_OPTIONS : { ...DEFAULT_OPTIONS, exposure }, failOn: 'new' });
const ids = (r: ReturnType<typeof run>) => r.diff.endpoints.filter((e) => e.kind === 'Unlisted').map((e) => e.id);
const pairs = (r: ReturnType<typeof run>) => violationPairs(r.violations).map((v) => `${v.from === null ? '-' : r.diff.endpoints[v.from]!.id} -> ${v.to === null ? '-' : r.diff.endpoints[v.to]!.id}`);

describe('stand-ins of a diff (issue 11)', () => {
  it('one per policy peer, rules namespace, listed namespace, and [any namespace]/[all pods]', () => {
    expect(ids(run(RULES))).toEqual(['[any namespace]/[all pods]', 'default/[all pods]', 'dev/[all pods]', 'prod/[all pods]', 'prod/[pods with app=api]', 'staging/[all pods]']);
  });

  it('a peer with a namespaceSelector stands for a namespace the manifests do not hold; one that pins the name (A-19) is that namespace', () => {
    const head = { ...HEAD_FILES, 'k8s/db-ingress.yaml': HEAD_FILES['k8s/db-ingress.yaml']!.replace('namespaceSelector: {}', 'namespaceSelector: { matchLabels: { env: dev } }\n          podSelector: { matchLabels: { role: batch } }') };
    const pinned = { ...HEAD_FILES, 'k8s/db-ingress.yaml': HEAD_FILES['k8s/db-ingress.yaml']!.replace('namespaceSelector: {}', "namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': tools } }") };
    const a = analyzeDiff({ base: files(BASE_FILES), head: files(head), rules: null, options: DEFAULT_OPTIONS, failOn: 'new' });
    const b = analyzeDiff({ base: files(BASE_FILES), head: files(pinned), rules: null, options: DEFAULT_OPTIONS, failOn: 'new' });
    expect(ids(a)).toContain('[namespace with env=dev]/[pods with role=batch]');
    expect(ids(b)).toContain('tools/[all pods]');
    const opened = (r: typeof a) =>
      [...changedPairs(r.diff)].filter((c) => c.group.kind === 'opened').map((c) => `${r.diff.endpoints[c.from]!.id} -> ${r.diff.endpoints[c.to]!.id}`);
    expect(opened(a)).toEqual(['[namespace with env=dev]/[pods with role=batch] -> prod/db[Deployment]']);
    expect(opened(b)).toEqual(['tools/[all pods] -> prod/db[Deployment]']);
  });

  it('a forbid rule is checked against the stand-ins it matches; exposure: false in the rules file gives the listed-only result', () => {
    expect(pairs(run(RULES))).toEqual(['dev/[all pods] -> prod/db[Deployment]', 'staging/[all pods] -> prod/db[Deployment]']);
    expect(run(`exposure: false\n${RULES}`).exitCode).toBe(0);
    expect(ids(run(`exposure: false\n${RULES}`))).toEqual([]);
    // The CLI's --exposure on wins over the file.
    expect(run(`exposure: false\n${RULES}`, true).exitCode).toBe(1);
  });

  it('a forbid rule by labels is checked against the stand-in with those labels in each namespace', () => {
    const rules = 'rules:\n  forbid:\n    - name: batch jobs never reach the database\n      from: { labels: { role: batch } }\n      to: { namespace: prod, workload: db }\n';
    expect(pairs(run(rules))).toEqual([
      '[any namespace]/[pods with role=batch] -> prod/db[Deployment]',
      'default/[pods with role=batch] -> prod/db[Deployment]',
      'prod/[pods with role=batch] -> prod/db[Deployment]',
    ]);
  });

  it('a require rule is evaluated on listed workloads, unless it names a namespace without listed workloads', () => {
    const valid = (r: ReturnType<typeof run>) => expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const listed = 'rules:\n  require:\n    - name: prod reaches the database\n      from: { namespace: prod }\n      to: { namespace: prod, workload: db }\n      ports: [TCP/3306]\n';
    // prod/[all pods] is not required to reach db: only prod/api (listed) is, and it does.
    valid(run(listed));
    expect(pairs(run(listed))).toEqual([]);
    const unlisted = 'rules:\n  require:\n    - name: monitoring scrapes the database\n      from: { namespace: monitoring }\n      to: { namespace: prod, workload: db }\n      ports: [TCP/9104]\n';
    valid(run(unlisted));
    expect(pairs(run(unlisted))).toEqual(['monitoring/[all pods] -> prod/db[Deployment]']);
  });

  it('a named port at a stand-in destination is shown by its name (A-26: its number is unknown), and a numeric forbid rule catches it', () => {
    const metrics = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: metrics, namespace: prod }
spec:
  podSelector: {}
  policyTypes: [Ingress]
  ingress:
    - from: [{ namespaceSelector: {} }]
      ports: [{ port: metrics }]
`;
    const head = { ...BASE_FILES, 'k8s/metrics.yaml': metrics };
    const rules = 'rules:\n  forbid:\n    - name: nothing scrapes prod on 9104\n      from: { namespace: tools }\n      to: { namespace: prod }\n      ports: [TCP/9104]\n';
    const r = analyzeDiff({ base: files(BASE_FILES), head: files(head), rules: { path: 'rules.yml', text: rules }, options: DEFAULT_OPTIONS, failOn: 'new' });
    // prod/api serves no port named metrics: it is isolated and nothing reaches it; the unlisted pods of prod may serve it on 9104.
    expect(pairs(r)).toEqual(['tools/[all pods] -> prod/[all pods]', 'tools/[all pods] -> prod/[pods with app=api]']);
    expect(r.violations[0]!.message).toContain('on TCP named port metrics, which rule');
  });

  it('a named port opened towards a stand-in is an opened flow; a number replaced by a name is changed (both kept apart)', () => {
    const toStandIns = (ports: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: scrape, namespace: prod }
spec:
  podSelector: { matchExpressions: [{ key: app, operator: DoesNotExist }] }
  policyTypes: [Ingress]
  ingress:
    - from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': tools } } }]
      ports: ${ports}
`;
    const diff = (before: string | null, after: string) => {
      const base = before === null ? BASE_FILES : { ...BASE_FILES, 'k8s/scrape.yaml': toStandIns(before) };
      const r = analyzeDiff({ base: files(base), head: files({ ...BASE_FILES, 'k8s/scrape.yaml': toStandIns(after) }), rules: null, options: DEFAULT_OPTIONS, failOn: 'new' });
      return [...changedPairs(r.diff)]
        .filter((c) => r.diff.endpoints[c.from]!.id === 'tools/[all pods]')
        .map((c) => `${c.group.kind} ${r.diff.endpoints[c.to]!.id}: ${formatConns(c.group.before)} -> ${formatConns(c.group.after)}`);
    };
    // Base: no policy selects prod's unlisted pods without an app label, so they take everything.
    expect(diff(null, '[{ port: metrics }]')).toEqual(['narrowed prod/[all pods]: all -> TCP named port metrics']);
    expect(diff('[{ port: 9104 }]', '[{ port: metrics }]')).toEqual(['changed prod/[all pods]: TCP 9104 -> TCP named port metrics']);
    expect(diff('[{ port: metrics }]', '[{ port: metrics }, { port: 9104 }]')).toEqual(['widened prod/[all pods]: TCP named port metrics -> TCP 9104 and named port metrics']);
    expect(diff('[{ port: metrics }]', '[{ port: metrics }]')).toEqual([]);
  });

  it('a namespaceSelector peer also stands for unlisted pods of each listed namespace whose labels it matches (A-17, A-18)', () => {
    const namespaces = `apiVersion: v1
kind: Namespace
metadata: { name: dev, labels: { team: x } }
---
apiVersion: v1
kind: Namespace
metadata: { name: staging, labels: { team: y } }
`;
    const peer = 'namespaceSelector: { matchLabels: { team: x } }\n          podSelector: { matchLabels: { app: api } }';
    const head = { ...HEAD_FILES, 'k8s/ns.yaml': namespaces, 'k8s/db-ingress.yaml': HEAD_FILES['k8s/db-ingress.yaml']!.replace('namespaceSelector: {}', peer) };
    const r = analyzeDiff({ base: files({ ...BASE_FILES, 'k8s/ns.yaml': namespaces }), head: files(head), rules: { path: 'rules.yml', text: RULES }, options: DEFAULT_OPTIONS, failOn: 'new' });
    const standIns = ids(r);
    expect(standIns).toContain('[namespace with team=x]/[pods with app=api]');
    expect(standIns).toContain('dev/[pods with app=api]');
    expect(standIns).not.toContain('staging/[pods with app=api]');
    // The rule about namespace dev is broken by dev's unlisted api pods, not by staging's.
    expect(pairs(r)).toEqual(['dev/[pods with app=api] -> prod/db[Deployment]']);
  });
});
