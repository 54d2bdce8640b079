import { parseCidr } from '../model/cidr';
import { EMPTY_SELECTOR } from '../model/label-selector';
import { MAX_PORT, MIN_PORT } from '../model/port-ranges';
import { PROTOCOLS, type Diagnostic, type Direction, type LabelSelector, type Peer, type PolicyPort, type Protocol } from '../model/types';
import type { Tier, TierAction, TierRule, TierSubject, TieredKind, TieredPolicy } from '../model/tiers';
import type { Path } from '../yaml/parse-documents';
import { isRecord } from '../yaml/plain-data';
import { FieldReader, typeName, type KubeObject } from './kube-object';
import { parseSelector } from './parse-labels';
import { portNameProblem } from './port-name';

/** T-12: what each version's schema allows. */
interface Schema {
  kind: TieredKind;
  version: 'v1alpha1' | 'v1alpha2';
  /** Rules per direction, peers per rule and port entries per rule. */
  maxRules: number;
  maxPeers: number;
  maxPorts: number;
  /** The actions as written, and what each means in the model (T-13: `Allow` is Accept). */
  actions: Readonly<Record<string, TierAction>>;
  /** Egress peer fields this version knows (ingress: namespaces and pods). */
  egressPeers: readonly string[];
  /** The list of port entries: `protocols` (v1alpha2) or `ports` (v1alpha1). */
  portsField: 'protocols' | 'ports';
}

const V1ALPHA2_ACTIONS = { Accept: 'Accept', Deny: 'Deny', Pass: 'Pass' } as const;

/** T-1: the kinds and versions read as tiered policies; v1beta1 has v1alpha2's schema. */
export function tieredSchema(apiVersion: string, kind: string): Schema | null {
  if (kind === 'ClusterNetworkPolicy' && (apiVersion === 'policy.networking.k8s.io/v1alpha2' || apiVersion === 'policy.networking.k8s.io/v1beta1')) {
    return { kind, version: 'v1alpha2', maxRules: 25, maxPeers: 25, maxPorts: 25, actions: V1ALPHA2_ACTIONS, egressPeers: ['namespaces', 'pods', 'nodes', 'networks', 'domainNames'], portsField: 'protocols' };
  }
  if (apiVersion !== 'policy.networking.k8s.io/v1alpha1') return null;
  if (kind === 'AdminNetworkPolicy') {
    return { kind, version: 'v1alpha1', maxRules: 100, maxPeers: 100, maxPorts: 100, actions: { Allow: 'Accept', Deny: 'Deny', Pass: 'Pass' }, egressPeers: ['namespaces', 'pods', 'nodes', 'networks', 'domainNames'], portsField: 'ports' };
  }
  if (kind === 'BaselineAdminNetworkPolicy') {
    // T-13: BANP has no Pass and no domainNames.
    return { kind, version: 'v1alpha1', maxRules: 100, maxPeers: 100, maxPorts: 100, actions: { Allow: 'Accept', Deny: 'Deny' }, egressPeers: ['namespaces', 'pods', 'nodes', 'networks'], portsField: 'ports' };
  }
  return null;
}

const NAMED_PROTOCOLS = (name: string): PolicyPort[] => PROTOCOLS.map((protocol) => ({ protocol, port: name }));

class TierReader {
  ok = true;
  constructor(
    readonly r: FieldReader,
    readonly schema: Schema,
  ) {}

  error(path: Path, message: string, code: string): null {
    this.r.error(path, message, code);
    this.ok = false;
    return null;
  }

  /**
   * False (each reported) when the mapping holds a field its CRD schema does not: under kubectl
   * apply's strict field validation the API server refuses the object (for a custom resource, a
   * field it would prune), so a Deny with a misspelt port field protects nothing.
   */
  knownFields(path: Path, raw: Record<string, unknown>, known: readonly string[], what: string): boolean {
    const unknown = Object.keys(raw).filter((k) => !known.includes(k));
    for (const k of unknown) this.error([...path, k], `unknown field "${k}" in ${what} (${known.join(', ')}): kubectl apply refuses the object (strict field validation)`, 'invalid-port');
    return unknown.length === 0;
  }

