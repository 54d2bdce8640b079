/**
 * A seeded generator of realistic synthetic repositories for the benchmark: teams own namespaces
 * (labelled team/env), Deployments and StatefulSets carry app/tier/team labels and named ports,
 * each namespace with policies has a default-deny and a DNS egress rule, and allow rules use pod
 * and namespace selectors with matchExpressions, ipBlocks with excepts and named ports. About one
 * namespace in ten has no policy at all. `generateRepo` also makes a PR-like head: a few policies
 * edited, a few workloads relabelled and one namespace's default-deny removed.
 */
import { toYamlFile } from './emit-yaml';

export type SizeName = 'S' | 'M' | 'L' | 'LT' | 'LC' | 'XL';

export interface BenchSize {
  name: SizeName;
  workloads: number;
  policies: number;
  /** Tiered cluster policies on top (T-1): this many Admin ClusterNetworkPolicies and one Baseline. */
  adminPolicies?: number;
  /** Cilium policies on top (issue 14): this many CiliumNetworkPolicies and CiliumClusterwideNetworkPolicies. */
  cilium?: { cnps: number; ccnps: number };
}

export const SIZES: Record<SizeName, BenchSize> = {
  S: { name: 'S', workloads: 100, policies: 30 },
  M: { name: 'M', workloads: 1_000, policies: 300 },
  L: { name: 'L', workloads: 10_000, policies: 3_000 },
  // L plus 50 Admin policies and one Baseline policy, with namespace and pod subjects (issue 12).
  LT: { name: 'LT', workloads: 10_000, policies: 3_000, adminPolicies: 50 },
  // L plus 300 CiliumNetworkPolicies and 20 CiliumClusterwideNetworkPolicies (issue 14).
  LC: { name: 'LC', workloads: 10_000, policies: 3_000, cilium: { cnps: 300, ccnps: 20 } },
  XL: { name: 'XL', workloads: 50_000, policies: 10_000 },
};

/** mulberry32: small, fast and good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Doc = Record<string, unknown>;
type Tier = 'frontend' | 'api' | 'backend' | 'db' | 'cache' | 'worker';
const TIERS: readonly Tier[] = ['frontend', 'api', 'api', 'backend', 'backend', 'backend', 'backend', 'db', 'cache', 'worker'];
const ENVS = ['prod', 'staging', 'dev', 'tools'] as const;

interface GenWorkload {
  kind: 'Deployment' | 'StatefulSet';
  ns: string;
  app: string;
  tier: Tier;
  team: string;
  version: string;
}

interface GenNamespace {
  name: string;
  team: string;
  env: string;
  monitored: boolean;
  workloads: GenWorkload[];
  policies: Doc[];
}

export interface GeneratedRepo {
  size: BenchSize;
  /** Repository-relative path → text, for the base and the head of the PR. */
  base: Map<string, string>;
  head: Map<string, string>;
  /** What the PR changes, for the report. */
  change: { editedPolicies: string[]; relabelled: string[]; defaultDenyRemovedIn: string; changedFiles: string[] };
  counts: { namespaces: number; workloads: number; policies: number; files: number; bytes: number };
}

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)]!;
}

function containerPorts(tier: Tier): Doc[] {
  const ports: Doc[] = [];
  if (tier === 'db') ports.push(pickDbPort(tier));
  else if (tier === 'cache') ports.push({ name: 'redis', containerPort: 6379, protocol: 'TCP' });
  else ports.push({ name: 'http', containerPort: 8080, protocol: 'TCP' });
  if (tier === 'api' || tier === 'backend') ports.push({ name: 'grpc', containerPort: 9000, protocol: 'TCP' });
  ports.push({ name: 'metrics', containerPort: 9090, protocol: 'TCP' });
  return ports;
}

function pickDbPort(_tier: Tier): Doc {
  return { name: 'postgres', containerPort: 5432, protocol: 'TCP' };
}

