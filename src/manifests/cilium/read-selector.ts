import { NAMESPACE_NAME_LABEL } from '../../model/kube-names';
import type { LabelSelector } from '../../model/types';
import type { Path } from '../../yaml/parse-documents';
import { isRecord } from '../../yaml/plain-data';
import { FieldReader, typeName, type KubeObject } from '../kube-object';
import { parseSelector } from '../parse-labels';

/** C-3: the pod label Cilium gives every pod: its namespace's name. */
export const POD_NAMESPACE_KEY = 'io.kubernetes.pod.namespace';
/** C-3: the prefix of the pod labels that carry its namespace's labels. */
export const NAMESPACE_LABELS_PREFIX = 'io.cilium.k8s.namespace.labels.';
/** Identity labels that the manifests cannot give (service account, cluster mesh), C-3. */
const UNMODELLED_KEYS = ['io.cilium.k8s.policy.serviceaccount', 'io.cilium.k8s.policy.cluster'];

/**
 * A Cilium endpoint selector split into what flowgate models: requirements on pod labels, and
 * requirements on the namespace (by name through `io.kubernetes.pod.namespace`, by namespace
 * labels through `io.cilium.k8s.namespace.labels.KEY`), read as namespace labels.
 */
export interface CiliumSelector {
  pod: LabelSelector;
  namespace: LabelSelector;
  /** The selector names the namespace key (C-3, C-11): a CNP peer is then not held to its own namespace. */
  namesNamespace: boolean;
  /**
   * The selector names a namespace label (`io.cilium.k8s.namespace.labels.KEY`): Cilium then does
   * not hold a CNP peer to the policy's namespace either (C-11; utils.go getEndpointSelector).
   */
  namesNamespaceLabels: boolean;
  /** `k8s:io.kubernetes.pod.namespace` in matchLabels (a CNP subject overwrites it with its own namespace, C-1). */
  k8sNamespaceLabel: boolean;
  /** Keys of sources that no pod carries (`reserved:`, `cidr:`, `fqdn:` …), as written: the selector matches no pod. */
  unmodelled: string[];
  /**
   * Keys a pod carries but the manifests do not show (service account, cluster), as written:
   * their requirements are left out of `pod`, so the selector matches at least what Cilium's does.
   */
  unknownPodKeys: string[];
}

type Target = 'pod' | 'namespace' | 'unmodelled' | 'unknown';

/** Where a written key belongs (C-3); a flag is written only where it holds. */
interface Translated {
  key: string;
  target: Target;
  namespaceKey?: true;
  namespaceLabel?: true;
  /** The namespace key was written with the `k8s:` source. */
  k8s?: boolean;
}

/** C-3: strips a `k8s:` / `any:` source prefix and says where the key belongs. */
function translateKey(written: string): Translated {
  // Cilium's ParseSource: `$name` and `reserved.name` are `reserved:name` (with a colon too, its source is not k8s or any).
  if (written.startsWith('$') || written.startsWith('reserved.')) return { key: written, target: 'unmodelled' };
  // A Kubernetes label key has no ':', so a colon ends a Cilium label source; none, or an empty one (`:app`), is `any`.
  const colon = written.indexOf(':');
  const source = written.slice(0, Math.max(colon, 0));
  const key = written.slice(colon + 1);
  if (source !== '' && source !== 'k8s' && source !== 'any') return { key: written, target: 'unmodelled' };
  if (key === POD_NAMESPACE_KEY) return { key: NAMESPACE_NAME_LABEL, target: 'namespace', namespaceKey: true, k8s: source === 'k8s' };
  if (key.startsWith(NAMESPACE_LABELS_PREFIX) && key.length > NAMESPACE_LABELS_PREFIX.length) {
    return { key: key.slice(NAMESPACE_LABELS_PREFIX.length), target: 'namespace', namespaceLabel: true };
  }
  if (UNMODELLED_KEYS.includes(key)) return { key: written, target: 'unknown' };
  return { key, target: 'pod' };
}

/** Parses a translated selector with the ordinary validation; lines point at the written selector. */
function parseTranslated(r: FieldReader, path: Path, value: Record<string, unknown>, what: string): LabelSelector | null {
  const obj: KubeObject = { ...r.obj, value: { selector: value }, lineOf: (p) => r.obj.lineOf([...path, ...p.slice(1)]) };
  // A mapping is always read (parseSelector gives undefined only for an absent selector).
  return parseSelector(new FieldReader(obj, r.diagnostics, what), ['selector']) ?? null;
}