  /** A port number 1–65535 at `path`, or null (reported). */
  portNumber(path: Path, v: unknown): number | null {
    if (typeof v === 'number' && Number.isInteger(v) && v >= MIN_PORT && v <= MAX_PORT) return v;
    return this.error(path, `a port number is an integer 1-65535, not ${typeName(v)}`, 'invalid-port');
  }

  /** T-11: the start and end of a range; v1alpha2 requires start < end, v1alpha1 end ≥ start. */
  range(path: Path, raw: unknown): [number, number] | null {
    if (!isRecord(raw)) return this.error(path, `a port range is a mapping with start and end, not ${typeName(raw)}`, 'invalid-port');
    const start = this.portNumber([...path, 'start'], raw.start);
    const end = this.portNumber([...path, 'end'], raw.end);
    if (start === null || end === null) return null;
    if (this.schema.version === 'v1alpha2' ? start >= end : end < start) {
      return this.error(path, `port range ${start}-${end} is invalid: start must be ${this.schema.version === 'v1alpha2' ? 'less than' : 'at most'} end`, 'invalid-port');
    }
    return [start, end];
  }

  protocol(path: Path, v: unknown): Protocol | null {
    // v1alpha1: protocol defaults to TCP (A-4).
    const p = v ?? 'TCP';
    if (PROTOCOLS.includes(p as Protocol)) return p as Protocol;
    return this.error(path, `protocol must be TCP, UDP or SCTP, not ${typeName(p)}`, 'invalid-port');
  }

  namedPort(path: Path, v: unknown): PolicyPort[] | null {
    if (typeof v !== 'string') return this.error(path, `a named port is a string, not ${typeName(v)}`, 'invalid-port');
    const problem = portNameProblem(v);
    if (problem) return this.error(path, `"${v}" is not a valid port name: ${problem}`, 'invalid-port');
    // T-11: no protocol is written; the name resolves at the destination for whichever protocol it declares.
    return NAMED_PROTOCOLS(v);
  }

  /** Exactly one field of a mapping that the schema says holds one; its key, or null (reported). */
  oneField(path: Path, raw: unknown, what: string, fields: readonly string[], code = 'invalid-field'): string | null {
    if (!isRecord(raw)) return this.error(path, `${what} must be a mapping (one of ${fields.join(', ')}), not ${typeName(raw)}`, code);
    const set = Object.keys(raw).filter((k) => raw[k] !== undefined && raw[k] !== null);
    if (set.length !== 1) {
      return this.error(path, `exactly one field must be set in ${what} (one of ${fields.join(', ')}); ${set.length ? `found ${set.join(', ')}` : 'none is set'}`, code);
    }
    if (!fields.includes(set[0]!)) return this.error([...path, set[0]!], `unknown field "${set[0]}" in ${what} (one of ${fields.join(', ')})`, code);
    return set[0]!;
  }

  /** v1alpha2 `protocols` entry (T-11). */
  protocolEntry(path: Path, raw: unknown): PolicyPort[] | null {
    const key = this.oneField(path, raw, 'a protocols entry', ['tcp', 'udp', 'sctp', 'destinationNamedPort'], 'invalid-port');
    if (key === null) return null;
    const v = (raw as Record<string, unknown>)[key];
    if (key === 'destinationNamedPort') return this.namedPort([...path, key], v);
    const protocol = key.toUpperCase() as Protocol;
    const pp = [...path, key];
    if (!isRecord(v) || v.destinationPort === undefined || v.destinationPort === null) {
      return this.error(pp, `${key} needs a destinationPort (a number or a range); to match every ${protocol} port, use a range 1-65535`, 'invalid-port');
    }
    if (!this.knownFields(pp, v, ['destinationPort'], key)) return null;
    const dp = [...pp, 'destinationPort'];
    const which = this.oneField(dp, v.destinationPort, 'a destinationPort', ['number', 'range'], 'invalid-port');
    if (which === null) return null;
    const inner = (v.destinationPort as Record<string, unknown>)[which];
    if (which === 'range' && isRecord(inner) && !this.knownFields([...dp, 'range'], inner, ['start', 'end'], 'a range')) return null;
    if (which === 'number') {
      const n = this.portNumber([...dp, 'number'], inner);
      return n === null ? null : [{ protocol, port: n }];
    }
    const r = this.range([...dp, 'range'], inner);
    return r === null ? null : [{ protocol, port: r[0], endPort: r[1] }];
  }

