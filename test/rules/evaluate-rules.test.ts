import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeDiff, DEFAULT_OPTIONS } from '../../src/analyze';
import { evaluateRules, ruleBoundaries } from '../../src/rules/evaluate-rules';
import { formatRange } from '../../src/model/cidr';
import { evaluate, pod, readDir, rows, rulesOf, violationPairs } from './helpers';

const EXAMPLE_RULES = readFileSync('examples/three-tier/flowgate.yml', 'utf8');
const BASE = readDir('examples/three-tier/base');
const HEAD = readDir('examples/three-tier/head');

describe('evaluateRules on the three-tier example (PRODUCT.md)', () => {
  it('the change breaks no rule: web→db stays closed, api→db keeps TCP 3306', () => {
    const { diff, violations } = evaluate(BASE, HEAD, EXAMPLE_RULES);
    expect(rows(diff, violations)).toEqual([]);
  });

  it('a head that opens web→db breaks the forbid rule, as a new violation', () => {
    // The reverse change: the policy is removed, so web reaches db again.
    const { diff, violations } = evaluate(HEAD, BASE, EXAMPLE_RULES);
    expect(rows(diff, violations)).toEqual(['web never talks to the database directly: prod/web[Pod] -> prod/db[Pod] : all [new]']);
    const v = violations[0]!;
    expect(v.rule.kind).toBe('forbid');
    expect(v.message).toBe('prod/web[Pod] can reach prod/db[Pod] on any port, which rule "web never talks to the database directly" forbids');
  });

  it('a violation that base had already is not new', () => {
    const { diff, violations } = evaluate(BASE, BASE, EXAMPLE_RULES);
    expect(rows(diff, violations)).toEqual(['web never talks to the database directly: prod/web[Pod] -> prod/db[Pod] : all']);
  });

  it('a renamed workload under a require rule is a violation, not a pass', () => {
    const renamed = HEAD.map((f) => ({ ...f, text: f.text.replace('name: db\n  namespace: prod', 'name: database\n  namespace: prod') }));
    expect(renamed.some((f) => f.text.includes('name: database'))).toBe(true);
    const { diff, violations } = evaluate(BASE, renamed, EXAMPLE_RULES);
    expect(rows(diff, violations)).toEqual(['api reaches the database: (none) -> (none) : TCP 3306 [new]']);
    expect(violations[0]!.message).toContain('its to (namespace prod, workload db) matches nothing after the change');
  });

  it('gates through analyzeDiff: new violations fail with exit 1, pre-existing ones only with fail-on any', () => {
    const rules = { path: 'flowgate.yml', text: EXAMPLE_RULES };
    // Listed workloads only: the stand-ins (issue 11) are test/exposure's.
    const options = { ...DEFAULT_OPTIONS, exposure: false };
    expect(analyzeDiff({ base: BASE, head: HEAD, rules, options, failOn: 'new' }).exitCode).toBe(0);
    const opened = analyzeDiff({ base: HEAD, head: BASE, rules, options, failOn: 'new' });
    expect([opened.exitCode, opened.counts.violations, opened.counts.newViolations]).toEqual([1, 1, 1]);
    expect(analyzeDiff({ base: BASE, head: BASE, rules, options, failOn: 'new' }).exitCode).toBe(0);
    expect(analyzeDiff({ base: BASE, head: BASE, rules, options, failOn: 'any' }).exitCode).toBe(1);
  });

  it('an invalid rules file fails the run with exit 2', () => {
    const run = analyzeDiff({ base: BASE, head: HEAD, rules: { path: 'flowgate.yml', text: 'rules:\n  forbid:\n    - name: x\n      from: {}\n      to: { any: true }\n' }, options: DEFAULT_OPTIONS, failOn: 'new' });
    expect(run.exitCode).toBe(2);
    expect(run.diagnostics).toContainEqual(expect.objectContaining({ code: 'rules-empty-selector', file: 'flowgate.yml', line: 4 }));
  });
});

const NS = (name: string, labels: Record<string, string> = {}) =>
  `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n  labels: ${JSON.stringify(labels)}\n---\n`;

