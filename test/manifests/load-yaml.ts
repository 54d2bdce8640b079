import { DEFAULT_OPTIONS, parseCluster } from '../../src/analyze';
import type { ClusterOptions } from '../../src/manifests/build-cluster';
import type { Cluster, Diagnostic } from '../../src/model/types';

/** Loads one inline manifest file (`m.yaml` unless named) into a cluster state. */
export function load(text: string, options: Partial<ClusterOptions> = {}, file = 'm.yaml'): Cluster {
  return parseCluster([{ path: file, text }], { ...DEFAULT_OPTIONS, ...options });
}

/** The 1-based line of the first line holding `marker` (the n-th one with `nth`). */
export function lineOf(text: string, marker: string, nth = 1): number {
  let seen = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) if (lines[i]!.includes(marker) && ++seen === nth) return i + 1;
  throw new Error(`marker "${marker}" is not in the text`);
}

/** A NetworkPolicy `p` in namespace `ns` whose spec is the given YAML (written at column 0). */
export function policyYaml(spec: string, meta = '  name: p\n  namespace: ns\n'): string {
  const body = spec
    .split('\n')
    .map((l) => (l ? `  ${l}` : l))
    .join('\n');
  return `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n${meta}spec:\n${body}\n`;
}

/** `severity code line` of each diagnostic, in order. */
export function summary(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}`);
}
