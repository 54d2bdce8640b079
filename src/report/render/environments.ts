import type { EnvironmentsAnalysis } from '../../analyze-environments';
import { describeSource, pinnedEntry } from '../../environments/types';
import { escapeText } from './escape';
import { diffNdjsonLines, environmentsJsonChunks } from './json';
import { renderSarif, type SarifOptions } from './sarif';
import { diffTextChunks } from './text';

/**
 * `flowgate diff --format text` over environments: a verdict line, then each environment's report
 * under its name, a line at a time (diffTextChunks).
 */
export function* environmentsTextChunks(a: EnvironmentsAnalysis): Generator<string> {
  const tools = a.tools.length ? `Rendered with ${escapeText(a.tools.join(', '))}.\n` : '';
  if (a.environments.length === 1 && !a.detected) {
    yield* diffTextChunks(a.environments[0]!.run);
    if (tools) yield tools;
    return;
  }
  const head = [`flowgate: ${a.exitCode === 0 ? 'PASS' : 'FAIL'} - ${escapeText(a.reason)}`, ''];
  if (a.detected) head.push('Environments detected (the rules file names none); to pin them, add to the rules file:', 'environments:', ...a.environments.map((e) => `  - ${escapeText(pinnedEntry(e.spec))}`), '');
  yield `${head.join('\n')}\n`;
  for (const e of a.environments) {
    yield `== environment ${escapeText(e.spec.name)} (${escapeText(describeSource(e.spec.source))}) ==\n`;
    yield* diffTextChunks(e.run);
    yield '\n';
  }
  if (tools) yield tools;
}

/** An environment's source as the JSON report writes it: the rules file's fields and how it reads. */
export function sourceJson(s: EnvironmentsAnalysis['environments'][number]['spec']['source']): Record<string, unknown> {
  return { ...s, text: describeSource(s) };
}

/**
 * The JSON report over environments (issue 13; the contract is environmentsJsonChunks'): each
 * environment with its name and source, the verdict over all of them on top.
 */
export function environmentsJson(a: EnvironmentsAnalysis): Generator<string> {
  return environmentsJsonChunks(
    a.environments.map((e) => ({ name: e.spec.name, source: sourceJson(e.spec.source), run: e.run })),
    { counts: a.counts, exitCode: a.exitCode, reason: a.reason, detected: a.detected, tools: a.tools },
  );
}

/** `--format ndjson` over environments: each environment's changed pairs, every line naming its environment. */
export function* environmentsNdjson(a: EnvironmentsAnalysis): Generator<string> {
  for (const e of a.environments) yield* diffNdjsonLines(e.run, e.spec.name);
}

/** SARIF over environments: one run per environment (SARIF logs hold several), each with its automation id. */
export function renderEnvironmentsSarif(a: EnvironmentsAnalysis, options: SarifOptions = {}): string {
  const logs = a.environments.map((e) => ({ name: e.spec.name, log: JSON.parse(renderSarif(e.run, options)) as { runs: Record<string, unknown>[] } & Record<string, unknown> }));
  if (logs.length === 1) return `${JSON.stringify(logs[0]!.log, null, 2)}\n`;
  const runs = logs.flatMap((l) => l.log.runs.map((r) => ({ ...r, automationDetails: { id: `flowgate/${l.name}/` } })));
  return `${JSON.stringify({ ...logs[0]!.log, runs }, null, 2)}\n`;
}