function workloadDocs(w: GenWorkload, rnd: () => number): Doc[] {
  const labels = { app: w.app, tier: w.tier, team: w.team, version: w.version };
  const ports = containerPorts(w.tier);
  const spec: Doc = {
    ...(w.kind === 'StatefulSet' ? { serviceName: w.app } : {}),
    replicas: 1 + Math.floor(rnd() * 4),
    selector: { matchLabels: { app: w.app } },
    template: {
      metadata: { labels, annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9090' } },
      spec: {
        serviceAccountName: w.app,
        containers: [
          {
            name: w.app,
            image: `registry.example.com/${w.team}/${w.app}:${w.version}`,
            ports,
            env: [
              { name: 'LOG_LEVEL', value: 'info' },
              { name: 'TEAM', value: w.team },
            ],
            resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '512Mi' } },
            readinessProbe: { httpGet: { path: '/healthz', port: ports[0]!.name }, periodSeconds: 10 },
          },
        ],
      },
    },
  };
  const docs: Doc[] = [
    { apiVersion: 'apps/v1', kind: w.kind, metadata: { name: w.app, namespace: w.ns, labels: { app: w.app, team: w.team } }, spec },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: w.app, namespace: w.ns },
      spec: { selector: { app: w.app }, ports: ports.map((p) => ({ name: p.name, port: p.containerPort === 8080 ? 80 : p.containerPort, targetPort: p.name })) },
    },
  ];
  if (rnd() < 0.3) docs.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `${w.app}-config`, namespace: w.ns }, data: { 'app.properties': `team=${w.team}` } });
  return docs;
}

function policy(ns: string, name: string, podSelector: Doc, types: string[], body: Doc): Doc {
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace: ns }, spec: { podSelector, policyTypes: types, ...body } };
}

const PRIVATE_V4 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];

/** One app-specific allow policy; the kinds mix ingress and egress, pods, namespaces and ipBlocks. */
function appPolicy(ns: GenNamespace, target: GenWorkload, teams: readonly string[], serial: number, rnd: () => number): Doc {
  const sel = { matchLabels: { app: target.app } };
  const variant = serial % 8;
  const name = `allow-${target.app}-${['frontend', 'team', 'internet', 'partner', 'db', 'env', 'tier', 'monitoring'][variant]}`;
  switch (variant) {
    case 0:
      return policy(ns.name, name, sel, ['Ingress'], { ingress: [{ from: [{ podSelector: { matchLabels: { tier: 'frontend' } } }], ports: [{ port: 'http' }] }] });
    case 1:
      return policy(ns.name, name, sel, ['Ingress'], {
        ingress: [
          {
            from: [{ namespaceSelector: { matchLabels: { team: pick(rnd, teams) } }, podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['frontend', 'api'] }] } }],
            ports: [{ protocol: 'TCP', port: 8080 }],
          },
        ],
      });
    case 2:
      return policy(ns.name, name, sel, ['Egress'], {
        egress: [
          {
            to: [{ ipBlock: { cidr: '0.0.0.0/0', except: PRIVATE_V4 } }, { ipBlock: { cidr: '::/0', except: ['fd00::/8'] } }],
            ports: [{ protocol: 'TCP', port: 443 }],
          },
        ],
      });
    case 3: {
      // Partner ranges differ per policy: the address space is cut at many places.
      const a = Math.floor(rnd() * 256);
      const b = Math.floor(rnd() * 256);
      return policy(ns.name, name, sel, ['Ingress'], {
        ingress: [
          {
            from: [{ ipBlock: { cidr: `198.${18 + (a % 2)}.${b}.0/24`, except: [`198.${18 + (a % 2)}.${b}.${16 * Math.floor(rnd() * 16)}/28`] } }, { ipBlock: { cidr: `2001:db8:${a.toString(16)}:${b.toString(16)}::/64` } }],
            ports: [{ protocol: 'TCP', port: 8443, endPort: 8450 }],
          },
        ],
      });
    }
    case 4:
      return policy(ns.name, name, sel, ['Egress'], {
        egress: [{ to: [{ podSelector: { matchLabels: { tier: 'db' } } }, { podSelector: { matchLabels: { tier: 'cache' } } }], ports: [{ port: 'postgres' }, { port: 'redis' }, { port: 5432 }] }],
      });
    case 5:
      return policy(ns.name, name, sel, ['Ingress'], {
        ingress: [
          {
            from: [{ namespaceSelector: { matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['dev'] }] }, podSelector: { matchLabels: { tier: 'frontend' } } }],
            ports: [{ port: 'http' }, { protocol: 'UDP', port: 5000, endPort: 5010 }],
          },
        ],
      });
    case 6:
      return policy(ns.name, name, sel, ['Ingress', 'Egress'], {
        ingress: [{ from: [{ podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['api', 'backend'] }, { key: 'team', operator: 'Exists' }] } }], ports: [{ port: 'grpc' }] }],
        egress: [{ to: [{ podSelector: { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['frontend', 'db'] }] } }] }],
      });
    default:
      return policy(ns.name, name, sel, ['Ingress'], {
        ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } }, podSelector: { matchLabels: { app: 'prometheus' } } }], ports: [{ port: 'metrics' }] }],
      });
  }
}