/** Ingress to pods labelled app=<to> only from pods labelled app=<from>, on the given TCP ports. */
const allowIngress = (ns: string, to: string, from: string, ports: number[]) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: to-${to}, namespace: ${ns} }
spec:
  podSelector: { matchLabels: { app: ${to} } }
  policyTypes: [Ingress]
  ingress:
    - from: [{ podSelector: { matchLabels: { app: ${from} } } }]
      ports: [${ports.map((p) => `{ port: ${p} }`).join(', ')}]
---
`;

describe('evaluateRules: ports', () => {
  const app = pod('prod', 'web', { app: 'web' }) + pod('prod', 'db', { app: 'db' }, [3306]);
  const forbid3306 = 'rules:\n  forbid:\n    - name: no mysql from web\n      from: { workload: web }\n      to: { workload: db }\n      ports: [TCP/3306, UDP/3306]\n';

  it('a forbid rule with ports is broken only by those ports, and names the overlap', () => {
    expect(evaluate(app, app + allowIngress('prod', 'db', 'web', [80]), forbid3306).violations).toEqual([]);
    const { diff, violations } = evaluate(app + allowIngress('prod', 'db', 'web', [80]), app + allowIngress('prod', 'db', 'web', [80, 3306]), forbid3306);
    expect(rows(diff, violations)).toEqual(['no mysql from web: prod/web[Pod] -> prod/db[Pod] : TCP 3306 [new]']);
  });

  it('a pre-existing violation that widens is new again', () => {
    const forbidAll = 'rules:\n  forbid:\n    - name: web not to db\n      from: { workload: web }\n      to: { workload: db }\n';
    const { diff, violations } = evaluate(app + allowIngress('prod', 'db', 'web', [3306]), app, forbidAll);
    expect(rows(diff, violations)).toEqual(['web not to db: prod/web[Pod] -> prod/db[Pod] : all [new]']);
    const same = evaluate(app + allowIngress('prod', 'db', 'web', [3306]), app + allowIngress('prod', 'db', 'web', [3306]), forbidAll);
    expect(rows(same.diff, same.violations)).toEqual(['web not to db: prod/web[Pod] -> prod/db[Pod] : TCP 3306']);
  });

  it('a require rule names the missing ports', () => {
    const require = 'rules:\n  require:\n    - name: web uses mysql\n      from: { workload: web }\n      to: { workload: db }\n      ports: [TCP/3306, TCP/33060]\n';
    const { diff, violations } = evaluate(app, app + allowIngress('prod', 'db', 'web', [3306]), require);
    expect(rows(diff, violations)).toEqual(['web uses mysql: prod/web[Pod] -> prod/db[Pod] : TCP 33060 [new]']);
    expect(violations[0]!.message).toBe('prod/web[Pod] cannot reach prod/db[Pod] on TCP 33060, which rule "web uses mysql" requires');
  });

  it('a require rule without ports is broken only when nothing at all is allowed', () => {
    const require = 'rules:\n  require:\n    - name: web reaches db\n      from: { workload: web }\n      to: { workload: db }\n';
    expect(evaluate(app, app + allowIngress('prod', 'db', 'web', [1]), require).violations).toEqual([]);
    const { diff, violations } = evaluate(app, app + allowIngress('prod', 'db', 'api', [3306]), require);
    expect(rows(diff, violations)).toEqual(['web reaches db: prod/web[Pod] -> prod/db[Pod] : all [new]']);
    expect(violations[0]!.message).toContain('cannot reach prod/db[Pod] at all');
  });
});

describe('evaluateRules: selectors', () => {
  const cluster =
    NS('shop', { team: 'a' }) +
    NS('pay', { team: 'b' }) +
    pod('shop', 'web', { app: 'web', tier: 'front' }) +
    pod('shop', 'api', { app: 'api', tier: 'back' }) +
    pod('pay', 'ledger', { app: 'ledger', tier: 'back' }) +
    `apiVersion: apps/v1
kind: Deployment
metadata: { name: worker, namespace: pay }
spec:
  selector: { matchLabels: { app: worker } }
  template:
    metadata: { labels: { app: worker } }
    spec: { containers: [{ name: c, image: x }] }
