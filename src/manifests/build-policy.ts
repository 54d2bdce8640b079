import { parseCidr, rangeContains, subtractIpRanges } from '../model/cidr';
import { EMPTY_SELECTOR } from '../model/label-selector';
import { MAX_PORT, MIN_PORT } from '../model/port-ranges';
import { PROTOCOLS, type Diagnostic, type Direction, type IpRange, type Peer, type Policy, type PolicyPort, type Protocol, type Rule } from '../model/types';
import { FieldReader, typeName, type KubeObject } from './kube-object';
import { isRecord } from '../yaml/plain-data';
import { parseSelector } from './parse-labels';
import { portNameProblem } from './port-name';
import type { Path } from '../yaml/parse-documents';

/**
 * The fields of a NetworkPolicy (networking.k8s.io/v1 and ObjectMeta; `status` as older API
 * servers wrote it). Any other field makes kubectl apply refuse the object: its default
 * `--validate=strict` asks the API server for Strict field validation ("strict decoding error:
 * unknown field", Kubernetes API concepts "Field validation"), and Helm and server-side apply
 * refuse it too. The policy then never reaches the cluster, so it is an error and left out: read
 * without the field (the old warning), a deny with a typo protected nothing in the cluster while
 * the gate counted it.
 */
const OBJECT_FIELDS = ['apiVersion', 'kind', 'metadata', 'spec', 'status'];
export const METADATA_FIELDS = ['name', 'generateName', 'namespace', 'selfLink', 'uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'labels', 'annotations', 'ownerReferences', 'finalizers', 'managedFields'];
const SPEC_FIELDS = ['podSelector', 'policyTypes', 'ingress', 'egress'];

/** An error for each key of the mapping at path that is not one of known (strict field validation). */
export function unknownFields(r: FieldReader, path: Path, known: readonly string[], what: string): void {
  const m = r.get(path);
  if (!isRecord(m)) return;
  for (const k of Object.keys(m)) {
    if (!known.includes(k)) r.error([...path, k], `unknown field "${k}" in ${what} (${known.join(', ')}): kubectl apply refuses the object (strict field validation), so it is left out`, 'unknown-field');
  }
}

/**
 * The entries of a rule's `ports` that are valid. Every problem is an error diagnostic, which
 * leaves the whole policy out (buildPolicy), so an entry in error is only skipped here.
 */
function parsePorts(r: FieldReader, path: Path): PolicyPort[] {
  const out: PolicyPort[] = [];
  (r.list(path) ?? []).forEach((raw, i) => {
    const p = [...path, i];
    if (raw === null) {
      // `ports: [null]` is an empty NetworkPolicyPort to the API server: A-4, TCP on every port.
      out.push({ protocol: 'TCP' });
      return;
    }
    if (!isRecord(raw)) {
      r.error(p, `a ports entry must be a mapping (protocol, port, endPort), not ${typeName(raw)}`, 'invalid-port');
      return;
    }
    unknownFields(r, p, ['protocol', 'port', 'endPort'], 'a ports entry');
    // A-4: protocol defaults to TCP; only TCP, UDP and SCTP are valid.
    const protocol = raw.protocol ?? 'TCP';
    if (!PROTOCOLS.includes(protocol as Protocol)) {
      r.error([...p, 'protocol'], `protocol must be TCP, UDP or SCTP, not ${typeName(protocol)}`, 'invalid-port');
      return;
    }
    const entry: PolicyPort = { protocol: protocol as Protocol };
    const port = raw.port;
    if (port !== undefined && port !== null) {
      if (typeof port === 'number') {
        if (!Number.isInteger(port) || port < MIN_PORT || port > MAX_PORT) {
          r.error([...p, 'port'], `port ${port} is out of range: a port number is 1-65535`, 'invalid-port');
          return;
        }
        entry.port = port;
      } else if (typeof port === 'string') {
        // A-6: a string is a named port and must be a valid IANA_SVC_NAME ("80" is not).
        const problem = portNameProblem(port);
        if (problem) {
          r.error([...p, 'port'], `port "${port}" is not a valid port name: ${problem}${/^\d+$/.test(port) ? ' (write the number without quotes)' : ''}`, 'invalid-port');
          return;
        }
        entry.port = port;
      } else {
        r.error([...p, 'port'], `port must be a number or a port name, not ${typeName(port)}`, 'invalid-port');
        return;
      }
    }
    const endPort = raw.endPort;
    if (endPort !== undefined && endPort !== null) {
      // A-6, A-27: endPort needs a numeric port, is at least port, and is itself 1-65535.
      if (typeof endPort !== 'number' || !Number.isInteger(endPort) || endPort < MIN_PORT || endPort > MAX_PORT) {
        r.error([...p, 'endPort'], `endPort must be a port number 1-65535, not ${typeName(endPort)}`, 'invalid-port');
        return;
      }
      if (typeof entry.port !== 'number') {
        r.error([...p, 'endPort'], `endPort needs a numeric port (port is ${entry.port === undefined ? 'missing' : `the name "${entry.port}"`})`, 'invalid-port');
        return;
      }
      if (endPort < entry.port) {
        r.error([...p, 'endPort'], `endPort ${endPort} is below port ${entry.port}`, 'invalid-port');
        return;
      }
      entry.endPort = endPort;
    }
    out.push(entry);
  });
  return out;
}

function parseIpBlock(r: FieldReader, path: Path): Peer | null {
  // Called for a written ipBlock: a null here is one that is not a mapping (reported by map).
  const block = r.map(path);
  if (!block) return null;
  unknownFields(r, path, ['cidr', 'except'], 'an ipBlock');
  const cidrText = block.cidr;
  if (typeof cidrText !== 'string') {
    r.error([...path, 'cidr'], `ipBlock.cidr is required and must be a string, not ${typeName(cidrText)}`, 'invalid-ipblock');
    return null;
  }
  if (cidrText !== cidrText.trim()) {
    // The API server parses the cidr as written (net.ParseCIDR), so spaces make it invalid.
    r.error([...path, 'cidr'], `invalid ipBlock.cidr "${cidrText}": it holds spaces, which Kubernetes rejects`, 'invalid-cidr');
    return null;
  }
  const cidr = parseCidr(cidrText);
  if (!cidr.ok) {
    r.error([...path, 'cidr'], `invalid ipBlock.cidr: ${cidr.error}`, 'invalid-cidr');
    return null;
  }
  // A-7: legacy validation accepts host bits and leading zeros; strict validation rejects them.
  if (cidr.nonCanonical) {
    r.warn([...path, 'cidr'], `ipBlock.cidr "${cidrText}" is not canonical; it means ${cidr.canonical} (newer API servers reject it)`, 'non-canonical-cidr');
  }
  const exceptRaw = block.except ?? [];
  if (!Array.isArray(exceptRaw)) {
    r.error([...path, 'except'], `ipBlock.except must be a list of CIDRs, not ${typeName(exceptRaw)}`, 'invalid-ipblock');
    return null;
  }
  const holes: IpRange[] = [];
  const except: string[] = [];
  exceptRaw.forEach((e, i) => {
    const ep = [...path, 'except', i];
    if (typeof e !== 'string') {
      r.error(ep, `an except entry must be a CIDR string, not ${typeName(e)}`, 'invalid-cidr');
      return;
    }
    if (e !== e.trim()) {
      r.error(ep, `invalid ipBlock.except entry "${e}": it holds spaces, which Kubernetes rejects`, 'invalid-cidr');
      return;
    }
    const x = parseCidr(e);
    if (!x.ok) {
      r.error(ep, `invalid ipBlock.except entry: ${x.error}`, 'invalid-cidr');
      return;
    }
    // A-7: each except must be a strict subset of cidr (contained, with a longer prefix).
    if (!rangeContains(cidr.range, x.range) || x.prefix <= cidr.prefix) {
      r.error(ep, `except ${e} is not inside cidr ${cidrText} (each except must be a strict subset of the cidr)`, 'except-outside-cidr');
      return;
    }
    if (x.nonCanonical) r.warn(ep, `except "${e}" is not canonical; it means ${x.canonical}`, 'non-canonical-cidr');
    holes.push(x.range);
    except.push(x.canonical);
  });
  return { kind: 'ipBlock', cidr: cidr.canonical, except, ranges: subtractIpRanges(cidr.range, holes) };
}

/** A peer (A-5, A-17), or null when it is in error (reported). */
function parsePeer(r: FieldReader, path: Path, raw: unknown): Peer | null {
  if (!isRecord(raw)) {
    r.error(path, `a peer must be a mapping (podSelector, namespaceSelector or ipBlock), not ${typeName(raw)}`, 'invalid-peer');
    return null;
  }
  for (const k of Object.keys(raw)) {
    if (k !== 'podSelector' && k !== 'namespaceSelector' && k !== 'ipBlock') {
      r.error([...path, k], `unknown peer field "${k}" (a peer has podSelector, namespaceSelector or ipBlock)`, 'invalid-peer');
      return null;
    }
  }
  const hasPod = raw.podSelector !== undefined && raw.podSelector !== null;
  const hasNs = raw.namespaceSelector !== undefined && raw.namespaceSelector !== null;
  const hasIp = raw.ipBlock !== undefined && raw.ipBlock !== null;
  // A-5: a peer names at least one thing, and ipBlock stands alone.
  if (!hasPod && !hasNs && !hasIp) {
    r.error(path, 'a peer must specify podSelector, namespaceSelector or ipBlock (an empty peer is rejected by the API server)', 'invalid-peer');
    return null;
  }
  if (hasIp && (hasPod || hasNs)) {
    r.error(path, 'a peer may not specify both ipBlock and a pod or namespace selector; write them as two peers', 'invalid-peer');
    return null;
  }
  if (hasIp) return parseIpBlock(r, [...path, 'ipBlock']);
  // A-17: an absent selector stays absent; one in error (null, reported) leaves the policy out.
  const podSelector = parseSelector(r, [...path, 'podSelector']);
  const namespaceSelector = parseSelector(r, [...path, 'namespaceSelector']);
  const peer: Peer = { kind: 'pods' };
  if (podSelector) peer.podSelector = podSelector;
  if (namespaceSelector) peer.namespaceSelector = namespaceSelector;
  return peer;
}

/** The rules of one direction (A-15, A-16); as for ports, a rule or peer in error is reported and skipped. */
function parseRules(r: FieldReader, direction: Direction): Rule[] {
  const path = ['spec', direction];
  const peerField = direction === 'ingress' ? 'from' : 'to';
  const wrongField = direction === 'ingress' ? 'to' : 'from';
  const rules: Rule[] = [];
  (r.list(path) ?? []).forEach((raw, index) => {
    const rp = [...path, index];
    if (raw === null) raw = {};
    if (!isRecord(raw)) {
      r.error(rp, `an ${direction} rule must be a mapping (${peerField}, ports), not ${typeName(raw)}`, 'invalid-rule');
      return;
    }
    for (const k of Object.keys(raw)) {
      if (k !== peerField && k !== 'ports') {
        const hint = k === wrongField ? ` (${direction} rules use "${peerField}")` : '';
        r.error([...rp, k], `unknown field "${k}" in an ${direction} rule${hint}`, 'invalid-rule');
      }
    }
    const peers: Peer[] = [];
    (r.list([...rp, peerField]) ?? []).forEach((pr, i) => {
      const peer = parsePeer(r, [...rp, peerField, i], pr);
      if (peer) peers.push(peer);
    });
    const ports = parsePorts(r, [...rp, 'ports']);
    rules.push({ direction, peers, ports, index, source: { file: r.obj.file, line: r.obj.lineOf(rp) } });
  });
  return rules;
}

/**
 * Validates and defaults a NetworkPolicy `namespace/name` (its metadata read by the caller) as the
 * API server would (A-3 … A-9). Returns null, with diagnostics, for a policy the API server would
 * reject: it is left out of the analysis. Every problem in it is an error diagnostic, and any
 * error leaves the whole policy out (the readers below only skip what is in error).
 */
export function buildPolicy(obj: KubeObject, namespace: string, name: string, diagnostics: Diagnostic[]): Policy | null {
  const r = new FieldReader(obj, diagnostics, `NetworkPolicy ${namespace}/${name}`);
  const before = diagnostics.length;
  const spec = r.map(['spec']);
  if (spec === undefined) r.error(['spec'], 'spec is required', 'invalid-field');
  unknownFields(r, [], OBJECT_FIELDS, 'a NetworkPolicy');
  unknownFields(r, ['metadata'], METADATA_FIELDS, 'metadata');
  unknownFields(r, ['spec'], SPEC_FIELDS, 'spec');
  // A-2: a missing or null spec.podSelector is the empty selector: all pods of the namespace.
  const podSelector = parseSelector(r, ['spec', 'podSelector']);
  const typesRaw = r.list(['spec', 'policyTypes']);
  let ingressType = false;
  let egressType = false;
  (typesRaw ?? []).forEach((t, i) => {
    if (t === 'Ingress') ingressType = true;
    else if (t === 'Egress') egressType = true;
    else r.error(['spec', 'policyTypes', i], `policyTypes entries are "Ingress" or "Egress", not ${typeName(t)}`, 'invalid-policy-types');
  });
  // A-3g: at most two entries; duplicates pass validation and count once.
  if (typesRaw && typesRaw.length > 2) r.error(['spec', 'policyTypes'], 'policyTypes has at most 2 entries', 'invalid-policy-types');
  const ingress = parseRules(r, 'ingress');
  const egress = parseRules(r, 'egress');
  if (diagnostics.slice(before).some((d) => d.severity === 'error')) return null;
  // A-3: empty or missing policyTypes defaults to [Ingress], plus Egress when egress rules exist
  // (A-3b: `egress: []` does not count; A-3d: `policyTypes: []` is defaulted like a missing one).
  const implicitTypes = !typesRaw || typesRaw.length === 0;
  if (implicitTypes) {
    ingressType = true;
    egressType = egress.length > 0;
  }
  // A-3f: rules of a direction that is not in policyTypes are ignored.
  if (!implicitTypes && !ingressType && ingress.length) {
    r.warn(['spec', 'ingress'], 'has ingress rules but policyTypes leaves out Ingress: the rules are ignored', 'ignored-rules');
  }
  if (!implicitTypes && !egressType && egress.length) {
    r.warn(['spec', 'egress'], 'has egress rules but policyTypes leaves out Egress: the rules are ignored', 'ignored-rules');
  }
  return {
    namespace,
    name,
    podSelector: podSelector ?? EMPTY_SELECTOR,
    types: { ingress: ingressType, egress: egressType },
    implicitTypes,
    ingress: ingressType ? ingress : [],
    egress: egressType ? egress : [],
    source: obj.source,
  };
}
