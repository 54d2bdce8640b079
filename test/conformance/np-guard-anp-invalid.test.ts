import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_OPTIONS, parseCluster } from '../../src/analyze';
import { computeReachability } from '../../src/engine/compute-reachability';
import { lintReachability } from '../../src/engine/lint';
import { listFolders, readTree } from './support/read-tree';

/**
 * np-guard's fatal-error cases for AdminNetworkPolicy / BaselineAdminNetworkPolicy: inputs an API
 * server would refuse (T-12). flowgate must refuse them too: an error diagnostic of the expected
 * kind, naming an input file and a line in it.
 */
const ROOT = path.join(import.meta.dirname, 'np-guard', 'connlist-anp-invalid');

/** The diagnostic code that answers each of np-guard's error texts. */
const CODE_FOR: [RegExp, string][] = [
  [/Invalid Priority Value/, 'invalid-priority'],
  [/exactly one field must be set in a subject/, 'invalid-field'],
  [/exactly one field must be set in a rule peer/, 'invalid-peer'],
  [/exactly one field must be set in an AdminNetworkPolicyPort|port range 10-1/, 'invalid-port'],
  [/(to|from) field must be defined/, 'invalid-rule'],
  [/unrecognized action/, 'invalid-action'],
  [/invalid CIDR address/, 'invalid-cidr'],
  [/is already exists|one already exists/, 'duplicate-object'],
  [/metadata.name=default/, 'invalid-name'],
];

/** Cases flowgate answers differently on purpose, with the reason; each is checked for its own answer below. */
const DIFFERENT: Record<string, string> = {
  anp_bad_path_test_1: 'two ANPs with the same priority: the API allows it and leaves the order open, so flowgate warns (equal-priority, T-14) and decides by name',
  example_w_err_pods_w_same_owner_and_labels_gap_anp: 'Pods of one owner with labels a policy tells apart: flowgate keeps each pod its own endpoint (issue 10 item 6) instead of refusing',
};

const ALL = listFolders(ROOT);
const RUN = ALL.filter((c) => !(c in DIFFERENT));

function load(name: string) {
  const files = readTree(path.join(ROOT, name, 'input'));
  return { files, cluster: parseCluster(files, DEFAULT_OPTIONS) };
}

describe('np-guard connlist-anp-invalid: flowgate refuses what np-guard refuses (T-12)', () => {
  test('the suite holds 35 cases, and every list entry names one', () => {
    expect(ALL).toHaveLength(35);
    for (const c of Object.keys(DIFFERENT)) expect(ALL).toContain(c);
  });

  test.each(RUN)('%s', (name) => {
    const expectedError = readFileSync(path.join(ROOT, name, 'expected-error.txt'), 'utf8');
    const code = CODE_FOR.find(([re]) => re.test(expectedError))?.[1];
    expect(code, `no code for ${expectedError}`).toBeDefined();
    const { files, cluster } = load(name);
    const errors = cluster.diagnostics.filter((d) => d.severity === 'error');
    const hit = errors.find((d) => d.code === code);
    expect(hit, `${name}: ${JSON.stringify(errors)}`).toBeDefined();
    const file = files.find((f) => f.path === hit!.file);
    expect(file, hit!.file).toBeDefined();
    expect(hit!.line).toBeGreaterThanOrEqual(1);
    expect(hit!.line).toBeLessThanOrEqual(file!.text.split('\n').length);
  });

  test(`anp_bad_path_test_1: ${DIFFERENT.anp_bad_path_test_1}`, () => {
    const { cluster } = load('anp_bad_path_test_1');
    expect(cluster.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(lintReachability(computeReachability(cluster)).map((w) => w.code)).toContain('equal-priority');
  });

  test(`example_w_err_pods_w_same_owner_and_labels_gap_anp: ${DIFFERENT.example_w_err_pods_w_same_owner_and_labels_gap_anp}`, () => {
    const { cluster } = load('example_w_err_pods_w_same_owner_and_labels_gap_anp');
    expect(cluster.workloads.filter((w) => w.kind === 'Pod').length).toBeGreaterThan(1);
  });
});