---
`;
  const forbid = (from: string, to: string) => `rules:\n  forbid:\n    - name: r\n      from: ${from}\n      to: ${to}\n      ports: [TCP/80]\n`;
  const pairs = (from: string, to: string) => {
    const { diff, violations } = evaluate(cluster, cluster, forbid(from, to));
    return violationPairs(violations).map((v) => `${diff.endpoints[v.from!]!.id} -> ${diff.endpoints[v.to!]!.id}`);
  };

  it.each([
    ['namespace', '{ namespace: pay }', '{ workload: web }', ['pay/ledger[Pod] -> shop/web[Pod]', 'pay/worker[Deployment] -> shop/web[Pod]']],
    ['a list of namespaces', '{ namespace: [pay, shop] }', '{ workload: ledger }', ['pay/worker[Deployment] -> pay/ledger[Pod]', 'shop/api[Pod] -> pay/ledger[Pod]', 'shop/web[Pod] -> pay/ledger[Pod]']],
    ['namespaceLabels', '{ namespaceLabels: { team: a } }', '{ workload: worker }', ['shop/api[Pod] -> pay/worker[Deployment]', 'shop/web[Pod] -> pay/worker[Deployment]']],
    ['the namespace name label (A-19)', '{ namespaceLabels: { kubernetes.io/metadata.name: pay } }', '{ workload: web }', ['pay/ledger[Pod] -> shop/web[Pod]', 'pay/worker[Deployment] -> shop/web[Pod]']],
    ['kind', '{ kind: Deployment }', '{ namespace: shop }', ['pay/worker[Deployment] -> shop/api[Pod]', 'pay/worker[Deployment] -> shop/web[Pod]']],
    ['labels', '{ labels: { tier: back } }', '{ labels: { tier: back } }', ['pay/ledger[Pod] -> shop/api[Pod]', 'shop/api[Pod] -> pay/ledger[Pod]']],
    ['NotIn, which matches a missing key (A-18)', '{ labels: { matchExpressions: [{ key: tier, operator: NotIn, values: [back] }] } }', '{ workload: api }', ['pay/worker[Deployment] -> shop/api[Pod]', 'shop/web[Pod] -> shop/api[Pod]']],
    ['every field ANDed', '{ namespace: shop, labels: { tier: front }, kind: Pod, workload: web }', '{ namespace: pay, workload: [ledger, worker] }', ['shop/web[Pod] -> pay/ledger[Pod]', 'shop/web[Pod] -> pay/worker[Deployment]']],
    ['a workload field that matches no external range', '{ workload: web }', '{ namespace: shop }', ['shop/web[Pod] -> shop/api[Pod]']],
    ['any: true, externals included', '{ any: true }', '{ workload: web }', ['0.0.0.0/0 -> shop/web[Pod]', '::/0 -> shop/web[Pod]', 'pay/ledger[Pod] -> shop/web[Pod]', 'pay/worker[Deployment] -> shop/web[Pod]', 'shop/api[Pod] -> shop/web[Pod]']],
  ])('%s', (_what, from, to, expected) => {
    expect(pairs(from, to).sort()).toEqual([...expected].sort());
  });

  it('matches namespace labels of the side evaluated: a relabelled namespace makes a violation new', () => {
    const before = cluster.replace('labels: {"team":"b"}', 'labels: {"team":"c"}');
    const rule = forbid('{ namespaceLabels: { team: b } }', '{ workload: web }');
    const { diff, violations } = evaluate(before, cluster, rule);
    expect(rows(diff, violations)).toEqual(['r: pay/ledger[Pod] -> shop/web[Pod] : TCP 80 [new]', 'r: pay/worker[Deployment] -> shop/web[Pod] : TCP 80 [new]']);
  });

  it('matches pod labels of the side evaluated: a relabelled workload makes a violation new', () => {
    const before = cluster.replace('app: "web"\n      tier: "front"', 'app: "web"\n      tier: "edge"');
    const { diff, violations } = evaluate(before, cluster, forbid('{ labels: { tier: front } }', '{ workload: api }'));
    expect(rows(diff, violations)).toEqual(['r: shop/web[Pod] -> shop/api[Pod] : TCP 80 [new]']);
  });

  it('a workload added in head gives new violations', () => {
    const head = cluster + pod('shop', 'admin', { app: 'admin' });
    const { diff, violations } = evaluate(cluster, head, forbid('{ workload: admin }', '{ namespace: pay }'));
    expect(rows(diff, violations)).toEqual(['r: shop/admin[Pod] -> pay/ledger[Pod] : TCP 80 [new]', 'r: shop/admin[Pod] -> pay/worker[Deployment] : TCP 80 [new]']);
  });

  it('uses the labels of namespaces from the rules file (through analyzeDiff)', () => {
    const files = [{ path: 'k8s.yaml', text: pod('infra', 'dns', { app: 'dns' }) + pod('shop', 'web', { app: 'web' }) }];
    const text = 'namespaces:\n  infra: { labels: { team: platform } }\nrules:\n  forbid:\n    - name: r\n      from: { namespaceLabels: { team: platform } }\n      to: { namespace: shop }\n';
    const run = analyzeDiff({ base: files, head: files, rules: { path: 'f.yml', text }, options: { ...DEFAULT_OPTIONS, exposure: false }, failOn: 'any' });
    expect(violationPairs(run.violations).map((v) => `${run.diff.endpoints[v.from!]!.id} -> ${run.diff.endpoints[v.to!]!.id}`)).toEqual(['infra/dns[Pod] -> shop/web[Pod]']);
    // Issue 11: with exposure on, any pod of such a namespace, listed or not, breaks the rule too.
    const exposed = analyzeDiff({ base: files, head: files, rules: { path: 'f.yml', text }, options: DEFAULT_OPTIONS, failOn: 'any' });
    expect(violationPairs(exposed.violations).map((v) => `${exposed.diff.endpoints[v.from!]!.id} -> ${exposed.diff.endpoints[v.to!]!.id}`)).toEqual([
      '[namespace with team=platform]/[all pods] -> shop/[all pods]',
      '[namespace with team=platform]/[all pods] -> shop/web[Pod]',
      'infra/[all pods] -> shop/[all pods]',
      'infra/[all pods] -> shop/web[Pod]',
      'infra/dns[Pod] -> shop/[all pods]',
      'infra/dns[Pod] -> shop/web[Pod]',
    ]);
  });
});

describe('evaluateRules: external addresses', () => {
  const app = pod('pay', 'ledger', { app: 'ledger' }) + pod('shop', 'web', { app: 'web' });
  const egressTo = (cidr: string, except: string[] = []) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: egress, namespace: pay }
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
    - to: [{ ipBlock: { cidr: ${cidr}, except: ${JSON.stringify(except)} } }]
---
`;
  const noInternet = 'rules:\n  forbid:\n    - name: payments has no internet egress\n      from: { namespace: pay }\n      to: { cidr: [0.0.0.0/0, "::/0"] }\n';

  it('the rule CIDR cuts the external ranges, so a range is inside it or outside', () => {
    const config = rulesOf('rules:\n  forbid:\n    - name: r\n      from: { any: true }\n      to: { cidr: 203.0.113.0/24 }\n');
    expect(ruleBoundaries(config.rules).map(formatRange)).toEqual(['203.0.113.0/24']);
    const { diff, violations } = evaluate(app, app + egressTo('0.0.0.0/0', ['203.0.113.0/24']), 'rules:\n  forbid:\n    - name: r\n      from: { namespace: pay }\n      to: { cidr: 203.0.113.0/24 }\n');
    expect(diff.endpoints.map((e) => e.id)).toContain('203.0.113.0/24');
    // Base allowed everything; head excepts exactly the rule's range.
    expect(rows(diff, violations)).toEqual([]);
  });

  it('the diff keeps rule CIDRs as endpoints of their own, even inside a range policies treat alike', () => {
    const { diff, violations } = evaluate(app, app + egressTo('203.0.0.0/8'), 'rules:\n  forbid:\n    - name: r\n      from: { namespace: pay }\n      to: { cidr: 203.0.113.0/24 }\n');
    expect(violations).toHaveLength(1);
    expect(diff.endpoints[violations[0]!.targets[0]!]!.id).toBe('203.0.113.0/24');
    expect(diff.endpoints.map((e) => e.id)).toEqual(expect.arrayContaining(['203.0.0.0-203.0.112.255', '203.0.113.0/24', '203.0.114.0-203.255.255.255']));
    expect(violations.map((v) => v.message)).toEqual(['pay/ledger[Pod] can reach 203.0.113.0/24 on any port, which rule "r" forbids']);
  });

  it('an egress policy that still reaches part of the internet breaks "no internet egress"', () => {
    const { diff, violations } = evaluate(app + egressTo('10.0.0.0/8'), app + egressTo('10.0.0.0/8'), noInternet);
    expect(rows(diff, violations)).toEqual(['payments has no internet egress: pay/ledger[Pod] -> 10.0.0.0/8 : all']);
    const wider = evaluate(app + egressTo('10.0.0.0/8'), app + egressTo('10.0.0.0/7'), noInternet);
    expect(rows(wider.diff, wider.violations)).toEqual([
      'payments has no internet egress: pay/ledger[Pod] -> 10.0.0.0/8 : all',
      'payments has no internet egress: pay/ledger[Pod] -> 11.0.0.0/8 : all [new]',
    ]);
  });

  it('a workload selector never matches an external range and pairs of externals are no flows', () => {
    const { violations } = evaluate(app, app, 'rules:\n  forbid:\n    - name: r\n      from: { cidr: 0.0.0.0/0 }\n      to: { any: true }\n');
    const { diff } = evaluate(app, app, noInternet);
    expect(violationPairs(violations).every((v) => diff.endpoints[v.to!]!.kind !== 'External')).toBe(true);
    expect(violationPairs(violations)).toHaveLength(2);
  });
});

