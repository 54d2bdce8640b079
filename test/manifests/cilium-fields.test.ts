import { describe, expect, test } from 'vitest';
import type { Peer } from '../../src/model/types';
import { read, said } from './read-manifest';

/**
 * src/manifests/cilium/ field by field: what each CiliumNetworkPolicy field is read as (README
 * "Cilium policies", C-1 … C-22; Cilium's `pkg/policy/api` types and rule_validation.go) and the
 * exact words of each diagnostic. `L` in an expected diagnostic is the line of the rule.
 */
const W = 'CiliumNetworkPolicy prod/p: ';

function cnp(spec: string, kind = 'CiliumNetworkPolicy', meta = '{name: p, namespace: prod}'): string {
  return `apiVersion: cilium.io/v2\nkind: ${kind}\nmetadata: ${meta}\nspec:\n  ${spec.split('\n').join('\n  ')}\n`;
}

/** A CNP in prod whose `section` holds one rule (a flow mapping on one line). */
const rule = (r: string, section = 'ingress') => cnp(`endpointSelector: {}\n${section}:\n- ${r}`);

/** Diagnostics with the rule's line written as L. */
function saidAt(text: string): string[] {
  const line = text.split('\n').findIndex((l) => l.startsWith('  - ')) + 1;
  return said(read(text).diagnostics).map((d) => d.replace(` ${line}: `, ' L: '));
}

/** The peers of the first rule of `section` (allow or deny), external ranges as their CIDR. */
function peersOf(text: string, section = 'ingress'): unknown[] {
  const p = read(text).policies[0]!;
  const rules = section === 'ingressDeny' ? p.cilium!.denyIngress : section === 'egressDeny' ? p.cilium!.denyEgress : section === 'egress' ? p.egress : p.ingress;
  return rules[0]!.peers.map((x: Peer) => (x.kind === 'ipBlock' ? `${x.cidr}${x.except.length ? ` except ${x.except.join(',')}` : ''}${x.externalOnly ? ' external' : ''} ${x.ranges.length}` : x));
}

/** C-21: the info note of a rule with L7 rules (also when the object is refused for another reason). */
const NOTE = (kinds: string) => `info cilium-l7 L: spec.ingress[0].toPorts: L7 rules (${kinds}) are filtered by Cilium's proxy: the analysis allows the L4 port`;
const sel = (l: Record<string, string>, e: object[] = []) => ({ matchLabels: l, matchExpressions: e });
const PROD = { 'kubernetes.io/metadata.name': 'prod' };

