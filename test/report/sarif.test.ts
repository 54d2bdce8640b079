import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { DiffAnalysis } from '../../src/analyze';
import { MAX_SARIF_RESULTS, renderSarif } from '../../src/report/render/sarif';
import { diffOf, rule, runCase, violation, withViolations } from './helpers';

/**
 * The official SARIF 2.1.0 schema (OASIS, 2.1.0-rtm.5, as vendored from the npm package
 * @microsoft/jest-sarif 1.0.0-beta.0, MIT). It is a draft-04 schema: Ajv 8 reads it as draft-07
 * once `id` is `$id` (the only draft-04 keyword it uses); its `format`s are checked below.
 */
function sarifValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(path.resolve('test/report/sarif/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
  const { id, $schema: _draft, ...rest } = schema;
  // unicodeRegExp: false, as draft-04 patterns are ECMA-262 without the u flag (one of the schema's is not valid with it).
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///repo/'));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile({ ...rest, $id: id as string });
}

const validate = sarifValidator();
const ROOT = path.resolve('test/fixtures');
const cases = readdirSync(ROOT).filter((c) => !c.includes('.')).sort();

interface Result {
  ruleId: string;
  level: string;
  baselineState?: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
  partialFingerprints: Record<string, string>;
}

function resultsOf(text: string): Result[] {
  const log = JSON.parse(text) as { runs: { results: Result[] }[] };
  return log.runs[0]!.results;
}

function expectValid(text: string): void {
  const ok = validate(JSON.parse(text));
  expect(validate.errors ?? [], 'SARIF schema errors').toEqual([]);
  expect(ok).toBe(true);
}

describe('SARIF 2.1.0 (code scanning)', () => {
  it.each(cases)('%s: validates against the official schema', (name) => {
    expectValid(renderSarif(runCase(path.join(ROOT, name)), { version: '0.1.0' }));
  });

  it('writes a full log with no results when there is nothing to say', () => {
    const text = renderSarif(diffOf({}, {}));
    expectValid(text);
    expect(resultsOf(text)).toEqual([]);
  });

  it('one result per violation: error and new, or warning and unchanged; a stable ruleId per rule', () => {
    const run = runCase(path.join(ROOT, 'three-tier'));
    const forbid = rule('web-not-to-db');
    const v = withViolations(run, [violation(run, forbid, 'prod/web[Pod]', 'prod/db[Pod]'), violation(run, forbid, 'prod/api[Pod]', 'prod/db[Pod]', false)]);
    const results = resultsOf(renderSarif(v)).filter((r) => r.ruleId.startsWith('flowgate/forbid/'));
    expect(results.map((r) => [r.ruleId, r.level, r.baselineState])).toEqual([
      ['flowgate/forbid/web-not-to-db', 'error', 'new'],
      ['flowgate/forbid/web-not-to-db', 'warning', 'unchanged'],
    ]);
    expect(results[0]!.message.text).toContain('prod/web[Pod] → prod/db[Pod] allows TCP 80');
    // Fingerprints tell the pairs apart and do not change between runs.
    expect(results[0]!.partialFingerprints).not.toEqual(results[1]!.partialFingerprints);
    expect(resultsOf(renderSarif(v))).toEqual(resultsOf(renderSarif(v)));
  });

  it('locates input problems and warnings at their file and line', () => {
    const run = runCase(path.join(ROOT, 'invalid-manifest'));
    const input = resultsOf(renderSarif(run)).filter((r) => r.ruleId.startsWith('flowgate/input/'));
    expect(input.length).toBe(run.diagnostics.length);
    const d = run.diagnostics[0]!;
    expect(input.some((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === d.file && r.locations[0]!.physicalLocation.region.startLine === d.line)).toBe(true);
    const warned = runCase(path.join(ROOT, 'ipblock-except'));
    const lint = resultsOf(renderSarif(warned)).filter((r) => r.ruleId.startsWith('flowgate/lint/'));
    expect(lint.length).toBe(warned.warnings.length);
    expect(lint.map((r) => r.baselineState).sort()).toEqual(warned.warnings.map((w) => (w.isNew ? 'new' : 'unchanged')).sort());
    expect(lint.filter((r) => r.baselineState === 'new').every((r) => r.level === 'warning')).toBe(true);
  });

  it('keeps at most 5,000 results, new violations first, and counts the rest in one result', () => {
    const run = runCase(path.join(ROOT, 'three-tier'));
    const many: DiffAnalysis = withViolations(
      run,
      Array.from({ length: MAX_SARIF_RESULTS + 200 }, (_x, i) => violation(run, rule(`r${i}`), 'prod/web[Pod]', 'prod/db[Pod]', i % 2 === 0)),
    );
    const text = renderSarif(many);
    expectValid(text);
    const results = resultsOf(text);
    expect(results).toHaveLength(MAX_SARIF_RESULTS);
    expect(results.at(-1)!.ruleId).toBe('flowgate/left-out');
    expect(results.at(-1)!.message.text).toMatch(/^\d+ of \d+ results were left out/);
    const firstOld = results.findIndex((r) => r.level === 'warning');
    expect(results.slice(0, firstOld).every((r) => r.baselineState === 'new')).toBe(true);
  });
});
