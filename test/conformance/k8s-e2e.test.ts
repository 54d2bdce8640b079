import { changedPairs } from '../../src/diff/change-pairs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_OPTIONS, parseCluster } from '../../src/analyze';
import { computeDiff } from '../../src/diff/compute-diff';
import { computeReachability } from '../../src/engine/compute-reachability';
import { buildReachResult, flowPairs } from '../../src/engine/reach-result';
import type { Cluster, Diagnostic } from '../../src/model/types';
import { connSet, EMPTY_CONNS, type ConnSet } from './support/conn-set';
import { checkDiffStates, checkReachState, readCase } from './support/k8s-e2e-case';
import { listFolders, readTree } from './support/read-tree';

/**
 * The Kubernetes e2e NetworkPolicy truth tables (test/conformance/k8s-e2e/README.md), run
 * in-process against the engine and the diff.
 */
const ROOT = path.join(import.meta.dirname, 'k8s-e2e');
const CASES = listFolders(ROOT);

function errorsOf(label: string, diagnostics: readonly Diagnostic[]): string[] {
  // Every manifest of the suite is valid: an error diagnostic is a failure.
  return diagnostics.filter((d) => d.severity === 'error').map((d) => `${label}: error diagnostic ${d.code} at ${d.file}:${d.line}: ${d.message}`);
}

function checkState(label: string, cluster: Cluster, spec: Parameters<typeof checkReachState>[1]): string[] {
  const result = buildReachResult(computeReachability(cluster));
  const flows = new Map<string, ConnSet>();
  for (const f of flowPairs(result)) flows.set(`${f.from}|${f.to}`, connSet(f.conns));
  return [
    ...errorsOf(label, result.diagnostics),
    ...checkReachState(label, spec, result.endpoints, (i, j) => flows.get(`${i}|${j}`) ?? EMPTY_CONNS),
  ];
}

describe('k8s-e2e conformance', () => {
  test('the suite holds its 42 cases', () => {
    expect(CASES).toHaveLength(42);
  });

  test.each(CASES)('%s', (name) => {
    const dir = path.join(ROOT, name);
    const spec = readCase(dir);
    const base = parseCluster(readTree(path.join(dir, 'base')), DEFAULT_OPTIONS);
    const mismatches = checkState('base', base, spec.states.base);
    if (spec.states.head) {
      const head = parseCluster(readTree(path.join(dir, 'head')), DEFAULT_OPTIONS);
      mismatches.push(...checkState('head', head, spec.states.head));
      const diff = computeDiff(base, head);
      const changes = new Map<string, { opened: ConnSet; closed: ConnSet }>();
      for (const c of changedPairs(diff)) {
        const k = `${c.from}|${c.to}`;
        if (changes.has(k)) mismatches.push(`diff: pair ${diff.endpoints[c.from]!.id} -> ${diff.endpoints[c.to]!.id} is listed twice`);
        changes.set(k, { opened: connSet(c.group.opened), closed: connSet(c.group.closed) });
      }
      mismatches.push(
        ...errorsOf('diff', diff.diagnostics),
        ...checkDiffStates(spec.states.base, spec.states.head, diff.endpoints, (i, j) => changes.get(`${i}|${j}`) ?? { opened: EMPTY_CONNS, closed: EMPTY_CONNS }),
      );
    }
    expect(mismatches).toEqual([]);
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
