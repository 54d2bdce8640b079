import { groupPairs } from './diff/change-pairs';
import { computeDiff, type DiffResult } from './diff/compute-diff';
import { holdsObjects, movedOutDiagnostics, type Rename } from './diff/moved-out';
import { computeReachability } from './engine/compute-reachability';
import { lintReachability, type LintWarning } from './engine/lint';
import { buildReachResult } from './engine/reach-result';
import { evaluateRules, ruleBoundaries } from './rules/evaluate-rules';
import { resolvedViolations } from './rules/resolved-violations';
import { parseRulesFile } from './rules/parse-rules';
import { buildCluster, type ClusterOptions } from './manifests/build-cluster';
import { helmTemplateDiagnostics } from './manifests/helm-charts';
import { parseDocuments, type ParsedFile } from './yaml/parse-documents';
import { parseSimpleDocuments } from './yaml/parse-simple-yaml';
import { addStandIns, policyPortNames } from './exposure/add-stand-ins';
import { standInSpecs } from './exposure/stand-in-specs';
import type { Cluster, Diagnostic, FailOn, IpRange, SourceFile } from './model/types';
import type { NotAnalysedMode, RulesConfig, Violation } from './rules/types';

export type { FailOn, SourceFile } from './model/types';
export type { AnalysisWarning, DiffAnalysis, ReachAnalysis } from './analysis-result';
import type { AnalysisWarning, DiffAnalysis, ReachAnalysis } from './analysis-result';

export interface AnalyzeOptions extends ClusterOptions {
  /** A-22 (option): the cluster's pod address ranges; ipBlocks that hold them all match pods too. */
  podCidrs?: readonly IpRange[];
  /** Issue 11: add stand-ins for pods the manifests do not list (default on); false: listed workloads only. */
  exposure?: boolean;
}

export const DEFAULT_OPTIONS: AnalyzeOptions = { defaultNamespace: 'default' };

/** A parse of the same text under another path: the same documents and diagnostics, relabelled. */
function atPath(parsed: ParsedFile, path: string): ParsedFile {
  const from = parsed.documents[0]?.file ?? parsed.diagnostics[0]?.file;
  if (from === undefined || from === path) return parsed;
  return { documents: parsed.documents.map((d) => ({ ...d, file: path })), diagnostics: parsed.diagnostics.map((d) => ({ ...d, file: path })) };
}

