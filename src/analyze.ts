import { computeDiff } from './diff/compute-diff';
import { evaluateRules, ruleBoundaries } from './rules/evaluate-rules';
import { parseRulesFile } from './rules/parse-rules';
import { buildCluster, type ClusterOptions } from './manifests/build-cluster';
import { helmTemplateDiagnostics } from './manifests/helm-charts';
import { parseDocuments, type ParsedFile } from './yaml/parse-documents';
import { parseSimpleDocuments } from './yaml/parse-simple-yaml';
import type { Cluster, Diagnostic, FailOn, IpRange, SourceFile } from './model/types';
import type { NotAnalysedMode } from './rules/types';

export type { FailOn, SourceFile } from './model/types';
export type { DiffAnalysis } from './analysis-result';
import type { DiffAnalysis } from './analysis-result';

export interface AnalyzeOptions extends ClusterOptions {
  /** A-22 (option): the cluster's pod address ranges; ipBlocks that hold them all match pods too. */
  podCidrs?: readonly IpRange[];
}

export const DEFAULT_OPTIONS: AnalyzeOptions = { defaultNamespace: 'default' };

/** A parse of the same text under another path: the same documents and diagnostics, relabelled. */
function atPath(parsed: ParsedFile, path: string): ParsedFile {
  const from = parsed.documents[0]?.file ?? parsed.diagnostics[0]?.file;
  if (from === undefined || from === path) return parsed;
  return { documents: parsed.documents.map((d) => ({ ...d, file: path })), diagnostics: parsed.diagnostics.map((d) => ({ ...d, file: path })) };
}

/**
 * Parses files into a cluster state. `cache` (keyed by text) lets two states share the parse of
 * files that did not change, even when the two sides live under different directories (a diff of
 * `base/` and `head/` parses an unchanged file once); parsing does not depend on the path.
 */
export function parseCluster(files: readonly SourceFile[], options: AnalyzeOptions, cache?: Map<string, ParsedFile>): Cluster {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const documents = [];
  const diagnostics: Diagnostic[] = [];
  const templates = helmTemplateDiagnostics(sorted);
  for (const f of sorted) {
    const template = templates.get(f.path);
    if (template) {
      diagnostics.push(template);
      continue;
    }
    let parsed = cache?.get(f.text);
    if (parsed) parsed = atPath(parsed, f.path);
    else {
      // Most manifests take the fast path; anything unusual (and every problem) the full parser.
      parsed = parseSimpleDocuments(f.path, f.text) ?? parseDocuments(f.path, f.text);
      cache?.set(f.text, parsed);
    }
    for (const d of parsed.documents) documents.push(d);
    for (const d of parsed.diagnostics) diagnostics.push(d);
  }
  return buildCluster(documents, options, diagnostics);
}


export interface DiffInput {
  base: readonly SourceFile[];
  head: readonly SourceFile[];
  /** Problems met while reading each side (unreadable files, links out of the tree). */
  baseDiagnostics?: readonly Diagnostic[];
  headDiagnostics?: readonly Diagnostic[];
  /** The rules file (from the base branch in the action); null when there is none. */
  rules: SourceFile | null;
  options: AnalyzeOptions;
  failOn: FailOn;
  /** Issue 10: overrides the rules file's notAnalysed (CLI --not-analysed); default warn. */
  notAnalysed?: NotAnalysedMode;
}


/**
 * Both states, parsing each distinct file once. The parsed documents are garbage once the two
 * clusters are built; keeping them out of analyzeDiff's scope lets the engine run on a smaller heap.
 */
function loadBoth(input: DiffInput, options: AnalyzeOptions): { base: Cluster; head: Cluster } {
  const cache = new Map<string, ParsedFile>();
  return { base: parseCluster(input.base, options, cache), head: parseCluster(input.head, options, cache) };
}

/** The composition that the CLI and the action share: files in, diff, rules, verdict out. */
export function analyzeDiff(input: DiffInput): DiffAnalysis {
  const parsedRules = input.rules ? parseRulesFile(input.rules.path, input.rules.text) : { config: null, diagnostics: [] };
  const config = parsedRules.config;
  const options: AnalyzeOptions = {
    ...input.options,
    defaultNamespace: config?.defaultNamespace ?? input.options.defaultNamespace,
    namespaceLabels: { ...(input.options.namespaceLabels ?? {}), ...Object.fromEntries(Object.entries(config?.namespaces ?? {}).map(([k, v]) => [k, v.labels])) },
  };
  const { base, head } = loadBoth(input, options);
  const diff = computeDiff(
    { ...base, diagnostics: [...(input.baseDiagnostics ?? []), ...base.diagnostics] },
    { ...head, diagnostics: [...(input.headDiagnostics ?? []), ...head.diagnostics] },
    { boundaries: config ? ruleBoundaries(config.rules) : [], podCidrs: [...(input.options.podCidrs ?? []), ...(config?.podCidrs ?? []).map((c) => c.range)] },
  );
  const violations = config ? evaluateRules(config.rules, diff) : [];
  const diagnostics = [...diff.diagnostics, ...parsedRules.diagnostics];
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const newViolations = violations.filter((v) => v.isNew).length;
  const count = (k: (kind: string) => boolean) => diff.changes.filter((c) => k(c.group.kind)).length;
  const counts = {
    opened: count((k) => k === 'opened'),
    closed: count((k) => k === 'closed'),
    changed: count((k) => k !== 'opened' && k !== 'closed'),
    violations: violations.length,
    newViolations,
    errors,
  };
  const gating = input.failOn === 'never' ? 0 : input.failOn === 'any' ? violations.length : newViolations;
  let exitCode: DiffAnalysis['exitCode'] = 0;
  let reason = 'no rule is violated';
  if (errors) {
    exitCode = 2;
    reason = `${errors} input error${errors === 1 ? '' : 's'} (invalid manifests or rules): the analysis is incomplete`;
  } else if (gating) {
    exitCode = 1;
    reason = `${gating} ${input.failOn === 'any' ? '' : 'new '}rule violation${gating === 1 ? '' : 's'}`;
  }
  // Issue 10: policy objects that decide traffic but are not analysed make the result incomplete.
  const notAnalysed = diff.diagnostics.filter((d) => d.code === 'not-analysed' && d.side === 'head').length;
  if (notAnalysed) {
    const what = `⚠ ${notAnalysed} policy object${notAnalysed === 1 ? ' was' : 's were'} not analysed`;
    if (exitCode === 0 && (input.notAnalysed ?? config?.notAnalysed ?? 'warn') === 'fail') {
      exitCode = 1;
      reason = `${what} (notAnalysed: fail)`;
    } else reason = `${reason}; ${what}: the result is incomplete`;
  }
  return { diff, rules: config, hasRulesFile: input.rules !== null, violations, diagnostics, counts, exitCode, reason };
}