  /** v1alpha1 `ports` entry: portNumber, namedPort or portRange. */
  portEntry(path: Path, raw: unknown): PolicyPort[] | null {
    const key = this.oneField(path, raw, 'an AdminNetworkPolicyPort', ['portNumber', 'namedPort', 'portRange'], 'invalid-port');
    if (key === null) return null;
    const v = (raw as Record<string, unknown>)[key];
    const pp = [...path, key];
    if (key === 'namedPort') return this.namedPort(pp, v);
    if (!isRecord(v)) return this.error(pp, `${key} must be a mapping, not ${typeName(v)}`, 'invalid-port');
    if (!this.knownFields(pp, v, key === 'portNumber' ? ['protocol', 'port'] : ['protocol', 'start', 'end'], key)) return null;
    const protocol = this.protocol([...pp, 'protocol'], v.protocol);
    if (protocol === null) return null;
    if (key === 'portNumber') {
      const n = this.portNumber([...pp, 'port'], v.port);
      return n === null ? null : [{ protocol, port: n }];
    }
    const r = this.range(pp, v);
    return r === null ? null : [{ protocol, port: r[0], endPort: r[1] }];
  }

  ports(path: Path): PolicyPort[] | null {
    const list = this.r.list(path);
    // Not a list: reported by list().
    if (list === null) return (this.ok = false), null;
    if (list === undefined) return [];
    // T-11: written, the list holds at least one entry (`protocols: []` is a schema error).
    if (list.length === 0) return this.error(path, `${this.schema.portsField} must hold at least one entry (leave it out to match all traffic)`, 'invalid-port');
    if (list.length > this.schema.maxPorts) return this.error(path, `${this.schema.portsField} holds ${list.length} entries; at most ${this.schema.maxPorts} are allowed`, 'invalid-port');
    const out: PolicyPort[] = [];
    list.forEach((raw, i) => {
      const p = this.schema.portsField === 'protocols' ? this.protocolEntry([...path, i], raw) : this.portEntry([...path, i], raw);
      if (p) out.push(...p);
    });
    return out;
  }

  selector(path: Path): LabelSelector | null {
    const s = parseSelector(this.r, path);
    if (s === null) this.ok = false;
    return s ?? null;
  }

  /** T-7: `pods: {namespaceSelector, podSelector}`; podSelector is required, v1alpha2's namespaceSelector may be left out ({}). */
  namespacedPod(path: Path): { namespaceSelector: LabelSelector; podSelector: LabelSelector } | null {
    // Called for a written field: absent is not possible, and not a mapping is reported by map().
    const m = this.r.map(path);
    if (!m) return (this.ok = false), null;
    for (const k of Object.keys(m)) if (k !== 'namespaceSelector' && k !== 'podSelector') this.error([...path, k], `unknown field "${k}" in pods (namespaceSelector, podSelector)`, 'invalid-field');
    if (m.podSelector === undefined || m.podSelector === null) return this.error(path, 'pods needs a podSelector ({} selects every pod)', 'invalid-field');
    if (this.schema.version === 'v1alpha1' && (m.namespaceSelector === undefined || m.namespaceSelector === null)) {
      return this.error(path, 'pods needs a namespaceSelector ({} selects every namespace)', 'invalid-field');
    }
    const podSelector = this.selector([...path, 'podSelector']);
    const namespaceSelector = m.namespaceSelector === undefined || m.namespaceSelector === null ? EMPTY_SELECTOR : this.selector([...path, 'namespaceSelector']);
    return podSelector && namespaceSelector ? { namespaceSelector, podSelector } : null;
  }
}

