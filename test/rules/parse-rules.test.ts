import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseRulesFile } from '../../src/rules/parse-rules';
import { formatConns } from '../../src/model/conns';
import { formatSelector } from '../../src/model/label-selector';
import type { EndpointSelector } from '../../src/rules/types';
import { rulesOf } from './rules-of';

/** A compact, comparable form of a selector. */
function sel(s: EndpointSelector): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (s.any) out.any = true;
  if (s.namespaces) out.namespaces = s.namespaces;
  if (s.namespaceLabels) out.namespaceLabels = formatSelector(s.namespaceLabels);
  if (s.workloads) out.workloads = s.workloads;
  if (s.kinds) out.kinds = s.kinds;
  if (s.labels) out.labels = formatSelector(s.labels);
  if (s.cidrs) out.cidrs = s.cidrs.map((c) => c.text);
  return out;
}

const oneRule = (from: string, to = '{ any: true }', ports = '') => `rules:\n  forbid:\n    - name: r\n      from: ${from}\n      to: ${to}\n${ports ? `      ports: ${ports}\n` : ''}`;

describe('parseRulesFile: valid forms', () => {
  it('reads the example of PRODUCT.md part 3', () => {
    const text = `defaultNamespace: default          # namespace for objects without one
namespaces:                        # labels of namespaces that are not defined in the repo
  kube-system: { labels: { team: platform } }
rules:
  forbid:
    - name: web never talks to the database directly
      from: { namespace: prod, labels: { app: web } }
      to:   { namespace: prod, labels: { role: db } }
      ports: [TCP/3306]            # optional; absent = any port
    - name: payments has no internet egress
      from: { namespace: payments }
      to:   { cidr: 0.0.0.0/0 }
  require:
    - name: api reaches the database
      from: { namespace: prod, workload: api }
      to:   { namespace: prod, workload: db }
      ports: [TCP/3306]
`;
    const r = parseRulesFile('.github/flowgate.yml', text);
    expect(r.diagnostics).toEqual([]);
    const c = r.config!;
    expect(c.defaultNamespace).toBe('default');
    expect(c.namespaces).toEqual({ 'kube-system': { labels: { team: 'platform' } } });
    expect(c.rules.map((x) => [x.kind, x.name, x.source.line, sel(x.from), sel(x.to), x.ports && formatConns(x.ports)])).toEqual([
      ['forbid', 'web never talks to the database directly', 6, { namespaces: ['prod'], labels: 'app=web' }, { namespaces: ['prod'], labels: 'role=db' }, 'TCP 3306'],
      ['forbid', 'payments has no internet egress', 10, { namespaces: ['payments'] }, { cidrs: ['0.0.0.0/0'] }, null],
      ['require', 'api reaches the database', 14, { namespaces: ['prod'], workloads: ['api'] }, { namespaces: ['prod'], workloads: ['db'] }, 'TCP 3306'],
    ]);
    expect(c.rules[0]!.source.file).toBe('.github/flowgate.yml');
  });

  it('reads the three-tier example file', () => {
    const r = parseRulesFile('examples/three-tier/flowgate.yml', readFileSync('examples/three-tier/flowgate.yml', 'utf8'));
    expect(r.diagnostics).toEqual([]);
    expect(r.config!.rules.map((x) => `${x.kind}:${x.name}`)).toEqual(['forbid:web never talks to the database directly', 'require:api reaches the database']);
  });

  it.each([
    ['namespace as a name', '{ namespace: prod }', { namespaces: ['prod'] }],
    ['namespace as a list (sorted, deduplicated)', '{ namespace: [shop, prod, shop] }', { namespaces: ['prod', 'shop'] }],
    ['namespaceLabels as a plain map', '{ namespaceLabels: { team: a } }', { namespaceLabels: 'team=a' }],
    ['namespaceLabels with matchExpressions', '{ namespaceLabels: { matchExpressions: [{ key: env, operator: In, values: [prod, stage] }] } }', { namespaceLabels: 'env in (prod,stage)' }],
    ['workload as a name', '{ workload: api }', { workloads: ['api'] }],
    ['workload as a list', '{ workload: [worker, api] }', { workloads: ['api', 'worker'] }],
    ['kind', '{ kind: Deployment }', { kinds: ['Deployment'] }],
    ['kinds as a list', '{ kind: [StatefulSet, CronJob] }', { kinds: ['CronJob', 'StatefulSet'] }],
    ['labels as a plain map', '{ labels: { app: web, tier: front } }', { labels: 'app=web, tier=front' }],
    ['labels with matchLabels only', '{ labels: { matchLabels: { app: web } } }', { labels: 'app=web' }],
    [
      'labels with matchLabels and matchExpressions',
      '{ labels: { matchLabels: { app: web }, matchExpressions: [{ key: debug, operator: DoesNotExist }, { key: env, operator: NotIn, values: [dev] }] } }',
      { labels: 'app=web, !debug, env notin (dev)' },
    ],
    ['a prefixed label key', '{ labels: { app.kubernetes.io/name: web } }', { labels: 'app.kubernetes.io/name=web' }],
    ['cidr as a string', '{ cidr: 10.0.0.0/8 }', { cidrs: ['10.0.0.0/8'] }],
    ['cidr as a list, IPv4 and IPv6', '{ cidr: [0.0.0.0/0, "::/0", 2001:db8::/32] }', { cidrs: ['0.0.0.0/0', '::/0', '2001:db8::/32'] }],
    ['any: true', '{ any: true }', { any: true }],
    ['every workload field at once', '{ namespace: prod, namespaceLabels: { team: a }, workload: api, kind: Pod, labels: { app: api } }', { namespaces: ['prod'], namespaceLabels: 'team=a', workloads: ['api'], kinds: ['Pod'], labels: 'app=api' }],
  ])('selector: %s', (_what, from, expected) => {
    const c = rulesOf(oneRule(from));
    expect(sel(c.rules[0]!.from)).toEqual(expected);
  });

  it.each([
    ['[TCP/3306]', 'TCP 3306'],
    ['[tcp/3306]', 'TCP 3306'],
    ['[Udp/53]', 'UDP 53'],
    ['[TCP/8000-8100]', 'TCP 8000-8100'],
    ['[SCTP/9000]', 'SCTP 9000'],
    ['[UDP]', 'UDP all'],
    ['[TCP/80, TCP/443, UDP/53, TCP/81]', 'TCP 80-81,443, UDP 53'],
    ['[TCP/1-65535, UDP, SCTP]', 'all'],
  ])('ports %s', (ports, expected) => {
    const c = rulesOf(oneRule('{ any: true }', '{ any: true }', ports));
    expect(formatConns(c.rules[0]!.ports!)).toBe(expected);
  });

  it('leaves ports null when absent (any port)', () => {
    expect(rulesOf(oneRule('{ any: true }')).rules[0]!.ports).toBeNull();
  });

  it('keeps rules in file order, whichever list comes first', () => {
    const c = rulesOf(`rules:
  require:
    - { name: b, from: { workload: a }, to: { workload: b } }
  forbid:
    - { name: a, from: { workload: a }, to: { workload: c } }
`);
    expect(c.rules.map((r) => `${r.kind}:${r.name}:${r.source.line}`)).toEqual(['require:b:3', 'forbid:a:5']);
  });

  it('accepts empty lists written as nothing, with a warning that nothing is gated', () => {
    const r = parseRulesFile('f.yml', 'rules:\n  forbid:\n  require:\n');
    expect(r.config!.rules).toEqual([]);
    expect(r.diagnostics).toEqual([{ severity: 'warning', code: 'rules-none', file: 'f.yml', line: 2, message: expect.stringContaining('nothing is gated') }]);
  });

  it('reads namespace labels for namespaces without a manifest', () => {
    const c = rulesOf('namespaces:\n  kube-system: { labels: { team: platform } }\n  monitoring: {}\nrules:\n  forbid: [{ name: r, from: { any: true }, to: { any: true } }]\n');
    expect(c.namespaces).toEqual({ 'kube-system': { labels: { team: 'platform' } }, monitoring: { labels: {} } });
  });

  it('tells a warning at the value (a CIDR on the line below its key)', () => {
    const r = parseRulesFile('f.yml', oneRule('{ any: true }', '\n        cidr:\n          10.1.2.3/8'));
    expect(r.diagnostics.map((d) => `${d.severity} ${d.code} ${d.line} ${d.message}`)).toEqual(['warning rules-noncanonical-cidr 7 rules.forbid[0].to.cidr: "10.1.2.3/8" is read as 10.0.0.0/8']);
  });

  it('warns about a CIDR with host bits set and reads it as its network (A-7)', () => {
    const r = parseRulesFile('f.yml', oneRule('{ any: true }', '{ cidr: 10.1.2.3/8 }'));
    expect(r.config!.rules[0]!.to.cidrs!.map((c) => c.text)).toEqual(['10.0.0.0/8']);
    expect(r.diagnostics).toEqual([{ severity: 'warning', code: 'rules-noncanonical-cidr', file: 'f.yml', line: 5, message: expect.stringContaining('read as 10.0.0.0/8') }]);
  });
});

