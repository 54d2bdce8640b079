import { policyId, workloadId, WORKLOAD_KINDS, type Cluster, type Diagnostic, type Labels, type Namespace, type Policy, type Workload, type WorkloadKind } from '../model/types';
import { NAMESPACE_NAME_LABEL } from '../model/kube-names';
import { labelsKey } from '../model/label-selector';
import { buildPolicy } from './build-policy';
import { buildWorkload } from './build-workload';
import { FieldReader, objectsOf, type KubeObject } from './kube-object';
import { isRecord } from '../yaml/plain-data';
import { notAnalysedPolicy, OLD_POLICY_VERSIONS, type NotAnalysed } from './not-analysed';
import { parseLabels } from './parse-labels';
import type { RawDocument } from '../yaml/parse-documents';

export interface ClusterOptions {
  /** where objects without metadata.namespace land. */
  defaultNamespace: string;
  /** Labels of namespaces that have no Namespace manifest in the repository. */
  namespaceLabels?: Readonly<Record<string, Labels>>;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function metadataOf(obj: KubeObject, diagnostics: Diagnostic[]): { name: string; namespace?: string } | null {
  const r = new FieldReader(obj, diagnostics, obj.kind);
  const meta = r.map(['metadata']);
  const name = r.string(['metadata', 'name']);
  if (!meta || !name) {
    if (meta !== null && name !== null) r.error(['metadata', 'name'], `${obj.kind} has no metadata.name`, 'missing-name');
    return null;
  }
  const ns = r.string(['metadata', 'namespace']);
  if (ns === null) return null;
  // `namespace: ""` is no namespace to the API server: the object lands in the default one.
  if (ns !== undefined && ns !== '' && !DNS_LABEL.test(ns)) {
    r.error(['metadata', 'namespace'], `"${ns}" is not a valid namespace name (lower-case letters, digits and "-")`, 'invalid-name');
    return null;
  }
  return ns ? { name, namespace: ns } : { name };
}

/** The API groups of the workload kinds: a Volcano `Job` (batch.volcano.sh) is not a batch/v1 Job. */
const WORKLOAD_GROUPS: Record<WorkloadKind, readonly string[]> = {
  Pod: [''],
  ReplicationController: [''],
  Deployment: ['apps', 'extensions'],
  StatefulSet: ['apps'],
  DaemonSet: ['apps', 'extensions'],
  ReplicaSet: ['apps', 'extensions'],
  Job: ['batch'],
  CronJob: ['batch'],
};

function isWorkloadApi(obj: KubeObject): boolean {
  const group = obj.apiVersion.includes('/') ? obj.apiVersion.slice(0, obj.apiVersion.lastIndexOf('/')) : '';
  return WORKLOAD_GROUPS[obj.kind as WorkloadKind].includes(group);
}

/** The `not-analysed` warning of an object that decides traffic (file, line, kind, and the namespace it applies to). */
function notAnalysedWarning(obj: KubeObject, meta: { name: string; namespace?: string }, what: NotAnalysed, defaultNamespace: string): Diagnostic {
  const scope = what.clusterWide ? 'the whole cluster' : `namespace ${meta.namespace ?? defaultNamespace}`;
  return {
    severity: 'warning',
    code: 'not-analysed',
    file: obj.file,
    line: obj.source.line,
    message: `${obj.kind} ${meta.name} (${obj.apiVersion}, ${what.family}) decides traffic in ${scope} but is not analysed: the result does not include its effect`,
  };
}

function controllerOwner(obj: KubeObject): { kind: WorkloadKind; name: string } | null {
  const refs = (obj.value.metadata as Record<string, unknown> | undefined)?.ownerReferences;
  if (!Array.isArray(refs)) return null;
  for (const ref of refs) {
    if (isRecord(ref) && ref.controller === true && typeof ref.name === 'string' && WORKLOAD_KINDS.includes(ref.kind as WorkloadKind)) {
      return { kind: ref.kind as WorkloadKind, name: ref.name };
    }
  }
  return null;
}

/**
 * Builds one cluster state from parsed documents: namespaces, workloads and
 * validated policies. Invalid objects are reported and left out; the rest is kept.
 */
export function buildCluster(documents: readonly RawDocument[], options: ClusterOptions, inputDiagnostics: readonly Diagnostic[] = []): Cluster {
  const diagnostics: Diagnostic[] = [...inputDiagnostics];
  const namespaces = new Map<string, Namespace>();
  const workloads = new Map<string, Workload>();
  const ownedPods = new Map<string, Workload>();
  const ownedRank = new Map<string, string>();
  const policies = new Map<string, Policy>();
  const seen = new Map<string, KubeObject>();

  const duplicate = (key: string, obj: KubeObject, what: string): boolean => {
    const first = seen.get(key);
    if (!first) {
      seen.set(key, obj);
      return false;
    }
    // The same object written twice with the same content: kubectl apply accepts it (sock-shop does it).
    if (canonicalJson(first.value) === canonicalJson(obj.value)) return true;
    diagnostics.push({
      severity: 'error',
      code: 'duplicate-object',
      file: obj.file,
      line: obj.source.line,
      message: `${what} is defined twice (first at ${first.file}:${first.source.line}); this one is ignored`,
    });
    return true;
  };

  for (const doc of documents) {
    for (const obj of objectsOf(doc, diagnostics)) {
      const isWorkload = WORKLOAD_KINDS.includes(obj.kind as WorkloadKind) && isWorkloadApi(obj);
      const other = notAnalysedPolicy(obj);
      const isPolicy = obj.kind === 'NetworkPolicy' && !other;
      if (!isWorkload && !isPolicy && obj.kind !== 'Namespace' && !other) continue;
      const meta = metadataOf(obj, diagnostics);
      if (!meta) continue;
      if (other) {
        diagnostics.push(notAnalysedWarning(obj, meta, other, options.defaultNamespace));
        continue;
      }
      if (obj.kind === 'Namespace') {
        if (duplicate(`Namespace/${meta.name}`, obj, `Namespace ${meta.name}`)) continue;
        const labels = parseLabels(new FieldReader(obj, diagnostics, `Namespace ${meta.name}`), ['metadata', 'labels']);
        if (labels === null) continue;
        // the control plane sets kubernetes.io/metadata.name on every namespace.
        namespaces.set(meta.name, { name: meta.name, labels: { ...labels, [NAMESPACE_NAME_LABEL]: meta.name }, source: obj.source });
        continue;
      }
      const namespace = meta.namespace ?? options.defaultNamespace;
      const key = `${obj.kind}/${namespace}/${meta.name}`;
      if (isPolicy) {
        if (OLD_POLICY_VERSIONS.has(obj.apiVersion)) {
          diagnostics.push({
            severity: 'error',
            code: 'unsupported-api-version',
            file: obj.file,
            line: obj.lineOf(['apiVersion']),
            message: `NetworkPolicy ${namespace}/${meta.name}: apiVersion ${obj.apiVersion} is no longer served by Kubernetes; use networking.k8s.io/v1 (the policy is left out of the analysis)`,
          });
          continue;
        }
        if (duplicate(key, obj, `NetworkPolicy ${namespace}/${meta.name}`)) continue;
        const p = buildPolicy(obj, namespace, diagnostics);
        if (p) policies.set(key, p);
        continue;
      }
      const owner = obj.kind === 'Pod' ? controllerOwner(obj) : null;
      if (owner) {
        // A pod from a cluster dump stands for its controller, as np-guard reports it.
        // The object is a Pod: read its own spec (not the owner kind's template path), then name it for the owner.
        const w = buildWorkload(obj, 'Pod', namespace, meta.name, diagnostics);
        const okey = `${owner.kind}/${namespace}/${owner.name}`;
        // Several pods of one controller: the one with the least name (then content) stands for
        // it, whatever the order of files and documents.
        const rank = w ? `${meta.name}\u0000${labelsKey(w.labels)}\u0000${JSON.stringify([w.ports, w.hostNetwork])}` : '';
        const held = ownedRank.get(okey);
        if (w && (held === undefined || rank < held)) {
          ownedPods.set(okey, { ...w, kind: owner.kind, name: owner.name });
          ownedRank.set(okey, rank);
        }
        continue;
      }
      if (duplicate(key, obj, `${obj.kind} ${namespace}/${meta.name}`)) continue;
      const w = buildWorkload(obj, obj.kind as WorkloadKind, namespace, meta.name, diagnostics);
      if (w) workloads.set(key, w);
    }
  }
  for (const [key, w] of ownedPods) if (!workloads.has(key)) workloads.set(key, w);

  // Namespaces that are only referenced exist with their name label, plus configured labels.
  const referenced = [...[...workloads.values()].map((w) => w.namespace), ...[...policies.values()].map((p) => p.namespace), options.defaultNamespace];
  for (const name of [...referenced, ...Object.keys(options.namespaceLabels ?? {})]) {
    if (namespaces.has(name)) continue;
    const extra = options.namespaceLabels?.[name] ?? {};
    namespaces.set(name, { name, labels: { ...extra, [NAMESPACE_NAME_LABEL]: name } });
  }
  return {
    namespaces,
    // Sorted, so that results do not depend on the order of files and documents.
    workloads: [...workloads.values()].sort((a, b) => compare(workloadId(a), workloadId(b))),
    policies: [...policies.values()].sort((a, b) => compare(policyId(a), policyId(b))),
    diagnostics,
  };
}

/** JSON with sorted keys: two objects written with their fields in another order are the same object. */
function canonicalJson(v: unknown): string {
  const canon = (x: unknown): unknown =>
    Array.isArray(x) ? x.map(canon) : isRecord(x) ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, canon(x[k])])) : x;
  return JSON.stringify(canon(v));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
