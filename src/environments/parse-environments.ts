import type { RuleReporter } from '../rules/rule-reporter';
import { isRecord } from '../yaml/plain-data';
import type { EnvironmentSource, EnvironmentSpec } from './types';

const SOURCE_KEYS = ['kustomize', 'helm', 'manifests', 'command'] as const;

/** A release name from a folder name: Helm wants a DNS label. */
export function releaseName(folder: string): string {
  const base = folder.split('/').filter(Boolean).pop() ?? 'release';
  const name = base.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 53).replace(/-+$/, '');
  return name || 'release';
}

function buildSource(raw: Record<string, unknown>, i: number, report: RuleReporter): EnvironmentSource | null {
  const at = ['environments', i];
  const given = SOURCE_KEYS.filter((k) => raw[k] !== undefined && !(k === 'helm' && typeof raw.helm === 'boolean'));
  if (given.length !== 1) {
    report.error(at, 'rules-environment-source', given.length ? `give one source, not ${given.join(' and ')}` : 'give a source: kustomize, helm, manifests or command');
    return null;
  }
  if (typeof raw.helm === 'boolean' && given[0] !== 'kustomize') {
    report.error([...at, 'helm'], 'rules-environment-source', 'helm: true goes beside kustomize (it lets the kustomization inflate vendored helmCharts); a Helm chart is helm: { chart: FOLDER }');
    return null;
  }
  switch (given[0]!) {
    case 'kustomize':
      return { kind: 'kustomize', path: String(raw.kustomize).replace(/\/+$/, ''), enableHelm: raw.helm === true };
    case 'helm': {
      const h = raw.helm;
      const chart = (typeof h === 'string' ? h : isRecord(h) ? String(h.chart) : '').replace(/\/+$/, '');
      const values = isRecord(h) && Array.isArray(h.values) ? h.values.map(String) : [];
      const namespace = isRecord(h) && typeof h.namespace === 'string' ? h.namespace : null;
      const release = isRecord(h) && typeof h.release === 'string' ? h.release : releaseName(chart);
      return { kind: 'helm', chart, values, namespace, release };
    }
    case 'manifests': {
      const globs = (raw.manifests as unknown[]).map(String);
      for (const [j, g] of globs.entries()) {
        const body = g.replace(/^!/, '');
        if (body.startsWith('/') || body.startsWith('~') || body.split('/').includes('..')) report.error([...at, 'manifests', j], 'rules-environment-path', `"${g}" reaches outside the repository; globs are relative to its root`);
      }
      return { kind: 'manifests', globs: globs.filter((g) => !g.startsWith('!')), exclude: globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1)) };
    }
    case 'command': {
      const argv = (raw.command as unknown[]).map(String);
      // A-PR must not run its own code: the program is a name looked up on PATH, never a path.
      if (!argv[0] || argv[0].includes('/') || argv[0].includes('\\')) {
        report.error([...at, 'command', 0], 'rules-environment-command', `the program must be a name looked up on PATH (such as jsonnet), not a path ("${argv[0] ?? ''}"): a program in the repository would let a pull request run its own code`);
        return null;
      }
      return { kind: 'command', argv };
    }
  }
}

/**
 * The `environments:` list of a rules file (issue 13), after the JSON Schema checked its shape:
 * unique names and exactly one source each. An entry with a problem is left out, and the error
 * fails the run.
 */
export function buildEnvironments(raw: unknown, report: RuleReporter): EnvironmentSpec[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const out: EnvironmentSpec[] = [];
  const first = new Map<string, number>();
  raw.forEach((item, i) => {
    if (!isRecord(item) || typeof item.name !== 'string' || report.hasErrorWithin(['environments', i])) return;
    const line = report.line(['environments', i]);
    const seen = first.get(item.name);
    if (seen !== undefined) {
      report.error(['environments', i, 'name'], 'rules-duplicate-name', `environment "${item.name}" is defined twice (first at line ${seen})`);
      return;
    }
    first.set(item.name, line);
    const source = buildSource(item, i, report);
    if (source) out.push({ name: item.name, source, line });
  });
  return out;
}
