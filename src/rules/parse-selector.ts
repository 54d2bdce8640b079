import { isRecord } from '../yaml/plain-data';
import { labelKeyProblem, labelValueProblem } from '../model/kube-names';
import { parseCidr } from '../model/cidr';
import { WORKLOAD_KINDS, type LabelSelector, type Labels, type Requirement, type SelectorOperator, type WorkloadKind } from '../model/types';
import type { RuleReporter } from './rule-reporter';
import type { EndpointSelector, RuleCidr } from './types';
import type { Path } from '../yaml/lines';

/** Selector fields that only workloads have. */
const WORKLOAD_FIELDS = ['namespace', 'namespaceLabels', 'workload', 'kind', 'labels'] as const;

/** A label map; null when an entry is invalid (reported). Wrong types were reported by the schema. */
export function buildLabelMap(raw: unknown, path: Path, report: RuleReporter): Labels | null {
  if (!isRecord(raw)) return null;
  let ok = true;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    const keyProblem = labelKeyProblem(k);
    if (keyProblem) {
      report.error([...path, k], 'rules-invalid-label', `label key "${k}" is invalid: ${keyProblem}`, { atKey: true });
      ok = false;
      continue;
    }
    if (typeof v !== 'string') {
      ok = false;
      continue;
    }
    const valueProblem = labelValueProblem(v);
    if (valueProblem) {
      report.error([...path, k], 'rules-invalid-label', `label "${k}" has an invalid value "${v}": ${valueProblem}`);
      ok = false;
      continue;
    }
    out[k] = v;
  }
  return ok ? out : null;
}

function buildRequirement(raw: unknown, path: Path, report: RuleReporter): Requirement | null {
  if (!isRecord(raw) || typeof raw.key !== 'string' || typeof raw.operator !== 'string') return null;
  const { key } = raw;
  const operator = raw.operator as SelectorOperator;
  const keyProblem = labelKeyProblem(key);
  if (keyProblem) {
    report.error([...path, 'key'], 'rules-invalid-selector', `label key "${key}" is invalid: ${keyProblem}`);
    return null;
  }
  const values = raw.values ?? [];
  if (!Array.isArray(values) || values.some((v) => typeof v !== 'string')) return null;
  // In and NotIn need values; Exists and DoesNotExist take none (as the API server checks).
  if ((operator === 'In' || operator === 'NotIn') && values.length === 0) {
    report.error([...path, 'values'], 'rules-invalid-selector', `operator ${operator} needs at least one value`);
    return null;
  }
  if ((operator === 'Exists' || operator === 'DoesNotExist') && values.length > 0) {
    report.error([...path, 'values'], 'rules-invalid-selector', `operator ${operator} takes no values`);
    return null;
  }
  for (const v of values as string[]) {
    const problem = labelValueProblem(v);
    if (problem) {
      report.error([...path, 'values'], 'rules-invalid-selector', `value "${v}" is invalid: ${problem}`);
      return null;
    }
  }
  return { key, operator, values: values as string[] };
}

/**
 * A label selector in either form: a plain label map (matchLabels), or a mapping with
 * `matchLabels` and/or `matchExpressions` (A-18: all ANDed). A mapping that holds either key is
 * read in the second form.
 */
function buildLabelSelector(raw: unknown, path: Path, report: RuleReporter): LabelSelector | null {
  if (!isRecord(raw)) return null;
  if (!('matchLabels' in raw) && !('matchExpressions' in raw)) {
    const matchLabels = buildLabelMap(raw, path, report);
    return matchLabels && { matchLabels, matchExpressions: [] };
  }
  // As the schema reads it: an empty matchLabels (null) is no mapping, so not "no labels".
  const matchLabels = raw.matchLabels === undefined ? {} : buildLabelMap(raw.matchLabels, [...path, 'matchLabels'], report);
  const exprs = raw.matchExpressions ?? [];
  if (!Array.isArray(exprs)) return null;
  const matchExpressions = exprs.map((e, i) => buildRequirement(e, [...path, 'matchExpressions', i], report));
  if (!matchLabels || matchExpressions.some((r) => r === null)) return null;
  return { matchLabels, matchExpressions: matchExpressions as Requirement[] };
}

