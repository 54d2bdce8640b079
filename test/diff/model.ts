/** Small model clusters for the diff's unit tests (no YAML: the manifests layer has its own tests). */
import { NAMESPACE_NAME_LABEL } from '../../src/model/kube-names';
import { parseCidr, subtractIpRanges } from '../../src/model/cidr';
import type { Cluster, Peer, Policy, PolicyPort, Rule, Workload } from '../../src/model/types';

/** A Deployment `name` in `namespace` (default prod), labelled app=<app>. */
export const workload = (name: string, app = name, namespace = 'prod'): Workload => ({ kind: 'Deployment', namespace, name, labels: { app }, ports: [], hostNetwork: false, source: { file: `${name}.yaml`, line: 1 } });

export const podsWith = (app: string): Peer => ({ kind: 'pods', podSelector: { matchLabels: { app }, matchExpressions: [] } });

export function ipBlock(cidr: string, except: string[] = []): Peer {
  const range = (text: string) => {
    const c = parseCidr(text);
    if (!c.ok) throw new Error(text);
    return c.range;
  };
  return { kind: 'ipBlock', cidr, except, ranges: subtractIpRanges(range(cidr), except.map(range)) };
}

const tcp = (ports: readonly number[]): PolicyPort[] => ports.map((port) => ({ protocol: 'TCP', port }));

/**
 * A NetworkPolicy `name` in prod on pods app=<app>, isolating `direction`: with `peers`, one rule
 * from (or to) them on the TCP `ports` (none: every port); with `peers` null, no rule (deny all).
 */
export function policy(name: string, app: string, direction: 'ingress' | 'egress', peers: Peer[] | null, ports: readonly number[] = [], line = 1): Policy {
  const rules: Rule[] = peers ? [{ direction, peers, ports: tcp(ports), index: 0, source: { file: `${name}.yaml`, line: line + 8 } }] : [];
  return {
    namespace: 'prod',
    name,
    podSelector: { matchLabels: { app }, matchExpressions: [] },
    types: { ingress: direction === 'ingress', egress: direction === 'egress' },
    implicitTypes: false,
    ingress: direction === 'ingress' ? rules : [],
    egress: direction === 'egress' ? rules : [],
    source: { file: `${name}.yaml`, line },
  };
}

/** A cluster of namespace prod (and the namespaces its workloads name). */
export function cluster(workloads: Workload[], policies: Policy[] = []): Cluster {
  const names = new Set(['prod', ...workloads.map((w) => w.namespace)]);
  return { namespaces: new Map([...names].map((n) => [n, { name: n, labels: { [NAMESPACE_NAME_LABEL]: n } }])), workloads, policies, diagnostics: [] };
}
