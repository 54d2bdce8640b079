import { MAX_PORT } from '../../model/port-ranges';
import { PROTOCOLS, type PolicyPort, type Protocol } from '../../model/types';
import type { Path } from '../../yaml/parse-documents';
import { isRecord } from '../../yaml/plain-data';
import { typeName } from '../kube-object';
import { portNameProblem } from '../port-name';
import type { CiliumReader } from './cilium-reader';

/** What a rule's `toPorts` allows or denies. */
export interface RulePorts {
  /** Empty = every port of every protocol (C-19). */
  ports: PolicyPort[];
  /** C-21: the L7 protocols of the entries' `rules`. */
  l7: string[];
}

/** Protocols Cilium refuses in `toPorts` without its extended-protocols flag (C-19). */
const UNMODELLED_PROTOCOLS = ['ICMP', 'ICMPV6', 'VRRP', 'IGMP'];
const L7_KINDS = ['http', 'kafka', 'dns', 'l7proto', 'l7'];
const PORT_RULE_FIELDS = ['ports', 'rules', 'terminatingTLS', 'originatingTLS', 'serverNames', 'listener'];

/** C-19: one `{port, endPort, protocol}`: its ports, 'all', or null when invalid (reported). */
function readPortProtocol(c: CiliumReader, path: Path, raw: unknown): PolicyPort[] | 'all' | null {
  if (!isRecord(raw)) return c.error(path, `a ports entry must be a mapping (port, endPort, protocol), not ${typeName(raw)}`, 'invalid-port');
  c.knownFields(path, raw, ['port', 'endPort', 'protocol'], 'a ports entry');
  const proto = raw.protocol ?? 'ANY';
  if (typeof proto !== 'string') return c.error([...path, 'protocol'], `protocol must be a string, not ${typeName(proto)}`, 'invalid-port');
  // C-19, C-22: Cilium refuses these (L4Proto.Validate) unless its extended-protocols flag is set.
  if (UNMODELLED_PROTOCOLS.includes(proto)) return c.error([...path, 'protocol'], `invalid protocol ${proto}: Cilium accepts it only with --enable-extended-ip-protocols; write it as an icmps rule, or TCP, UDP, SCTP or ANY`, 'invalid-port');
  // C-19: a missing protocol (or ANY) is every protocol with ports.
  const protocols: readonly Protocol[] = proto === 'ANY' || proto === '' ? PROTOCOLS : PROTOCOLS.includes(proto as Protocol) ? [proto as Protocol] : [];
  if (!protocols.length) return c.error([...path, 'protocol'], `unknown protocol "${proto}" (TCP, UDP, SCTP, ANY, ICMP, ICMPV6, VRRP, IGMP; upper case)`, 'invalid-port');
  const port = raw.port;
  // C-19: "Port must be specified" (rule_validation.go); "0" is every port.
  if (port === undefined || port === null || port === '') return c.error(path, 'port must be specified (write "0" for every port)', 'invalid-port');
  if (typeof port !== 'string') return c.error([...path, 'port'], `port must be a string (quote it: port: "${String(port)}"), not ${typeName(port)}`, 'invalid-port');
  const end = raw.endPort;
  if (end !== undefined && end !== null && (typeof end !== 'number' || !Number.isInteger(end) || end < 0 || end > MAX_PORT)) {
    return c.error([...path, 'endPort'], `endPort must be an integer 0-65535, not ${typeName(end)}`, 'invalid-port');
  }
  if (/^[0-9]+$/.test(port)) {
    const n = Number(port);
    if (n > MAX_PORT) return c.error([...path, 'port'], `port ${port} is out of range (0-65535)`, 'invalid-port');
    // C-19: port 0 (or none) is every port; then endPort has nothing to extend.
    if (n === 0) return protocols.length === PROTOCOLS.length ? 'all' : protocols.map((protocol) => ({ protocol }));
    const endPort = typeof end === 'number' && end > 0 ? end : undefined;
    if (endPort !== undefined && endPort < n) return c.error([...path, 'endPort'], `endPort ${endPort} is less than port ${n}`, 'invalid-port');
    return protocols.map((protocol) => ({ protocol, port: n, ...(endPort !== undefined && endPort > n ? { endPort } : {}) }));
  }
  // C-20: a name (IANA service name, compared in lower case) resolves at the destination pod.
  const name = port.toLowerCase();
  const problem = portNameProblem(name);
  if (problem) return c.error([...path, 'port'], `"${port}" is neither a port number nor a valid port name: ${problem}`, 'invalid-port');
  if (typeof end === 'number' && end > 0) return c.error([...path, 'endPort'], 'endPort goes with a port number, not a named port', 'invalid-port');
  return protocols.map((protocol) => ({ protocol, port: name }));
}