/**
 * Reads the Cilium endpoint selector at `path` (C-3). Null, with a diagnostic, when it is not a
 * valid label selector (C-22). `subjectNamespace`: the selector is a CiliumNetworkPolicy's subject
 * in that namespace (C-1).
 */
export function readCiliumSelector(r: FieldReader, path: Path, what: string, subjectNamespace?: string): CiliumSelector | null {
  const raw = r.get(path);
  if (!isRecord(raw)) {
    r.error(path, `an endpoint selector must be a mapping (matchLabels / matchExpressions), not ${typeName(raw)}`, 'invalid-selector');
    return null;
  }
  const parts: Record<'pod' | 'namespace', { matchLabels: Record<string, unknown>; matchExpressions: unknown[] }> = {
    pod: { matchLabels: {}, matchExpressions: [] },
    namespace: { matchLabels: {}, matchExpressions: [] },
  };
  const out = { namesNamespace: false, namesNamespaceLabels: false, k8sNamespaceLabel: false, unmodelled: [] as string[], unknownPodKeys: [] as string[] };
  // The values that Cilium writes over: still checked, since the API server checks what is written.
  const overwritten: Record<string, unknown> = {};
  for (const k of Object.keys(raw)) {
    if (k !== 'matchLabels' && k !== 'matchExpressions') {
      r.error([...path, k], `unknown selector field "${k}" (a selector has matchLabels and matchExpressions)`, 'invalid-selector');
      return null;
    }
  }
  const labels = raw.matchLabels ?? {};
  const exprs = raw.matchExpressions ?? [];
  if (!isRecord(labels)) return r.error([...path, 'matchLabels'], `matchLabels must be a mapping, not ${typeName(labels)}`, 'invalid-selector'), null;
  if (!Array.isArray(exprs)) return r.error([...path, 'matchExpressions'], `matchExpressions must be a list, not ${typeName(exprs)}`, 'invalid-selector'), null;
  for (const [k, v] of Object.entries(labels)) {
    const t = translateKey(k);
    if (t.target === 'unmodelled' || t.target === 'unknown') {
      (t.target === 'unmodelled' ? out.unmodelled : out.unknownPodKeys).push(k);
      continue;
    }
    out.namesNamespace ||= t.namespaceKey === true;
    out.namesNamespaceLabels ||= t.namespaceLabel === true;
    out.k8sNamespaceLabel ||= t.k8s === true;
    let value = v;
    if (t.k8s === true && subjectNamespace !== undefined) {
      // C-1: Cilium writes the policy's namespace over this key (AddMatch); the others stay.
      overwritten[t.key] = v;
      value = subjectNamespace;
    }
    if (t.key in parts[t.target].matchLabels && parts[t.target].matchLabels[t.key] !== value) {
      // `app: a` and `k8s:app: b` both read the one pod label: both must hold, so no pod matches.
      parts[t.target].matchExpressions.push({ key: t.key, operator: 'In', values: [value] });
    } else parts[t.target].matchLabels[t.key] = value;
  }
  exprs.forEach((e) => {
    if (!isRecord(e) || typeof e.key !== 'string') {
      parts.pod.matchExpressions.push(e);
      return;
    }
    const t = translateKey(e.key);
    if (t.target === 'unmodelled' || t.target === 'unknown') {
      (t.target === 'unmodelled' ? out.unmodelled : out.unknownPodKeys).push(e.key);
      return;
    }
    out.namesNamespace ||= t.namespaceKey === true;
    out.namesNamespaceLabels ||= t.namespaceLabel === true;
    parts[t.target].matchExpressions.push({ ...e, key: t.key });
  });
  const pod = parseTranslated(r, path, parts.pod, what);
  const namespace = parseTranslated(r, path, parts.namespace, what);
  const written = parseTranslated(r, path, { matchLabels: overwritten, matchExpressions: [] }, what);
  if (!pod || !namespace || !written) return null;
  return { pod, namespace, ...out };
}

/** ANDs two selectors (the requirements of both). */
export function andSelectors(a: LabelSelector, b: LabelSelector): LabelSelector {
  const matchLabels = { ...a.matchLabels };
  const matchExpressions = [...a.matchExpressions, ...b.matchExpressions];
  for (const [k, v] of Object.entries(b.matchLabels)) {
    if (k in matchLabels && matchLabels[k] !== v) matchExpressions.push({ key: k, operator: 'In', values: [v] });
    else matchLabels[k] = v;
  }
  return { matchLabels, matchExpressions };
}

/** The namespace selector of one namespace by name (A-19: every namespace carries its name label). */
export function namespaceByName(name: string): LabelSelector {
  return { matchLabels: { [NAMESPACE_NAME_LABEL]: name }, matchExpressions: [] };
}