function defaultDeny(ns: string): Doc {
  return policy(ns, 'default-deny', {}, ['Ingress', 'Egress'], {});
}

function allowDns(ns: string): Doc {
  return policy(ns, 'allow-dns', {}, ['Egress'], {
    egress: [
      {
        to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
        ports: [
          { protocol: 'UDP', port: 53 },
          { protocol: 'TCP', port: 53 },
        ],
      },
    ],
  });
}

function namespaceDoc(ns: GenNamespace): Doc {
  const labels: Record<string, string> = { team: ns.team, env: ns.env };
  if (ns.monitored) labels.monitoring = 'enabled';
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns.name, labels } };
}

function buildModel(size: BenchSize, rnd: () => number): { namespaces: GenNamespace[]; teams: string[] } {
  const perNs = size.workloads <= 100 ? 25 : 50;
  const nsCount = Math.max(2, Math.round((size.workloads - 2) / perNs));
  const teamCount = Math.max(1, Math.ceil(nsCount / ENVS.length));
  const teams = Array.from({ length: teamCount }, (_, i) => `team-${String(i).padStart(3, '0')}`);
  const namespaces: GenNamespace[] = [];
  for (let i = 0; i < nsCount; i++) {
    const team = teams[Math.floor(i / ENVS.length)]!;
    const env = ENVS[i % ENVS.length]!;
    namespaces.push({ name: `${team}-${env}`, team, env, monitored: rnd() < 0.7, workloads: [], policies: [] });
  }
  // Workloads: 2 are infrastructure (DNS, Prometheus), the rest spread evenly.
  const total = size.workloads - 2;
  for (let i = 0; i < total; i++) {
    const ns = namespaces[i % nsCount]!;
    const tier = pick(rnd, TIERS);
    ns.workloads.push({
      kind: tier === 'db' || tier === 'cache' ? 'StatefulSet' : 'Deployment',
      ns: ns.name,
      app: `${tier}-${ns.workloads.length}`,
      tier,
      team: ns.team,
      version: `v${1 + Math.floor(rnd() * 3)}.${Math.floor(rnd() * 10)}`,
    });
  }
  // Every tenth namespace has no policy at all; the others share the policy budget.
  const withPolicies = namespaces.filter((_, i) => i % 10 !== 3);
  let budget = size.policies;
  for (const ns of withPolicies) {
    if (budget < 2) break;
    ns.policies.push(defaultDeny(ns.name), allowDns(ns.name));
    budget -= 2;
  }
  let serial = 0;
  for (let round = 0; budget > 0; round++) {
    let placed = false;
    for (const ns of withPolicies) {
      if (budget <= 0) break;
      const target = ns.workloads[round];
      if (!target || !ns.policies.length) continue;
      ns.policies.push(appPolicy(ns, target, teams, serial++, rnd));
      budget--;
      placed = true;
    }
    if (!placed) break;
  }
  return { namespaces, teams };
}