/** C-21: the L7 protocols an entry's `rules` names (the L4 port is allowed for the analysis). */
function readL7(c: CiliumReader, path: Path, raw: unknown, deny: boolean): string[] | null {
  if (raw === undefined || raw === null) return [];
  if (deny) return c.error(path, 'deny rules take no L7 rules (PortDenyRule has only ports)', 'invalid-rule');
  if (!isRecord(raw)) return c.error(path, `rules must be a mapping (${L7_KINDS.join(', ')}), not ${typeName(raw)}`, 'invalid-rule');
  c.knownFields(path, raw, L7_KINDS, 'L7 rules');
  return Object.keys(raw).filter((k) => L7_KINDS.includes(k) && k !== 'l7');
}

/** C-21, C-22: L7 rules other than DNS go with TCP ports only, never with port 0 (PortRule.sanitize). */
function l7Ports(c: CiliumReader, path: Path, l7: readonly string[], ports: readonly unknown[]): void {
  ports.forEach((p, j) => {
    if (!isRecord(p)) return;
    if (p.port === '0') c.error([...path, 'ports', j, 'port'], 'L7 rules can not be used when a port is 0', 'invalid-rule');
    if (!l7.includes('dns') && p.protocol !== 'TCP') c.error([...path, 'ports', j], `L7 rules can only apply to TCP (not ${typeof p.protocol === 'string' ? p.protocol : 'ANY'}) except for DNS rules`, 'invalid-rule');
  });
}

/**
 * C-19 … C-21: a rule's `toPorts`; undefined when absent or empty (the rule names no port, C-12),
 * null when invalid (C-22).
 */
export function readToPorts(c: CiliumReader, path: Path, deny: boolean): RulePorts | undefined | null {
  const list = c.r.get(path);
  if (list === undefined || list === null) return undefined;
  if (!Array.isArray(list)) return c.error(path, `toPorts must be a list, not ${typeName(list)}`, 'invalid-port');
  if (list.length === 0) return undefined;
  const out: RulePorts = { ports: [], l7: [] };
  let all = false;
  list.forEach((entry, i) => {
    const ep = [...path, i];
    if (!isRecord(entry)) return void c.error(ep, `a toPorts entry must be a mapping (ports${deny ? '' : ', rules'}), not ${typeName(entry)}`, 'invalid-port');
    c.knownFields(ep, entry, deny ? ['ports', 'rules'] : PORT_RULE_FIELDS, deny ? 'a deny toPorts entry' : 'a toPorts entry');
    const l7 = readL7(c, [...ep, 'rules'], entry.rules, deny);
    if (l7) out.l7.push(...l7);
    const ports = entry.ports ?? [];
    if (l7?.length && Array.isArray(ports)) l7Ports(c, ep, l7, ports);
    if (!Array.isArray(ports)) return void c.error([...ep, 'ports'], `ports must be a list, not ${typeName(ports)}`, 'invalid-port');
    if (ports.length > 40) return void c.error([...ep, 'ports'], `too many ports (${ports.length}), the max is 40`, 'invalid-port');
    // An entry without ports is every port (Cilium's wildcard port 0/ANY).
    if (ports.length === 0) all = true;
    ports.forEach((p, j) => {
      const got = readPortProtocol(c, [...ep, 'ports', j], p);
      if (got === 'all') all = true;
      else if (got) out.ports.push(...got);
    });
  });
  if (all) out.ports = [];
  return out;
}
