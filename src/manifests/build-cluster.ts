import { policyId, workloadId, WORKLOAD_KINDS, type Cluster, type Diagnostic, type LabelSelector, type Labels, type Namespace, type Policy, type Workload, type WorkloadKind } from '../model/types';
import { dnsSubdomainProblem, labelKeyProblem, NAMESPACE_NAME_LABEL } from '../model/kube-names';
import { labelsKey } from '../model/label-selector';
import { buildPolicy, METADATA_FIELDS, unknownFields } from './build-policy';
import { buildTieredPolicy, tieredSchema } from './build-tiered-policy';
import { compareTiered, type TieredPolicy } from '../model/tiers';
import { buildWorkload } from './build-workload';
import { controllerLabelDiagnostics } from './controller-labels';
import { buildCiliumPolicies, ciliumKindOf, ciliumPolicyProblem } from './cilium/build-cilium-policy';
import type { CiliumKind } from '../model/cilium';
import { FieldReader, objectsOf, typeName, type KubeObject } from './kube-object';
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

/**
 * The API server validates every object's metadata (apimachinery ValidateObjectMeta): a name
 * that is not a DNS subdomain (NetworkPolicy: ValidateNetworkPolicyName; custom resources
 * likewise), invalid labels, an annotation key that is not a qualified name or a value that is
 * not a string. A policy it refuses protects nothing: a deny named `Deny_DB` was counted by
 * flowgate while the cluster refused it. True when the policy's metadata is valid (errors otherwise).
 */
