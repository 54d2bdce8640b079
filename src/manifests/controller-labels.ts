import { policyId, workloadId, type Diagnostic, type LabelSelector, type Peer, type Policy, type SourceRef, type Workload, type WorkloadKind } from '../model/types';
import { tieredPolicyId, type TieredPolicy } from '../model/tiers';

/**
 * Labels that Kubernetes' controllers put on the pods they create, beyond the pod template's,
 * with values the manifests do not show (a hash, a uid, a pod's ordinal):
 * - Deployment: `pod-template-hash` (apps/v1 DefaultDeploymentUniqueLabelKey, added to the
 *   ReplicaSet's template by the deployment controller);
 * - StatefulSet: `controller-revision-hash`, `statefulset.kubernetes.io/pod-name`,
 *   `apps.kubernetes.io/pod-index`; DaemonSet: `controller-revision-hash`,
 *   `pod-template-generation`;
 * - Job (and a CronJob's Jobs): `controller-uid`, `job-name` and their `batch.kubernetes.io/`
 *   forms, `batch.kubernetes.io/job-completion-index` (kubernetes.io "Well-Known Labels,
 *   Annotations and Taints").
 * A pod selector that reads one of them selects pods by what flowgate cannot see: a deny whose
 * podSelector says `pod-template-hash DoesNotExist` selects the template (no such label) but no
 * pod of the Deployment, so flowgate counted prod/db isolated while the cluster left it open.
 */
const CONTROLLER_LABELS: Partial<Record<WorkloadKind, readonly string[]>> = {
  Deployment: ['pod-template-hash'],
  StatefulSet: ['controller-revision-hash', 'statefulset.kubernetes.io/pod-name', 'apps.kubernetes.io/pod-index'],
  DaemonSet: ['controller-revision-hash', 'pod-template-generation'],
  // A Job's `job-name` is its own name: build-workload.ts adds it to the Job's labels.
  Job: ['controller-uid', 'batch.kubernetes.io/controller-uid', 'batch.kubernetes.io/job-name', 'batch.kubernetes.io/job-completion-index'],
  CronJob: ['controller-uid', 'job-name', 'batch.kubernetes.io/controller-uid', 'batch.kubernetes.io/job-name', 'batch.kubernetes.io/job-completion-index'],
};

/** The keys a selector reads, in matchLabels and matchExpressions. */
function keysOf(sel: LabelSelector): string[] {
  return [...Object.keys(sel.matchLabels), ...sel.matchExpressions.map((r) => r.key)];
}

/** The pod selectors of the rules' peers (a namespaces or address peer reads no pod label). */
function peerPodSelectors(rules: readonly { peers: readonly Peer[] }[]): LabelSelector[] {
  return rules.flatMap((r) => r.peers.flatMap((x) => (x.kind === 'pods' && x.podSelector ? [x.podSelector] : [])));
}

/**
 * An error for each NetworkPolicy or tiered policy whose pod selector (subject or peer) reads a
 * label that a controller of the manifests adds to its pods. `templates` are the workloads read
 * from their pod templates (pods of a cluster dump carry the real labels and are left out).
 * Cilium policies are not checked: Cilium leaves the hash labels out of its identities.
 */
export function controllerLabelDiagnostics(templates: Iterable<Workload>, policies: Iterable<Policy>, tiered: Iterable<TieredPolicy>): Diagnostic[] {
  const adders = new Map<string, Workload>();
  for (const w of templates) for (const k of CONTROLLER_LABELS[w.kind as WorkloadKind] ?? []) if (!adders.has(k)) adders.set(k, w);
  const out: Diagnostic[] = [];
  const check = (id: string, source: SourceRef, selectors: LabelSelector[]) => {
    const key = selectors.flatMap(keysOf).find((k) => adders.has(k));
    if (key === undefined) return;
    const w = adders.get(key)!;
    out.push({
      severity: 'error',
      code: 'controller-label',
      file: source.file,
      line: source.line,
      message:
        `${id}: a pod selector reads the label "${key}", which Kubernetes adds to the pods of ${workloadId(w)} (and of every ${w.kind}) with a value the manifests do not show, ` +
        'so flowgate cannot tell which pods it selects. Select pods by labels written in their template.',
    });
  };
  for (const p of policies) {
    if (p.cilium) continue;
    check(policyId(p), p.source, [p.podSelector, ...peerPodSelectors(p.ingress), ...peerPodSelectors(p.egress)]);
  }
  for (const p of tiered) {
    check(tieredPolicyId(p), p.source, [...(p.subject.podSelector ? [p.subject.podSelector] : []), ...peerPodSelectors(p.ingress), ...peerPodSelectors(p.egress)]);
  }
  return out;
}