/** Peers of one rule, and whether the rule must fail closed (T-10). */
interface RulePeers {
  peers: Peer[];
  unknown: boolean;
  /** networks, nodes or domainNames: a named port cannot go with them (CEL rule of the API). */
  nonPod: string | null;
}

function readPeer(t: TierReader, path: Path, raw: unknown, direction: Direction, action: string, out: RulePeers): void {
  const known = direction === 'ingress' ? ['namespaces', 'pods'] : t.schema.egressPeers;
  const what = direction === 'ingress' ? 'a rule peer (from)' : 'a rule peer (to)';
  if (!isRecord(raw)) {
    t.error(path, `${what} must be a mapping (one of ${known.join(', ')}), not ${typeName(raw)}`, 'invalid-peer');
    return;
  }
  const set = Object.keys(raw).filter((k) => raw[k] !== undefined && raw[k] !== null);
  if (set.length !== 1) {
    t.error(path, `exactly one field must be set in a rule peer (one of ${known.join(', ')}); ${set.length ? `found ${set.join(', ')}` : 'none is set'}`, 'invalid-peer');
    return;
  }
  const key = set[0]!;
  const kp = [...path, key];
  if (!known.includes(key)) {
    // T-10: a field this schema does not know (a newer CRD): fail closed, as the API tells implementations.
    t.r.warn(kp, `peer field "${key}" is not known to ${t.schema.kind} ${t.schema.version}: ${action === 'Accept' ? 'the peer matches nothing (fail closed)' : 'the rule is read as denying all traffic (fail closed)'}`, 'unknown-peer-field');
    out.unknown = true;
    return;
  }
  const v = raw[key];
  if (key === 'namespaces') {
    if (isRecord(v) && ('sameLabels' in v || 'notSameLabels' in v)) {
      // T-13: sameLabels / notSameLabels (an older v1alpha1 draft) compare namespaces pairwise: not analysed.
      t.r.warn(kp, 'namespaces with sameLabels / notSameLabels is not analysed: the peer is counted as matching nothing', 'not-analysed');
      return;
    }
    const sel = t.selector(kp);
    if (sel) out.peers.push({ kind: 'pods', namespaceSelector: sel });
    return;
  }
  if (key === 'pods') {
    const np = t.namespacedPod(kp);
    if (np) out.peers.push({ kind: 'pods', namespaceSelector: np.namespaceSelector, podSelector: np.podSelector });
    return;
  }
  out.nonPod ??= key;
  if (key === 'networks') return readNetworks(t, kp, v, out);
  if (key === 'domainNames' && action !== 'Accept') {
    t.error(kp, `domainNames peers are only allowed in ${t.schema.version === 'v1alpha1' ? 'Allow' : 'Accept'} rules`, 'invalid-peer');
    return;
  }
  // T-8: nodes and domainNames are experimental and name things the manifests do not hold.
  t.r.warn(kp, `${key} peers are not analysed (${key === 'nodes' ? 'node addresses' : 'domain names'} are not in the manifests): the peer is counted as matching nothing`, 'not-analysed');
}