describe('toPorts (C-19 … C-21)', () => {
  test.each<[string, string, string, string[]]>([
    ['toPorts not a list', '{toPorts: {ports: []}}', 'ingress', ['error invalid-port L: spec.ingress[0].toPorts: toPorts must be a list, not a mapping']],
    ['an entry that is not a mapping', '{toPorts: [5]}', 'ingress', ['error invalid-port L: spec.ingress[0].toPorts[0]: a toPorts entry must be a mapping (ports, rules), not the number 5']],
    ['a deny entry that is not a mapping', '{toPorts: [5]}', 'ingressDeny', ['error invalid-port L: spec.ingressDeny[0].toPorts[0]: a toPorts entry must be a mapping (ports), not the number 5']],
    ['an unknown entry field', '{toPorts: [{port: "80"}]}', 'ingress', ['error invalid-field L: spec.ingress[0].toPorts[0].port: unknown field "port" in a toPorts entry (ports, rules, terminatingTLS, originatingTLS, serverNames, listener)']],
    ['an unknown deny entry field', '{toPorts: [{ports: [{port: "80"}], serverNames: [a]}]}', 'egressDeny', ['error invalid-field L: spec.egressDeny[0].toPorts[0].serverNames: unknown field "serverNames" in a deny toPorts entry (ports, rules)']],
    ['ports not a list', '{toPorts: [{ports: {port: "80"}}]}', 'ingress', ['error invalid-port L: spec.ingress[0].toPorts[0].ports: ports must be a list, not a mapping']],
    ['41 ports', `{toPorts: [{ports: [${'{port: "80"}, '.repeat(41).slice(0, -2)}]}]}`, 'ingress', ['error invalid-port L: spec.ingress[0].toPorts[0].ports: too many ports (41), the max is 40']],
    ['a port entry that is not a mapping', '{toPorts: [{ports: [5]}]}', 'ingress', ['error invalid-port L: spec.ingress[0].toPorts[0].ports[0]: a ports entry must be a mapping (port, endPort, protocol), not the number 5']],
    ['an unknown port field', '{toPorts: [{ports: [{port: "80", proto: TCP}]}]}', 'ingress', ['error invalid-field L: spec.ingress[0].toPorts[0].ports[0].proto: unknown field "proto" in a ports entry (port, endPort, protocol)']],
    ['a protocol that is not a string', '{toPorts: [{ports: [{port: "80", protocol: 6}]}]}', 'ingress', ['error invalid-port L: spec.ingress[0].toPorts[0].ports[0].protocol: protocol must be a string, not the number 6']],
    ...['ICMP', 'ICMPV6', 'VRRP', 'IGMP'].map((p): [string, string, string, string[]] => [`C-19: ${p} without extended protocols`, `{toPorts: [{ports: [{port: "0", protocol: ${p}}]}]}`, 'ingress', [`error invalid-port L: spec.ingress[0].toPorts[0].ports[0].protocol: invalid protocol ${p}: Cilium accepts it only with --enable-extended-ip-protocols; write it as an icmps rule, or TCP, UDP, SCTP or ANY`]]),
    ['a protocol in lower case', '{toPorts: [{ports: [{port: "80", protocol: tcp}]}]}', 'ingress', ['error invalid-port L: spec.ingress[0].toPorts[0].ports[0].protocol: unknown protocol "tcp" (TCP, UDP, SCTP, ANY, ICMP, ICMPV6, VRRP, IGMP; upper case)']],
    ['C-19: no port', '{toPorts: [{ports: [{protocol: UDP}]}]}', 'ingress', ['error invalid-port L: spec.ingress[0].toPorts[0].ports[0]: port must be specified (write "0" for every port)']],
    ['C-19: an empty port', '{toPorts: [{ports: [{port: ""}]}]}', 'ingress', ['error invalid-port L: spec.ingress[0].toPorts[0].ports[0]: port must be specified (write "0" for every port)']],
    ['C-19: a null port', '{toPorts: [{ports: [{port: null}]}]}', 'ingress', ['error invalid-port L: spec.ingress[0].toPorts[0].ports[0]: port must be specified (write "0" for every port)']],
    ['C-19: an unquoted port', '{toPorts: [{ports: [{port: 443}]}]}', 'ingress', ['error invalid-port L: spec.ingress[0].toPorts[0].ports[0].port: port must be a string (quote it: port: "443"), not the number 443']],
    ['endPort as a string', '{toPorts: [{ports: [{port: "80", endPort: "90"}]}]}', 'ingress', ['error invalid-port L: spec.ingress[0].toPorts[0].ports[0].endPort: endPort must be an integer 0-65535, not the string "90"']],
    ['endPort -1', '{toPorts: [{ports: [{port: "80", endPort: -1}]}]}', 'ingress', ['error invalid-port L: spec.ingress[0].toPorts[0].ports[0].endPort: endPort must be an integer 0-65535, not the number -1']],
    ['endPort 65536', '{toPorts: [{ports: [{port: "80", endPort: 65536}]}]}', 'ingress', ['error invalid-port L: spec.ingress[0].toPorts[0].ports[0].endPort: endPort must be an integer 0-65535, not the number 65536']],
    ['a fractional endPort', '{toPorts: [{ports: [{port: "80", endPort: 90.5}]}]}', 'ingress', ['error invalid-port L: spec.ingress[0].toPorts[0].ports[0].endPort: endPort must be an integer 0-65535, not the number 90.5']],
    ['port 65536', '{toPorts: [{ports: [{port: "65536"}]}]}', 'ingress', ['error invalid-port L: spec.ingress[0].toPorts[0].ports[0].port: port 65536 is out of range (0-65535)']],
    ['endPort below port', '{toPorts: [{ports: [{port: "80", endPort: 79}]}]}', 'ingress', ['error invalid-port L: spec.ingress[0].toPorts[0].ports[0].endPort: endPort 79 is less than port 80']],
    ['an invalid port name', '{toPorts: [{ports: [{port: a--b}]}]}', 'ingress', ['error invalid-port L: spec.ingress[0].toPorts[0].ports[0].port: "a--b" is neither a port number nor a valid port name: a port name does not start or end with "-" or hold "--"']],
    ['a name of digits and a dash', '{toPorts: [{ports: [{port: 80-90}]}]}', 'ingress', ['error invalid-port L: spec.ingress[0].toPorts[0].ports[0].port: "80-90" is neither a port number nor a valid port name: a port name has at least one letter']],
    ['C-20: endPort with a named port', '{toPorts: [{ports: [{port: http, endPort: 90}]}]}', 'ingress', ['error invalid-port L: spec.ingress[0].toPorts[0].ports[0].endPort: endPort goes with a port number, not a named port']],
    ['C-21: L7 rules in a deny rule', '{toPorts: [{ports: [{port: "80"}], rules: {http: []}}]}', 'egressDeny', ['error invalid-rule L: spec.egressDeny[0].toPorts[0].rules: deny rules take no L7 rules (PortDenyRule has only ports)']],
    ['C-21: rules that are not a mapping', '{toPorts: [{ports: [{port: "80", protocol: TCP}], rules: [http]}]}', 'ingress', ['error invalid-rule L: spec.ingress[0].toPorts[0].rules: rules must be a mapping (http, kafka, dns, l7proto, l7), not a list']],
    ['C-21: an unknown L7 kind', '{toPorts: [{ports: [{port: "80", protocol: TCP}], rules: {grpc: []}}]}', 'ingress', ['error invalid-field L: spec.ingress[0].toPorts[0].rules.grpc: unknown field "grpc" in L7 rules (http, kafka, dns, l7proto, l7)']],
    ['C-21: L7 on port 0', '{toPorts: [{ports: [{port: "0", protocol: TCP}], rules: {http: []}}]}', 'ingress', ['error invalid-rule L: spec.ingress[0].toPorts[0].ports[0].port: L7 rules can not be used when a port is 0', NOTE('http')]],
    ['C-21: http on ANY', '{toPorts: [{ports: [{port: "80"}], rules: {http: []}}]}', 'ingress', ['error invalid-rule L: spec.ingress[0].toPorts[0].ports[0]: L7 rules can only apply to TCP (not ANY) except for DNS rules', NOTE('http')]],
    ['C-21: kafka on SCTP, second port', '{toPorts: [{ports: [{port: "80", protocol: TCP}, {port: "81", protocol: SCTP}], rules: {kafka: []}}]}', 'ingress', ['error invalid-rule L: spec.ingress[0].toPorts[0].ports[1]: L7 rules can only apply to TCP (not SCTP) except for DNS rules', NOTE('kafka')]],
    ['C-21: L7 rules beside ports that are not a list', '{toPorts: [{ports: 5, rules: {http: []}}]}', 'ingress', ['error invalid-port L: spec.ingress[0].toPorts[0].ports: ports must be a list, not the number 5', NOTE('http')]],
    ['C-21: L7 rules beside a port that is not a mapping', '{toPorts: [{ports: [5], rules: {http: []}}]}', 'ingress', ['error invalid-port L: spec.ingress[0].toPorts[0].ports[0]: a ports entry must be a mapping (port, endPort, protocol), not the number 5', NOTE('http')]],
  ])('%s is an error; the policy is left out', (_name, r, section, diagnostics) => {
    const text = rule(r, section);
    expect(saidAt(text)).toEqual(diagnostics.map((d) => d.replace(': ', `: ${W}`)));
    expect(read(text).policies).toEqual([]);
  });

  const ALL = ['TCP', 'UDP', 'SCTP'];
  test.each<[string, string, object[]]>([
    ['C-19: no protocol is every protocol', '{port: "80"}', ALL.map((protocol) => ({ protocol, port: 80 }))],
    ['C-19: ANY is every protocol', '{port: "80", protocol: ANY}', ALL.map((protocol) => ({ protocol, port: 80 }))],
    ['C-19: an empty protocol is ANY', '{port: "80", protocol: ""}', ALL.map((protocol) => ({ protocol, port: 80 }))],
    ['C-19: one protocol', '{port: "53", protocol: UDP}', [{ protocol: 'UDP', port: 53 }]],
    ['C-19: port "0" of one protocol is every port of it', '{port: "0", protocol: SCTP}', [{ protocol: 'SCTP' }]],
    ['C-19: port 65535', '{port: "65535", protocol: TCP}', [{ protocol: 'TCP', port: 65535 }]],
    ['C-19: endPort above port is a range', '{port: "80", endPort: 90, protocol: TCP}', [{ protocol: 'TCP', port: 80, endPort: 90 }]],
    ['C-19: endPort equal to port is one port', '{port: "80", endPort: 80, protocol: TCP}', [{ protocol: 'TCP', port: 80 }]],
    ['C-19: endPort 0 is no range', '{port: "80", endPort: 0, protocol: TCP}', [{ protocol: 'TCP', port: 80 }]],
    ['C-19: endPort 65535', '{port: "1", endPort: 65535, protocol: UDP}', [{ protocol: 'UDP', port: 1, endPort: 65535 }]],
    ['C-19: endPort beside port "0" has nothing to extend', '{port: "0", endPort: 90, protocol: TCP}', [{ protocol: 'TCP' }]],
    ['C-20: a named port, in lower case', '{port: HTTP, protocol: TCP}', [{ protocol: 'TCP', port: 'http' }]],
    ['C-20: a name that starts with digits', '{port: 80a, protocol: TCP}', [{ protocol: 'TCP', port: '80a' }]],
    ['C-20: a name that ends with digits, every protocol', '{port: a80, endPort: 0}', ALL.map((protocol) => ({ protocol, port: 'a80' }))],
  ])('%s', (_name, port, want) => {
    const c = read(rule(`{toPorts: [{ports: [${port}]}]}`));
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.policies[0]!.ingress[0]!.ports).toEqual(want);
  });

  test.each<[string, string]>([
    ['port "0" of every protocol', '{toPorts: [{ports: [{port: "80", protocol: TCP}, {port: "0"}]}]}'],
    ['an entry without ports', '{toPorts: [{ports: [{port: "80", protocol: TCP}]}, {}]}'],
    ['an entry with an empty ports list', '{toPorts: [{ports: []}, {ports: [{port: "80", protocol: UDP}]}]}'],
  ])('C-19: %s is every port, whatever else the rule names', (_name, r) => {
    const c = read(rule(r));
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.policies[0]!.ingress[0]!.ports).toEqual([]);
    expect(c.policies[0]!.ingress[0]!.peers).toEqual([]);
  });

  test('C-19: entries add up; toPorts: [] names no port (C-8: the rule is empty)', () => {
    const c = read(rule('{toPorts: [{ports: [{port: "80", protocol: TCP}]}, {ports: [{port: "53", protocol: UDP}]}]}'));
    expect(c.policies[0]!.ingress[0]!.ports).toEqual([
      { protocol: 'TCP', port: 80 },
      { protocol: 'UDP', port: 53 },
    ]);
    const empty = read(rule('{toPorts: []}'));
    expect(said(empty.diagnostics)).toEqual([]);
    expect(empty.policies[0]!.ingress).toEqual([]);
    expect(empty.policies[0]!.types).toEqual({ ingress: true, egress: false });
  });

  test('C-21: L7 rules allow their L4 ports, with an info note naming each kind once; l7 itself is not a kind; DNS goes with UDP', () => {
    const text = rule('{toPorts: [{ports: [{port: "53", protocol: UDP}], rules: {dns: [{matchPattern: "*"}]}}, {ports: [{port: "80", protocol: TCP}], rules: {http: [], l7proto: x, l7: []}}, {ports: [{port: "81", protocol: TCP}], rules: {http: []}}]}', 'egress');
    expect(saidAt(text)).toEqual([`info cilium-l7 L: ${W}spec.egress[0].toPorts: L7 rules (dns, http, l7proto) are filtered by Cilium's proxy: the analysis allows the L4 port`]);
    const r = read(text).policies[0]!.egress[0]!;
    expect(r.ports).toEqual([
      { protocol: 'UDP', port: 53 },
      { protocol: 'TCP', port: 80 },
      { protocol: 'TCP', port: 81 },
    ]);
    expect(r.cilium).toEqual({ section: 'egress', l7: ['dns', 'http', 'l7proto'] });
  });

  test('C-21: an entry with null rules has no L7; a rule without L7 carries l7: []', () => {
    const c = read(rule('{toPorts: [{ports: [{port: "80", protocol: TCP}], rules: null}]}'));
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.policies[0]!.ingress[0]!.cilium).toEqual({ section: 'ingress', l7: [] });
  });

  test('40 ports are accepted', () => {
    const c = read(rule(`{toPorts: [{ports: [${'{port: "80", protocol: TCP}, '.repeat(40).slice(0, -2)}]}]}`));
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.policies[0]!.ingress[0]!.ports).toHaveLength(40);
  });
});

