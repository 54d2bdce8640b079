import { selectorMatches } from '../model/label-selector';
import type { LabelSelector, Labels } from '../model/types';

/**
 * The value a stand-in gives a key that a selector only requires to exist (`Exists`). It is not
 * a valid label value, so it never equals a value that a selector names: `In` never
 * matches it and `NotIn` always does.
 */
export const ANY_VALUE = '(any value)';

/**
 * The values to try for a key: its `matchLabels` value, else the values of its first `In`; null
 * when neither names it. Each is then checked against every requirement on the key, so a later
 * `In` (or a `matchLabels` value outside an `In`) narrows them there.
 */
function candidateValues(sel: LabelSelector, key: string): readonly string[] | null {
  if (key in sel.matchLabels) return [sel.matchLabels[key]!];
  return sel.matchExpressions.find((r) => r.key === key && r.operator === 'In')?.values ?? null;
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
  // Keys in sorted order, so that equal selectors give equal objects (A-18: a key under NotIn or
  // DoesNotExist only is absent, which satisfies it; every other requirement is checked on its key).
  for (const key of [...keys].sort()) {
    const own = sel.matchExpressions.filter((r) => r.key === key);
    const value = (candidateValues(sel, key) ?? [ANY_VALUE]).find((v) => own.every((r) => selectorMatches({ matchLabels: {}, matchExpressions: [r] }, { [key]: v })));
    if (value === undefined) return null;
    labels[key] = value;
  }
  return labels;
}