function infraFiles(files: Map<string, string>): void {
  const dns: Doc = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'coredns', namespace: 'kube-system' },
    spec: {
      selector: { matchLabels: { 'k8s-app': 'kube-dns' } },
      template: {
        metadata: { labels: { 'k8s-app': 'kube-dns' } },
        spec: { containers: [{ name: 'coredns', image: 'coredns/coredns:1.11.1', ports: [{ name: 'dns', containerPort: 53, protocol: 'UDP' }, { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' }] }] },
      },
    },
  };
  const prom: Doc = {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'prometheus', namespace: 'monitoring' },
    spec: {
      serviceName: 'prometheus',
      selector: { matchLabels: { app: 'prometheus' } },
      template: { metadata: { labels: { app: 'prometheus' } }, spec: { containers: [{ name: 'prometheus', image: 'prom/prometheus:v2.51.0', ports: [{ name: 'web', containerPort: 9090 }] }] } },
    },
  };
  files.set('platform/kube-system/coredns.yaml', toYamlFile([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kube-system' } }, dns]));
  files.set('platform/monitoring/prometheus.yaml', toYamlFile([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'monitoring', labels: { team: 'platform' } } }, prom]));
}

function renderFiles(namespaces: readonly GenNamespace[], rnd: () => number): Map<string, string> {
  const files = new Map<string, string>();
  infraFiles(files);
  for (const ns of namespaces) {
    const dir = `clusters/${ns.env}/${ns.name}`;
    files.set(`${dir}/namespace.yaml`, toYamlFile([namespaceDoc(ns)]));
    // Most apps get a file of their own; some are bundled three to a file.
    let i = 0;
    while (i < ns.workloads.length) {
      const n = rnd() < 0.25 ? 3 : 1;
      const group = ns.workloads.slice(i, i + n);
      const docs = group.flatMap((w) => workloadDocs(w, rnd));
      files.set(`${dir}/apps/${group[0]!.app}.yaml`, toYamlFile(docs, `${ns.team} ${group.map((w) => w.app).join(', ')}`));
      i += n;
    }
    if (ns.policies.length) {
      files.set(`${dir}/network/baseline.yaml`, toYamlFile(ns.policies.slice(0, 2), 'baseline isolation'));
      const apps = ns.policies.slice(2);
      for (let j = 0; j < apps.length; j += 4) files.set(`${dir}/network/allow-${j / 4}.yaml`, toYamlFile(apps.slice(j, j + 4)));
    }
  }
  return files;
}

const CNP = 'policy.networking.k8s.io/v1alpha2';

/**
 * Admin-tier guard rails of a platform team (T-1 … T-4): per team, Pass the team's own traffic to
 * its NetworkPolicies, keep dev out of prod, let monitoring scrape; for the databases of prod,
 * Deny every other namespace; egress to the metadata address denied and DNS accepted. Half the
 * policies take a namespace subject, half a pod subject.
 */
function adminPolicy(i: number, teams: readonly string[], rnd: () => number): Doc {
  const team = teams[i % teams.length]!;
  const podSubject = i % 2 === 1;
  const subject = podSubject
    ? { pods: { namespaceSelector: { matchLabels: { team } }, podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: [pick(rnd, ['db', 'cache', 'backend'])] }] } } }
    : { namespaces: { matchLabels: { team } } };
  return {
    apiVersion: CNP,
    kind: 'ClusterNetworkPolicy',
    metadata: { name: `guard-${String(i).padStart(2, '0')}-${team}` },
    spec: {
      tier: 'Admin',
      priority: 10 + i,
      subject,
      ingress: [
        { name: 'own-team', action: 'Pass', from: [{ namespaces: { matchLabels: { team } } }] },
        { name: 'monitoring', action: 'Accept', from: [{ namespaces: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } }], protocols: [{ destinationNamedPort: 'http' }, { tcp: { destinationPort: { number: 9090 } } }] },
        { name: 'no-dev', action: 'Deny', from: [{ namespaces: { matchLabels: { env: 'dev' } } }] },
      ],
      egress: [
        { name: 'dns', action: 'Accept', to: [{ pods: { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } } }], protocols: [{ udp: { destinationPort: { number: 53 } } }, { tcp: { destinationPort: { number: 53 } } }] },
        { name: 'metadata', action: 'Deny', to: [{ networks: ['169.254.169.254/32'] }] },
        { name: 'other-teams-db', action: 'Deny', to: [{ pods: { namespaceSelector: { matchExpressions: [{ key: 'team', operator: 'NotIn', values: [team] }] }, podSelector: { matchLabels: { tier: 'db' } } } }] },
      ],
    },
  };
}

/** The Baseline tier (T-2, T-5): for pods no NetworkPolicy isolates, deny ingress from dev and accept the rest of the cluster. */
function baselinePolicy(): Doc {
  return {
    apiVersion: CNP,
    kind: 'ClusterNetworkPolicy',
    metadata: { name: 'cluster-baseline' },
    spec: {
      tier: 'Baseline',
      priority: 100,
      subject: { namespaces: {} },
      ingress: [
        { name: 'no-dev', action: 'Deny', from: [{ namespaces: { matchLabels: { env: 'dev' } } }] },
        { name: 'cluster', action: 'Accept', from: [{ namespaces: {} }] },
      ],
    },
  };
}