describe('peers (C-11 … C-18)', () => {
  test.each<[string, string, string, string[]]>([
    ['an unknown ingress rule field', '{fromEndpoint: []}', 'ingress', ['error invalid-field L: spec.ingress[0].fromEndpoint: unknown field "fromEndpoint" in an ingress rule (fromEndpoints, fromCIDR, fromCIDRSet, fromEntities, fromNodes, fromGroups, fromRequires, toPorts, icmps, authentication)']],
    ['an unknown ingressDeny rule field', '{authentication: {mode: required}}', 'ingressDeny', ['error invalid-field L: spec.ingressDeny[0].authentication: unknown field "authentication" in an ingressDeny rule (fromEndpoints, fromCIDR, fromCIDRSet, fromEntities, fromNodes, fromGroups, fromRequires, toPorts, icmps)']],
    ['an unknown egress rule field', '{toEndpoint: []}', 'egress', ['error invalid-field L: spec.egress[0].toEndpoint: unknown field "toEndpoint" in an egress rule (toEndpoints, toCIDR, toCIDRSet, toEntities, toNodes, toGroups, toServices, toFQDNs, toRequires, toPorts, icmps, authentication)']],
    ['toFQDNs in an egressDeny rule', '{toFQDNs: [{matchName: a.example}]}', 'egressDeny', ['error invalid-field L: spec.egressDeny[0].toFQDNs: unknown field "toFQDNs" in an egressDeny rule (toEndpoints, toCIDR, toCIDRSet, toEntities, toNodes, toGroups, toServices, toRequires, toPorts, icmps)', "warning not-analysed L: spec.egressDeny[0].toFQDNs: toFQDNs is not analysed (domain names are not in the manifests): the rule's peers there are counted as matching nothing"]],
    ['C-12: two L3 fields', '{fromEndpoints: [{}], fromCIDR: [10.0.0.0/8]}', 'ingress', ['error invalid-rule L: spec.ingress[0]: Combining fromEndpoints and fromCIDR is not supported (Cilium refuses the rule); write them as two rules']],
    ['C-12: two L3 fields, one not a list', '{toCIDRSet: [{cidr: 10.0.0.0/8}], toEntities: world}', 'egress', ['error invalid-rule L: spec.egress[0]: Combining toCIDRSet and toEntities is not supported (Cilium refuses the rule); write them as two rules']],
    ['an L3 field that is not a list', '{fromEntities: world}', 'ingress', ['error invalid-field L: spec.ingress[0].fromEntities must be a list, not the string "world"']],
    ['C-13: a CIDR that is not a string', '{toCIDR: [5]}', 'egress', ['error invalid-cidr L: spec.egress[0].toCIDR[0]: a CIDR must be a string, not the number 5']],
    ['C-13: an invalid CIDR', '{toCIDR: [10.0.0.0/33]}', 'egress', ['error invalid-cidr L: spec.egress[0].toCIDR[0]: invalid CIDR: "10.0.0.0/33": prefix length 33 is longer than 32 bits']],
    ['C-13: an invalid address', '{toCIDR: [10.0.0.256]}', 'egress', ['error invalid-cidr L: spec.egress[0].toCIDR[0]: invalid CIDR: "10.0.0.256/32": "10.0.0.256" is not a valid IPv4 address']],
    ['C-13: a CIDR set entry that is not a mapping', '{toCIDRSet: [10.0.0.0/8]}', 'egress', ['error invalid-cidr L: spec.egress[0].toCIDRSet[0]: a CIDR set entry must be a mapping (cidr, except), not the string "10.0.0.0/8"']],
    ['C-13: an unknown CIDR set field', '{toCIDRSet: [{cidr: 10.0.0.0/8, exclude: []}]}', 'egress', ['error invalid-field L: spec.egress[0].toCIDRSet[0].exclude: unknown field "exclude" in a CIDR set entry (cidr, except, cidrGroupRef, cidrGroupSelector)']],
    ['C-13: a CIDR set without cidr', '{toCIDRSet: [{except: []}]}', 'egress', ['error invalid-cidr L: spec.egress[0].toCIDRSet[0].cidr: a CIDR must be a string, not nothing']],
    ['C-13: except not a list', '{toCIDRSet: [{cidr: 10.0.0.0/8, except: 10.1.0.0/16}]}', 'egress', ['error invalid-cidr L: spec.egress[0].toCIDRSet[0].except: except must be a list of CIDRs, not the string "10.1.0.0/16"']],
    ['C-13: an except that is not a string', '{toCIDRSet: [{cidr: 10.0.0.0/8, except: [10.1.0.0/16, 5]}]}', 'egress', ['error invalid-cidr L: spec.egress[0].toCIDRSet[0].except[1]: invalid except CIDR the number 5']],
    ['C-13: an invalid except', '{toCIDRSet: [{cidr: 10.0.0.0/8, except: [10.1.0.0]}]}', 'egress', ['error invalid-cidr L: spec.egress[0].toCIDRSet[0].except[0]: invalid except CIDR the string "10.1.0.0": "10.1.0.0" is not a CIDR (expected address/prefix, like 10.0.0.0/8 or 2001:db8::/32)']],
    ['C-13: an except outside its CIDR', '{toCIDRSet: [{cidr: 10.0.0.0/8, except: [192.168.0.0/16]}]}', 'egress', ['error invalid-cidr L: spec.egress[0].toCIDRSet[0].except[0]: allow CIDR prefix 10.0.0.0/8 does not contain exclude CIDR prefix 192.168.0.0/16']],
    ['an entity that is not a string', '{toEntities: [5]}', 'egress', ['error invalid-peer L: spec.egress[0].toEntities[0]: an entity must be a string, not the number 5']],
    ['C-16: an entity named like an Object.prototype member (it crashed)', '{toEntities: [constructor]}', 'egress', ['error invalid-peer L: spec.egress[0].toEntities[0]: unsupported entity: constructor (world, world-ipv4, world-ipv6, cluster, all, host, remote-node, kube-apiserver, health, init, ingress, unmanaged, none)']],
    ['C-16: an unknown entity', '{toEntities: [World]}', 'egress', ['error invalid-peer L: spec.egress[0].toEntities[0]: unsupported entity: World (world, world-ipv4, world-ipv6, cluster, all, host, remote-node, kube-apiserver, health, init, ingress, unmanaged, none)']],
    ['an endpoint selector that is not a mapping', '{fromEndpoints: [5]}', 'ingress', ['error invalid-selector L: an endpoint selector must be a mapping (matchLabels / matchExpressions), not the number 5']],
    ['C-17: an invalid fromRequires selector', '{fromRequires: [{matchLabels: 5}], fromEndpoints: [{}]}', 'ingress', ['error invalid-selector L: matchLabels must be a mapping, not the number 5', 'warning not-analysed L: spec.ingress[0].fromRequires: fromRequires (deprecated) is not analysed: the rule is read without it, which may count more as allowed than Cilium does']],
    ['C-17: fromRequires not a list', '{toRequires: {}, toEndpoints: [{}]}', 'egress', ['error invalid-field L: spec.egress[0].toRequires must be a list, not a mapping']],
    ['a rule that is not a mapping', '5', 'egress', ['error invalid-rule L: spec.egress[0]: a rule must be a mapping, not the number 5']],
    ['C-18: icmps with toPorts', '{icmps: [{fields: [{type: 8}]}], toPorts: [{ports: [{port: "80"}]}]}', 'egress', ['error invalid-rule L: spec.egress[0]: The ICMPs block may only be present without toPorts; define a separate rule to use toPorts']],
  ])('%s is an error; the policy is left out', (_name, r, section, diagnostics) => {
    const text = rule(r, section);
    expect(saidAt(text)).toEqual(diagnostics.map((d) => d.replace(': ', `: ${W}`)));
    expect(read(text).policies).toEqual([]);
  });

  test.each<[string, string, string, string[]]>([
    ['C-16: a modelled-nothing entity', '{toEntities: [host, cluster]}', 'egress', ['warning not-analysed L: spec.egress[0].toEntities[0]: entity "host" is not analysed (it matches no pod or external address in the manifests): counted as matching nothing']],
    ['C-13: a CIDR group', '{toCIDRSet: [{cidrGroupRef: g}, {cidr: 10.0.0.0/8}]}', 'egress', ['warning not-analysed L: spec.egress[0].toCIDRSet[0]: cidrGroupRef / cidrGroupSelector (CiliumCIDRGroup) is not analysed: this entry is counted as matching nothing']],
    ['C-13: a CIDR group selector', '{toCIDRSet: [{cidrGroupSelector: {}}, {cidr: 10.0.0.0/8}]}', 'egress', ['warning not-analysed L: spec.egress[0].toCIDRSet[0]: cidrGroupRef / cidrGroupSelector (CiliumCIDRGroup) is not analysed: this entry is counted as matching nothing']],
    ['C-13: a CIDR that is not canonical', '{toCIDR: [10.0.0.1/8]}', 'egress', ['warning non-canonical-cidr L: spec.egress[0].toCIDR[0]: CIDR "10.0.0.1/8" is not canonical; it means 10.0.0.0/8']],
    ['C-18: toFQDNs', '{toFQDNs: [{matchName: a.example}], toPorts: [{ports: [{port: "443"}]}]}', 'egress', ["warning not-analysed L: spec.egress[0].toFQDNs: toFQDNs is not analysed (domain names are not in the manifests): the rule's peers there are counted as matching nothing"]],
    ['C-18: toServices', '{toServices: [{k8sService: {serviceName: s}}]}', 'egress', ["warning not-analysed L: spec.egress[0].toServices: toServices is not analysed (service backends are not in the manifests): the rule's peers there are counted as matching nothing"]],
    ['C-18: fromGroups', '{fromGroups: [{aws: {}}]}', 'ingress', ["warning not-analysed L: spec.ingress[0].fromGroups: fromGroups is not analysed (cloud provider groups are not in the manifests): the rule's peers there are counted as matching nothing"]],
    ['C-18: toNodes', '{toNodes: [{}]}', 'egressDeny', ["warning not-analysed L: spec.egressDeny[0].toNodes: toNodes is not analysed (node addresses are not in the manifests): the rule's peers there are counted as matching nothing"]],
    ['C-18: icmps', '{icmps: [{fields: [{type: 8}]}], fromEntities: [world]}', 'ingress', ['warning not-analysed L: spec.ingress[0].icmps: icmps (ICMP types) are not analysed: the rule is counted as matching nothing']],
    ['C-18: authentication', '{authentication: {mode: required}, fromEntities: [cluster]}', 'ingress', ['warning not-analysed L: spec.ingress[0].authentication: authentication (mutual authentication) is not analysed: the rule is read as allowing without it']],
    ['C-17: fromRequires', '{fromRequires: [{matchLabels: {env: prod}}], fromEndpoints: [{}]}', 'ingress', ['warning not-analysed L: spec.ingress[0].fromRequires: fromRequires (deprecated) is not analysed: the rule is read without it, which may count more as allowed than Cilium does']],
    ['C-17: toRequires in a deny rule', '{toRequires: [{}], toEndpoints: [{}]}', 'egressDeny', ['warning not-analysed L: spec.egressDeny[0].toRequires: toRequires (deprecated) is not analysed: the rule is read without it, which may count more as denied than Cilium does']],
    ['C-3: a label source that no pod has', '{fromEndpoints: [{matchLabels: {reserved:host: ""}}, {}]}', 'ingress', ['warning not-analysed L: spec.ingress[0].fromEndpoints[0]: selector key reserved:host is not analysed (label sources other than k8s: and any: match no pod): this peer is counted as matching nothing']],
    ['C-3: two such keys', '{fromEndpoints: [{matchLabels: {reserved:host: ""}, matchExpressions: [{key: "cidr:10.0.0.0/8", operator: Exists}]}, {}]}', 'ingress', ['warning not-analysed L: spec.ingress[0].fromEndpoints[0]: selector keys reserved:host, cidr:10.0.0.0/8 are not analysed (label sources other than k8s: and any: match no pod): this peer is counted as matching nothing']],
    ['C-3: a service account key in an allow', '{fromEndpoints: [{matchLabels: {io.cilium.k8s.policy.serviceaccount: sa}}]}', 'ingress', ['warning not-analysed L: spec.ingress[0].fromEndpoints[0]: selector keys io.cilium.k8s.policy.serviceaccount (service accounts and clusters are not in the manifests) are not analysed: this allow peer is read without them, which may count more as allowed than Cilium does']],
    ['C-3: a cluster key in a deny', '{fromEndpoints: [{matchExpressions: [{key: "k8s:io.cilium.k8s.policy.cluster", operator: In, values: [a]}]}, {}]}', 'ingressDeny', ['warning not-analysed L: spec.ingressDeny[0].fromEndpoints[0]: selector keys k8s:io.cilium.k8s.policy.cluster (service accounts and clusters are not in the manifests) are not analysed: this deny peer is counted as matching nothing']],
  ])('%s is a warning; the policy is read', (_name, r, section, diagnostics) => {
    const text = rule(r, section);
    expect(saidAt(text)).toEqual(diagnostics.map((d) => d.replace(': ', `: ${W}`)));
    expect(read(text).policies).toHaveLength(1);
  });

  test.each<[string, string, string, unknown[]]>([
    ['C-11: fromEndpoints {} in a CNP is every pod of its namespace', '{fromEndpoints: [{}]}', 'ingress', [{ kind: 'pods', namespaceSelector: sel(PROD), podSelector: sel({}) }]],
    ['C-3, C-11: a k8s: prefix is stripped; the namespace key names the namespace and lifts the restriction', '{fromEndpoints: [{matchLabels: {k8s:app: a, k8s:io.kubernetes.pod.namespace: batch}}]}', 'ingress', [{ kind: 'pods', namespaceSelector: sel({ 'kubernetes.io/metadata.name': 'batch' }), podSelector: sel({ app: 'a' }) }]],
    ['C-3, C-11: a namespace label lifts it too', '{fromEndpoints: [{matchLabels: {any:io.cilium.k8s.namespace.labels.team: x}}]}', 'ingress', [{ kind: 'pods', namespaceSelector: sel({ team: 'x' }), podSelector: sel({}) }]],
    ['C-3: namespace requirements in expressions', '{fromEndpoints: [{matchExpressions: [{key: io.cilium.k8s.namespace.labels.team, operator: In, values: [x]}, {key: app, operator: Exists}]}]}', 'ingress', [{ kind: 'pods', namespaceSelector: sel({}, [{ key: 'team', operator: 'In', values: ['x'] }]), podSelector: sel({}, [{ key: 'app', operator: 'Exists', values: [] }]) }]],
    ['C-3: the bare namespace label prefix is an ordinary key', '{fromEndpoints: [{matchExpressions: [{key: io.cilium.k8s.namespace.labels, operator: Exists}]}]}', 'ingress', [{ kind: 'pods', namespaceSelector: sel(PROD), podSelector: sel({}, [{ key: 'io.cilium.k8s.namespace.labels', operator: 'Exists', values: [] }]) }]],
    ['C-3: the same pod label twice with two values: both must hold', '{fromEndpoints: [{matchLabels: {app: a, k8s:app: b, any:app: a}}]}', 'ingress', [{ kind: 'pods', namespaceSelector: sel(PROD), podSelector: sel({ app: 'a' }, [{ key: 'app', operator: 'In', values: ['b'] }]) }]],
    ['C-3: an allow is read without the service account key', '{fromEndpoints: [{matchLabels: {app: a, io.cilium.k8s.policy.serviceaccount: sa}}]}', 'ingress', [{ kind: 'pods', namespaceSelector: sel(PROD), podSelector: sel({ app: 'a' }) }]],
    ['C-3: a deny with a cluster key matches nothing', '{fromEndpoints: [{matchLabels: {io.cilium.k8s.policy.cluster: c}}, {matchLabels: {app: a}}]}', 'ingressDeny', [{ kind: 'pods', namespaceSelector: sel(PROD), podSelector: sel({ app: 'a' }) }]],
    ['C-3: a selector with another label source matches nothing', '{toEndpoints: [{matchLabels: {container:app: a}}, {matchLabels: {app: b}}]}', 'egress', [{ kind: 'pods', namespaceSelector: sel(PROD), podSelector: sel({ app: 'b' }) }]],
    ['C-12: a written but empty list selects nothing, beside another field', '{toEndpoints: [], toCIDR: [10.0.0.0/8]}', 'egress', ['10.0.0.0/8 external 1']],
    ['C-13: an address is one host (IPv4)', '{toCIDR: [10.1.2.3]}', 'egress', ['10.1.2.3/32 external 1']],
    ['C-13: an address is one host (IPv6)', '{toCIDR: ["2001:db8::1"]}', 'egress', ['2001:db8::1/128 external 1']],
    ['C-13: cidr minus except, external only', '{toCIDRSet: [{cidr: 10.0.0.0/8, except: [10.1.0.0/16, 10.3.0.0/16]}, {cidr: 192.168.0.0/16, except: null}]}', 'egress', ['10.0.0.0/8 except 10.1.0.0/16,10.3.0.0/16 external 3', '192.168.0.0/16 external 1']],
    ['C-14: world is every external address of both families', '{toEntities: [world]}', 'egressDeny', ['0.0.0.0/0 external 1', '::/0 external 1']],
    ['C-14: world-ipv4 and world-ipv6', '{toEntities: [world-ipv6, world-ipv4]}', 'egress', ['::/0 external 1', '0.0.0.0/0 external 1']],
    ['C-15: cluster is every pod', '{fromEntities: [cluster]}', 'ingress', [{ kind: 'pods', namespaceSelector: sel({}), podSelector: sel({}) }]],
    ['C-15: all is every pod and every external address', '{fromEntities: [all]}', 'ingress', [{ kind: 'pods', namespaceSelector: sel({}), podSelector: sel({}) }, '0.0.0.0/0 external 1', '::/0 external 1']],
  ])('%s', (_name, r, section, peers) => {
    const text = rule(r, section);
    expect(read(text).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(peersOf(text, section)).toEqual(peers);
  });

  test('C-11: a selector that an endpoint without labels matches also counts the world, with a warning', () => {
    const text = rule('{fromEndpoints: [{matchExpressions: [{key: k8s:io.kubernetes.pod.namespace, operator: NotIn, values: [kube-system]}]}]}');
    expect(peersOf(text)).toEqual([{ kind: 'pods', namespaceSelector: sel({}, [{ key: 'kubernetes.io/metadata.name', operator: 'NotIn', values: ['kube-system'] }]), podSelector: sel({}) }, '0.0.0.0/0 external 1', '::/0 external 1']);
    expect(saidAt(text)).toEqual([`warning not-analysed L: ${W}spec.ingress[0].fromEndpoints[0]: this selector also matches endpoints without a namespace (world, host, remote-node…): every external address is counted, the host and nodes are not analysed`]);
  });

  test.each<[string, string]>([
    ['a pod requirement that no labels meet', '{fromEndpoints: [{matchExpressions: [{key: io.kubernetes.pod.namespace, operator: NotIn, values: [a]}, {key: app, operator: Exists}]}]}'],
    ['a namespace requirement that no labels meet', '{fromEndpoints: [{matchExpressions: [{key: io.kubernetes.pod.namespace, operator: NotIn, values: [a]}, {key: io.cilium.k8s.namespace.labels.team, operator: Exists}]}]}'],
    ['no namespace key', '{fromEndpoints: [{matchExpressions: [{key: app, operator: DoesNotExist}]}]}'],
  ])('C-11: %s: no world', (_name, r) => {
    expect(peersOf(rule(r)).filter((p) => typeof p === 'string')).toEqual([]);
  });

  test('C-11: in a CCNP a selector selects in every namespace', () => {
    const text = cnp('endpointSelector: {}\ningress:\n- {fromEndpoints: [{matchLabels: {app: a}}]}', 'CiliumClusterwideNetworkPolicy', '{name: c}');
    expect(peersOf(text)).toEqual([{ kind: 'pods', namespaceSelector: sel({}), podSelector: sel({ app: 'a' }) }]);
  });
});

describe('the rule and the spec (C-1 … C-8, C-22)', () => {
  const spec = (s: string) => cnp(s);
  test.each<[string, string, string[]]>([
    ['enableDefaultDeny not a mapping', 'endpointSelector: {}\nenableDefaultDeny: true', ['error invalid-field 6: spec.enableDefaultDeny: enableDefaultDeny must be a mapping (ingress, egress), not the boolean true']],
    ['an unknown enableDefaultDeny field', 'endpointSelector: {}\nenableDefaultDeny: {ingres: true}', ['error invalid-field 6: spec.enableDefaultDeny.ingres: unknown field "ingres" in enableDefaultDeny (ingress, egress)']],
    ['enableDefaultDeny.egress not a boolean', 'endpointSelector: {}\nenableDefaultDeny: {ingress: true, egress: "no"}', ['error invalid-field 6: spec.enableDefaultDeny.egress: enableDefaultDeny.egress must be true or false, not the string "no"']],
    ['C-22: neither selector', 'ingress: [{}]', ['error invalid-rule 5: spec: rule must have one of endpointSelector or nodeSelector']],
    ['C-22: both selectors', 'endpointSelector: {}\nnodeSelector: {}', ['error invalid-rule 5: spec: rule cannot have both endpointSelector and nodeSelector']],
    ['C-2: nodeSelector in a CNP', 'nodeSelector: {}', ['error invalid-rule 5: spec.nodeSelector: a CiliumNetworkPolicy cannot take nodeSelector (host policies are CiliumClusterwideNetworkPolicies)']],
    ['an unknown spec field', 'endpointSelector: {}\negresDeny: []', ['error invalid-field 6: spec.egresDeny: unknown field "egresDeny" in a Cilium rule (spec) (endpointSelector, nodeSelector, ingress, ingressDeny, egress, egressDeny, labels, description, enableDefaultDeny, log)']],
    ['a section that is not a list', 'endpointSelector: {}\negressDeny: {}', ['error invalid-field 6: CiliumNetworkPolicy prod/p: spec.egressDeny must be a list, not a mapping']],
    ['an invalid endpointSelector', 'endpointSelector: {matchLabels: {app: "a b"}}', ['error invalid-label 5: label "app" has an invalid value "a b": a label value is at most 63 characters of letters, digits, "-", "_" and ".", starting and ending with a letter or digit']],
    ['an endpointSelector with an unknown field', 'endpointSelector: {app: a}', ['error invalid-selector 5: unknown selector field "app" (a selector has matchLabels and matchExpressions)']],
    ['matchExpressions not a list', 'endpointSelector: {matchExpressions: {}}', ['error invalid-selector 5: matchExpressions must be a list, not a mapping']],
    ['an expression that is not a mapping', 'endpointSelector: {matchExpressions: [5]}', ['error invalid-selector 5: a matchExpressions entry must be a mapping with key, operator and values, not the number 5']],
  ])('%s is an error; the policy is left out', (_name, s, diagnostics) => {
    const c = read(spec(s));
    expect(said(c.diagnostics)).toEqual(diagnostics.map((d) => (d.includes(W) ? d : d.replace(/^(\S+ \S+ \d+: )/, `$1${W}`))));
    expect(c.policies).toEqual([]);
  });

  test.each<[string, string, object]>([
    ['C-5: a non-empty section isolates its direction', 'endpointSelector: {}\negress: [{toEntities: [world]}]', { ingress: false, egress: true }],
    ['C-5: a non-empty deny section isolates too', 'endpointSelector: {}\ningressDeny: [{fromEntities: [world]}]', { ingress: true, egress: false }],
    ['C-5: an empty section does not', 'endpointSelector: {}\ningress: []\negressDeny: [{toEntities: [world]}]', { ingress: false, egress: true }],
    ['C-6: enableDefaultDeny false wins', 'endpointSelector: {}\nenableDefaultDeny: {ingress: false, egress: null}\ningress: [{fromEntities: [world]}]\negress: [{}]', { ingress: false, egress: true }],
    ['C-6: enableDefaultDeny true with no section', 'endpointSelector: {}\nenableDefaultDeny: {egress: true}', { ingress: false, egress: true }],
    ['C-6: enableDefaultDeny null is not written', 'endpointSelector: {}\nenableDefaultDeny: null\ningress: [{}]', { ingress: true, egress: false }],
  ])('%s', (_name, s, types) => {
    const c = read(spec(s));
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.policies[0]!.types).toEqual(types);
  });

  test('C-1, C-4, C-24: a CNP reads into one policy per rule, with its namespace, subject, sections and source', () => {
    const c = read(`${cnp('endpointSelector: {matchLabels: {app: db}}\ningress: [{fromEntities: [cluster]}, {}]\ningressDeny: [{fromEntities: [world]}]\negressDeny: [{toEntities: [world], toPorts: [{ports: [{port: "53"}]}]}]')}specs:\n- endpointSelector: {}\n  egress: [{toEndpoints: [{}]}]\n  description: d\n  labels: [{key: a}]\n  log: {value: x}\n`);
    expect(said(c.diagnostics)).toEqual([]);
    const [spec0, specs0] = c.policies;
    expect({ ...spec0, ingress: spec0!.ingress.length, cilium: { ...spec0!.cilium, denyIngress: spec0!.cilium!.denyIngress.length, denyEgress: spec0!.cilium!.denyEgress.length } }).toEqual({
      namespace: 'prod',
      name: 'p',
      podSelector: sel({ app: 'db' }),
      types: { ingress: true, egress: true },
      implicitTypes: false,
      ingress: 1,
      egress: [],
      source: { file: 'm.yaml', line: 5 },
      cilium: { kind: 'CiliumNetworkPolicy', spec: null, namespaceSelector: sel(PROD), denyIngress: 1, denyEgress: 1 },
    });
    expect(spec0!.ingress[0]).toEqual({ direction: 'ingress', peers: [{ kind: 'pods', namespaceSelector: sel({}), podSelector: sel({}) }], ports: [], index: 0, source: { file: 'm.yaml', line: 6 }, cilium: { section: 'ingress', l7: [] } });
    expect(spec0!.cilium!.denyEgress[0]!.ports).toEqual(['TCP', 'UDP', 'SCTP'].map((protocol) => ({ protocol, port: 53 })));
    expect([specs0!.cilium!.spec, specs0!.source.line, specs0!.types, specs0!.egress.length]).toEqual([0, 10, { ingress: false, egress: true }, 1]);
  });

  test('C-2: a CCNP applies in every namespace; its host policies are not analysed', () => {
    const c = read(`${cnp('endpointSelector: {matchLabels: {app: a}}\ningress: [{}]', 'CiliumClusterwideNetworkPolicy', '{name: c}')}specs:\n- nodeSelector: {}\n  ingress: [{fromEntities: [world]}]\n`);
    expect(said(c.diagnostics)).toEqual(['warning not-analysed 8: CiliumClusterwideNetworkPolicy c: specs[0].nodeSelector: a host policy (nodeSelector) is not analysed: it applies to nodes, which are not in the manifests']);
    expect(c.policies.map((p) => [p.namespace, p.cilium!.namespaceSelector, p.podSelector])).toEqual([['', sel({}), sel({ app: 'a' })]]);
  });

  test.each<[string, string, string, object]>([
    ['C-1: the k8s: namespace label is replaced by the policy namespace', '{matchLabels: {k8s:io.kubernetes.pod.namespace: other, app: a}}', 'Cilium replaces the namespace label with it', sel(PROD)],
    ['C-1: another namespace requirement is ANDed with it', '{matchLabels: {io.kubernetes.pod.namespace: other}}', 'the namespace requirement is ANDed with it', sel(PROD, [{ key: 'kubernetes.io/metadata.name', operator: 'In', values: ['other'] }])],
    ['C-1: a namespace expression is ANDed with it', '{matchExpressions: [{key: k8s:io.kubernetes.pod.namespace, operator: In, values: [prod]}]}', 'the namespace requirement is ANDed with it', sel(PROD, [{ key: 'kubernetes.io/metadata.name', operator: 'In', values: ['prod'] }])],
  ])('%s, with a warning', (_name, selector, why, namespaceSelector) => {
    const c = read(cnp(`endpointSelector: ${selector}\ningress: [{}]`));
    expect(said(c.diagnostics)).toEqual([`warning cilium-subject-namespace 5: ${W}spec.endpointSelector: a CiliumNetworkPolicy applies in its own namespace (prod) only: ${why}`]);
    expect(c.policies[0]!.cilium!.namespaceSelector).toEqual(namespaceSelector);
  });

  test('C-1, C-3: a namespace label in the subject is ANDed with the namespace, quietly; a CCNP keeps it as written', () => {
    const c = read(cnp('endpointSelector: {matchLabels: {io.cilium.k8s.namespace.labels.team: x}}\ningress: [{}]'));
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.policies[0]!.cilium!.namespaceSelector).toEqual(sel({ ...PROD, team: 'x' }));
    const cc = read(cnp('endpointSelector: {matchLabels: {io.kubernetes.pod.namespace: other}}\ningress: [{}]', 'CiliumClusterwideNetworkPolicy', '{name: c}'));
    expect(said(cc.diagnostics)).toEqual([]);
    expect(cc.policies[0]!.cilium!.namespaceSelector).toEqual(sel({ 'kubernetes.io/metadata.name': 'other' }));
  });

  test.each<[string, string, string]>([
    ['C-3: one unknown key', '{matchLabels: {reserved:world: ""}}', 'selector key reserved:world is not analysed'],
    ['C-3: a service account and another source', '{matchLabels: {io.cilium.k8s.policy.serviceaccount: sa}, matchExpressions: [{key: "cidr:0.0.0.0/0", operator: Exists}]}', 'selector keys cidr:0.0.0.0/0, io.cilium.k8s.policy.serviceaccount are not analysed'],
  ])('%s in the subject: the rule is left out, with a warning', (_name, selector, words) => {
    const c = read(cnp(`endpointSelector: ${selector}\ningress: [{}]`));
    expect(said(c.diagnostics)).toEqual([`warning not-analysed 5: ${W}spec.endpointSelector: ${words}: this rule's subject is unknown, so its isolation, allows and denies are left out`]);
    expect(c.policies).toEqual([]);
  });

  test.each<[string, string, string[]]>([
    ['neither spec nor specs', 'metadata: {name: p, namespace: prod}', ['error invalid-rule 1: CiliumNetworkPolicy prod/p: object: a Cilium policy needs spec or specs (an empty policy is refused)']],
    ['an empty specs', 'metadata: {name: p, namespace: prod}\nspecs: []', ['error invalid-rule 4: CiliumNetworkPolicy prod/p: specs: a Cilium policy needs spec or specs (an empty policy is refused)']],
    ['specs not a list', 'metadata: {name: p, namespace: prod}\nspecs: {}', ['error invalid-field 4: CiliumNetworkPolicy prod/p: specs must be a list, not a mapping']],
    ['a spec that is not a mapping', 'metadata: {name: p, namespace: prod}\nspec: 5', ['error invalid-rule 4: CiliumNetworkPolicy prod/p: spec: a Cilium rule must be a mapping (endpointSelector, ingress, egress…), not the number 5']],
    ['a bad rule in specs[1] leaves out the whole object', 'metadata: {name: p, namespace: prod}\nspec: {endpointSelector: {}, ingress: [{}]}\nspecs:\n- {endpointSelector: {}, ingress: [{}]}\n- {endpointSelector: {}, ingress: [5]}', ['error invalid-rule 7: CiliumNetworkPolicy prod/p: specs[1].ingress[0]: a rule must be a mapping, not the number 5']],
  ])('%s: an error, no policy', (_name, body, diagnostics) => {
    const c = read(`apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\n${body}\n`);
    expect(said(c.diagnostics)).toEqual(diagnostics);
    expect(c.policies).toEqual([]);
  });

  test('C-8, C-12, C-18: a rule of only unanalysed peers, an empty rule and a written-empty peer list add no rule; toPorts alone applies to every peer', () => {
    const c = read(cnp('endpointSelector: {}\ningress:\n- {}\n- {fromEndpoints: []}\n- {fromGroups: [{}]}\n- {fromEndpoints: [], toPorts: [{ports: [{port: "80", protocol: TCP}]}]}\n- {toPorts: [{ports: [{port: "81", protocol: TCP}]}]}'));
    expect(c.policies[0]!.ingress.map((r) => [r.index, r.peers, r.ports])).toEqual([[4, [], [{ protocol: 'TCP', port: 81 }]]]);
  });
});

