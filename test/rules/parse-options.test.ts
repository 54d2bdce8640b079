import { describe, expect, it } from 'vitest';
import { formatRange } from '../../src/model/cidr';
import { parseRulesFile } from '../../src/rules/parse-rules';

/*
 * Issue 18: the rules file's options besides rules (README "Rules file": podCidrs, notAnalysed,
 * exposure, environments) and the reading of the file as a whole, on parseRulesFile alone.
 */

const RULE = 'rules:\n  forbid:\n    - { name: r, from: { any: true }, to: { any: true } }\n';
const parse = (text: string) => parseRulesFile('f.yml', text);
const codes = (text: string) => parse(text).diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}`);

describe('options', () => {
  it('podCidrs: a list read as ranges (A-22); a string or an invalid CIDR is an error and leaves them out', () => {
    expect(parse(`podCidrs: [10.244.0.0/16, "fd00::/48"]\n${RULE}`).config!.podCidrs!.map((c) => [c.text, formatRange(c.range)])).toEqual([
      ['10.244.0.0/16', '10.244.0.0/16'],
      ['fd00::/48', 'fd00::/48'],
    ]);
    const text = parse(`podCidrs: 10.244.0.0/16\n${RULE}`);
    expect([text.config!.podCidrs, text.diagnostics.map((d) => `${d.code} ${d.line}`)]).toEqual([undefined, ['rules-wrong-type 1']]);
    const bad = parse(`podCidrs: [10.244.0.0/16, 10.300.0.0/16]\n${RULE}`);
    expect(bad.config!.podCidrs).toBeUndefined();
    expect(bad.diagnostics.map((d) => `${d.code} ${d.line}`)).toEqual(['rules-invalid-cidr 1']);
    expect(parse(RULE).config!.podCidrs).toBeUndefined();
    expect(parse(`podCidrs:\n${RULE}`).config!.podCidrs).toBeUndefined();
    // An empty list names no pod CIDR: as if absent.
    expect([parse(`podCidrs: []\n${RULE}`).config!.podCidrs, parse(`podCidrs: []\n${RULE}`).diagnostics]).toEqual([undefined, []]);
  });

  it.each([
    ['notAnalysed: warn', { notAnalysed: 'warn' }],
    ['notAnalysed: fail', { notAnalysed: 'fail' }],
    ['exposure: false', { exposure: false }],
    ['exposure: true', { exposure: true }],
    ['defaultNamespace: shop', { defaultNamespace: 'shop' }],
  ])('%s', (line, expected) => {
    const r = parse(`${line}\n${RULE}`);
    expect(r.diagnostics).toEqual([]);
    expect(r.config).toMatchObject(expected);
  });

  it('absent options stay absent', () => {
    const c = parse(RULE).config!;
    expect([c.notAnalysed, c.exposure, c.defaultNamespace, c.podCidrs, c.environments]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    // Not even as keys: the config holds what the file says.
    expect(Object.keys(c).sort()).toEqual(['namespaces', 'rules']);
  });

  it('valid options are kept beside an error elsewhere (in a rule)', () => {
    const r = parse('defaultNamespace: shop\nnotAnalysed: fail\nexposure: false\npodCidrs: [10.244.0.0/16]\nnamespaces:\n  kube-system: { labels: { team: platform } }\nrules:\n  forbid:\n    - { name: r, from: { namespace: Prod }, to: { any: true } }\n');
    expect(r.diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}`)).toEqual(['error rules-invalid-value 9']);
    const c = r.config!;
    expect([c.defaultNamespace, c.notAnalysed, c.exposure, c.podCidrs!.map((x) => x.text), c.namespaces, c.rules]).toEqual(['shop', 'fail', false, ['10.244.0.0/16'], { 'kube-system': { labels: { team: 'platform' } } }, []]);
  });

  it('namespaces: an entry with an error is left out, the others are kept', () => {
    const r = parse(`namespaces:\n  a: { labels: { "-x": web } }\n  b: { labels: { team: x } }\n  c: { label: { team: x } }\n  d:\n  e: {}\n${RULE}`);
    expect(r.diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}`)).toEqual(['error rules-invalid-label 2', 'error rules-unknown-key 4', 'error rules-wrong-type 5']);
    // e has no labels: known by name only (A-19 gives it kubernetes.io/metadata.name).
    expect(r.config!.namespaces).toEqual({ b: { labels: { team: 'x' } }, e: { labels: {} } });
  });

  it.each([
    ['notAnalysed: never', 'notAnalysed', 1],
    ['exposure: "no"', 'exposure', 1],
    ['defaultNamespace: 5', 'defaultNamespace', 1],
  ])('an invalid %s is an error and is left out', (line, key) => {
    const r = parse(`${line}\n${RULE}`);
    expect(r.diagnostics.map((d) => `${d.severity} ${d.line}`)).toEqual(['error 1']);
    expect(r.config![key as 'exposure']).toBeUndefined();
  });
});

describe('environments (issue 13)', () => {
  const ENVS = 'environments:\n  - name: prod\n    manifests: ["k8s/**/*.yaml"]\n  - name: staging\n    manifests: ["k8s/**/*.yaml"]\n';

  it('rules limited to environments keep their list', () => {
    const r = parse(`${ENVS}rules:\n  forbid:\n    - { name: r, environments: [prod], from: { any: true }, to: { any: true } }\n    - { name: s, from: { any: true }, to: { any: true } }\n`);
    expect(r.diagnostics).toEqual([]);
    expect(r.config!.environments!.map((e) => e.name)).toEqual(['prod', 'staging']);
    expect(r.config!.rules.map((x) => [x.name, x.environments])).toEqual([
      ['r', ['prod']],
      ['s', undefined],
    ]);
  });

  it('a rule that names an environment the file does not define is an error on the rule', () => {
    const one = parse(`${ENVS}rules:\n  forbid:\n    - { name: r, environments: [prod, dev], from: { any: true }, to: { any: true } }\n`);
    expect(one.diagnostics).toEqual([
      { severity: 'error', code: 'rules-unknown-environment', file: 'f.yml', line: 8, message: 'rule "r" names environment "dev" that environments: does not define (defined: prod, staging)' },
    ]);
    const two = parse(`${ENVS}rules:\n  forbid:\n    - { name: r, environments: [qa, dev], from: { any: true }, to: { any: true } }\n`);
    expect(two.diagnostics.map((d) => d.message)).toEqual(['rule "r" names environments "qa", "dev" that environments: does not define (defined: prod, staging)']);
  });

  it('without environments:, a rule may name any (they are detected)', () => {
    expect(parse('rules:\n  forbid:\n    - { name: r, environments: [dev], from: { any: true }, to: { any: true } }\n').diagnostics).toEqual([]);
  });
});

describe('the file as a whole', () => {
  it('a byte order mark is not part of the text', () => {
    const r = parse(`\ufeff${RULE}`);
    expect(r.diagnostics).toEqual([]);
    expect(r.config!.rules.map((x) => [x.name, x.source.line])).toEqual([['r', 3]]);
  });

  it('exactly the size limit is read; one character more is refused', () => {
    const pad = (n: number) => `${RULE}#${'x'.repeat(n - RULE.length - 2)}\n`;
    expect(pad(1024 * 1024).length).toBe(1024 * 1024);
    expect(parse(pad(1024 * 1024)).diagnostics).toEqual([]);
    expect(codes(pad(1024 * 1024 + 1))).toEqual(['error rules-too-large 1']);
    // A byte order mark is not part of the text, so not of its size either.
    expect(parse(`\ufeff${pad(1024 * 1024)}`).diagnostics).toEqual([]);
  });

  it('more YAML errors than the reader takes: too large, not a syntax error', () => {
    expect(parse(']\n'.repeat(250)).diagnostics).toEqual([
      { severity: 'error', code: 'rules-too-large', file: 'f.yml', line: 1, message: 'the file holds more than 200 YAML errors (the limit is passed on line 201); it is not read' },
    ]);
  });

  it('a stream of two JSON objects is two documents (the reader only warns about such a stream)', () => {
    expect(parse('{"rules": {}}\n{"rules": {}}\n').diagnostics).toEqual([
      { severity: 'error', code: 'rules-yaml-syntax', file: 'f.yml', line: 2, message: 'the rules file holds more than one YAML document (---); keep all rules in one' },
    ]);
  });

  it.each([['---\n'], ['~\n'], ['null\n'], ['# nothing yet\n---\n']])('a document that is empty (%j) is an empty file', (text) => {
    const r = parse(text);
    expect([r.config, codes(text)]).toEqual([null, ['error rules-empty 1']]);
  });

  it('a file without rules warns at the top; with an empty rules mapping, at rules', () => {
    expect(codes('defaultNamespace: x\n')).toEqual(['warning rules-none 1']);
    expect(parse('defaultNamespace: x\n').diagnostics[0]!.message).toBe('the rules file has no forbid or require rule, so nothing is gated');
    expect(codes('defaultNamespace: x\nrules: {}\n')).toEqual(['warning rules-none 2']);
    expect(codes('rules:\n  forbid: []\n  require: []\n')).toEqual(['warning rules-none 2']);
    // One require rule is enough.
    expect(codes('rules:\n  require:\n    - { name: r, from: { any: true }, to: { any: true } }\n')).toEqual([]);
  });

  it('diagnostics come in line order, a warning among errors', () => {
    expect(codes('defaultNamespace: Bad\npodCidrs: [10.0.0.1/8]\nrules:\n  forbid:\n    - { name: r, from: {}, to: { any: true } }\n')).toEqual([
      'error rules-invalid-value 1',
      'warning rules-noncanonical-cidr 2',
      'error rules-empty-selector 5',
    ]);
  });

  it('a rule with a non-string port keeps no ports and is left out', () => {
    const r = parse('rules:\n  forbid:\n    - { name: r, from: { any: true }, to: { any: true }, ports: [TCP/80, 80] }\n');
    expect(r.config!.rules).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['rules-wrong-type']);
  });

  it('rule sources: the file given and the line of the rule', () => {
    const r = parseRulesFile('.github/flowgate.yml', `# header\n${RULE}`);
    expect(r.config!.rules[0]!.source).toEqual({ file: '.github/flowgate.yml', line: 4 });
  });
});