function readNetworks(t: TierReader, path: Path, v: unknown, out: RulePeers): void {
  if (!Array.isArray(v) || v.length === 0) {
    t.error(path, `networks must be a list of 1-25 CIDRs, not ${typeName(v)}`, 'invalid-cidr');
    return;
  }
  if (v.length > 25) {
    t.error(path, `networks holds ${v.length} CIDRs; at most 25 are allowed`, 'invalid-cidr');
    return;
  }
  v.forEach((c, i) => {
    const cp = [...path, i];
    const parsed = typeof c === 'string' ? parseCidr(c) : null;
    if (!parsed || !parsed.ok) {
      t.error(cp, `invalid CIDR address ${typeName(c)}${parsed && !parsed.ok ? `: ${parsed.error}` : ''}`, 'invalid-cidr');
      return;
    }
    if (parsed.nonCanonical) t.r.warn(cp, `network "${String(c)}" is not canonical; it means ${parsed.canonical}`, 'non-canonical-cidr');
    // T-9: 0.0.0.0/0 and ::/0 hold every pod address, so they match every pod as well.
    out.peers.push({ kind: 'ipBlock', cidr: parsed.canonical, except: [], ranges: [parsed.range], allPods: parsed.prefix === 0 });
  });
}

function readRule(t: TierReader, path: Path, raw: unknown, direction: Direction, index: number): TierRule | null {
  const peerField = direction === 'ingress' ? 'from' : 'to';
  if (!isRecord(raw)) return t.error(path, `an ${direction} rule must be a mapping (name, action, ${peerField}, ${t.schema.portsField}), not ${typeName(raw)}`, 'invalid-rule');
  for (const k of Object.keys(raw)) {
    if (!['name', 'action', peerField, t.schema.portsField].includes(k)) t.error([...path, k], `unknown field "${k}" in an ${direction} rule (name, action, ${peerField}, ${t.schema.portsField})`, 'invalid-rule');
  }
  const name = raw.name;
  if (name !== undefined && (typeof name !== 'string' || name.length > 100)) t.error([...path, 'name'], 'a rule name is a string of at most 100 characters', 'invalid-rule');
  const written = raw.action;
  // T-12 (security): an action the schema lists, never one inherited from Object.prototype
  // (`action: toString` is refused by the API server; read as a Deny, it hid what it claims to close).
  const action = typeof written === 'string' && Object.hasOwn(t.schema.actions, written) ? t.schema.actions[written] : undefined;
  if (!action) {
    t.error([...path, 'action'], `unrecognized action ${typeName(written)}: ${t.schema.kind} ${t.schema.version} rules take ${Object.keys(t.schema.actions).join(', ')}`, 'invalid-action');
  }
  const list = raw[peerField];
  if (!Array.isArray(list) || list.length === 0) {
    // A missing field's line is its rule's (the nearest written ancestor).
    return t.error([...path, peerField], `${peerField} field must be defined and contain at least one item`, 'invalid-rule');
  }
  if (list.length > t.schema.maxPeers) return t.error([...path, peerField], `${peerField} holds ${list.length} peers; at most ${t.schema.maxPeers} are allowed`, 'invalid-rule');
  const ports = t.ports([...path, t.schema.portsField]);
  const out: RulePeers = { peers: [], unknown: false, nonPod: null };
  list.forEach((p, i) => readPeer(t, [...path, peerField, i], p, direction, action ?? 'Accept', out));
  if (!action || !ports) return null;
  if (out.nonPod && ports.some((p) => typeof p.port === 'string')) {
    return t.error([...path, t.schema.portsField], `a named port cannot go with a ${out.nonPod} peer (there are no named ports there)`, 'invalid-port');
  }
  const source = { file: t.r.obj.file, line: t.r.obj.lineOf(path) };
  const base = { direction, index, source, ...(typeof name === 'string' && name ? { name } : {}) };
  // T-10: fail closed: a Deny or Pass rule with a peer it cannot read denies all traffic.
  if (out.unknown && action !== 'Accept') return { ...base, action: 'Deny', peers: [], everyPeer: true, ports: [] };
  return { ...base, action, peers: out.peers, everyPeer: false, ports };
}