describe('kinds and versions (C-22)', () => {
  test.each<[string, string, string[]]>([
    ['cilium.io/v2alpha1', 'CiliumNetworkPolicy', ['error unsupported-api-version 2: CiliumNetworkPolicy is served as cilium.io/v2 only, not cilium.io/v2alpha1 (the API server refuses it, so it protects nothing)']],
    ['Cilium.IO/v2', 'CiliumClusterwideNetworkPolicy', ['error unsupported-api-version 2: CiliumClusterwideNetworkPolicy is served as cilium.io/v2 only, not Cilium.IO/v2 (the API server refuses it, so it protects nothing)']],
    ['cilium.io/v2', 'ciliumnetworkpolicy', ['error unsupported-api-version 2: kind "ciliumnetworkpolicy" is not a Cilium kind; did you mean CiliumNetworkPolicy? (the API server refuses it, so it protects nothing)']],
    ['cilium.io/v2', 'CiliumClusterwideNetworkPolicies', ['error unsupported-api-version 2: kind "CiliumClusterwideNetworkPolicies" is not a Cilium kind; did you mean CiliumClusterwideNetworkPolicy? (the API server refuses it, so it protects nothing)']],
    ['cilium.io/v2', 'CiliumLocalRedirectPolicy', ['warning not-analysed 1: CiliumLocalRedirectPolicy p (cilium.io/v2, Cilium) decides traffic in namespace prod but is not analysed: the result does not include its effect']],
    ['example.com/cilium.io/v2', 'CiliumNetworkPolicy', ['warning not-analysed 1: CiliumNetworkPolicy p (example.com/cilium.io/v2, example.com/cilium.io/v2) decides traffic in namespace prod but is not analysed: the result does not include its effect']],
  ])('%s %s', (apiVersion, kind, diagnostics) => {
    const c = read(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: p, namespace: prod}\nspec: {endpointSelector: {}, ingress: [{}]}\n`);
    expect(said(c.diagnostics)).toEqual(diagnostics);
    expect(c.policies).toEqual([]);
  });
});
