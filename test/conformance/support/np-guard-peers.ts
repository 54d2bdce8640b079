import type { LabelSelector, Requirement, SelectorOperator } from '../../../src/model/types';

/**
 * np-guard's representative peers of `list --exposure` (issue 11): `ns/[all pods]`,
 * `ns/[pod with {SEL}]`, `[namespace with {SEL}]/[all pods]`, `[namespace with {SEL}]/[pod with {SEL}]`
 * and `[all namespaces]/[pod with {SEL}]`. SEL is Go's print of a selector: `key=value` items and
 * `{Key:k,Operator:Op,Values:[v1 v2],}` requirements, comma-separated.
 */
export interface RepresentativePeer {
  namespace: { name: string } | { selector: LabelSelector } | { any: true };
  pods: LabelSelector | null;
}

function parseSelector(text: string): LabelSelector {
  if (!text.startsWith('{') || !text.endsWith('}')) throw new Error(`not a selector: ${text}`);
  let rest = text.slice(1, -1);
  const sel: { matchLabels: Record<string, string>; matchExpressions: Requirement[] } = { matchLabels: {}, matchExpressions: [] };
  while (rest.length) {
    const req = /^\{Key:([^,]+),Operator:(In|NotIn|Exists|DoesNotExist),Values:\[([^\]]*)\],\},?/.exec(rest);
    if (req) {
      sel.matchExpressions.push({ key: req[1]!, operator: req[2] as SelectorOperator, values: req[3] ? req[3].split(' ') : [] });
      rest = rest.slice(req[0].length);
      continue;
    }
    const kv = /^([^=,{}]+)=([^,{}]*),?/.exec(rest);
    if (!kv) throw new Error(`cannot parse selector ${text} at "${rest}"`);
    sel.matchLabels[kv[1]!] = kv[2]!;
    rest = rest.slice(kv[0].length);
  }
  return sel;
}

/** A representative peer, or null for a workload or an address range. */
export function parseRepresentativePeer(peer: string): RepresentativePeer | null {
  const m = /^(\[all namespaces\]|\[namespace with (\{.*\})\]|[a-z0-9-]+)\/(\[all pods\]|\[pod with (\{.*\})\])$/.exec(peer);
  if (!m) return null;
  const namespace = m[1] === '[all namespaces]' ? { any: true as const } : m[2] !== undefined ? { selector: parseSelector(m[2]) } : { name: m[1]! };
  return { namespace, pods: m[4] !== undefined ? parseSelector(m[4]) : null };
}
