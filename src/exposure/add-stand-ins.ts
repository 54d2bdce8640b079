import { NAMESPACE_NAME_LABEL } from '../model/kube-names';
import { namedPortNumber } from '../model/named-ports';
import { PROTOCOLS, type Cluster, type ContainerPort, type Labels, type Namespace, type Workload } from '../model/types';
import type { StandInSpec } from './stand-in-specs';

/**
 * Issue 11: a state with the stand-ins added as workloads of kind `Unlisted` after its listed
 * workloads, and the namespaces they need: a named namespace the state lacks gets its name label
 * and configured labels, as a referenced namespace does; a fresh one its representative
 * labels. The engine then computes a stand-in's flows exactly as a workload's.
 */
export function addStandIns(cluster: Cluster, specs: readonly StandInSpec[], namespaceLabels: Readonly<Record<string, Labels>> = {}, portNames: readonly string[] = []): Cluster {
  const ports = unknownPorts(portNames);
  const namespaces = new Map<string, Namespace>(cluster.namespaces);
  const workloads: Workload[] = [...cluster.workloads];
  for (const s of specs) {
    let ns: string;
    if ('name' in s.namespace) {
      ns = s.namespace.name;
      if (!namespaces.has(ns)) namespaces.set(ns, { name: ns, labels: { ...(namespaceLabels[ns] ?? {}), [NAMESPACE_NAME_LABEL]: ns } });
    } else {
      ns = s.namespace.fresh;
      if (!namespaces.has(ns)) namespaces.set(ns, { name: ns, labels: s.namespace.labels });
    }
    workloads.push({ kind: 'Unlisted', namespace: ns, name: s.name, labels: s.labels, ports, hostNetwork: false, source: s.source, standsFor: s.standsFor });
  }
  return { ...cluster, namespaces, workloads };
}

/**
 * A stand-in's container ports: every port name that a policy uses, on every protocol. A-26
 * resolves a named port at the destination pod; at a stand-in the number is unknown, so the port
 * is the name's own atom (named-ports.ts): reports show it as `named port NAME`, and a rule with
 * numeric ports treats it as possibly matching (a gate errs on the side of reporting).
 */
export function unknownPorts(portNames: readonly string[]): ContainerPort[] {
  return portNames.flatMap((name) => PROTOCOLS.map((protocol) => ({ name, port: namedPortNumber(name), protocol })));
}

/** The port names that the policies of the states use, sorted. */
export function policyPortNames(clusters: readonly Cluster[]): string[] {
  const names = new Set<string>();
  for (const c of clusters) for (const p of c.policies) for (const r of [...p.ingress, ...p.egress]) for (const port of r.ports) if (typeof port.port === 'string') names.add(port.port);
  return [...names].sort();
}

/** Whether a workload is a listed one (not a stand-in). */
export function isListed(w: Pick<Workload, 'kind'>): boolean {
  return w.kind !== 'Unlisted';
}