/** A string or a list of strings, as a list; null when it has another type (the schema said so). */
function stringList(raw: unknown): string[] | null {
  if (typeof raw === 'string') return [raw];
  if (Array.isArray(raw) && raw.length && raw.every((x) => typeof x === 'string')) return [...new Set(raw as string[])];
  return null;
}

/** CIDRs (a string or a list), each checked; null when any is invalid (the errors are reported). */
export function buildCidrs(raw: unknown, path: Path, report: RuleReporter): RuleCidr[] | null {
  const list = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw : null;
  if (!list) return null;
  let ok = true;
  const out: RuleCidr[] = [];
  list.forEach((text, i) => {
    const at = typeof raw === 'string' ? path : [...path, i];
    if (typeof text !== 'string') return void (ok = false);
    const c = parseCidr(text);
    if (!c.ok) {
      report.error(at, 'rules-invalid-cidr', c.error);
      ok = false;
      return;
    }
    // host bits set are accepted as the network they denote, as the API server does.
    if (c.nonCanonical) report.warn(at, 'rules-noncanonical-cidr', `"${text}" is read as ${c.canonical}`);
    out.push({ text: c.canonical, range: c.range });
  });
  return ok && out.length ? out : null;
}

/**
 * An endpoint selector (`from` or `to`). Its shape was checked by the schema; here: labels,
 * CIDRs, and fields that cannot go together. Null when anything is wrong (reported).
 */
export function buildSelector(raw: unknown, path: Path, report: RuleReporter): EndpointSelector | null {
  if (!isRecord(raw) || Object.keys(raw).length === 0) return null;
  const keys = Object.keys(raw);
  if (raw.any !== undefined && keys.length > 1) {
    report.error(path, 'rules-selector-conflict', `"any: true" selects every endpoint and cannot be combined with ${keys.filter((k) => k !== 'any').join(', ')}`);
    return null;
  }
  const workloadFields = WORKLOAD_FIELDS.filter((f) => raw[f] !== undefined);
  if (raw.cidr !== undefined && workloadFields.length) {
    report.error(
      path,
      'rules-selector-conflict',
      `"cidr" selects external addresses, which have no ${workloadFields.join(', ')}; such a selector would match nothing (write two rules instead)`,
    );
    return null;
  }
  // Alone (checked above); `any: false` or an empty `any:` selects nothing the schema accepts.
  if (raw.any !== undefined) return raw.any === true ? { any: true } : null;
  const sel: EndpointSelector = {};
  let ok = true;
  const take = <T>(v: T | null, set: (x: T) => void) => {
    if (v === null) ok = false;
    else set(v);
  };
  if (raw.namespace !== undefined) take(stringList(raw.namespace), (x) => (sel.namespaces = x.sort()));
  if (raw.workload !== undefined) take(stringList(raw.workload), (x) => (sel.workloads = x.sort()));
  if (raw.kind !== undefined) {
    const kinds = stringList(raw.kind);
    take(kinds?.every((k) => (WORKLOAD_KINDS as readonly string[]).includes(k)) ? kinds : null, (x) => (sel.kinds = x.sort() as WorkloadKind[]));
  }
  if (raw.namespaceLabels !== undefined) take(buildLabelSelector(raw.namespaceLabels, [...path, 'namespaceLabels'], report), (x) => (sel.namespaceLabels = x));
  if (raw.labels !== undefined) take(buildLabelSelector(raw.labels, [...path, 'labels'], report), (x) => (sel.labels = x));
  if (raw.cidr !== undefined) take(buildCidrs(raw.cidr, [...path, 'cidr'], report), (x) => (sel.cidrs = x));
  for (const k of keys) if (k !== 'cidr' && !(WORKLOAD_FIELDS as readonly string[]).includes(k)) ok = false;
  return ok ? sel : null;
}