describe('parseRulesFile: every error names file and line', () => {
  const rule = (body: string) => `rules:\n  forbid:\n    - name: r\n${body}`;
  // [what, text, code, line, part of the message]
  it.each([
    ['an empty file', '', 'rules-empty', 1, 'empty'],
    ['a file of comments', '# nothing yet\n\n', 'rules-empty', 1, 'empty'],
    ['a list at the top', '- a\n- b\n', 'rules-not-mapping', 1, 'must be a mapping'],
    ['a scalar at the top', 'forbid everything\n', 'rules-not-mapping', 1, 'must be a mapping'],
    ['a YAML syntax error (told where the bracket opens)', 'rules:\n  forbid: [\n', 'rules-yaml-syntax', 2, 'YAML syntax error'],
    ['a duplicate key', 'rules: {}\nrules: {}\n', 'rules-yaml-syntax', 2, 'duplicate key "rules"'],
    ['two documents', 'rules: {}\n---\nrules: {}\n', 'rules-yaml-syntax', 3, 'more than one YAML document'],
    ['absurd flow nesting', `rules:\n  forbid: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, 'rules-too-deep', 2, 'more than 64 levels deep'],
    ['absurd block nesting', `rules:\n  forbid:\n    ${'- '.repeat(5000)}x\n`, 'rules-too-deep', 3, 'more than 64 levels deep'],
    ['a huge file', `# ${'x'.repeat(1024 * 1024)}\nrules: {}\n`, 'rules-too-large', 1, 'more than 1048576 characters'],
    ['an unknown top-level key', 'defaultNamespace: x\nrule:\n  forbid: []\n', 'rules-unknown-key', 2, 'unknown key "rule" (did you mean "rules"?)'],
    ['an unknown key in rules', 'rules:\n  allow: []\n', 'rules-unknown-key', 2, 'unknown key "allow"'],
    ['rules as a list', 'rules:\n  - name: r\n', 'rules-wrong-type', 2, 'rules must be a mapping, not a list'],
    ['forbid as a mapping', 'rules:\n  forbid:\n    name: r\n', 'rules-wrong-type', 3, 'rules.forbid must be a list, not a mapping'],
    ['a rule that is not a mapping', 'rules:\n  forbid:\n    - web to db\n', 'rules-wrong-type', 3, 'rules.forbid[0] must be a mapping'],
    ['an empty rule (a lone -)', 'rules:\n  forbid:\n    - { name: a, from: { any: true }, to: { any: true } }\n    -\n', 'rules-wrong-type', 4, 'rules.forbid[1] must be a mapping, not nothing'],
    ['a rule without from', 'rules:\n  forbid:\n    - name: r\n      to: { any: true }\n', 'rules-missing-key', 3, 'rules.forbid[0] needs "from"'],
    ['a rule without a name', 'rules:\n  require:\n    - from: { any: true }\n      to: { any: true }\n', 'rules-missing-key', 3, 'needs "name"'],
    ['a name that is not a string', rule('      from: { any: true }\n      to: { any: true }\n').replace('name: r', 'name: 42'), 'rules-wrong-type', 3, 'name must be a string, not the number 42'],
    ['an empty name', rule('      from: { any: true }\n      to: { any: true }\n').replace('name: r', 'name: ""'), 'rules-invalid-value', 3, 'name'],
    ['an unknown key in a rule', rule('      from: { any: true }\n      to: { any: true }\n      port: [TCP/80]\n'), 'rules-unknown-key', 6, 'unknown key "port" (did you mean "ports"?)'],
    ['an unknown selector field', rule('      from: { any: true }\n      to: { pod: db }\n'), 'rules-unknown-key', 5, 'rules.forbid[0].to: unknown key "pod"'],
    ['an empty selector', rule('      from: {}\n      to: { any: true }\n'), 'rules-empty-selector', 4, 'write "any: true"'],
    ['any: false', rule('      from: { any: false }\n      to: { any: true }\n'), 'rules-invalid-value', 4, 'any must be true'],
    ['any with another field', rule('      from: { any: true, namespace: prod }\n      to: { any: true }\n'), 'rules-selector-conflict', 4, 'cannot be combined with namespace'],
    ['cidr with workload fields', rule('      from: { any: true }\n      to:\n        cidr: 10.0.0.0/8\n        labels: { app: db }\n'), 'rules-selector-conflict', 6, '"cidr" selects external addresses'],
    ['an invalid namespace name', rule('      from: { namespace: Prod }\n      to: { any: true }\n'), 'rules-invalid-value', 4, '"Prod" is not a namespace name'],
    ['an invalid namespace in a list', rule('      from:\n        namespace:\n          - prod\n          - my_ns\n      to: { any: true }\n'), 'rules-invalid-value', 7, 'namespace[1]'],
    ['an empty namespace list', rule('      from: { namespace: [] }\n      to: { any: true }\n'), 'rules-invalid-value', 4, 'empty list'],
    ['a namespace that is a number', rule('      from: { namespace: 5 }\n      to: { any: true }\n'), 'rules-wrong-type', 4, 'must be a string or a list'],
    ['an unknown kind', rule('      from: { kind: Deploy }\n      to: { any: true }\n'), 'rules-invalid-value', 4, 'is not a workload kind'],
    ['an invalid workload name', rule('      from: { workload: Web_1 }\n      to: { any: true }\n'), 'rules-invalid-value', 4, 'is not a workload name'],
    ['a bad port syntax', rule('      from: { any: true }\n      to: { any: true }\n      ports: [HTTP/80]\n'), 'rules-invalid-port', 6, '"HTTP/80" is not a port'],
    ['a port without a protocol', rule('      from: { any: true }\n      to: { any: true }\n      ports:\n        - TCP/80\n        - 3306\n'), 'rules-wrong-type', 8, 'ports[1] must be a string, not the number 3306'],
    ['a port out of range', rule('      from: { any: true }\n      to: { any: true }\n      ports: [UDP/70000]\n'), 'rules-invalid-port', 6, 'port 70000 is out of range'],
    ['port 0', rule('      from: { any: true }\n      to: { any: true }\n      ports: [TCP/0]\n'), 'rules-invalid-port', 6, 'port 0 is out of range'],
    ['a reversed range', rule('      from: { any: true }\n      to: { any: true }\n      ports: [TCP/8100-8000]\n'), 'rules-invalid-port', 6, 'ends (8000) before it starts (8100)'],
    ['an empty port list', rule('      from: { any: true }\n      to: { any: true }\n      ports: []\n'), 'rules-invalid-value', 6, 'leave ports out to mean any port'],
    ['ports as a string', rule('      from: { any: true }\n      to: { any: true }\n      ports: TCP/80\n'), 'rules-wrong-type', 6, 'ports must be a list'],
    ['a CIDR without a prefix', rule('      from: { any: true }\n      to: { cidr: 10.0.0.0 }\n'), 'rules-invalid-cidr', 5, 'is not a CIDR'],
    ['a CIDR with a bad address', rule('      from: { any: true }\n      to: { cidr: [10.0.0.0/8, 300.1.0.0/16] }\n'), 'rules-invalid-cidr', 5, 'not a valid IPv4 address'],
    ['a CIDR with a long prefix', rule('      from: { any: true }\n      to:\n        cidr:\n          - 10.0.0.0/33\n'), 'rules-invalid-cidr', 7, 'prefix length 33'],
    ['an invalid label key', rule('      from: { labels: { "-app": web } }\n      to: { any: true }\n'), 'rules-invalid-label', 4, 'label key "-app" is invalid'],
    ['an invalid label value', rule('      from:\n        labels:\n          app: "web server"\n      to: { any: true }\n'), 'rules-invalid-label', 6, 'invalid value "web server"'],
    ['a label value that is a number', rule('      from:\n        labels:\n          tier: 1\n      to: { any: true }\n'), 'rules-wrong-type', 6, 'quote it in YAML'],
    ['an unknown key beside matchLabels', rule('      from:\n        labels:\n          matchLabels: { app: web }\n          app: web\n      to: { any: true }\n'), 'rules-unknown-key', 7, 'unknown key "app"'],
    ['a bad operator', rule('      from:\n        labels:\n          matchExpressions:\n            - key: app\n              operator: in\n              values: [web]\n      to: { any: true }\n'), 'rules-invalid-value', 8, 'is not a selector operator'],
    ['In without values', rule('      from:\n        namespaceLabels:\n          matchExpressions:\n            - key: env\n              operator: In\n      to: { any: true }\n'), 'rules-invalid-selector', 7, 'operator In needs at least one value'],
    ['Exists with values', rule('      from:\n        labels:\n          matchExpressions:\n            - key: env\n              operator: Exists\n              values: [x]\n      to: { any: true }\n'), 'rules-invalid-selector', 9, 'operator Exists takes no values'],
    ['an invalid expression key', rule('      from:\n        labels:\n          matchExpressions:\n            - { key: "a/b/c", operator: Exists }\n      to: { any: true }\n'), 'rules-invalid-selector', 7, 'label key "a/b/c" is invalid'],
    ['an expression without operator', rule('      from:\n        labels:\n          matchExpressions:\n            - { key: env }\n      to: { any: true }\n'), 'rules-missing-key', 7, 'needs "operator"'],
    ['NotIn without values', rule('      from:\n        labels:\n          matchExpressions:\n            - { key: env, operator: NotIn }\n      to: { any: true }\n'), 'rules-invalid-selector', 7, 'operator NotIn needs at least one value'],
    ['DoesNotExist with values', rule('      from:\n        labels:\n          matchExpressions:\n            - { key: env, operator: DoesNotExist, values: [x] }\n      to: { any: true }\n'), 'rules-invalid-selector', 7, 'operator DoesNotExist takes no values'],
    ['an invalid value in an expression', rule('      from:\n        labels:\n          matchExpressions:\n            - { key: env, operator: In, values: [ok, "a b"] }\n      to: { any: true }\n'), 'rules-invalid-selector', 7, 'values: value "a b" is invalid: a label value is at most 63 characters'],
    ['an invalid expression key below its operator (told at the key)', rule('      from:\n        labels:\n          matchExpressions:\n            - operator: Exists\n              key: "a/b/c"\n      to: { any: true }\n'), 'rules-invalid-selector', 8, 'matchExpressions[0].key: label key "a/b/c" is invalid'],
    ['In with an empty list of values below its key (told at the values)', rule('      from:\n        labels:\n          matchExpressions:\n            - key: env\n              operator: In\n              values: []\n      to: { any: true }\n'), 'rules-invalid-selector', 9, 'matchExpressions[0].values: operator In needs at least one value'],
    ['a bad CIDR second in a list, on its own line', rule('      from: { any: true }\n      to:\n        cidr:\n          - 10.0.0.0/8\n          - 10.300.0.0/16\n'), 'rules-invalid-cidr', 8, 'cidr[1]: "10.300.0.0/16"'],
    ['an invalid namespace label key', rule('      from:\n        namespaceLabels:\n          "a/b/c": x\n      to: { any: true }\n'), 'rules-invalid-label', 6, 'namespaceLabels."a/b/c": label key "a/b/c" is invalid: a label key has at most one "/"'],
    ['any with two other fields', rule('      from: { any: true, cidr: 10.0.0.0/8, workload: x }\n      to: { any: true }\n'), 'rules-selector-conflict', 4, 'rules.forbid[0].from: "any: true" selects every endpoint and cannot be combined with cidr, workload'],
    ['cidr with two workload fields', rule('      from: { any: true }\n      to: { cidr: 1.2.3.4/32, namespace: x, kind: Pod }\n'), 'rules-selector-conflict', 5, 'rules.forbid[0].to: "cidr" selects external addresses, which have no namespace, kind; such a selector would match nothing (write two rules instead)'],
    ['an unknown kind in a list', rule('      from: { kind: [Pod, Deploy] }\n      to: { any: true }\n'), 'rules-invalid-value', 4, 'kind[1]: the string "Deploy" is not a workload kind'],
    ['a bad namespace name whose entry is on the lines below (told at the key)', 'namespaces:\n  kube_system:\n    labels: {}\nrules: { forbid: [] }\n', 'rules-invalid-value', 2, '"kube_system" is not a namespace name'],
    ['an unknown key whose value is on the lines below (told at the key)', 'rules:\n  allow:\n    - x\n', 'rules-unknown-key', 2, 'rules: unknown key "allow"'],
    ['an invalid label key whose value is on the next line (told at the key)', rule('      from:\n        labels:\n          "-app":\n            web\n      to: { any: true }\n'), 'rules-invalid-label', 6, 'label key "-app" is invalid'],
    ['a bad port on its own line', rule('      from: { any: true }\n      to: { any: true }\n      ports:\n        - TCP/0\n'), 'rules-invalid-port', 7, 'rules.forbid[0].ports[0]: "TCP/0": port 0 is out of range'],
    ['an invalid defaultNamespace', 'defaultNamespace: My-NS\nrules: { forbid: [] }\n', 'rules-invalid-value', 1, 'is not a namespace name'],
    ['an invalid namespace name in namespaces', 'namespaces:\n  kube_system: { labels: {} }\nrules: { forbid: [] }\n', 'rules-invalid-value', 2, '"kube_system" is not a namespace name'],
    ['an unknown key in a namespace entry', 'namespaces:\n  kube-system:\n    label: { team: a }\nrules: { forbid: [] }\n', 'rules-unknown-key', 3, 'unknown key "label" (did you mean "labels"?)'],
    ['an invalid namespace label', 'namespaces:\n  kube-system:\n    labels:\n      team: "a b"\nrules: { forbid: [] }\n', 'rules-invalid-label', 4, 'invalid value "a b"'],
  ])('%s', (_what, text, code, line, message) => {
    const r = parseRulesFile('.github/flowgate.yml', text);
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toContainEqual({ severity: 'error', code, file: '.github/flowgate.yml', line, message: expect.stringContaining(message) });
    // Each mistake is told once.
    expect(errors.filter((d) => d.line === line && d.code === code)).toHaveLength(1);
  });

  it('reports a duplicate rule name at the second use, across forbid and require', () => {
    const r = parseRulesFile(
      'f.yml',
      `rules:
  forbid:
    - name: db is private
      from: { any: true }
      to: { workload: db }
  require:
    - name: db is private
      from: { workload: api }
      to: { workload: db }
`,
    );
    expect(r.diagnostics).toEqual([
      { severity: 'error', code: 'rules-duplicate-name', file: 'f.yml', line: 7, message: expect.stringContaining('is used twice (first at f.yml:3)') },
    ]);
    expect(r.config!.rules.map((x) => x.kind)).toEqual(['forbid']);
  });

  it('a duplicate name is told at the name, when the rule starts on another line', () => {
    const r = parseRulesFile('f.yml', 'rules:\n  forbid:\n    - name: x\n      from: { any: true }\n      to: { any: true }\n    - from: { any: true }\n      to: { any: true }\n      name: x\n');
    expect(r.diagnostics).toEqual([
      { severity: 'error', code: 'rules-duplicate-name', file: 'f.yml', line: 8, message: 'rules.forbid[1].name: rule name "x" is used twice (first at f.yml:3); names must be unique so that a violation names one rule' },
    ]);
  });

  it('two rules without a name: each is told once, with no duplicate name', () => {
    const r = parseRulesFile('f.yml', 'rules:\n  forbid:\n    - { from: { any: true }, to: { any: true } }\n    - { from: { any: true }, to: { any: true } }\n');
    expect(r.diagnostics.map((d) => `${d.code} ${d.line} ${d.message}`)).toEqual(['rules-missing-key 3 rules.forbid[0] needs "name"', 'rules-missing-key 4 rules.forbid[1] needs "name"']);
    expect(r.config!.rules).toEqual([]);
  });

  it('keeps the valid rules and drops only the invalid one, whose errors still count', () => {
    const r = parseRulesFile(
      'f.yml',
      `rules:
  forbid:
    - name: good
      from: { namespace: prod }
      to: { cidr: 0.0.0.0/0 }
    - name: bad
      from: { namespace: prod }
      to: { cidr: 0.0.0.0/0 }
      prots: [TCP/80]
`,
    );
    expect(r.config!.rules.map((x) => x.name)).toEqual(['good']);
    expect(r.diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}`)).toEqual(['error rules-unknown-key 9']);
  });

  it('reports every error, in line order', () => {
    const r = parseRulesFile(
      'f.yml',
      `defaultNamespace: Default
rules:
  forbid:
    - name: a
      from: {}
      to: { cidr: 1.2.3.4 }
      ports: [tcp/0]
`,
    );
    expect(r.diagnostics.map((d) => `${d.line} ${d.code}`)).toEqual(['1 rules-invalid-value', '5 rules-empty-selector', '6 rules-invalid-cidr', '7 rules-invalid-port']);
    expect(r.config!.rules).toEqual([]);
    expect(r.config!.defaultNamespace).toBeUndefined();
  });

  it('stays bounded on an alias bomb', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`);
    const r = parseRulesFile('f.yml', `${bomb.join('\n')}\n`);
    expect(r.config).toBeNull();
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', code: 'rules-yaml-syntax', file: 'f.yml' });
  });
});
