import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_OPTIONS, parseCluster, type SourceFile } from '../../src/analyze';
import { computeDiff, type DiffResult } from '../../src/diff/compute-diff';
import { evaluateRules, ruleBoundaries } from '../../src/rules/evaluate-rules';
import { rulesOf } from './rules-of';
import type { Violation } from '../../src/rules/types';
import { formatConns } from '../../src/model/conns';

export { rulesOf };

/** The files of a directory, as parseCluster takes them. */
export function readDir(dir: string): SourceFile[] {
  return readdirSync(dir)
    .sort()
    .map((f) => ({ path: `${dir}/${f}`, text: readFileSync(path.join(dir, f), 'utf8') }));
}

/** Diff of two states given as YAML texts (or file lists), cut at the rules' CIDRs, and its violations. */
export function evaluate(base: string | SourceFile[], head: string | SourceFile[], rulesText: string): { diff: DiffResult; violations: Violation[] } {
  const config = rulesOf(rulesText);
  const files = (x: string | SourceFile[]) => (typeof x === 'string' ? [{ path: 'k8s.yaml', text: x }] : x);
  const diff = computeDiff(parseCluster(files(base), DEFAULT_OPTIONS), parseCluster(files(head), DEFAULT_OPTIONS), { boundaries: ruleBoundaries(config.rules) });
  return { diff, violations: evaluateRules(config.rules, diff) };
}

/** A violation of one pair (null ends: a violation on no pair), as the blocks stand for them. */
export type PairViolation = Omit<Violation, 'sources' | 'targets' | 'pairs'> & { from: number | null; to: number | null };

/**
 * The violation blocks expanded into one entry per pair (not a source to itself, A-29): rules in
 * the order of the blocks, each rule's pairs by source then target.
 */
export function violationPairs(violations: readonly Violation[]): PairViolation[] {
  const out: PairViolation[] = [];
  let start = 0;
  violations.forEach((v, k) => {
    if (k > 0 && violations[k - 1]!.rule !== v.rule) start = out.length;
    const { sources, targets, pairs, ...rest } = v;
    if (!pairs) out.push({ ...rest, from: null, to: null });
    for (const from of sources) for (const to of targets) if (from !== to) out.push({ ...rest, from, to });
    const mine = out.splice(start).sort((a, b) => (a.from ?? -1) - (b.from ?? -1) || (a.to ?? -1) - (b.to ?? -1));
    out.push(...mine);
  });
  return out;
}

/** `rule: from -> to : ports [new]`, one line per violated pair. */
export function rows(diff: DiffResult, violations: readonly Violation[]): string[] {
  const id = (i: number | null) => (i === null ? '(none)' : diff.endpoints[i]!.id);
  return violationPairs(violations).map((v) => `${v.rule.name}: ${id(v.from)} -> ${id(v.to)} : ${formatConns(v.ports)}${v.isNew ? ' [new]' : ''}`);
}

/** A Pod manifest. */
export function pod(namespace: string, name: string, labels: Record<string, string>, ports: number[] = [80]): string {
  const l = Object.entries(labels)
    .map(([k, v]) => `      ${k}: "${v}"`)
    .join('\n');
  const p = ports.map((n) => `        - containerPort: ${n}`).join('\n');
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: ${namespace}
  labels:
${l || '      {}'}
spec:
  containers:
    - name: c
      image: x
      ports:
${p}
---
`;
}