function readRules(t: TierReader, direction: Direction): TierRule[] {
  const path = ['spec', direction];
  const list = t.r.list(path);
  if (list === null) {
    t.ok = false;
    return [];
  }
  if (!list) return [];
  if (list.length > t.schema.maxRules) t.error(path, `${direction} holds ${list.length} rules; at most ${t.schema.maxRules} are allowed`, 'invalid-rule');
  const out: TierRule[] = [];
  list.forEach((raw, i) => {
    const rule = readRule(t, [...path, i], raw, direction, i);
    if (rule) out.push(rule);
  });
  return out;
}

function readSubject(t: TierReader): TierSubject | null {
  const path = ['spec', 'subject'];
  const key = t.oneField(path, t.r.get(path) ?? {}, 'a subject', ['namespaces', 'pods']);
  if (key === null) return null;
  if (key === 'namespaces') {
    const sel = t.selector([...path, 'namespaces']);
    return sel ? { namespaceSelector: sel } : null;
  }
  return t.namespacedPod([...path, 'pods']);
}

function readTierAndPriority(t: TierReader): { tier: Tier; priority: number } | null {
  const spec = t.r.obj.value.spec as Record<string, unknown>;
  let tier: Tier = t.schema.kind === 'BaselineAdminNetworkPolicy' ? 'Baseline' : 'Admin';
  if (t.schema.kind === 'ClusterNetworkPolicy') {
    if (spec.tier !== 'Admin' && spec.tier !== 'Baseline') return t.error(['spec', 'tier'], `tier must be Admin or Baseline, not ${typeName(spec.tier)}`, 'invalid-field');
    tier = spec.tier;
  }
  // T-13: a BANP has no priority; it is read as a Baseline policy of priority 0.
  if (t.schema.kind === 'BaselineAdminNetworkPolicy') return { tier, priority: 0 };
  const p = spec.priority;
  if (typeof p !== 'number' || !Number.isInteger(p) || p < 0 || p > 1000) {
    return t.error(['spec', 'priority'], `Invalid Priority Value: ${typeName(p)}; Priority value must be between 0-1000`, 'invalid-priority');
  }
  return { tier, priority: p };
}

/**
 * Validates a ClusterNetworkPolicy, AdminNetworkPolicy or BaselineAdminNetworkPolicy against its
 * version's schema (T-12) and reads it into the tiered model (T-1). Returns null, with
 * diagnostics naming file and line, for an object the API server would refuse.
 */
export function buildTieredPolicy(obj: KubeObject, name: string, diagnostics: Diagnostic[]): TieredPolicy | null {
  const schema = tieredSchema(obj.apiVersion, obj.kind);
  if (!schema) return null;
  const r = new FieldReader(obj, diagnostics, `${obj.kind} ${name}`);
  const t = new TierReader(r, schema);
  // T-13: the BANP is a singleton named `default` (CEL rule of the CRD).
  if (schema.kind === 'BaselineAdminNetworkPolicy' && name !== 'default') {
    t.error(['metadata', 'name'], 'only one baseline admin network policy with metadata.name=default can be created in the cluster', 'invalid-name');
  }
  const spec = r.map(['spec']);
  if (!spec) {
    if (spec === undefined) t.error(['spec'], 'spec is required', 'invalid-field');
    return null;
  }
  const allowed = ['subject', 'ingress', 'egress', ...(schema.kind === 'BaselineAdminNetworkPolicy' ? [] : ['priority']), ...(schema.kind === 'ClusterNetworkPolicy' ? ['tier'] : [])];
  for (const k of Object.keys(spec)) if (!allowed.includes(k)) t.error(['spec', k], `unknown spec field "${k}" (${allowed.join(', ')})`, 'invalid-field');
  const tp = readTierAndPriority(t);
  const subject = readSubject(t);
  const ingress = readRules(t, 'ingress');
  const egress = readRules(t, 'egress');
  if (!t.ok || !tp || !subject) return null;
  return { kind: schema.kind, apiVersion: obj.apiVersion, name, tier: tp.tier, priority: tp.priority, subject, ingress, egress, source: obj.source };
}
