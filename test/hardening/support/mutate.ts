import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import type { SourceFile } from '../../../src/analyze';

/** Valid manifests the fuzzer starts from: every kind and field flowgate reads. */
const SEED_YAML = [
  `apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web, tier: front}}
spec:
  containers:
    - name: c
      ports: [{name: http, containerPort: 8080}, {name: metrics, containerPort: 9090, protocol: UDP}]`,
  `apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: shop}
spec:
  template:
    metadata: {labels: {app: api, tier: back}}
    spec:
      hostNetwork: false
      initContainers: [{name: proxy, restartPolicy: Always, ports: [{name: admin, containerPort: 15000}]}]
      containers: [{name: c, ports: [{name: grpc, containerPort: 50051, protocol: TCP}]}]`,
  `apiVersion: batch/v1
kind: CronJob
metadata: {name: report, namespace: ops}
spec:
  jobTemplate:
    spec:
      template:
        metadata: {labels: {app: report}}
        spec: {containers: [{name: c}]}`,
  `apiVersion: v1
kind: Pod
metadata:
  name: db-0
  namespace: shop
  labels: {app: db}
  ownerReferences: [{apiVersion: apps/v1, kind: StatefulSet, name: db, controller: true}]
spec: {containers: [{name: c, ports: [{containerPort: 5432}]}]}`,
  `apiVersion: v1
kind: Namespace
metadata: {name: shop, labels: {team: a, env: prod}}`,
  `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api-ingress, namespace: shop}
spec:
  podSelector: {matchLabels: {app: api}}
  ingress:
    - from:
        - podSelector: {matchLabels: {app: web}}
        - namespaceSelector: {matchLabels: {team: a}}
          podSelector: {matchExpressions: [{key: tier, operator: In, values: [front, back]}]}
      ports: [{port: grpc}, {port: 8000, endPort: 8100}, {protocol: UDP, port: 53}]`,
  `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: egress-out, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
    - to:
        - ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16, 10.2.3.0/24]}
        - ipBlock: {cidr: "2001:db8::/32"}
      ports: [{protocol: TCP, port: 443}]
    - to: [{namespaceSelector: {}}]
      ports: [{protocol: UDP, port: 53}, {protocol: TCP, port: 53}]`,
  `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny-all, namespace: ops}
spec:
  podSelector:
    matchExpressions:
      - {key: app, operator: NotIn, values: [report]}
      - {key: debug, operator: DoesNotExist}
      - {key: app, operator: Exists}
  policyTypes: [Ingress, Egress]`,
  `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-from-ops, namespace: shop}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress:
    - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ops}}}]
    - from: [{ipBlock: {cidr: 0.0.0.0/0}}]
      ports: [{port: 5432}]`,
  `apiVersion: v1
kind: PodList
items:
  - metadata: {name: listed, namespace: ops, labels: {app: listed}}
    spec: {containers: [{name: c, ports: [{containerPort: 7000}]}]}`,
];

export const SEEDS: readonly unknown[] = SEED_YAML.map((s) => parse(s) as unknown);

/** Values a mutation puts in place of another: wrong types, edge numbers, near-valid strings. */
const interesting = fc.constantFrom<unknown>(
  'TCP', 'UDP', 'SCTP', 'ICMP', 'In', 'NotIn', 'Exists', 'DoesNotExist', 'Ingress', 'Egress',
  '10.0.0.0/8', '10.0.0.1/24', '0.0.0.0/0', '::/0', '2001:db8::1/64', '300.1.1.1/8', '10.0.0.0/33',
  'http', 'grpc', '80', 'web', 'api', 'shop', 'ops', 'kubernetes.io/metadata.name', '',
  0, 1, -1, 53, 65535, 65536, 1.5, Number.MAX_SAFE_INTEGER, true, false, null, [], {},
  '__proto__', 'constructor', 'toString', '{{ .Values.x }}', '*alias', '&anchor', 'a: b', '- x', '\u0000', '\ufeff', '\u202e',
);

