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

/** What buildCluster collects while it reads the objects. */
interface Collected {
  options: ClusterOptions;
  diagnostics: Diagnostic[];
  namespaces: Map<string, Namespace>;
  workloads: Map<string, Workload>;
  /** Pods that stand for their controller, by the controller's key, and the rank that chose each. */
  ownedPods: Map<string, Workload>;
  ownedRank: Map<string, string>;
  policies: Map<string, Policy>;
  /** The first object of each key, to report the ones defined twice. */
  seen: Map<string, KubeObject>;
}

/** True (and reported) when an object of this key was read before. */
function duplicate(c: Collected, key: string, obj: KubeObject, what: string): boolean {
  const first = c.seen.get(key);
  if (!first) {
    c.seen.set(key, obj);
    return false;
  }
  c.diagnostics.push({
    severity: 'error',
    code: 'duplicate-object',
    file: obj.file,
    line: obj.source.line,
    message: `${what} is defined twice (first at ${first.file}:${first.source.line}); this one is ignored`,
  });
  return true;
}

function addNamespace(c: Collected, obj: KubeObject, name: string): void {
  if (duplicate(c, `Namespace/${name}`, obj, `Namespace ${name}`)) return;
  const labels = parseLabels(new FieldReader(obj, c.diagnostics, `Namespace ${name}`), ['metadata', 'labels']);
  if (labels === null) return;
  // the control plane sets kubernetes.io/metadata.name on every namespace.
  c.namespaces.set(name, { name, labels: { ...labels, [NAMESPACE_NAME_LABEL]: name }, source: obj.source });
}

function addPolicy(c: Collected, obj: KubeObject, namespace: string, name: string): void {
  if (obj.apiVersion !== 'networking.k8s.io/v1') {
    const old = OLD_POLICY_VERSIONS.has(obj.apiVersion);
    c.diagnostics.push({
      severity: 'error',
      code: 'unsupported-api-version',
      file: obj.file,
      line: obj.lineOf(['apiVersion']),
      message: `NetworkPolicy ${namespace}/${name}: apiVersion ${obj.apiVersion} is ${old ? 'no longer served by Kubernetes' : 'not known'}; use networking.k8s.io/v1 (the policy is left out of the analysis)`,
    });
    return;
  }
  const key = `NetworkPolicy/${namespace}/${name}`;
  if (duplicate(c, key, obj, `NetworkPolicy ${namespace}/${name}`)) return;
  const p = buildPolicy(obj, namespace, c.diagnostics);
  if (p) c.policies.set(key, p);
}

/**
 * A pod from a cluster dump stands for its controller, as np-guard reports it. The object is a
 * Pod: read its own spec (not the owner kind's template path), then name it for the owner.
 */
function addOwnedPod(c: Collected, obj: KubeObject, namespace: string, name: string, owner: { kind: WorkloadKind; name: string }): void {
  const w = buildWorkload(obj, 'Pod', namespace, name, c.diagnostics);
  const okey = `${owner.kind}/${namespace}/${owner.name}`;
  // Several pods of one controller: the one with the least name (then content) stands for
  // it, whatever the order of files and documents.
  const rank = w ? `${name}\u0000${labelsKey(w.labels)}\u0000${JSON.stringify([w.ports, w.hostNetwork])}` : '';
  const held = c.ownedRank.get(okey);
  if (w && (held === undefined || rank < held)) {
    c.ownedPods.set(okey, { ...w, kind: owner.kind, name: owner.name });
    c.ownedRank.set(okey, rank);
  }
}

/** Reads one object of a kind the analysis uses (namespace, workload, policy); others are skipped. */
function addObject(c: Collected, obj: KubeObject): void {
  const isWorkload = WORKLOAD_KINDS.includes(obj.kind as WorkloadKind);
  const isPolicy = obj.kind === 'NetworkPolicy';
  if (!isWorkload && !isPolicy && obj.kind !== 'Namespace') return;
  const meta = metadataOf(obj, c.diagnostics);
  if (!meta) return;
  if (obj.kind === 'Namespace') return addNamespace(c, obj, meta.name);
  const namespace = meta.namespace ?? c.options.defaultNamespace;
  if (isPolicy) return addPolicy(c, obj, namespace, meta.name);
  const owner = obj.kind === 'Pod' ? controllerOwner(obj) : null;
  if (owner) return addOwnedPod(c, obj, namespace, meta.name, owner);
  const key = `${obj.kind}/${namespace}/${meta.name}`;
  if (duplicate(c, key, obj, `${obj.kind} ${namespace}/${meta.name}`)) return;
  const w = buildWorkload(obj, obj.kind as WorkloadKind, namespace, meta.name, c.diagnostics);
  if (w) c.workloads.set(key, w);
}

/** Namespaces that are only referenced exist with their name label, plus configured labels. */
function addReferencedNamespaces(c: Collected): void {
  const { options, namespaces } = c;
  const referenced = [...[...c.workloads.values()].map((w) => w.namespace), ...[...c.policies.values()].map((p) => p.namespace), options.defaultNamespace];
  for (const name of [...referenced, ...Object.keys(options.namespaceLabels ?? {})]) {
    if (namespaces.has(name)) continue;
    const extra = options.namespaceLabels?.[name] ?? {};
    namespaces.set(name, { name, labels: { ...extra, [NAMESPACE_NAME_LABEL]: name } });
  }
}

/**
 * Builds one cluster state from parsed documents: namespaces, workloads and
 * validated policies. Invalid objects are reported and left out; the rest is kept.
 */
export function buildCluster(documents: readonly RawDocument[], options: ClusterOptions, inputDiagnostics: readonly Diagnostic[] = []): Cluster {
  const c: Collected = {
    options,
    diagnostics: [...inputDiagnostics],
    namespaces: new Map(),
    workloads: new Map(),
    ownedPods: new Map(),
    ownedRank: new Map(),
    policies: new Map(),
    seen: new Map(),
  };
  for (const doc of documents) for (const obj of objectsOf(doc, c.diagnostics)) addObject(c, obj);
  for (const [key, w] of c.ownedPods) if (!c.workloads.has(key)) c.workloads.set(key, w);
  addReferencedNamespaces(c);
  return {
    namespaces: c.namespaces,
    // Sorted, so that results do not depend on the order of files and documents.
    workloads: [...c.workloads.values()].sort((a, b) => compare(workloadId(a), workloadId(b))),
    policies: [...c.policies.values()].sort((a, b) => compare(policyId(a), policyId(b))),
    diagnostics: c.diagnostics,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
