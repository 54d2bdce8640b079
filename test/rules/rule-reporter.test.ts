import { describe, expect, it } from 'vitest';
import { RuleReporter } from '../../src/rules/rule-reporter';
import type { Path } from '../../src/yaml/lines';

/*
 * Issue 18: RuleReporter alone. Every diagnostic names the file, the line of the offending node
 * (at its key or its value) and the problem; a semantic check on a value the schema already
 * refused (or inside it) stays quiet, so each mistake is told once; errors, not warnings, mark
 * the parts of the file that are left out.
 */

/** A line per path that shows where it was asked for: 10 per segment, +1 at the key. */
const lineOf = (path: Path, at?: 'value' | 'key') => path.length * 10 + (at === 'key' ? 1 : at === 'value' ? 0 : 5);
const told = (r: RuleReporter) => r.diagnostics.map((d) => `${d.severity} ${d.code} ${d.file}:${d.line} ${d.message}`);
const RULE = ['rules', 'forbid', 0] as const;

describe('RuleReporter', () => {
  it('a schema problem: as given, at the value or at the key', () => {
    const r = new RuleReporter('f.yml', lineOf);
    r.schema([...RULE, 'to'], false, 'rules-wrong-type', 'rules.forbid[0].to must be a mapping');
    r.schema([...RULE, 'port'], true, 'rules-unknown-key', 'unknown key "port"');
    expect(told(r)).toEqual(['error rules-wrong-type f.yml:40 rules.forbid[0].to must be a mapping', 'error rules-unknown-key f.yml:41 unknown key "port"']);
  });

  it('an error: its path before the message, unless told not to; at the key when asked', () => {
    const r = new RuleReporter('f.yml', lineOf);
    r.error([...RULE, 'from', 'labels', '-app'], 'rules-invalid-label', 'label key "-app" is invalid', { atKey: true });
    r.error(RULE, 'rules-unknown-environment', 'rule "r" names environment "dev"', { where: false });
    r.error([...RULE, 'ports', 1], 'rules-invalid-port', '"TCP/0": port 0 is out of range', { where: true });
    expect(told(r)).toEqual([
      'error rules-invalid-label f.yml:61 rules.forbid[0].from.labels."-app": label key "-app" is invalid',
      'error rules-unknown-environment f.yml:30 rule "r" names environment "dev"',
      'error rules-invalid-port f.yml:50 rules.forbid[0].ports[1]: "TCP/0": port 0 is out of range',
    ]);
  });

  it('a warning: with its path by default, without when asked; at the value', () => {
    const r = new RuleReporter('f.yml', lineOf);
    r.warn([...RULE, 'to', 'cidr'], 'rules-noncanonical-cidr', '"10.1.2.3/8" is read as 10.0.0.0/8');
    r.warn([], 'rules-none', 'the rules file has no forbid or require rule', false);
    expect(told(r)).toEqual(['warning rules-noncanonical-cidr f.yml:50 rules.forbid[0].to.cidr: "10.1.2.3/8" is read as 10.0.0.0/8', 'warning rules-none f.yml:0 the rules file has no forbid or require rule']);
  });

  it.each<[string, Path, boolean]>([
    ['at the same path', [...RULE, 'to'], true],
    ['inside it', [...RULE, 'to', 'cidr', 0], true],
    ['at the same path with the index as text (as a JSON pointer gives it)', ['rules', 'forbid', '0', 'to'], true],
    ['at its parent (the rule): the error inside is still told', RULE, false],
    ['beside it', [...RULE, 'from'], false],
    ['in another rule', ['rules', 'forbid', 1, 'to'], false],
  ])('a semantic error on a value with a schema problem %s: quiet when the problem lies within it', (_what, schemaAt, quiet) => {
    const r = new RuleReporter('f.yml', lineOf);
    r.schema(schemaAt, false, 'rules-wrong-type', 'schema');
    r.error([...RULE, 'to'], 'rules-selector-conflict', 'conflict');
    expect(told(r).map((s) => s.split(' ')[1])).toEqual(quiet ? ['rules-wrong-type'] : ['rules-wrong-type', 'rules-selector-conflict']);
  });

  it.each<[string, Path, boolean]>([
    ['the path itself', [...RULE, 'to'], true],
    ['its rule (the error lies inside it)', RULE, true],
    ['the top', [], true],
    ['the same path with the index as text', ['rules', 'forbid', '0', 'to'], true],
    ['a path inside the error only', [...RULE, 'to', 'labels', 'app'], false],
    ['a sibling', [...RULE, 'from'], false],
    // A longer path never holds a shorter one, whatever its last key is called.
    ['a path one key longer than the error, that key named "undefined"', [...RULE, 'to', 'undefined'], false],
  ])('hasErrorWithin: an error at rules.forbid[0].to lies within %s: %s', (_what, asked, within) => {
    const r = new RuleReporter('f.yml', lineOf);
    r.error([...RULE, 'to'], 'rules-selector-conflict', 'conflict');
    expect(r.hasErrorWithin(asked)).toBe(within);
  });

  it('nothing told yet: no error anywhere, and an error at the top is told', () => {
    const r = new RuleReporter('f.yml', lineOf);
    expect(r.hasErrorWithin([])).toBe(false);
    r.error([], 'rules-not-mapping', 'the rules file must be a mapping', { where: false });
    expect([told(r), r.hasErrorWithin([])]).toEqual([['error rules-not-mapping f.yml:0 the rules file must be a mapping'], true]);
  });

  it('hasErrorWithin looks at every error, not only the first', () => {
    const r = new RuleReporter('f.yml', lineOf);
    r.error([...RULE, 'from'], 'rules-selector-conflict', 'conflict');
    r.error([...RULE, 'to'], 'rules-selector-conflict', 'conflict');
    expect([r.hasErrorWithin([...RULE, 'to']), r.hasErrorWithin([...RULE, 'from']), r.hasErrorWithin([...RULE, 'ports'])]).toEqual([true, true, false]);
  });

  it('schema problems count as errors within a path; warnings do not', () => {
    const r = new RuleReporter('f.yml', lineOf);
    r.schema([...RULE, 'name'], false, 'rules-wrong-type', 'schema');
    r.warn(['podCidrs', 0], 'rules-noncanonical-cidr', 'read as');
    expect([r.hasErrorWithin(RULE), r.hasErrorWithin(['podCidrs']), r.hasErrorWithin([])]).toEqual([true, false, true]);
  });

  it('line: at the value unless asked for the key', () => {
    const r = new RuleReporter('f.yml', lineOf);
    expect([r.line(RULE), r.line(RULE, true), r.line(RULE, false)]).toEqual([30, 31, 30]);
  });
});
