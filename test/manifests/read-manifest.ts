import { buildCluster, type ClusterOptions } from '../../src/manifests/build-cluster';
import type { Cluster, Diagnostic } from '../../src/model/types';
import { parseDocuments } from '../../src/yaml/parse-documents';

/**
 * Reads one inline manifest file straight through src/manifests (the full YAML parser, then
 * buildCluster), without the analysis around it: the unit tables of this folder use it, and so
 * does the mutation run (it imports only what the manifests need).
 */
export function read(text: string, options: Partial<ClusterOptions> = {}, file = 'm.yaml'): Cluster {
  const parsed = parseDocuments(file, text);
  return buildCluster(parsed.documents, { defaultNamespace: 'default', ...options }, parsed.diagnostics);
}

/** `severity code line: message` of each diagnostic, in order. */
export function said(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}: ${d.message}`);
}

/** A NetworkPolicy `ns/p` whose spec is the given YAML (written at column 0): the spec starts on line 6. */
export function networkPolicy(spec: string): string {
  const body = spec
    .split('\n')
    .map((l) => (l ? `  ${l}` : l))
    .join('\n');
  return `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: p\n  namespace: ns\nspec:\n${body}\n`;
}