/** The tiered policies of a size (none for most), as files; the head moves one Admin policy after another. */
function tieredFiles(size: BenchSize, teams: readonly string[], seed: number, head: boolean): Map<string, string> {
  const files = new Map<string, string>();
  if (!size.adminPolicies) return files;
  const rnd = seededRandom(seed + 2);
  const admin = Array.from({ length: size.adminPolicies }, (_, i) => adminPolicy(i, teams, rnd));
  // The PR: the first guard rail loses its precedence (10 → 90, below the others it overlaps).
  if (head) (admin[0]!.spec as Doc).priority = 90;
  for (let j = 0; j < admin.length; j += 10) files.set(`platform/cluster-policies/admin-${j / 10}.yaml`, toYamlFile(admin.slice(j, j + 10), 'Admin tier guard rails'));
  files.set('platform/cluster-policies/baseline.yaml', toYamlFile([baselinePolicy()], 'Baseline tier'));
  return files;
}

const CILIUM = 'cilium.io/v2';
const NS_KEY = 'k8s:io.kubernetes.pod.namespace';

/** A port of a Cilium rule: a container port name (resolved at the destination, C-20) or a number. */
function ciliumPort(port: string | number, protocol = 'TCP', endPort?: number): Doc {
  return { port: String(port), protocol, ...(endPort ? { endPort } : {}) };
}

/**
 * One CiliumNetworkPolicy of an application team (C-1 … C-21): the subject by app label, peers
 * from its own and other namespaces (by namespace name and by namespace label), named and numeric
 * ports, and in some variants a deny section, a CIDR set with excepts, or the world/cluster entities.
 */
function ciliumPolicy(ns: GenNamespace, target: GenWorkload, teams: readonly string[], namespaces: readonly GenNamespace[], serial: number, rnd: () => number): Doc {
  const variant = serial % 6;
  const other = pick(rnd, namespaces);
  const spec: Doc = { endpointSelector: { matchLabels: { app: target.app } } };
  switch (variant) {
    case 0: // same-namespace frontends and another namespace's api pods, on the named http port
      spec.ingress = [
        { fromEndpoints: [{ matchLabels: { tier: 'frontend' } }, { matchLabels: { [NS_KEY]: other.name, tier: 'api' } }], toPorts: [{ ports: [ciliumPort('http'), ciliumPort(9090)] }] },
      ];
      break;
    case 1: // by namespace labels (team), with a port range; refuse the dev namespaces outright
      spec.ingress = [{ fromEndpoints: [{ matchLabels: { 'k8s:io.cilium.k8s.namespace.labels.team': pick(rnd, teams) } }], toPorts: [{ ports: [ciliumPort(8080, 'TCP', 8090)] }] }];
      spec.ingressDeny = [{ fromEndpoints: [{ matchLabels: { 'k8s:io.cilium.k8s.namespace.labels.env': 'dev' } }] }];
      break;
    case 2: { // egress to the internet on 443, minus private ranges and a partner block; no metadata address
      const b = Math.floor(rnd() * 256);
      spec.egress = [
        { toCIDRSet: [{ cidr: '0.0.0.0/0', except: [...PRIVATE_V4, `203.0.${b}.0/24`] }, { cidr: '::/0', except: ['fd00::/8'] }], toPorts: [{ ports: [ciliumPort(443)] }] },
        { toEndpoints: [{ matchLabels: { [NS_KEY]: 'kube-system', 'k8s-app': 'kube-dns' } }], toPorts: [{ ports: [ciliumPort(53, 'UDP'), ciliumPort(53, 'TCP')] }] },
      ];
      spec.egressDeny = [{ toCIDR: ['169.254.169.254/32'] }];
      break;
    }
    case 3: // the public edge: world on the http port, the cluster on metrics
      spec.ingress = [{ fromEntities: ['world'], toPorts: [{ ports: [ciliumPort('http')] }] }, { fromEntities: ['cluster'], toPorts: [{ ports: [ciliumPort('metrics')] }] }];
      break;
    case 4: // the databases of the namespace and one other namespace's caches
      spec.egress = [
        { toEndpoints: [{ matchLabels: { tier: 'db' } }], toPorts: [{ ports: [ciliumPort('postgres'), ciliumPort(5432)] }] },
        { toEndpoints: [{ matchLabels: { [NS_KEY]: other.name, tier: 'cache' } }], toPorts: [{ ports: [ciliumPort('redis')] }] },
      ];
      break;
    default: // grpc from api/backend pods (matchExpressions), no UDP from anywhere, and egress to the cluster
      spec.ingress = [{ fromEndpoints: [{ matchExpressions: [{ key: 'tier', operator: 'In', values: ['api', 'backend'] }] }], toPorts: [{ ports: [ciliumPort('grpc')] }] }];
      spec.ingressDeny = [{ toPorts: [{ ports: [ciliumPort(0, 'UDP')] }] }];
      spec.egress = [{ toEntities: ['cluster'] }];
  }
  return { apiVersion: CILIUM, kind: 'CiliumNetworkPolicy', metadata: { name: `cilium-${target.app}-${variant}`, namespace: ns.name }, spec };
}

