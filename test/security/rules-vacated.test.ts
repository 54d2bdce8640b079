import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, analyzeDiff } from '../../src/analyze';

// A rule that names workloads must not pass quietly once a rename or removal leaves it matching
// nothing: evaluateRules reports it until the rules are updated on the base branch.

const pod = (name: string, labels: Record<string, string>) =>
  `apiVersion: v1\nkind: Pod\nmetadata: { name: ${name}, namespace: prod, labels: ${JSON.stringify(labels)} }\nspec:\n  containers: [{ name: c, image: x, ports: [{ containerPort: 80 }] }]\n`;

const BASE = [pod('web', { app: 'web' }), pod('db', { app: 'db' }), pod('api', { app: 'api' })].join('---\n');

function diff(head: string, rules: string) {
  return analyzeDiff({ base: [{ path: 'app.yaml', text: BASE }], head: [{ path: 'app.yaml', text: head }], rules: { path: 'rules.yml', text: rules }, options: { ...DEFAULT_OPTIONS, exposure: false }, failOn: 'new' });
}

const rules = (from: string, to: string, kind = 'forbid') => `rules:\n  ${kind}:\n    - name: guard\n      from: ${from}\n      to: ${to}\n`;

describe('a forbid rule that names a workload no longer there', () => {
  it('is a new violation naming what it matched in base, after web is renamed web2', () => {
    const run = diff(BASE.replace('name: web,', 'name: web2,'), rules('{ workload: web }', '{ workload: db }'));
    expect(run.violations).toMatchObject([{ sources: [], targets: [], pairs: 0, isNew: true }]);
    expect(run.violations[0]!.message).toBe(
      'rule "guard" forbids a flow, but its from (workload web) matched prod/web[Pod] in base and matches nothing now; a renamed or removed workload must not turn the rule into a pass: update the rules on the base branch first',
    );
    expect(run.exitCode).toBe(1);
  });

  it('names every end that emptied, and counts what is beyond three', () => {
    const many = [0, 1, 2, 3, 4].map((i) => pod(`web-${i}`, { app: 'web' })).join('---\n');
    const base = `${many}---\n${pod('db', { app: 'db' })}`;
    const run = analyzeDiff({ base: [{ path: 'a.yaml', text: base }], head: [{ path: 'a.yaml', text: pod('other', { app: 'x' }) }], rules: { path: 'r.yml', text: rules('{ workload: [web-0, web-1, web-2, web-3, web-4] }', '{ workload: db }') }, options: DEFAULT_OPTIONS, failOn: 'new' });
    expect(run.violations[0]!.message).toContain('its from (workload web-0 or web-1 or web-2 or web-3 or web-4) matched prod/web-0[Pod], prod/web-1[Pod], prod/web-2[Pod] and 2 more in base and matches nothing now; its to (workload db) matched prod/db[Pod] in base');
  });

  it('stays quiet when it matched nothing in base either, or still matches', () => {
    expect(diff(BASE, rules('{ workload: ghost }', '{ workload: db }')).violations).toEqual([]);
    // Still matching, and nothing allowed is forbidden: no violation at all.
    const isolated = `${BASE}---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: deny, namespace: prod }\nspec: { podSelector: {}, policyTypes: [Ingress] }\n`;
    expect(diff(isolated, rules('{ workload: web }', '{ workload: db }')).violations).toEqual([]);
  });

  it('applies to rules that name workloads; a rule by labels follows the labels', () => {
    const relabelled = BASE.replace('{"app":"web"}', '{"app":"frontend"}');
    expect(diff(relabelled, rules('{ labels: { app: web } }', '{ labels: { app: db } }')).violations).toEqual([]);
    expect(diff(relabelled, rules('{ workload: web, labels: { app: web } }', '{ labels: { app: db } }')).violations).toMatchObject([{ sources: [], pairs: 0, isNew: true }]);
  });

  it('a require rule that names a workload no longer there is a new violation too', () => {
    const run = diff(BASE.replace('name: db,', 'name: db2,'), rules('{ workload: api }', '{ workload: db }', 'require'));
    expect(run.violations).toMatchObject([{ sources: [], targets: [], pairs: 0, isNew: true }]);
    expect(run.violations[0]!.message).toContain('its to (workload db) matches nothing after the change');
  });
});
