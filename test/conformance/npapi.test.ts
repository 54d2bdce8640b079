import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listFolders } from './support/read-tree';
import { caseMismatches } from './support/run-case';

/**
 * The ClusterNetworkPolicy conformance tests of network-policy-api, ported to the k8s-e2e case
 * format (test/conformance/npapi/README.md), run in-process against the engine and the diff.
 * Checks marked `dependsOn: networks-match-pods` hold because `networks` 0.0.0.0/0 and ::/0 match
 * every pod (T-9). CI also runs ../shared/conformance/check-reach.mjs on them through the CLI.
 */
const ROOT = path.join(import.meta.dirname, 'npapi');
const CASES = listFolders(ROOT).filter((c) => c !== 'upstream');

describe('npapi (ClusterNetworkPolicy) conformance', () => {
  test('the suite holds the cases its index.json lists', () => {
    const index = JSON.parse(readFileSync(path.join(ROOT, 'index.json'), 'utf8')) as { cases: { folder: string }[] };
    expect(CASES).toEqual(index.cases.map((c) => c.folder).sort());
    expect(CASES).toHaveLength(30);
  });

  test.each(CASES)('%s', (name) => {
    expect(caseMismatches(path.join(ROOT, name))).toEqual([]);
  });
});
