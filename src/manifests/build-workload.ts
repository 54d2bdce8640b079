import { PROTOCOLS, type ContainerPort, type Diagnostic, type Labels, type Protocol, type Workload, type WorkloadKind } from '../model/types';
import { FieldReader, typeName, type KubeObject } from './kube-object';
import { isRecord } from '../yaml/plain-data';
import { selectorMatches } from '../model/label-selector';
import { parseLabels, parseSelector } from './parse-labels';
import type { Path } from '../yaml/parse-documents';

/** Where each kind keeps its pod template. */
const TEMPLATE_PATH: Record<WorkloadKind, Path> = {
  Pod: [],
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

function parseContainerPorts(r: FieldReader, specPath: Path): ContainerPort[] {
  const out: ContainerPort[] = [];
  for (const field of ['containers', 'initContainers']) {
    const containers = r.list([...specPath, field]) ?? [];
    containers.forEach((c, ci) => {
      const cp = [...specPath, field, ci];
      if (!isRecord(c)) {
        r.error(cp, `a container must be a mapping, not ${typeName(c)}`);
        return;
      }
      // Only sidecar init containers (restartPolicy: Always) keep serving ports.
      if (field === 'initContainers' && c.restartPolicy !== 'Always') return;
      const ports = r.list([...cp, 'ports']) ?? [];
      ports.forEach((p, pi) => {
        const pp = [...cp, 'ports', pi];
        if (!isRecord(p)) {
          r.error(pp, `a container port must be a mapping, not ${typeName(p)}`, 'invalid-port');
          return;
        }
        const port = p.containerPort;
        if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) {
          r.error([...pp, 'containerPort'], `containerPort must be a port number 1-65535, not ${typeName(port)}`, 'invalid-port');
          return;
        }
        const protocol = p.protocol ?? 'TCP';
        if (!PROTOCOLS.includes(protocol as Protocol)) {
          r.error([...pp, 'protocol'], `protocol must be TCP, UDP or SCTP, not ${typeName(protocol)}`, 'invalid-port');
          return;
        }
        const entry: ContainerPort = { port, protocol: protocol as Protocol };
        if (typeof p.name === 'string' && p.name) entry.name = p.name;
        out.push(entry);
      });
    });
  }
  return out;
}

/** Controllers whose spec.selector the API server checks against the pod template's labels. */
const SELECTING_KINDS: ReadonlySet<WorkloadKind> = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']);

/** A controller whose selector does not select its own pods is rejected by Kubernetes ("selector does not match template labels"). */
function checkSelector(r: FieldReader, kind: WorkloadKind, labels: Labels): void {
  if (!SELECTING_KINDS.has(kind)) return;
  const selector = parseSelector(r, ['spec', 'selector']);
  if (selector && !selectorMatches(selector, labels)) {
    r.error(['spec', 'selector'], 'spec.selector does not match the pod template\'s labels, so Kubernetes rejects this object ("selector does not match template labels")', 'selector-mismatch');
  }
}

/** The workload a manifest describes, or null (with diagnostics) when it cannot be read. */
export function buildWorkload(obj: KubeObject, kind: WorkloadKind, namespace: string, name: string, diagnostics: Diagnostic[]): Workload | null {
  const r = new FieldReader(obj, diagnostics, `${kind} ${namespace}/${name}`);
  const before = diagnostics.length;
  const template = TEMPLATE_PATH[kind];
  // A Pod is its own template (the object, always a mapping).
  if (!r.map(template)) {
    r.error(template, `${kind} has no pod template at ${template.join('.')}`, 'invalid-field');
    return null;
  }
  const labels = parseLabels(r, [...template, 'metadata', 'labels']);
  if (labels) checkSelector(r, kind, labels);
  const specPath = [...template, 'spec'];
  const ports = parseContainerPorts(r, specPath);
  const hostNetwork = r.get([...specPath, 'hostNetwork']);
  if (hostNetwork !== undefined && hostNetwork !== null && typeof hostNetwork !== 'boolean') {
    r.error([...specPath, 'hostNetwork'], `hostNetwork must be true or false, not ${typeName(hostNetwork)}`);
  }
  // Every problem above, an invalid label map included, is an error diagnostic.
  if (diagnostics.slice(before).some((d) => d.severity === 'error')) return null;
  return { kind, namespace, name, labels: kind === 'Job' ? withJobNameLabels(r, name, labels!) : labels!, ports, hostNetwork: hostNetwork === true, source: obj.source };
}

/**
 * A Job's pods as the cluster holds them: unless `spec.manualSelector` is true, the API server
 * adds the Job's name to the pod template as `job-name` (batch/v1 Job strategy, generateSelector;
 * kubernetes.io "Well-Known Labels"), so a policy may select a Job's pods by its name. Its twin
 * `batch.kubernetes.io/job-name` is left to controller-labels.ts (an error where a selector reads
 * it): Cilium's identity filter may drop `kubernetes.io` keys, so the two readers could disagree.
 */
function withJobNameLabels(r: FieldReader, name: string, labels: Labels): Labels {
  if (r.get(['spec', 'manualSelector']) === true) return labels;
  return { 'job-name': name, ...labels };
}