/**
 * One CiliumClusterwideNetworkPolicy of the platform team: per team or environment, cluster-wide
 * subjects (C-2) that deny the metadata address and dev-to-prod traffic without changing anyone's
 * default mode (C-6), or that admit monitoring to the metrics port everywhere.
 */
function ciliumClusterPolicy(i: number, teams: readonly string[]): Doc {
  const team = teams[i % teams.length]!;
  const name = `platform-${String(i).padStart(2, '0')}-${team}`;
  const subject = { matchLabels: { 'k8s:io.cilium.k8s.namespace.labels.team': team } };
  const spec: Doc =
    i % 2 === 0
      ? {
          endpointSelector: subject,
          enableDefaultDeny: { ingress: false, egress: false },
          egressDeny: [{ toCIDRSet: [{ cidr: '169.254.0.0/16', except: ['169.254.20.10/32'] }] }],
          ingressDeny: [{ fromEndpoints: [{ matchLabels: { 'k8s:io.cilium.k8s.namespace.labels.env': 'dev' } }], toPorts: [{ ports: [ciliumPort('postgres'), ciliumPort(6379)] }] }],
        }
      : {
          endpointSelector: { matchExpressions: [{ key: 'k8s:io.cilium.k8s.namespace.labels.team', operator: 'In', values: [team] }, { key: 'tier', operator: 'NotIn', values: ['db'] }] },
          enableDefaultDeny: { ingress: false },
          ingress: [{ fromEndpoints: [{ matchLabels: { [NS_KEY]: 'monitoring', app: 'prometheus' } }], toPorts: [{ ports: [ciliumPort('metrics')] }] }],
        };
  return { apiVersion: CILIUM, kind: 'CiliumClusterwideNetworkPolicy', metadata: { name }, spec };
}

/**
 * The Cilium policies of a size (none for most): CNPs spread over the namespaces that have
 * workloads, CCNPs in a platform folder. The head adds an ingressDeny to the first CNP.
 */
function ciliumFiles(size: BenchSize, namespaces: readonly GenNamespace[], teams: readonly string[], seed: number, head: boolean): Map<string, string> {
  const files = new Map<string, string>();
  if (!size.cilium) return files;
  const rnd = seededRandom(seed + 3);
  const hosts = namespaces.filter((n) => n.workloads.length > 0);
  const byNs = new Map<GenNamespace, Doc[]>();
  for (let i = 0; i < size.cilium.cnps; i++) {
    const ns = hosts[(i * 7) % hosts.length]!;
    const target = ns.workloads[Math.floor(i / hosts.length) % ns.workloads.length]!;
    const p = ciliumPolicy(ns, target, teams, namespaces, i, rnd);
    if (head && i === 0) (p.spec as Doc).ingressDeny = [{ fromEndpoints: [{ matchLabels: { tier: 'worker' } }] }];
    byNs.set(ns, [...(byNs.get(ns) ?? []), p]);
  }
  for (const [ns, docs] of byNs) files.set(`clusters/${ns.env}/${ns.name}/network/cilium.yaml`, toYamlFile(docs, 'Cilium policies'));
  const ccnps = Array.from({ length: size.cilium.ccnps }, (_, i) => ciliumClusterPolicy(i, teams));
  for (let j = 0; j < ccnps.length; j += 10) files.set(`platform/cilium/clusterwide-${j / 10}.yaml`, toYamlFile(ccnps.slice(j, j + 10), 'Cilium clusterwide policies'));
  return files;
}

