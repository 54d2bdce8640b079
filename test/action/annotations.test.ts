import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAnnotations } from '../../src/action/annotations';
import { analyzeDiff, type FailOn, type SourceFile } from '../../src/analyze';

const example = (p: string) => readFileSync(path.resolve(__dirname, '../../examples/three-tier', p), 'utf8');
const APP = { path: 'k8s/app.yaml', text: example('base/app.yaml') };
const LOCK = { path: 'k8s/db.yaml', text: example('head/allow-ingress-to-db.yaml') };
const RULES = { path: '.github/flowgate.yml', text: example('flowgate.yml') };
const WEB_TO_DB = {
  path: 'k8s/web.yaml',
  text: 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: allow-web, namespace: prod }\nspec:\n  podSelector: { matchLabels: { role: db } }\n  policyTypes: [Ingress]\n  ingress:\n    - from:\n        - podSelector: { matchLabels: { app: web } }\n',
};
const forbidLine = example('flowgate.yml').split('\n').findIndex((l) => l.includes('name: web never talks')) + 1;

function annotate(base: SourceFile[], head: SourceFile[], failOn: FailOn = 'new') {
  return buildAnnotations(analyzeDiff({ base, head, rules: RULES, options: { defaultNamespace: 'default', exposure: false }, failOn }), failOn);
}

describe('buildAnnotations', () => {
  it('points a newly opened forbidden flow at the policy rule that allows it', () => {
    const got = annotate([APP, LOCK], [APP, LOCK, WEB_TO_DB]);
    expect(got).toEqual([
      {
        at: { file: 'k8s/web.yaml', line: 8 },
        level: 'failure',
        title: 'flowgate: forbidden flow open',
        message: expect.stringMatching(new RegExp(`^New violation: prod/web\\[Pod\\] .*prod/db\\[Pod\\].*\\(rule at \\.github/flowgate\\.yml:${forbidLine}\\)$`)),
      },
    ]);
  });

  it('leaves a pre-existing violation off the lines under fail-on new, and fails on it under any', () => {
    // Base: no policy, so web already reaches db; the PR only adds a workload elsewhere.
    const extra = { path: 'k8s/extra.yaml', text: 'apiVersion: v1\nkind: Pod\nmetadata: { name: extra, namespace: prod }\nspec:\n  containers: [{ name: c, image: x }]\n' };
    expect(annotate([APP], [APP, extra], 'new')).toEqual([expect.objectContaining({ at: null, level: 'warning' })]);
    expect(annotate([APP], [APP, extra], 'any')).toEqual([expect.objectContaining({ at: { file: RULES.path, line: forbidLine }, level: 'failure' })]);
  });

  it('points a cut required flow at the policy that isolates it', () => {
    const deny = { path: 'k8s/deny.yaml', text: 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: deny-db, namespace: prod }\nspec:\n  podSelector: { matchLabels: { role: db } }\n  policyTypes: [Ingress]\n' };
    const got = annotate([APP, LOCK], [APP, deny]);
    expect(got.filter((a) => a.level === 'failure')).toEqual([expect.objectContaining({ at: { file: 'k8s/deny.yaml', line: 1 }, title: 'flowgate: required flow not open' })]);
  });

  it('puts input errors on their file and line; base-side ones on no line', () => {
    const bad = { path: 'k8s/bad.yaml', text: 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: bad, namespace: prod }\nspec:\n  podSelector: {}\n  ingress:\n    - from:\n        - ipBlock: { cidr: 10.0.0.0/33 }\n' };
    const got = annotate([APP, bad], [APP, bad]);
    const errors = got.filter((a) => a.level === 'failure');
    expect(errors.find((a) => a.at?.file === 'k8s/bad.yaml')).toMatchObject({ at: { line: 8 }, message: expect.stringContaining('10.0.0.0/33') });
    expect(errors.find((a) => a.at === null)).toMatchObject({ message: expect.stringContaining('(base branch, k8s/bad.yaml:8)') });
  });

  it('is sorted by file and line', () => {
    // Written twice with other content (the same content twice is one object, as kubectl applies it).
    const again = { path: 'k8s/web-again.yaml', text: WEB_TO_DB.text.replace('policyTypes: [Ingress]', 'policyTypes: [Ingress, Egress]') };
    const twice = annotate([APP, LOCK], [APP, LOCK, WEB_TO_DB, again]);
    expect(twice.map((a) => a.at?.file)).toEqual(['k8s/web-again.yaml', 'k8s/web.yaml']);
  });

  it('merges two findings on one line into one annotation', () => {
    const rules = {
      path: 'rules.yml',
      text: 'rules:\n  forbid:\n    - name: no web to db\n      from: { workload: web, namespace: prod }\n      to: { workload: db, namespace: prod }\n    - name: nothing reaches db\n      from: { any: true }\n      to: { workload: db, namespace: prod }\n',
    };
    const run = analyzeDiff({ base: [APP, LOCK], head: [APP, LOCK, WEB_TO_DB], rules, options: { defaultNamespace: 'default', exposure: false }, failOn: 'new' });
    const got = buildAnnotations(run, 'new').filter((a) => a.at?.file === 'k8s/web.yaml');
    expect(got).toHaveLength(1);
    expect(got[0]!.title).toBe('flowgate: forbidden flow open');
    expect(got[0]!.message.split('\n')).toEqual([expect.stringContaining('"no web to db"'), expect.stringContaining('"nothing reaches db"')]);
  });
});