const KEYS = ['apiVersion', 'kind', 'metadata', 'name', 'namespace', 'labels', 'spec', 'podSelector', 'policyTypes', 'ingress', 'egress', 'from', 'to', 'ports', 'port', 'endPort', 'protocol', 'ipBlock', 'cidr', 'except', 'namespaceSelector', 'matchLabels', 'matchExpressions', 'key', 'operator', 'values', 'template', 'containers', 'containerPort', 'items', 'ownerReferences', 'controller', 'hostNetwork', '__proto__', 'constructor'];

const leaf: fc.Arbitrary<unknown> = fc.oneof(interesting, fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 }), fc.integer({ min: -5, max: 70_000 }), fc.double(), fc.boolean(), fc.constant(null));
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: leaf },
  { weight: 1, arbitrary: fc.array(leaf, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...KEYS), leaf, { maxKeys: 3 }) },
);

/** One structural change, at the node numbered `at` (modulo the number of nodes). */
export type Mutation =
  | { op: 'delete' | 'duplicate'; at: number }
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'swap'; at: number; other: number }
  | { op: 'add'; at: number; key: string; value: unknown };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom<'delete' | 'duplicate'>('delete', 'duplicate'), at: fc.nat(100_000) }),
  fc.record({ op: fc.constant<'replace'>('replace'), at: fc.nat(100_000), value }),
  fc.record({ op: fc.constant<'swap'>('swap'), at: fc.nat(100_000), other: fc.nat(100_000) }),
  fc.record({ op: fc.constant<'add'>('add'), at: fc.nat(100_000), key: fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 })), value }),
);

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number };

function slots(root: unknown): Slot[] {
  const out: Slot[] = [];
  const stack = [root];
  while (stack.length) {
    const n = stack.pop();
    if (Array.isArray(n)) {
      n.forEach((v, i) => {
        out.push({ parent: n, key: i });
        stack.push(v);
      });
    } else if (n && typeof n === 'object') {
      for (const [k, v] of Object.entries(n)) {
        out.push({ parent: n as Record<string, unknown>, key: k });
        stack.push(v);
      }
    }
  }
  return out;
}

function get(s: Slot): unknown {
  return (s.parent as Record<string | number, unknown>)[s.key];
}

function set(s: Slot, v: unknown): void {
  if (Array.isArray(s.parent)) s.parent[s.key as number] = v;
  // defineProperty, so that a "__proto__" key is data, as YAML makes it.
  else Object.defineProperty(s.parent, s.key, { value: v, enumerable: true, writable: true, configurable: true });
}

function pick<T>(xs: readonly T[], at: number): T | undefined {
  return xs.length ? xs[at % xs.length] : undefined;
}

/** A seed with the mutations applied, as a fresh object. */
export function mutate(seed: unknown, mutations: readonly Mutation[]): unknown {
  const doc = structuredClone(seed) as Record<string, unknown>;
  for (const m of mutations) {
    const s = pick(slots(doc), m.at);
    if (!s) continue;
    if (m.op === 'delete') {
      if (Array.isArray(s.parent)) s.parent.splice(s.key as number, 1);
      else delete s.parent[s.key as string];
    } else if (m.op === 'duplicate') {
      const v = get(s);
      if (Array.isArray(v) && v.length) v.push(structuredClone(v[0]));
    } else if (m.op === 'replace') set(s, structuredClone(m.value));
    else if (m.op === 'swap') {
      const t = pick(slots(doc), m.other);
      const a = get(s);
      const b = t ? get(t) : undefined;
      // Swapping a node with its own descendant would make a cycle: only swap leaves.
      if (t && (typeof a !== 'object' || a === null) && (typeof b !== 'object' || b === null)) {
        set(s, b);
        set(t, a);
      }
    } else if (m.op === 'add') {
      const v = get(s);
      if (v && typeof v === 'object' && !Array.isArray(v)) set({ parent: v as Record<string, unknown>, key: m.key }, structuredClone(m.value));
    }
  }
  return doc;
}