/** Generates base and head of one size; the same seed gives byte-identical repositories. */
export function generateRepo(size: BenchSize, seed = 1): GeneratedRepo {
  const rnd = seededRandom(seed);
  const { namespaces, teams } = buildModel(size, rnd);
  const base = renderFiles(namespaces, seededRandom(seed + 1));

  // The PR: edit a few policies, relabel a few workloads, drop one namespace's default-deny.
  const withPolicies = namespaces.filter((n) => n.policies.length > 2);
  const editedPolicies: string[] = [];
  for (let k = 0; k < 3 && k < withPolicies.length; k++) {
    const ns = withPolicies[Math.floor(rnd() * withPolicies.length)]!;
    const p = ns.policies[2 + Math.floor(rnd() * (ns.policies.length - 2))]!;
    const spec = p.spec as Doc;
    const meta = p.metadata as { name: string };
    if (spec.ingress) {
      const rules = spec.ingress as Doc[];
      rules[0] = { ...rules[0], from: [...((rules[0]!.from as Doc[]) ?? []), { namespaceSelector: { matchLabels: { team: pick(rnd, teams) } } }] };
    } else {
      const rules = spec.egress as Doc[];
      rules.push({ ports: [{ protocol: 'TCP', port: 8081 }] });
    }
    editedPolicies.push(`${ns.name}/${meta.name}`);
  }
  const relabelled: string[] = [];
  for (let k = 0; k < 3; k++) {
    const ns = pick(rnd, namespaces);
    const w = pick(rnd, ns.workloads);
    w.tier = w.tier === 'frontend' ? 'backend' : 'frontend';
    relabelled.push(`${ns.name}/${w.app}`);
  }
  const target = withPolicies[Math.floor(rnd() * withPolicies.length)] ?? namespaces[0]!;
  target.policies.splice(0, 1);
  // Keep the head's files laid out as in base: the baseline file now holds only the DNS rule.
  const headNs = namespaces.map((n) => (n === target ? { ...n, policies: [n.policies[0]!, ...n.policies] } : n));
  const head = renderFiles(headNs, seededRandom(seed + 1));
  const baseline = `clusters/${target.env}/${target.name}/network/baseline.yaml`;
  head.set(baseline, toYamlFile([target.policies[0]!], 'baseline isolation'));

  for (const [p, text] of tieredFiles(size, teams, seed, false)) base.set(p, text);
  for (const [p, text] of tieredFiles(size, teams, seed, true)) head.set(p, text);
  for (const [p, text] of ciliumFiles(size, namespaces, teams, seed, false)) base.set(p, text);
  for (const [p, text] of ciliumFiles(size, namespaces, teams, seed, true)) head.set(p, text);
  const changedFiles = [...head.keys()].filter((k) => base.get(k) !== head.get(k)).sort();
  let bytes = 0;
  for (const t of base.values()) bytes += t.length;
  return {
    size,
    base,
    head,
    change: { editedPolicies, relabelled, defaultDenyRemovedIn: target.name, changedFiles },
    counts: {
      namespaces: namespaces.length + 2,
      workloads: namespaces.reduce((a, n) => a + n.workloads.length, 2),
      policies: namespaces.reduce((a, n) => a + n.policies.length, 0) + 1 + (size.adminPolicies ? size.adminPolicies + 1 : 0) + (size.cilium ? size.cilium.cnps + size.cilium.ccnps : 0),
      files: base.size,
      bytes,
    },
  };
}

/** The head of a PR that deletes every NetworkPolicy: every flow between workloads opens. */
export function openEverythingHead(base: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...base].filter(([p]) => !p.includes('/network/')));
}

/**
 * The head of a PR that replaces every NetworkPolicy by one deny-all (ingress and egress) per
 * namespace: every flow closes.
 */
export function closeEverythingHead(base: ReadonlyMap<string, string>): Map<string, string> {
  const head = openEverythingHead(base);
  const dirs = [...head.keys()].filter((p) => p.endsWith('/namespace.yaml')).map((p) => p.slice(0, -'/namespace.yaml'.length));
  for (const dir of dirs) head.set(`${dir}/network/deny-all.yaml`, toYamlFile([policy(dir.slice(dir.lastIndexOf('/') + 1), 'deny-all', {}, ['Ingress', 'Egress'], {})], 'deny all'));
  for (const ns of ['kube-system', 'monitoring']) head.set(`platform/${ns}/deny-all.yaml`, toYamlFile([policy(ns, 'deny-all', {}, ['Ingress', 'Egress'], {})], 'deny all'));
  return head;
}
