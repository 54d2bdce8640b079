import { buildCluster, type ClusterOptions } from './manifests/build-cluster';
import { parseDocuments, type ParsedFile } from './manifests/parse-documents';
import type { Cluster, Diagnostic } from './model/types';

/** A file's path (relative, with `/`) and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

export interface AnalyzeOptions extends ClusterOptions {}

export const DEFAULT_OPTIONS: AnalyzeOptions = { defaultNamespace: 'default' };

/**
 * Parses files into a cluster state. `cache` lets two states share the parse of files that did
 * not change (a diff parses an unchanged file once).
 */
export function loadCluster(files: readonly SourceFile[], options: AnalyzeOptions, cache?: Map<string, ParsedFile>): Cluster {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const documents = [];
  const diagnostics: Diagnostic[] = [];
  for (const f of sorted) {
    const key = `${f.path}\u0000${f.text}`;
    let parsed = cache?.get(key);
    if (!parsed) {
      parsed = parseDocuments(f.path, f.text);
      cache?.set(key, parsed);
    }
    documents.push(...parsed.documents);
    diagnostics.push(...parsed.diagnostics);
  }
  return buildCluster(documents, options, diagnostics);
}