describe('evaluateRules: require rules that apply to nothing', () => {
  const app = pod('prod', 'api', { app: 'api' }) + pod('prod', 'db', { app: 'db' });
  const require = (from: string, to: string) => `rules:\n  require:\n    - name: r\n      from: ${from}\n      to: ${to}\n      ports: [TCP/80]\n`;

  it('names the end that matches nothing, and is not new when base matched nothing either', () => {
    const { violations } = evaluate(app, app, require('{ workload: apy }', '{ workload: db }'));
    expect(violations).toMatchObject([{ sources: [], targets: [], pairs: 0, isNew: false }]);
    expect(violations[0]!.message).toContain('its from (workload apy) matches nothing after the change');
  });

  it('says so when both ends match nothing', () => {
    const { violations } = evaluate(app, app, require('{ namespace: nope }', '{ labels: { app: nope } }'));
    expect(violations[0]!.message).toContain('its from (namespace nope) and its to (labels app=nope) match nothing');
  });

  it('a rule whose ends only meet on one endpoint applies to no pair', () => {
    const { violations } = evaluate(app, app, require('{ workload: db }', '{ workload: db }'));
    expect(violations).toMatchObject([{ sources: [], targets: [], pairs: 0, isNew: false }]);
    expect(violations[0]!.message).toContain('no pair of distinct endpoints');
  });

  it('a removed workload makes it new', () => {
    const { violations } = evaluate(app, pod('prod', 'api', { app: 'api' }), require('{ workload: api }', '{ workload: db }'));
    expect(violations).toMatchObject([{ sources: [], targets: [], pairs: 0, isNew: true }]);
  });
});

describe('evaluateRules: output', () => {
  it('is sorted by rule (file order), then source, then destination, and the same on every run', () => {
    const app = ['c', 'a', 'b'].map((n) => pod('prod', n, { app: n })).join('');
    const text = 'rules:\n  forbid:\n    - name: first\n      from: { namespace: prod }\n      to: { namespace: prod }\n  require:\n    - name: second\n      from: { workload: nobody }\n      to: { any: true }\n';
    const { diff, violations } = evaluate(app, app, text);
    expect(rows(diff, violations)).toEqual([
      'first: prod/a[Pod] -> prod/b[Pod] : all',
      'first: prod/a[Pod] -> prod/c[Pod] : all',
      'first: prod/b[Pod] -> prod/a[Pod] : all',
      'first: prod/b[Pod] -> prod/c[Pod] : all',
      'first: prod/c[Pod] -> prod/a[Pod] : all',
      'first: prod/c[Pod] -> prod/b[Pod] : all',
      'second: (none) -> (none) : all',
    ]);
    expect(evaluateRules(rulesOf(text).rules, diff)).toEqual(violations);
  });
});
