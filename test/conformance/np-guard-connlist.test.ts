import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_OPTIONS, parseCluster, type SourceFile } from '../../src/analyze';
import { computeReachability } from '../../src/engine/compute-reachability';
import { buildReachResult } from '../../src/engine/reach-result';
import { flowsOfReach } from './support/flowgate-flows';
import { dropMisspeltContainerPort, fillMissingPodsSelectors, ignoreHostNetwork } from './support/np-guard-conventions';
import { compareFlows, parseConnlist } from './support/np-guard-flows';
import { listFolders, readTree } from './support/read-tree';

/**
 * np-guard netpol-analyzer `list` outputs, compared by meaning (np-guard README "compare by
 * meaning"): workload pairs equal; per workload and direction, external lines as functions from
 * IPv4 address to connections. flowgate's IPv6 endpoints have no counterpart and are ignored.
 */
const ROOT = path.join(import.meta.dirname, 'np-guard');

/** Cases skipped, with the reason. A skip never hides a disagreement on meaning. */
const SKIPPED: Record<string, string> = {
  'connlist-anp/anp_test_1_deny_traffic_at_cluster_level':
    'a Deployment whose spec.selector does not match its template labels: Kubernetes rejects it, so flowgate reports an error and leaves it out; np-guard reads it',
  'connlist-anp/anp_test_2_allow_traffic_at_cluster_level':
    'a Deployment whose spec.selector does not match its template labels: Kubernetes rejects it, so flowgate reports an error and leaves it out; np-guard reads it',
  'connlist-anp/example_pods_w_same_owner_and_labels_gap_anp_good':
    'Pods of one owner with labels a policy tells apart: np-guard folds them into one workload, flowgate keeps each pod its own endpoint (issue 10 item 6)',
  'connlist-anp/example_pods_w_same_owner_and_labels_gap_banp_good':
    'Pods of one owner with labels a policy tells apart: np-guard folds them into one workload, flowgate keeps each pod its own endpoint (issue 10 item 6)',
};

/** np-guard convention 3: these cases have host-network pods, read as ordinary pods here. */
const HOST_NETWORK_IGNORED = new Set([
  'connlist/semanticDiff-same-topologies-new1a',
  'connlist/semanticDiff-same-topologies-old1',
  'connlist/semanticDiff-same-topologies-old2',
  'connlist/semanticDiff-same-topologies-old3',
]);

/** Input np-guard reads leniently and Kubernetes rejects; adapted to np-guard's reading. */
const ADAPTED: Record<string, (files: readonly SourceFile[]) => SourceFile[]> = {
  'connlist/netpol_named_port_test': dropMisspeltContainerPort,
  'connlist/netpol_named_port_test_2': dropMisspeltContainerPort,
  // np-guard convention 13 (index.json crdRequiredFieldsMissing): a missing pods selector is {}.
  'connlist-anp/anp_test_3_pass_traffic': fillMissingPodsSelectors,
  'connlist-anp/anp_test_8': fillMissingPodsSelectors,
  'connlist-anp/anp_test_8_swapping_rules': fillMissingPodsSelectors,
  'connlist-anp/anp_test_9': fillMissingPodsSelectors,
  'connlist-anp/anp_test_10': fillMissingPodsSelectors,
  'connlist-anp/anp_test_10_swapping_rules': fillMissingPodsSelectors,
  'connlist-anp/anp_test_11': fillMissingPodsSelectors,
  'connlist-anp/anp_test_11_swapping_rules': fillMissingPodsSelectors,
  'connlist-anp/anp_test_12_swapping_rules': fillMissingPodsSelectors,
  'connlist-anp/anp_test_combining_test_6_and_test_10': fillMissingPodsSelectors,
  'connlist-anp/anp_test_multiple_anps': fillMissingPodsSelectors,
  'connlist-anp/anp_demo': fillMissingPodsSelectors,
};