/** Issue 13: a parse of part of a rendered stream, its lines counted from its first line in the stream. */
function fromLine(parsed: ParsedFile, firstLine: number | undefined): ParsedFile {
  if (firstLine === undefined || firstLine === 1) return parsed;
  const off = firstLine - 1;
  return { documents: parsed.documents.map((d) => ({ ...d, lineOf: (p, at) => d.lineOf(p, at) + off })), diagnostics: parsed.diagnostics.map((d) => ({ ...d, line: d.line + off })) };
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
  const templates = helmTemplateDiagnostics(sorted.filter((f) => f.firstLine === undefined));
  for (const f of sorted) {
    const template = f.firstLine === undefined ? templates.get(f.path) : undefined;
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
    parsed = fromLine(parsed, f.firstLine);
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
  /** The files the pull request renames, and the manifest globs: a manifest moved out is an error. */
  movedOut?: { renames: readonly Rename[]; globs: readonly string[] };
  /** Issue 10: overrides the rules file's notAnalysed (CLI --not-analysed); default warn. */
  notAnalysed?: NotAnalysedMode;
  /**
   * Issue 13: the environment this analysis is of: only the rules that apply to it are
   * evaluated, and the rules file's own diagnostics are told by one environment (`first`).
   */
  environment?: { name: string; first: boolean; /** Objects that name none go here (a Helm release's namespace). */ namespace?: string };
}

/** The rules of one environment: those without `environments:` and those that name it. */
function rulesOf(config: RulesConfig | null, env: DiffInput['environment']): RulesConfig | null {
  if (!config || !env) return config;
  return { ...config, rules: config.rules.filter((r) => !r.environments || r.environments.includes(env.name)) };
}

/**
 * Both states, parsing each distinct file once, and the manifests moved out of the analysed
 * paths (a renamed base file is judged from its parse, not parsed again). The parsed documents
 * are garbage once the two clusters are built; keeping them out of analyzeDiff's scope lets the
 * engine run on a smaller heap.
 */
function loadBoth(input: DiffInput, options: AnalyzeOptions): { base: Cluster; head: Cluster; movedOut: Diagnostic[] } {
  const cache = new Map<string, ParsedFile>();
  const base = parseCluster(input.base, options, cache);
  const head = parseCluster(input.head, options, cache);
  if (!input.movedOut) return { base, head, movedOut: [] };
  const renamed = new Set(input.movedOut.renames.map((r) => r.from));
  const objectFiles = new Set(input.base.filter((f) => renamed.has(f.path) && holdsObjects(parseCluster([f], options, cache))).map((f) => f.path));
  const headPaths = new Set([...input.head.map((f) => f.path), ...(input.headDiagnostics ?? []).map((d) => d.file)]);
  return { base, head, movedOut: movedOutDiagnostics(input.movedOut.renames, objectFiles, headPaths, input.movedOut.globs) };
}

/**
 * Issue 11: the states with the stand-ins of all of them added (the two sides of a diff share
 * them), unless exposure is off (`exposure: false` in the options or in the rules file).
 */
function withExposure(clusters: readonly [Cluster, Cluster] | readonly [Cluster], rules: RulesConfig | null, options: AnalyzeOptions): Cluster[] {
  if (options.exposure === false) return [...clusters];
  const specs = standInSpecs(clusters, rules);
  const portNames = policyPortNames(clusters);
  return clusters.map((c) => addStandIns(c, specs, options.namespaceLabels, portNames));
}

/** The composition that the CLI and the action share: files in, diff, rules, verdict out. */
export function analyzeDiff(input: DiffInput): DiffAnalysis {
  const parsedRules = input.rules ? parseRulesFile(input.rules.path, input.rules.text) : { config: null, diagnostics: [] };
  const config = rulesOf(parsedRules.config, input.environment);
  const rulesDiagnostics = input.environment && !input.environment.first ? [] : parsedRules.diagnostics;
  const options: AnalyzeOptions = {
    ...input.options,
    defaultNamespace: input.environment?.namespace ?? config?.defaultNamespace ?? input.options.defaultNamespace,
    // Issue 11: the CLI's --exposure wins over the rules file's `exposure`; default on.
    exposure: input.options.exposure ?? config?.exposure ?? true,
    namespaceLabels: { ...(input.options.namespaceLabels ?? {}), ...Object.fromEntries(Object.entries(config?.namespaces ?? {}).map(([k, v]) => [k, v.labels])) },
  };
  const loaded = loadBoth(input, options);
  const { movedOut } = loaded;
  const [base, head] = withExposure([loaded.base, loaded.head], config, options) as [Cluster, Cluster];
  const diff = computeDiff(
    { ...base, diagnostics: [...(input.baseDiagnostics ?? []), ...base.diagnostics] },
    { ...head, diagnostics: [...(input.headDiagnostics ?? []), ...movedOut, ...head.diagnostics] },
    { boundaries: config ? ruleBoundaries(config.rules) : [], podCidrs: [...(input.options.podCidrs ?? []), ...(config?.podCidrs ?? []).map((c) => c.range)] },
  );
  const notAnalysed = input.notAnalysed ?? config?.notAnalysed;
  return judgeDiff(diff, { rules: config, rulesDiagnostics, hasRulesFile: input.rules !== null, failOn: input.failOn, ...(notAnalysed ? { notAnalysed } : {}) });
}

/** What judgeDiff needs besides the diff: the parsed rules (if any) and the gate. */
export interface JudgeInput {
  rules: RulesConfig | null;
  rulesDiagnostics: readonly Diagnostic[];
  hasRulesFile: boolean;
  failOn: FailOn;
  /** What not-analysed policy objects do to the gate (default warn). */
  notAnalysed?: NotAnalysedMode;
}

/**
 * Issue 10: policy objects that decide traffic but are not analysed (head's `not-analysed`
 * warnings) make the result incomplete; under `fail` they fail an otherwise passing gate.
 */
function withNotAnalysed(diff: DiffResult, mode: NotAnalysedMode, verdict: { exitCode: DiffAnalysis['exitCode']; reason: string }): { exitCode: DiffAnalysis['exitCode']; reason: string } {
  const n = diff.diagnostics.filter((d) => d.code === 'not-analysed' && d.side === 'head').length;
  if (!n) return verdict;
  const what = `⚠ ${n} policy object${n === 1 ? ' was' : 's were'} not analysed`;
  if (verdict.exitCode === 0 && mode === 'fail') return { exitCode: 1, reason: `${what} (notAnalysed: fail)` };
  return { exitCode: verdict.exitCode, reason: `${verdict.reason}; ${what}: the result is incomplete` };
}

function warningKey(w: LintWarning): string {
  // Files differ between sides (two checkouts), so a warning is known by what it says.
  return `${w.code}|${w.subject}|${w.message}`;
}

/** The lint warnings of head, each new unless base had the same warning. */
function diffWarnings(diff: DiffResult): AnalysisWarning[] {
  const before = new Set(lintReachability(diff.base).map(warningKey));
  return lintReachability(diff.head).map((w) => ({ warning: w, isNew: !before.has(warningKey(w)) }));
}

/** The diff seen from head to base: the same endpoints and classes, the two states swapped. */
function mirrored(diff: DiffResult): DiffResult {
  const endpoints = diff.endpoints.map((e) =>
    e.kind === 'External' ? { ...e, base: e.head, head: e.base } : { ...e, base: e.head, head: e.base, presence: e.presence === 'added' ? ('removed' as const) : e.presence === 'removed' ? ('added' as const) : e.presence },
  );
  return { ...diff, endpoints, jointClasses: diff.jointClasses.map((j) => ({ ...j, base: j.head, head: j.base })), base: diff.head, head: diff.base };
}

/**
 * The violations the change fixes: those of the base state (rules evaluated on the mirrored
 * diff) on pairs where head no longer breaks the rule at all, as blocks (rules/resolved-violations).
 */
function fixedViolations(rules: RulesConfig, diff: DiffResult, now: readonly Violation[]): Violation[] {
  return resolvedViolations(evaluateRules(rules.rules, mirrored(diff)), now, diff.endpoints);
}

/** The second half of analyzeDiff: rules, lint warnings, counts and the verdict of a computed diff. */
export function judgeDiff(diff: DiffResult, input: JudgeInput): DiffAnalysis {
  const violations = input.rules ? evaluateRules(input.rules.rules, diff) : [];
  const resolved = input.rules ? fixedViolations(input.rules, diff, violations) : [];
  const diagnostics = [...diff.diagnostics, ...input.rulesDiagnostics];
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  // Counts count pairs: a block of violations counts its pairs, a violation on no pair counts one.
  const violationCount = (list: readonly Violation[]) => list.reduce((n, v) => n + Math.max(1, v.pairs), 0);
  const newViolations = violationCount(violations.filter((v) => v.isNew));
  const kinds = { opened: 0, closed: 0, narrowed: 0, widened: 0, changed: 0 };
  for (const g of diff.groups) kinds[g.kind] += groupPairs(g, diff.jointClasses);
  const counts = {
    opened: kinds.opened,
    closed: kinds.closed,
    portsChanged: kinds.narrowed + kinds.widened + kinds.changed,
    violations: violationCount(violations),
    newViolations,
    resolved: violationCount(resolved),
    errors,
  };
  const { failOn } = input;
  const gating = failOn === 'never' ? 0 : failOn === 'any' ? counts.violations : newViolations;
  let exitCode: DiffAnalysis['exitCode'] = 0;
  const pre = counts.violations - newViolations;
  let reason = !violations.length
    ? 'no rule is violated'
    : !newViolations
      ? `no new violation (${pre} pre-existing)`
      : `${newViolations} new rule violation${newViolations === 1 ? '' : 's'}, not gated (fail-on: ${failOn})`;
  if (errors) {
    exitCode = 2;
    reason = `${errors} input error${errors === 1 ? '' : 's'} (invalid manifests or rules): the analysis is incomplete`;
  } else if (gating) {
    exitCode = 1;
    reason = `${gating} ${failOn === 'any' ? '' : 'new '}rule violation${gating === 1 ? '' : 's'}`;
  }
  const verdict = withNotAnalysed(diff, input.notAnalysed ?? 'warn', { exitCode, reason });
  return { diff, rules: input.rules, hasRulesFile: input.hasRulesFile, violations, resolved, diagnostics, warnings: diffWarnings(diff), counts, ...verdict };
}

export interface ReachInput {
  files: readonly SourceFile[];
  /** Problems met while reading the files (unreadable files, links out of the tree). */
  diagnostics?: readonly Diagnostic[];
  options: AnalyzeOptions;
}

/** The composition of `flowgate reach`: files in, the reachability of that one state and its lint warnings out. */
export function analyzeReach(input: ReachInput): ReachAnalysis {
  const [cluster] = withExposure([parseCluster(input.files, input.options)], null, input.options) as [Cluster];
  const merged = { ...cluster, diagnostics: [...(input.diagnostics ?? []), ...cluster.diagnostics] };
  const reach = computeReachability(merged, { podCidrs: input.options.podCidrs ?? [] });
  const exitCode = merged.diagnostics.some((d) => d.severity === 'error') ? 2 : 0;
  return { result: buildReachResult(reach), warnings: lintReachability(reach), diagnostics: merged.diagnostics, exitCode };
}
