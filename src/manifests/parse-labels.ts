import { labelKeyProblem, labelValueProblem } from '../model/kube-names';
import type { LabelSelector, Labels, Requirement, SelectorOperator } from '../model/types';
import { FieldReader, typeName, type KubeObject } from './kube-object';
import { isRecord } from '../yaml/plain-data';
import type { Path } from '../yaml/parse-documents';

/** A label map; a diagnostic and null when it or any entry is invalid. */
export function parseLabels(r: FieldReader, path: Path): Labels | null {
  const m = r.map(path);
  if (m === null) return null;
  if (m === undefined) return {};
  let ok = true;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(m)) {
    const keyProblem = labelKeyProblem(k);
    if (keyProblem) {
      r.error([...path, k], `label key "${k}" is invalid: ${keyProblem}`, 'invalid-label');
      ok = false;
      continue;
    }
    if (typeof v !== 'string') {
      r.error([...path, k], `label "${k}" must have a string value, not ${typeName(v)} (quote it in YAML)`, 'invalid-label');
      ok = false;
      continue;
    }
    const valueProblem = labelValueProblem(v);
    if (valueProblem) {
      r.error([...path, k], `label "${k}" has an invalid value "${v}": ${valueProblem}`, 'invalid-label');
      ok = false;
      continue;
    }
    out[k] = v;
  }
  return ok ? out : null;
}

const OPERATORS: readonly SelectorOperator[] = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

/**
 * A metav1.LabelSelector. A null or missing selector is returned as undefined: what that
 * means depends on where it stands. Null means invalid (a diagnostic was added).
 */
export function parseSelector(r: FieldReader, path: Path): LabelSelector | undefined | null {
  const v = r.get(path);
  if (v === undefined || v === null) return undefined;
  if (!isRecord(v)) {
    r.error(path, `${path[path.length - 1]} must be a label selector mapping (matchLabels / matchExpressions), not ${typeName(v)}`, 'invalid-selector');
    return null;
  }
  let ok = true;
  for (const k of Object.keys(v)) {
    if (k !== 'matchLabels' && k !== 'matchExpressions') {
      r.error([...path, k], `unknown selector field "${k}" (a selector has matchLabels and matchExpressions; did you mean matchLabels: {${k}: …}?)`, 'invalid-selector');
      ok = false;
    }
  }
  const matchLabels = parseLabels(r, [...path, 'matchLabels']);
  if (matchLabels === null) ok = false;
  const exprs = r.list([...path, 'matchExpressions']);
  if (exprs === null) ok = false;
  const matchExpressions: Requirement[] = [];
  (exprs ?? []).forEach((e, i) => {
    const ep = [...path, 'matchExpressions', i];
    const req = parseRequirement(r, ep, e);
    if (req) matchExpressions.push(req);
    else ok = false;
  });
  return ok ? { matchLabels: matchLabels ?? {}, matchExpressions } : null;
}

function parseRequirement(r: FieldReader, path: Path, e: unknown): Requirement | null {
  if (!isRecord(e)) {
    r.error(path, `a matchExpressions entry must be a mapping with key, operator and values, not ${typeName(e)}`, 'invalid-selector');
    return null;
  }
  // Strict field validation (build-policy.ts OBJECT_FIELDS): kubectl apply refuses any other field.
  const unknown = Object.keys(e).find((k) => k !== 'key' && k !== 'operator' && k !== 'values');
  if (unknown !== undefined) {
    r.error([...path, unknown], `unknown field "${unknown}" in a matchExpressions entry (key, operator, values): kubectl apply refuses the object`, 'invalid-selector');
    return null;
  }
  const key = e.key;
  if (typeof key !== 'string') {
    r.error([...path, 'key'], 'matchExpressions entry needs a string "key"', 'invalid-selector');
    return null;
  }
  const keyProblem = labelKeyProblem(key);
  if (keyProblem) {
    r.error([...path, 'key'], `label key "${key}" is invalid: ${keyProblem}`, 'invalid-selector');
    return null;
  }
  const op = e.operator;
  // A value of another type is in no list of strings either.
  if (!OPERATORS.includes(op as SelectorOperator)) {
    r.error([...path, 'operator'], `unknown selector operator ${typeName(op)}; it must be one of In, NotIn, Exists, DoesNotExist`, 'invalid-selector');
    return null;
  }
  const operator = op as SelectorOperator;
  const raw = e.values ?? [];
  if (!Array.isArray(raw) || raw.some((x) => typeof x !== 'string')) {
    r.error([...path, 'values'], 'values must be a list of strings', 'invalid-selector');
    return null;
  }
  const values = raw as string[];
  if ((operator === 'In' || operator === 'NotIn') && values.length === 0) {
    r.error([...path, 'values'], `operator ${operator} needs at least one value`, 'invalid-selector');
    return null;
  }
  if ((operator === 'Exists' || operator === 'DoesNotExist') && values.length > 0) {
    r.error([...path, 'values'], `operator ${operator} takes no values`, 'invalid-selector');
    return null;
  }
  for (const v of values) {
    const p = labelValueProblem(v);
    if (p) {
      r.error([...path, 'values'], `value "${v}" is invalid: ${p}`, 'invalid-selector');
      return null;
    }
  }
  return { key, operator, values };
}

export type { KubeObject };
