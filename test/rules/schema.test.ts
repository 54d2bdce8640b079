import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { parse } from 'yaml';
import { RULES_SCHEMA, validateRulesShape } from '../../src/rules/validate-schema';
import { parsePort } from '../../src/rules/parse-ports';
import { connsOf } from '../../src/model/conns';
import { WORKLOAD_KINDS } from '../../src/model/types';

const schemaText = readFileSync('schema/flowgate-rules.schema.json', 'utf8');
const schema = JSON.parse(schemaText) as { definitions: Record<string, { pattern?: string; enum?: string[] }> };

describe('the rules JSON Schema', () => {
  it('is a valid draft-07 schema that compiles in strict mode, with no warning', () => {
    // strictRequired is left out: `if: { anyOf: [{ required: [matchLabels] }] }` tests for a key on purpose.
    const ajv = new Ajv({ strict: true, strictRequired: false, allowUnionTypes: true });
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('is the very schema the parser validates with', () => {
    expect(RULES_SCHEMA).toEqual(schema);
  });

  it('accepts the three-tier example file, which points editors at it', () => {
    const text = readFileSync('examples/three-tier/flowgate.yml', 'utf8');
    const modeline = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text);
    expect(modeline).not.toBeNull();
    expect(existsSync(path.join('examples/three-tier', modeline![1]!))).toBe(true);
    const validate = new Ajv({ allowUnionTypes: true }).compile(schema);
    expect(validate(parse(text))).toBe(true);
  });

  it('lists exactly the workload kinds the model knows', () => {
    expect(schema.definitions.workloadKind!.enum).toEqual([...WORKLOAD_KINDS]);
  });

  it.each([
    [{ rules: { forbid: [{ name: 'r', from: { any: true }, to: { any: true } }] } }, []],
    [{ rules: { forbid: [{ name: 'r', from: { any: true }, to: { any: true }, ports: ['TCP/80'] }] } }, []],
    [{ rules: { forbid: [{ name: 'r', from: {}, to: { any: true } }] } }, ['rules-empty-selector /rules/forbid/0/from']],
    [{ rule: {} }, ['rules-unknown-key /rule']],
    [{ rules: { require: [{ name: 'r', from: { labels: { app: 1 } }, to: { any: true } }] } }, ['rules-wrong-type /rules/require/0/from/labels/app']],
    [{ rules: { require: [{ name: 'r', to: { any: true } }] } }, ['rules-missing-key /rules/require/0']],
    [{ namespaces: { 'Bad NS': {} } }, ['rules-invalid-value /namespaces/Bad NS']],
  ])('maps ajv errors to paths and codes: %j', (value, expected) => {
    expect(validateRulesShape(value).map((p) => `${p.code} /${p.path.join('/')}`)).toEqual(expected);
  });

  it('agrees with parsePort on the syntax of a port', () => {
    const pattern = new RegExp(schema.definitions.port!.pattern!);
    const token = fc.constantFrom('TCP', 'tcp', 'Udp', 'SCTP', 'HTTP', 'TCP ', '/', '-', '0', '1', '80', '65535', '65536', '99999', '123456', '', ' ');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 5 }), (parts) => {
        const text = parts.join('');
        const r = parsePort(text);
        const syntaxOk = r.ok || !r.error.includes('is not a port');
        expect(pattern.test(text)).toBe(syntaxOk);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('reads any valid port and range back as what it says', () => {
    fc.assert(
      fc.property(fc.constantFrom('TCP', 'UDP', 'SCTP'), fc.boolean(), fc.integer({ min: 1, max: 65535 }), fc.integer({ min: 0, max: 1000 }), (proto, lower, lo, width) => {
        const hi = Math.min(65535, lo + width);
        const text = `${lower ? proto.toLowerCase() : proto}/${lo}${hi === lo ? '' : `-${hi}`}`;
        expect(parsePort(text)).toEqual({ ok: true, conns: connsOf(proto as 'TCP', [[lo, hi]]) });
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