const ALL = ['connlist', 'connlist-anp'].flatMap((group) => listFolders(path.join(ROOT, group)).map((c) => `${group}/${c}`));
const RUN = ALL.filter((c) => !(c in SKIPPED));
const SKIP = ALL.filter((c) => c in SKIPPED).map((c) => [c, SKIPPED[c]!] as const);

/** The mismatches of one case (empty when flowgate and np-guard mean the same). */
function mismatchesOf(name: string): string[] {
  const dir = path.join(ROOT, name);
  const files = readTree(path.join(dir, 'input'));
  let cluster = parseCluster(ADAPTED[name]?.(files) ?? files, DEFAULT_OPTIONS);
  const out = cluster.diagnostics.filter((d) => d.severity === 'error').map((d) => `error diagnostic ${d.code} at ${d.file}:${d.line}: ${d.message}`);
  const hostNetwork = cluster.workloads.some((w) => w.hostNetwork);
  if (hostNetwork !== HOST_NETWORK_IGNORED.has(name)) out.push(`host-network workloads: ${hostNetwork}, but the case is ${hostNetwork ? 'not ' : ''}in HOST_NETWORK_IGNORED`);
  if (hostNetwork) cluster = ignoreHostNetwork(cluster);
  const got = flowsOfReach(buildReachResult(computeReachability(cluster)));
  const expected = parseConnlist(readFileSync(path.join(dir, 'expected.txt'), 'utf8'));
  return [...out, ...compareFlows(expected, got)];
}

describe('np-guard connlist conformance', () => {
  test('the suite holds 15 connlist and 44 connlist-anp cases, and every list entry names one', () => {
    expect(ALL.filter((c) => c.startsWith('connlist/'))).toHaveLength(15);
    expect(ALL.filter((c) => c.startsWith('connlist-anp/'))).toHaveLength(44);
    for (const c of [...Object.keys(SKIPPED), ...HOST_NETWORK_IGNORED, ...Object.keys(ADAPTED)]) expect(ALL).toContain(c);
  });

  test.each(RUN)('%s', (name) => {
    expect(mismatchesOf(name)).toEqual([]);
  });

  test.skip.each(SKIP)('%s (skipped: %s)', () => {});
});

describe('the np-guard connlist oracle itself', () => {
  test('reads connection groups, ranges and All Connections by meaning', () => {
    const a = parseConnlist('0.0.0.0-9.255.255.255[External] => ns/a[Pod] : TCP 80\n10.0.0.0-255.255.255.255[External] => ns/a[Pod] : TCP 80\nns/a[Pod] => ns/b[Deployment] : SCTP 1-65535,TCP 1-65535,UDP 1-65535\n');
    const b = parseConnlist('0.0.0.0-255.255.255.255[External] => ns/a[Pod] : TCP 80\nns/a[Pod] => ns/b[Deployment] : All Connections\n');
    expect(compareFlows(a, b)).toEqual([]);
  });

  test('reports a changed port, a missing pair and a different address function', () => {
    const a = parseConnlist('0.0.0.0-255.255.255.255[External] => ns/a[Pod] : TCP 80\nns/a[Pod] => ns/b[Pod] : TCP 8080,UDP 53\nns/b[Pod] => ns/a[Pod] : TCP 1\n');
    const b = parseConnlist('0.0.0.0-127.255.255.255[External] => ns/a[Pod] : TCP 80\nns/a[Pod] => ns/b[Pod] : TCP 8080,8081,UDP 53\n');
    expect(compareFlows(a, b)).toEqual([
      'ns/a[Pod] => ns/b[Pod]: expected TCP 8080,UDP 53, got TCP 8080-8081,UDP 53',
      'ns/b[Pod] => ns/a[Pod]: expected TCP 1, got (no line)',
      'externals to ns/a[Pod]: expected [0.0.0.0-255.255.255.255: TCP 80], got [0.0.0.0-127.255.255.255: TCP 80; 128.0.0.0-255.255.255.255: No Connections]',
    ]);
  });
});
