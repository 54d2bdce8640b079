import { tieredSchema } from './build-tiered-policy';
import { ciliumKindOf, ciliumPolicyProblem } from './cilium/build-cilium-policy';
import type { KubeObject } from './kube-object';

/**
 * Objects that decide traffic but that flowgate does not analyse (issue 10 item 9): they must
 * never drop out in silence, so each gives a `not-analysed` warning (or, with
 * `notAnalysed: fail`, fails the gate). Unknown kinds that do not govern traffic (a ConfigMap,
 * a batch Job, a CRD) stay quiet.
 */
const TRAFFIC_GROUPS: readonly [RegExp, string][] = [
  [/^cilium\.io\//, 'Cilium'],
  [/^(crd\.)?projectcalico\.org\//, 'Calico'],
  [/^policy\.networking\.k8s\.io\//, 'Kubernetes admin network policy'],
  [/^security\.istio\.io\//, 'Istio'],
];

/** Kinds that apply to the whole cluster rather than to one namespace (a ClusterNetworkPolicy of a version flowgate does not read, T-1, too). */
const CLUSTER_WIDE = /^(Cilium)?Clusterwide|^Global|^(Baseline)?AdminNetworkPolic|^ClusterNetworkPolic/;

export interface NotAnalysed {
  /** Who defines it, for the message: "Calico", "Istio", or the apiVersion. */
  family: string;
  /** Whether it applies to the whole cluster (no namespace). */
  clusterWide: boolean;
}

/** Whether an object decides traffic but is not analysed, and what it is; null for what flowgate reads or what does not govern traffic. */
export function notAnalysedPolicy(obj: Pick<KubeObject, 'apiVersion' | 'kind'>): NotAnalysed | null {
  if (obj.kind === 'NetworkPolicy' && (obj.apiVersion === 'networking.k8s.io/v1' || OLD_POLICY_VERSIONS.has(obj.apiVersion))) return null;
  // T-1: the tiered kinds flowgate reads (other versions of that group stay not-analysed).
  if (tieredSchema(obj.apiVersion, obj.kind)) return null;
  // Issue 14: the Cilium kinds flowgate reads, and misspelt ones (an error, not a warning).
  if (ciliumKindOf(obj.apiVersion, obj.kind) || ciliumPolicyProblem(obj.apiVersion, obj.kind)) return null;
  const family = TRAFFIC_GROUPS.find(([re]) => re.test(obj.apiVersion))?.[1];
  const governs =
    family === 'Istio' ? obj.kind === 'AuthorizationPolicy' : family !== undefined ? /Polic(y|ies)$/.test(obj.kind) : /NetworkPolic(y|ies)$/.test(obj.kind);
  return governs ? { family: family ?? obj.apiVersion, clusterWide: CLUSTER_WIDE.test(obj.kind) } : null;
}

/** NetworkPolicy versions that Kubernetes no longer serves: an error (the policy is ours, but unreadable), not a different API. */
export const OLD_POLICY_VERSIONS: ReadonlySet<string> = new Set(['extensions/v1beta1', 'networking.k8s.io/v1beta1']);
