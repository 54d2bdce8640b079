import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_OPTIONS, parseCluster, type SourceFile } from '../../src/analyze';
import type { ParsedFile } from '../../src/yaml/parse-documents';
import { computeDiff } from '../../src/diff/compute-diff';
import { flowsOfDiff } from './support/flowgate-flows';
import { fillMissingPodsSelectors, ignoreHostNetwork } from './support/np-guard-conventions';
import { parseNpGuardDiff } from './support/np-guard-diff-lines';
import { compareFlows } from './support/np-guard-flows';
import { listFolders, readTree } from './support/read-tree';

/**
 * np-guard netpol-analyzer `diff` outputs, compared by meaning (np-guard README): keyed by
 * source and destination, the (before, after) connections of each changed pair; external peers as
 * functions of the IPv4 address; workloads-diff-info as the added or removed workloads of a line.
 */
const ROOT = path.join(import.meta.dirname, 'np-guard');

/** Pairs skipped, with the reason. A skip never hides a disagreement on meaning. */
const SKIPPED: Record<string, string> = {};

/** np-guard convention 3: pairs with host-network pods, read as ordinary pods here (both sides). */
const HOST_NETWORK_IGNORED = new Set([
  'diff/ipblockstest_2__ipblockstest_3',
  'diff/semanticDiff-same-topologies-old1__semanticDiff-same-topologies-new1',
  'diff/semanticDiff-same-topologies-old1__semanticDiff-same-topologies-new1a',
  'diff/semanticDiff-same-topologies-old2__semanticDiff-same-topologies-new2',
  'diff/semanticDiff-same-topologies-old3__semanticDiff-same-topologies-new3',
]);

/** np-guard convention 13 (index.json crdRequiredFieldsMissing): a missing pods selector is read as {} (both sides). */
const ADAPTED: Record<string, (files: readonly SourceFile[]) => SourceFile[]> = {
  'diff-anp/anp_test_9__anp_test_9_swapping_rules': fillMissingPodsSelectors,
  'diff-anp/anp_test_10__anp_test_10_swapping_rules': fillMissingPodsSelectors,
  'diff-anp/anp_test_11__anp_test_11_swapping_rules': fillMissingPodsSelectors,
  'diff-anp/anp_test_12__anp_test_12_swapping_rules': fillMissingPodsSelectors,
};

const ALL = ['diff', 'diff-anp'].flatMap((group) => listFolders(path.join(ROOT, group)).map((c) => `${group}/${c}`));
const RUN = ALL.filter((c) => !(c in SKIPPED));
const SKIP = ALL.filter((c) => c in SKIPPED).map((c) => [c, SKIPPED[c]!] as const);

function mismatchesOf(name: string): string[] {
  const dir = path.join(ROOT, name);
  const cache = new Map<string, ParsedFile>();
  const out: string[] = [];
  const sides = (['base', 'head'] as const).map((side) => {
    const files = readTree(path.join(dir, side));
    let cluster = parseCluster(ADAPTED[name]?.(files) ?? files, DEFAULT_OPTIONS, cache);
    out.push(...cluster.diagnostics.filter((d) => d.severity === 'error').map((d) => `${side}: error diagnostic ${d.code} at ${d.file}:${d.line}: ${d.message}`));
    const hostNetwork = cluster.workloads.some((w) => w.hostNetwork);
    if (hostNetwork && !HOST_NETWORK_IGNORED.has(name)) out.push(`${side} has host-network workloads, but the pair is not in HOST_NETWORK_IGNORED`);
    if (HOST_NETWORK_IGNORED.has(name)) cluster = ignoreHostNetwork(cluster);
    return { cluster, hostNetwork };
  });
  if (HOST_NETWORK_IGNORED.has(name) && !sides.some((s) => s.hostNetwork)) out.push('no host-network workload, but the pair is in HOST_NETWORK_IGNORED');
  const got = flowsOfDiff(computeDiff(sides[0]!.cluster, sides[1]!.cluster));
  const expected = parseNpGuardDiff(readFileSync(path.join(dir, 'expected.txt'), 'utf8'));
  return [...out, ...compareFlows(expected, got)];
}

describe('np-guard diff conformance', () => {
  test('the suite holds 12 diff and 13 diff-anp pairs, and every list entry names one', () => {
    expect(ALL.filter((c) => c.startsWith('diff/'))).toHaveLength(12);
    expect(ALL.filter((c) => c.startsWith('diff-anp/'))).toHaveLength(13);
    for (const c of [...Object.keys(SKIPPED), ...HOST_NETWORK_IGNORED, ...Object.keys(ADAPTED)]) expect(ALL).toContain(c);
  });

  test.each(RUN)('%s', (name) => {
    expect(mismatchesOf(name)).toEqual([]);
  });

  test.skip.each(SKIP)('%s (skipped: %s)', () => {});
});

describe('the np-guard diff oracle itself', () => {
  test('merges touching external pieces with the same (before, after) and reads diff info', () => {
    const a = parseNpGuardDiff(
      'Connectivity diff:\n' +
        'diff-type: added, source: 0.0.0.0-127.255.255.255[External], destination: d/u[Deployment], ref1: No Connections, ref2: All Connections, workloads-diff-info: workload d/u[Deployment] added\n' +
        'diff-type: added, source: 128.0.0.0-255.255.255.255[External], destination: d/u[Deployment], ref1: No Connections, ref2: All Connections, workloads-diff-info: workload d/u[Deployment] added\n' +
        'diff-type: changed, source: d/a[Deployment], destination: d/b[Deployment], ref1: TCP 8080, ref2: TCP 8080,9555\n',
    );
    const b = parseNpGuardDiff(
      'Connectivity diff:\n' +
        'diff-type: changed, source: d/a[Deployment], destination: d/b[Deployment], ref1: TCP 8080, ref2: TCP 8080,9555\n' +
        'diff-type: added, source: 0.0.0.0-255.255.255.255[External], destination: d/u[Deployment], ref1: No Connections, ref2: All Connections, workloads-diff-info: workload d/u[Deployment] added\n',
    );
    expect(compareFlows(a, b)).toEqual([]);
    expect(compareFlows(a, parseNpGuardDiff(''))).toEqual([
      'd/a[Deployment] => d/b[Deployment]: expected TCP 8080 → TCP 8080,9555, got (no line)',
      'externals to d/u[Deployment]: expected [0.0.0.0-255.255.255.255: No Connections → All Connections [d/u[Deployment] added]], got [nothing]',
    ]);
  });

  test('rejects a line whose category contradicts its sets', () => {
    expect(() => parseNpGuardDiff('Connectivity diff:\ndiff-type: removed, source: d/a[Pod], destination: d/b[Pod], ref1: No Connections, ref2: TCP 80\n')).toThrow(/says removed/);
  });
});
