import { policyId, workloadId, WORKLOAD_KINDS, type Cluster, type Diagnostic, type Labels, type Namespace, type Policy, type Workload, type WorkloadKind } from '../model/types';
import { NAMESPACE_NAME_LABEL } from '../model/kube-names';
import { labelsKey } from '../model/label-selector';
import { buildPolicy } from './build-policy';
import { buildWorkload } from './build-workload';
import { FieldReader, objectsOf, type KubeObject } from './kube-object';
import { isRecord } from '../yaml/plain-data';
import { parseLabels } from './parse-labels';
import type { RawDocument } from '../yaml/parse-documents';

export interface ClusterOptions {
  /** where objects without metadata.namespace land. */
  defaultNamespace: string;
  /** Labels of namespaces that have no Namespace manifest in the repository. */
  namespaceLabels?: Readonly<Record<string, Labels>>;
}

const OLD_POLICY_VERSIONS = new Set(['extensions/v1beta1', 'networking.k8s.io/v1beta1']);
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
  if (ns !== undefined && !DNS_LABEL.test(ns)) {
    r.error(['metadata', 'namespace'], `"${ns}" is not a valid namespace name (lower-case letters, digits and "-")`, 'invalid-name');
    return null;
  }
  return ns ? { name, namespace: ns } : { name };
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
      const isWorkload = WORKLOAD_KINDS.includes(obj.kind as WorkloadKind);
      const isPolicy = obj.kind === 'NetworkPolicy';
      if (!isWorkload && !isPolicy && obj.kind !== 'Namespace') continue;
      const meta = metadataOf(obj, diagnostics);
      if (!meta) continue;
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
        if (obj.apiVersion !== 'networking.k8s.io/v1') {
          const old = OLD_POLICY_VERSIONS.has(obj.apiVersion);
          diagnostics.push({
            severity: 'error',
            code: 'unsupported-api-version',
            file: obj.file,
            line: obj.lineOf(['apiVersion']),
            message: `NetworkPolicy ${namespace}/${meta.name}: apiVersion ${obj.apiVersion} is ${old ? 'no longer served by Kubernetes' : 'not known'}; use networking.k8s.io/v1 (the policy is left out of the analysis)`,
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

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
