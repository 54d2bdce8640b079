import { analyzeDiff, type DiffInput } from './analyze';
import type { DiffAnalysis, DiffCounts } from './analysis-result';
import type { EnvironmentSpec } from './environments/types';
import type { Diagnostic, SourceFile } from './model/types';
import { parseRulesFile } from './rules/parse-rules';

/** One side of one environment, as read or rendered. */
export interface EnvironmentSideInput {
  files: readonly SourceFile[];
  diagnostics: readonly Diagnostic[];
}

export interface EnvironmentsInput extends Omit<DiffInput, 'base' | 'head' | 'baseDiagnostics' | 'headDiagnostics' | 'environment'> {
  environments: readonly { spec: EnvironmentSpec; base: EnvironmentSideInput; head: EnvironmentSideInput }[];
  /** The environments were detected, not named by the rules file. */
  detected: boolean;
  /** Versions of the render tools used. */
  tools: readonly string[];
}

/** One environment's analysis. */
export interface EnvironmentRun {
  spec: EnvironmentSpec;
  run: DiffAnalysis;
}

/** Issue 13: every environment's analysis, and the verdict over all of them. */
export interface EnvironmentsAnalysis {
  environments: EnvironmentRun[];
  detected: boolean;
  tools: readonly string[];
  /** The sum over the environments. */
  counts: DiffCounts;
  /** The worst of the environments' exit statuses: any failing environment fails the run. */
  exitCode: 0 | 1 | 2;
  reason: string;
}

/** Whether an environment has something to show: a changed flow, a violation (new or fixed) or an input error. */
export function environmentChanged(run: DiffAnalysis): boolean {
  return run.diff.groups.length > 0 || run.counts.newViolations > 0 || run.counts.resolved > 0 || run.counts.errors > 0 || run.exitCode !== 0;
}

function sumCounts(runs: readonly DiffAnalysis[]): DiffCounts {
  const z: DiffCounts = { opened: 0, closed: 0, portsChanged: 0, violations: 0, newViolations: 0, resolved: 0, errors: 0 };
  for (const r of runs) for (const k of Object.keys(z) as (keyof DiffCounts)[]) z[k] += r.counts[k];
  return z;
}

/** Rules limited to environments that none of the analysed (detected) ones is: they could never apply. */
function unknownEnvironmentRules(input: EnvironmentsInput): Diagnostic[] {
  if (!input.detected || !input.rules) return [];
  const names = new Set(input.environments.map((e) => e.spec.name));
  const config = parseRulesFile(input.rules.path, input.rules.text).config;
  return (config?.rules ?? [])
    .filter((r) => r.environments?.some((n) => !names.has(n)))
    .map((r) => ({
      severity: 'error' as const,
      code: 'rules-unknown-environment',
      file: r.source.file,
      line: r.source.line,
      message: `rule "${r.name}" names environment${r.environments!.length === 1 ? '' : 's'} ${r.environments!.map((n) => `"${n}"`).join(', ')}, but the environments analysed are ${[...names].join(', ')} (detected: pin them with environments: in the rules file)`,
    }));
}

/**
 * Issue 13: each environment analysed on its own (its own cluster, reach, diff and rules: a
 * rule with `environments:` only where it names), and one verdict: the run fails when any
 * environment fails (the worst exit status), and the reason names the failing environments.
 */
export function analyzeEnvironments(input: EnvironmentsInput): EnvironmentsAnalysis {
  const extra = unknownEnvironmentRules(input);
  const environments = input.environments.map((e, i) => ({
    spec: e.spec,
    run: analyzeDiff({
      ...input,
      base: e.base.files,
      head: e.head.files,
      baseDiagnostics: e.base.diagnostics,
      headDiagnostics: i === 0 ? [...extra, ...e.head.diagnostics] : e.head.diagnostics,
      // helm template --namespace does not write it into objects; the release is installed there.
      environment: { name: e.spec.name, first: i === 0, ...(e.spec.source.kind === 'helm' && e.spec.source.namespace ? { namespace: e.spec.source.namespace } : {}) },
    }),
  }));
  const exitCode = Math.max(0, ...environments.map((e) => e.run.exitCode)) as 0 | 1 | 2;
  const failing = environments.filter((e) => e.run.exitCode !== 0);
  const reason =
    environments.length === 1
      ? environments[0]!.run.reason
      : failing.length
        ? failing.map((e) => `${e.spec.name}: ${e.run.reason}`).join('; ')
        : `all ${environments.length} environments pass (${environments.filter((e) => environmentChanged(e.run)).length} changed)`;
  return { environments, detected: input.detected, tools: input.tools, counts: sumCounts(environments.map((e) => e.run)), exitCode, reason };
}