function policyMetadataOk(obj: KubeObject, name: string, diagnostics: Diagnostic[], objectFields?: readonly string[]): boolean {
  const r = new FieldReader(obj, diagnostics, `${obj.kind} ${name}`);
  const before = diagnostics.length;
  // A custom resource's unknown fields (build-policy.ts checks a NetworkPolicy's own).
  if (objectFields) {
    unknownFields(r, [], objectFields, 'the object');
    unknownFields(r, ['metadata'], METADATA_FIELDS, 'metadata');
  }
  const nameProblem = dnsSubdomainProblem(name);
  if (nameProblem) r.error(['metadata', 'name'], `"${name}" is not a valid name (${nameProblem}), so Kubernetes refuses the object (it is left out)`, 'invalid-name');
  parseLabels(r, ['metadata', 'labels']);
  for (const [k, v] of Object.entries(r.map(['metadata', 'annotations']) ?? {})) {
    // A Helm or Argo CD hook is created only when its hook runs (`test`: only by `helm test`; Argo
    // CD `Skip`: never) and deleted again by its delete policy (`hook-succeeded`: right after it is
    // created); Helm does not manage it with the release (helm.sh "Chart Hooks"). A policy's
    // protection cannot hang on that: `helm template` renders it, the cluster may not hold it.
    if (k === 'helm.sh/hook' || k === 'argocd.argoproj.io/hook') {
      r.error(['metadata', 'annotations', k], `is a ${k.startsWith('helm') ? 'Helm' : 'Argo CD'} hook (${typeName(v)}): the cluster holds it only while or after its hook runs, and a delete policy may remove it at once, so flowgate does not count it (it is left out); make the policy a plain part of the release`, 'policy-hook');
    }
    const keyProblem = labelKeyProblem(k.toLowerCase());
    if (keyProblem) r.error(['metadata', 'annotations', k], `annotation key "${k}" is invalid: ${keyProblem}`, 'invalid-annotation');
    // A null value decodes to "" (Go's JSON leaves the string empty), which the API server takes.
    else if (typeof v !== 'string' && v !== null) r.error(['metadata', 'annotations', k], `annotation "${k}" must have a string value, not ${typeName(v)} (quote it in YAML)`, 'invalid-annotation');
  }
  return diagnostics.length === before;
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

/** What buildCluster collects while it reads the objects. */
interface Collected {
  options: ClusterOptions;
  diagnostics: Diagnostic[];
  namespaces: Map<string, Namespace>;
  workloads: Map<string, Workload>;
  /** Pods from a cluster dump, by their controller's key (see controllerEndpoints). */
  ownedPods: Map<string, { owner: { kind: WorkloadKind; name: string }; pods: Workload[] }>;
  policies: Map<string, Policy>;
  tiered: Map<string, TieredPolicy>;
  /** The first object of each key, to report the ones defined twice. */
  seen: Map<string, KubeObject>;
}

/**
 * Issue 13: two folders that each define the object are often two layouts of one app (a plain
 * bundle beside per-environment copies, as in sock-shop): say how to analyse them apart.
 */
function layoutHint(first: string, second: string): string {
  const top = (f: string) => f.split('/').slice(0, -1).join('/');
  if (top(first) === top(second)) return '';
  return `. If ${top(first) || '.'}/ and ${top(second) || '.'}/ are two layouts of one app, name each as an environment in the rules file (environments: [{name, manifests: [globs]}], README "Environments") so that each is analysed on its own`;
}

/** True (and reported) when an object of this key was read before. */
function duplicate(c: Collected, key: string, obj: KubeObject, what: string): boolean {
  const first = c.seen.get(key);
  if (!first) {
    c.seen.set(key, obj);
    return false;
  }
  // The same object written twice with the same content: kubectl apply accepts it (sock-shop does it).
  if (canonicalJson(first.value) === canonicalJson(obj.value)) return true;
  c.diagnostics.push({
    severity: 'error',
    code: 'duplicate-object',
    file: obj.file,
    line: obj.source.line,
    message: `${what} is defined twice (first at ${first.file}:${first.source.line}); this one is ignored${layoutHint(first.file, obj.file)}`,
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
  // Other APIs' NetworkPolicy kinds (Calico's) are not-analysed warnings (notAnalysedPolicy).
  if (OLD_POLICY_VERSIONS.has(obj.apiVersion)) {
    c.diagnostics.push({
      severity: 'error',
      code: 'unsupported-api-version',
      file: obj.file,
      line: obj.lineOf(['apiVersion']),
      message: `NetworkPolicy ${namespace}/${name}: apiVersion ${obj.apiVersion} is no longer served by Kubernetes; use networking.k8s.io/v1 (the policy is left out of the analysis)`,
    });
    return;
  }
  const key = `NetworkPolicy/${namespace}/${name}`;
  if (duplicate(c, key, obj, `NetworkPolicy ${namespace}/${name}`)) return;
  const p = buildPolicy(obj, namespace, name, c.diagnostics);
  if (p) c.policies.set(key, p);
}

/** T-1, T-12: a ClusterNetworkPolicy, AdminNetworkPolicy or BaselineAdminNetworkPolicy (cluster-scoped: no namespace). */
function addTieredPolicy(c: Collected, obj: KubeObject, name: string): void {
  // T-13: the BANP singleton: a second one is a second `default`, which duplicate() reports.
  const key = `${obj.kind}/${name}`;
  if (duplicate(c, key, obj, `${obj.kind} ${name}`)) return;
  const p = buildTieredPolicy(obj, name, c.diagnostics);
  if (p) c.tiered.set(key, p);
}

/** Issue 14: a CiliumNetworkPolicy (namespaced) or CiliumClusterwideNetworkPolicy: one policy per rule of spec/specs (C-4). */
function addCiliumPolicy(c: Collected, obj: KubeObject, kind: CiliumKind, meta: { name: string; namespace?: string }): void {
  const clusterWide = kind === 'CiliumClusterwideNetworkPolicy';
  if (clusterWide && meta.namespace) {
    // Security: a CCNP is cluster-scoped; a namespace written on it does not narrow it.
    c.diagnostics.push({ severity: 'warning', code: 'cilium-clusterwide-namespace', file: obj.file, line: obj.lineOf(['metadata', 'namespace']), message: `${kind} ${meta.name} is cluster-scoped: metadata.namespace "${meta.namespace}" is ignored, and it selects pods of every namespace (C-2)` });
  }
  const namespace = clusterWide ? null : (meta.namespace ?? c.options.defaultNamespace);
  const key = clusterWide ? `${kind}/${meta.name}` : `${kind}/${namespace}/${meta.name}`;
  if (duplicate(c, key, obj, clusterWide ? `${kind} ${meta.name}` : `${kind} ${namespace}/${meta.name}`)) return;
  buildCiliumPolicies(obj, kind, meta.name, namespace, c.diagnostics).forEach((p) => c.policies.set(`${key}#${p.cilium!.spec ?? ''}`, p));
}

/** A pod from a cluster dump: read its own spec (not the owner kind's template path), kept for its controller. */
function addOwnedPod(c: Collected, obj: KubeObject, namespace: string, name: string, owner: { kind: WorkloadKind; name: string }): void {
  const w = buildWorkload(obj, 'Pod', namespace, name, c.diagnostics);
  const okey = `${owner.kind}/${namespace}/${owner.name}`;
  if (w) c.ownedPods.set(okey, { owner, pods: [...(c.ownedPods.get(okey)?.pods ?? []), w] });
}

/** Reads one object of a kind the analysis uses (namespace, workload, policy); others are skipped. */
function addObject(c: Collected, obj: KubeObject): void {
  const isWorkload = WORKLOAD_KINDS.includes(obj.kind as WorkloadKind) && isWorkloadApi(obj);
  const other = notAnalysedPolicy(obj);
  const isPolicy = obj.kind === 'NetworkPolicy' && !other;
  const isTiered = tieredSchema(obj.apiVersion, obj.kind) !== null;
  const cilium = ciliumKindOf(obj.apiVersion, obj.kind);
  const ciliumProblem = ciliumPolicyProblem(obj.apiVersion, obj.kind);
  if (ciliumProblem) {
    c.diagnostics.push({ severity: 'error', code: 'unsupported-api-version', file: obj.file, line: obj.lineOf(['kind']), message: ciliumProblem });
    return;
  }
  if (!isWorkload && !isPolicy && !isTiered && !cilium && obj.kind !== 'Namespace' && !other) return;
  const meta = metadataOf(obj, c.diagnostics);
  if (!meta) return;
  const objectFields = isTiered ? ['apiVersion', 'kind', 'metadata', 'spec', 'status'] : cilium ? ['apiVersion', 'kind', 'metadata', 'spec', 'specs', 'status'] : undefined;
  if ((isPolicy || isTiered || cilium) && !policyMetadataOk(obj, meta.name, c.diagnostics, objectFields)) return;
  if (cilium) return addCiliumPolicy(c, obj, cilium, meta);
  if (other) {
    c.diagnostics.push(notAnalysedWarning(obj, meta, other, c.options.defaultNamespace));
    return;
  }
  if (obj.kind === 'Namespace') return addNamespace(c, obj, meta.name);
  if (isTiered) return addTieredPolicy(c, obj, meta.name);
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
  // A CCNP (C-2) has no namespace of its own.
  const referenced = [...[...c.workloads.values()].map((w) => w.namespace), ...[...c.policies.values()].filter((p) => !p.cilium || p.namespace).map((p) => p.namespace), options.defaultNamespace];
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
    policies: new Map(),
    tiered: new Map(),
    seen: new Map(),
  };
  for (const doc of documents) for (const obj of objectsOf(doc, c.diagnostics)) addObject(c, obj);
  const tieredPolicies = [...c.tiered.values()].sort(compareTiered);
  // Before the pods of a cluster dump join: they carry the labels their controller added.
  c.diagnostics.push(...controllerLabelDiagnostics(c.workloads.values(), c.policies.values(), tieredPolicies));
  const selected = selectedLabelKeys(c.policies.values(), tieredPolicies);
  for (const [key, { owner, pods }] of c.ownedPods) {
    if (c.workloads.has(key)) continue;
    for (const w of controllerEndpoints(owner, pods, selected)) c.workloads.set(w.kind === 'Pod' ? `Pod/${w.namespace}/${w.name}` : key, w);
  }
  addReferencedNamespaces(c);
  return {
    namespaces: c.namespaces,
    // Sorted, so that results do not depend on the order of files and documents.
    workloads: [...c.workloads.values()].sort((a, b) => compare(workloadId(a), workloadId(b))),
    policies: [...c.policies.values()].sort((a, b) => compare(policyId(a), policyId(b))),
    ...(tieredPolicies.length ? { tieredPolicies } : {}),
    diagnostics: c.diagnostics,
  };
}

/** Label keys that some policy's pod selector reads (its podSelector, or a peer's). */
function selectedLabelKeys(policies: Iterable<Policy>, tiered: readonly TieredPolicy[]): Set<string> {
  const keys = new Set<string>();
  const add = (sel: LabelSelector | undefined) => {
    if (!sel) return;
    for (const k of Object.keys(sel.matchLabels)) keys.add(k);
    for (const r of sel.matchExpressions) keys.add(r.key);
  };
  for (const p of policies) {
    add(p.podSelector);
    const deny = p.cilium ? [...p.cilium.denyIngress, ...p.cilium.denyEgress] : [];
    for (const rule of [...p.ingress, ...p.egress, ...deny]) for (const peer of rule.peers) if (peer.kind === 'pods') add(peer.podSelector);
  }
  for (const p of tiered) {
    add(p.subject.podSelector);
    for (const rule of [...p.ingress, ...p.egress]) for (const peer of rule.peers) if (peer.kind === 'pods') add(peer.podSelector);
  }
  return keys;
}

/**
 * The endpoints that the pods of one controller (from a cluster dump) stand for. When policies
 * cannot tell them apart (the same ports, and the same values of every label a policy's pod
 * selector reads), the controller is one endpoint, taken from the pod with the least name (then
 * content), whatever the order of files. Otherwise (issue 10 item 6: `web-0` and `web-1` of a
 * StatefulSet, one of them allowed by its pod-name label) each pod stays its own endpoint.
 */
function controllerEndpoints(owner: { kind: WorkloadKind; name: string }, pods: readonly Workload[], selected: ReadonlySet<string>): Workload[] {
  const rank = (w: Workload) => `${w.name}\u0000${labelsKey(w.labels)}\u0000${JSON.stringify([w.ports, w.hostNetwork])}`;
  const sorted = [...pods].sort((a, b) => compare(rank(a), rank(b)));
  const seen = (w: Workload) => JSON.stringify([Object.entries(w.labels).filter(([k]) => selected.has(k)).sort(), w.ports, w.hostNetwork]);
  if (new Set(sorted.map(seen)).size === 1) return [{ ...sorted[0]!, kind: owner.kind, name: owner.name }];
  return sorted;
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
