import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_OPTIONS, parseCluster } from '../../src/analyze';
import { computeReachability } from '../../src/engine/compute-reachability';
import { buildReachResult } from '../../src/engine/reach-result';
import { connSet, EMPTY_CONNS } from './support/conn-set';
import { checkReachState, readCase } from './support/k8s-e2e-case';
import { listFolders, readTree } from './support/read-tree';
import { caseMismatches } from './support/run-case';

/**
 * The Kubernetes e2e NetworkPolicy truth tables (test/conformance/k8s-e2e/README.md), run
 * in-process against the engine and the diff.
 */
const ROOT = path.join(import.meta.dirname, 'k8s-e2e');
const CASES = listFolders(ROOT);

describe('k8s-e2e conformance', () => {
  test('the suite holds its 42 cases', () => {
    expect(CASES).toHaveLength(42);
  });

  test.each(CASES)('%s', (name) => {
    expect(caseMismatches(path.join(ROOT, name))).toEqual([]);
  });
});

describe('the k8s-e2e oracle itself', () => {
  const dir = path.join(ROOT, 'E01-default-deny-ingress');
  const spec = readCase(dir);
  const result = buildReachResult(computeReachability(parseCluster(readTree(path.join(dir, 'base')), DEFAULT_OPTIONS)));

  test('reports an engine that allows everything', () => {
    const m = checkReachState('base', spec.states.base, result.endpoints, () => connSet({ TCP: [[1, 65535]] }));
    expect(m.length).toBeGreaterThan(0);
    expect(m[0]).toMatch(/expected deny, got allow/);
  });

  test('reports externals that do not cover IPv6', () => {
    const v4only = result.endpoints.map((e) => (e.kind === 'External' ? { ...e, cidrs: e.cidrs.filter((c) => !c.includes(':')) } : e));
    const m = checkReachState('base', { probes: [] }, v4only, () => EMPTY_CONNS);
    expect(m).toContain('base: the externals do not cover the end of IPv6');
  });
});