/** One document: a seed, mutated, written as YAML or JSON. */
export interface DocSpec {
  seed: number;
  mutations: Mutation[];
  json: boolean;
}

export const docSpec: fc.Arbitrary<DocSpec> = fc.record({ seed: fc.nat(SEEDS.length - 1), mutations: fc.array(mutation, { maxLength: 5 }), json: fc.boolean() });

export function renderDoc(d: DocSpec, suffix?: string): string {
  const v = mutate(SEEDS[d.seed], d.mutations);
  const meta = v && typeof v === 'object' ? (v as { metadata?: unknown }).metadata : undefined;
  if (suffix !== undefined && meta && typeof meta === 'object' && typeof (meta as { name?: unknown }).name === 'string') (meta as { name: string }).name += suffix;
  // A JSON document is YAML too: a file may mix both styles.
  return d.json ? JSON.stringify(v) : stringify(v);
}

/** A change to a file's text: garbage in, text out, a document repeated, the end cut off. */
export type TextMutation = { op: 'insert'; at: number; text: string } | { op: 'delete' | 'truncate' | 'repeat'; at: number; len: number };

const garbage = fc.oneof(
  fc.constantFrom(':', '- ', '[', ']', '{', '}', '"', "'", '&a ', '*a', '!!str ', '!!binary ', '\t', '\n', '  ', '# ', '|\n', '>-\n', '%YAML 1.1\n', '@', '`', '\u0000', '\ufeff', '\ufffd', '{{ x }}', '---\n', '...\n', '<<: *a\n', '? ', '\r\n'),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);

export const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ op: fc.constant<'insert'>('insert'), at: fc.nat(100_000), text: garbage }),
  fc.record({ op: fc.constantFrom<'delete' | 'truncate' | 'repeat'>('delete', 'truncate', 'repeat'), at: fc.nat(100_000), len: fc.nat(40) }),
);

export function applyText(text: string, muts: readonly TextMutation[]): string {
  let t = text;
  for (const m of muts) {
    const i = m.at % (t.length + 1);
    if (m.op === 'insert') t = t.slice(0, i) + m.text + t.slice(i);
    else if (m.op === 'delete') t = t.slice(0, i) + t.slice(i + m.len);
    else if (m.op === 'truncate') t = t.slice(0, i);
    else t = `${t}\n---\n${t}`;
  }
  return t;
}

/** Files of one state: each a list of documents, with text mutations on top. */
export interface FileSpec {
  docs: DocSpec[];
  text: TextMutation[];
}

export const fileSpecs = (maxFiles: number, withText: boolean): fc.Arbitrary<FileSpec[]> =>
  fc.array(fc.record({ docs: fc.array(docSpec, { minLength: 1, maxLength: 4 }), text: withText ? fc.array(textMutation, { maxLength: 3 }) : fc.constant([]) }), {
    minLength: 1,
    maxLength: maxFiles,
  });

/**
 * The source files of a state; `order` permutes the documents of each file; `unique` gives each
 * object a name of its own (suffixed with its file and document number).
 */
export function renderFiles(specs: readonly FileSpec[], order?: (n: number, file: number) => number[], unique = false): SourceFile[] {
  return specs.map((f, i) => {
    const docs = f.docs.map((d, j) => renderDoc(d, unique ? `-${i}-${j}` : undefined));
    const perm = order ? order(docs.length, i) : docs.map((_, j) => j);
    const single = f.docs.length === 1 && f.docs[0]!.json;
    return { path: `m${i}.${single ? 'json' : 'yaml'}`, text: applyText(perm.map((j) => docs[j]!).join('\n---\n'), f.text) };
  });
}

/** A deterministic shuffle (mulberry32), so a failing case can be replayed from its seed. */
export function permutation(n: number, seed: number): number[] {
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [p[i], p[j]] = [p[j]!, p[i]!];
  }
  return p;
}
