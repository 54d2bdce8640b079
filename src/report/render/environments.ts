import type { EnvironmentsAnalysis } from '../../analyze-environments';
import { describeSource, pinnedEntry } from '../../environments/types';
import { escapeText } from './escape';
import { buildDiffJson } from './json';
import { renderSarif, type SarifOptions } from './sarif';
import { renderText } from './text';

/** `flowgate diff --format text` over environments: a verdict line, then each environment's report under its name. */
export function renderEnvironmentsText(a: EnvironmentsAnalysis): string {
  if (a.environments.length === 1 && !a.detected) return renderText(a.environments[0]!.run) + (a.tools.length ? `Rendered with ${escapeText(a.tools.join(', '))}.\n` : '');
  const out = [`flowgate: ${a.exitCode === 0 ? 'PASS' : 'FAIL'} - ${escapeText(a.reason)}`, ''];
  if (a.detected) out.push('Environments detected (the rules file names none); to pin them, add to the rules file:', 'environments:', ...a.environments.map((e) => `  - ${escapeText(pinnedEntry(e.spec))}`), '');
  for (const e of a.environments) out.push(`== environment ${escapeText(e.spec.name)} (${escapeText(describeSource(e.spec.source))}) ==`, renderText(e.run));
  if (a.tools.length) out.push(`Rendered with ${escapeText(a.tools.join(', '))}.`);
  return `${out.join('\n')}\n`;
}

/**
 * The JSON report over environments (issue 13): `environments` is always a list, one entry per
 * environment (one when there is one, so the shape never flips), each the single-environment
 * report plus `name` and `source`; top level `version`, `counts`, `exitCode`, `reason`, `tools`
 * and, when flowgate detected them, `detected: true`.
 */
export function buildEnvironmentsJson(a: EnvironmentsAnalysis): Record<string, unknown> {
  const environments = a.environments.map((e) => {
    const { version: _v, ...body } = buildDiffJson(e.run);
    return { name: e.spec.name, source: { ...e.spec.source, text: describeSource(e.spec.source) }, ...body };
  });
  const c = a.counts;
  return {
    version: 2,
    environments,
    counts: { opened: c.opened, closed: c.closed, changed: c.portsChanged, violations: c.violations, newViolations: c.newViolations, resolved: c.resolved, errors: c.errors },
    exitCode: a.exitCode,
    reason: a.reason,
    detected: a.detected,
    tools: a.tools,
  };
}

export function renderEnvironmentsJson(a: EnvironmentsAnalysis): string {
  return `${JSON.stringify(buildEnvironmentsJson(a), null, 2)}\n`;
}

/** SARIF over environments: one run per environment (SARIF logs hold several), each with its automation id. */
export function renderEnvironmentsSarif(a: EnvironmentsAnalysis, options: SarifOptions = {}): string {
  const logs = a.environments.map((e) => ({ name: e.spec.name, log: JSON.parse(renderSarif(e.run, options)) as { runs: Record<string, unknown>[] } & Record<string, unknown> }));
  if (logs.length === 1) return `${JSON.stringify(logs[0]!.log, null, 2)}\n`;
  const runs = logs.flatMap((l) => l.log.runs.map((r) => ({ ...r, automationDetails: { id: `flowgate/${l.name}/` } })));
  return `${JSON.stringify({ ...logs[0]!.log, runs }, null, 2)}\n`;
}
