import path from 'node:path';
import { DEFAULT_OPTIONS, parseCluster } from '../../../src/analyze';
import { changedPairs } from '../../../src/diff/change-pairs';
import { computeDiff } from '../../../src/diff/compute-diff';
import { computeReachability } from '../../../src/engine/compute-reachability';
import { buildReachResult, flowPairs } from '../../../src/engine/reach-result';
import type { Cluster, Diagnostic } from '../../../src/model/types';
import { connSet, EMPTY_CONNS, type ConnSet } from './conn-set';
import { checkDiffStates, checkReachState, readCase } from './k8s-e2e-case';
import { readTree } from './read-tree';

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

/**
 * Runs one case folder of the k8s-e2e format (case.json, base/, head/) in-process against the
 * engine and the diff; returns the mismatches (empty when the case conforms).
 */
export function caseMismatches(dir: string): string[] {
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
  return mismatches;
}
