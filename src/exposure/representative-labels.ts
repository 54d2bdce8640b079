import { selectorMatches } from '../model/label-selector';
import type { LabelSelector, Labels } from '../model/types';

/**
 * The value a stand-in gives a key that a selector only requires to exist (`Exists`). It is not
 * a valid label value, so it never equals a value that a selector names: `In` never
 * matches it and `NotIn` always does.
 */
export const ANY_VALUE = '(any value)';

/** The values a key may take under the selector's `matchLabels` and `In` requirements; null when they do not restrict it. */
function allowedValues(sel: LabelSelector, key: string): string[] | null {
  let values: string[] | null = key in sel.matchLabels ? [sel.matchLabels[key]!] : null;
  for (const r of sel.matchExpressions) {
    if (r.key !== key || r.operator !== 'In') continue;
    values = values === null ? [...r.values] : values.filter((v) => r.values.includes(v));
  }
  return values;
}

/**
 * Issue 11: the labels of a representative pod (or namespace) that a selector selects, with as
 * few labels as the selector allows: a key only when `matchLabels`, `In` or `Exists` needs it
 * (the first allowed value that the key's other requirements accept, or ANY_VALUE); keys under
 * `NotIn` or `DoesNotExist` only are left out, which satisfies them. Such a pod is
 * selected by the selectors that select every pod with these labels, and by no selector that
 * needs a label it lacks: a stand-in with unknown labels is selected only by empty selectors and
 * by `NotIn` / `DoesNotExist` (plus what it stands for). Null when nothing matches the selector
 * (e.g. `In [a]` and `NotIn [a]` on one key).
 */
export function representativeLabels(sel: LabelSelector): Labels | null {
  const keys = new Set([...Object.keys(sel.matchLabels), ...sel.matchExpressions.filter((r) => r.operator === 'In' || r.operator === 'Exists').map((r) => r.key)]);
  const labels: Record<string, string> = {};
  for (const key of [...keys].sort()) {
    const others = sel.matchExpressions.filter((r) => r.key === key);
    const candidates = allowedValues(sel, key) ?? [ANY_VALUE];
    const value = candidates.find((v) => others.every((r) => selectorMatches({ matchLabels: {}, matchExpressions: [r] }, { [key]: v })));
    if (value === undefined) return null;
    labels[key] = value;
  }
  return selectorMatches(sel, labels) ? labels : null;
}
