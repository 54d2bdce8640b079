import { FULL_RANGES, parseCidr, rangeContains, subtractIpRanges } from '../../model/cidr';
import { EMPTY_SELECTOR, selectorMatches } from '../../model/label-selector';
import type { Direction, IpRange, Peer } from '../../model/types';
import type { Path } from '../../yaml/parse-documents';
import { isRecord } from '../../yaml/plain-data';
import { typeName } from '../kube-object';
import type { CiliumReader } from './cilium-reader';
import { andSelectors, namespaceByName, readCiliumSelector } from './read-selector';

/** The L3 peer fields of a rule, by direction: each names one kind of peer (C-11 … C-18). */
const L3 = {
  ingress: { endpoints: 'fromEndpoints', cidr: 'fromCIDR', cidrSet: 'fromCIDRSet', entities: 'fromEntities', nodes: 'fromNodes', groups: 'fromGroups' },
  egress: { endpoints: 'toEndpoints', cidr: 'toCIDR', cidrSet: 'toCIDRSet', entities: 'toEntities', nodes: 'toNodes', groups: 'toGroups', services: 'toServices', fqdns: 'toFQDNs' },
} as const;

/** The fields a rule may hold (Cilium's IngressRule, IngressDenyRule, EgressRule, EgressDenyRule). */
export function ruleFields(direction: Direction, deny: boolean): string[] {
  const l3 = Object.values(L3[direction]).filter((f) => !(deny && f === 'toFQDNs'));
  return [...l3, direction === 'ingress' ? 'fromRequires' : 'toRequires', 'toPorts', 'icmps', ...(deny ? [] : ['authentication'])];
}

/** C-14: `world` and its families: every external address. */
const WORLD: Record<string, readonly IpRange[]> = { world: FULL_RANGES, 'world-ipv4': [FULL_RANGES[0]!], 'world-ipv6': [FULL_RANGES[1]!] };
/** C-16: entities that match no endpoint flowgate models. */
const UNMODELLED_ENTITIES = ['host', 'remote-node', 'kube-apiserver', 'health', 'init', 'ingress', 'unmanaged', 'none'];

function externalPeer(range: IpRange): Peer {
  const cidr = range.family === 4 ? '0.0.0.0/0' : '::/0';
  return { kind: 'ipBlock', cidr, except: [], ranges: [range], externalOnly: true };
}

/** The peers of one rule: what its L3 field selects (C-11 … C-18). */
export interface RulePeers {
  /** No L3 field is written: with `toPorts`, the rule applies to every peer (C-12). */
  wildcard: boolean;
  peers: Peer[];
}

/** C-11, C-3: a `fromEndpoints`/`toEndpoints` selector as pod peers (and, for a selector that reserved identities match, every external address). */
function endpointPeers(c: CiliumReader, path: Path, deny: boolean, out: Peer[]): void {
  const sel = readCiliumSelector(c.r, path, c.what);
  if (!sel) return void (c.ok = false);
  if (sel.unmodelled.length) {
    return c.notAnalysed(path, `selector key${sel.unmodelled.length > 1 ? 's' : ''} ${sel.unmodelled.join(', ')} ${sel.unmodelled.length > 1 ? 'are' : 'is'} not analysed (label sources other than k8s: and any: match no pod): this peer is counted as matching nothing`);
  }
  if (sel.unknownPodKeys.length) {
    // The gate errs on the side of reporting: an allow is read without what the manifests do not
    // show (it matches at least Cilium's pods), a deny as matching nothing (it drops at most Cilium's).
    const keys = `${sel.unknownPodKeys.join(', ')} (service accounts and clusters are not in the manifests)`;
    if (deny) return c.notAnalysed(path, `selector keys ${keys} are not analysed: this deny peer is counted as matching nothing`);
    c.notAnalysed(path, `selector keys ${keys} are not analysed: this allow peer is read without them, which may count more as allowed than Cilium does`);
  }
  // C-11: in a CNP, a selector that names neither the namespace nor a namespace label selects in
  // the policy's namespace only (Cilium's getEndpointSelector adds the namespace then, not otherwise).
  const namespaceSelector = sel.namesNamespace || sel.namesNamespaceLabels || c.namespace === null ? sel.namespace : andSelectors(namespaceByName(c.namespace), sel.namespace);
  out.push({ kind: 'pods', namespaceSelector, podSelector: sel.pod });
  // An endpoint without Kubernetes labels (world, host…) matches a selector whose requirements all
  // hold for no labels (NotIn, DoesNotExist) when Cilium adds no namespace requirement to it: it
  // adds none when the selector names the namespace key, nor in a CNP when it names a namespace
  // label (getEndpointSelector; a CCNP adds `namespace key Exists` then).
  const asWritten = sel.namesNamespace || (sel.namesNamespaceLabels && c.namespace !== null);
  if (asWritten && selectorMatches(sel.pod, {}) && selectorMatches(sel.namespace, {})) {
    out.push(...FULL_RANGES.map(externalPeer));
    c.notAnalysed(path, 'this selector also matches endpoints without a namespace (world, host, remote-node…): every external address is counted, the host and nodes are not analysed');
  }
}

/** C-13: one CIDR (with its `except` holes) as a peer, added to `out`; an invalid one is an error (C-22). */
function cidrPeer(c: CiliumReader, path: Path, text: unknown, except: unknown, out: Peer[]): void {
  if (typeof text !== 'string') return void c.error(path, `a CIDR must be a string, not ${typeName(text)}`, 'invalid-cidr');
  // Cilium's fromCIDR takes a bare address as a single host.
  const written = text.includes('/') ? text : `${text}/${text.includes(':') ? 128 : 32}`;
  const p = parseCidr(written);
  if (!p.ok) return void c.error(path, `invalid CIDR: ${p.error}`, 'invalid-cidr');
  if (p.nonCanonical) c.warn(path, `CIDR "${text}" is not canonical; it means ${p.canonical}`, 'non-canonical-cidr');
  const holes: IpRange[] = [];
  const exceptPath = [...path.slice(0, -1), 'except'];
  if (except !== undefined && except !== null) {
    if (!Array.isArray(except)) return void c.error(exceptPath, `except must be a list of CIDRs, not ${typeName(except)}`, 'invalid-cidr');
    for (const [i, e] of except.entries()) {
      const x = typeof e === 'string' ? parseCidr(e) : null;
      if (!x || !x.ok) return void c.error([...exceptPath, i], `invalid except CIDR ${typeName(e)}${x && !x.ok ? `: ${x.error}` : ''}`, 'invalid-cidr');
      if (!rangeContains(p.range, x.range)) return void c.error([...exceptPath, i], `allow CIDR prefix ${p.canonical} does not contain exclude CIDR prefix ${String(e)}`, 'invalid-cidr');
      holes.push(x.range);
    }
  }
  // C-13: a Cilium CIDR never matches pods (they have Cilium identities).
  out.push({ kind: 'ipBlock', cidr: p.canonical, except: holes.length ? (except as string[]) : [], ranges: subtractIpRanges(p.range, holes), externalOnly: true });
}

function cidrSetPeers(c: CiliumReader, path: Path, list: unknown[], out: Peer[]): void {
  list.forEach((raw, i) => {
    const ep = [...path, i];
    if (!isRecord(raw)) return void c.error(ep, `a CIDR set entry must be a mapping (cidr, except), not ${typeName(raw)}`, 'invalid-cidr');
    c.knownFields(ep, raw, ['cidr', 'except', 'cidrGroupRef', 'cidrGroupSelector'], 'a CIDR set entry');
    if (raw.cidrGroupRef !== undefined || raw.cidrGroupSelector !== undefined) {
      return c.notAnalysed(ep, 'cidrGroupRef / cidrGroupSelector (CiliumCIDRGroup) is not analysed: this entry is counted as matching nothing');
    }
    cidrPeer(c, [...ep, 'cidr'], raw.cidr, raw.except, out);
  });
}

function entityPeers(c: CiliumReader, path: Path, list: unknown[], out: Peer[]): void {
  list.forEach((e, i) => {
    const ep = [...path, i];
    if (typeof e !== 'string') return void c.error(ep, `an entity must be a string, not ${typeName(e)}`, 'invalid-peer');
    // Own keys only: `toEntities: [constructor]` is an unsupported entity, not Object.prototype's.
    if (Object.hasOwn(WORLD, e)) return void out.push(...WORLD[e]!.map(externalPeer));
    // C-15: `cluster` is every pod; `all` every pod and every external address.
    if (e === 'cluster' || e === 'all') {
      out.push({ kind: 'pods', namespaceSelector: EMPTY_SELECTOR, podSelector: EMPTY_SELECTOR });
      if (e === 'all') out.push(...FULL_RANGES.map(externalPeer));
      return;
    }
    if (UNMODELLED_ENTITIES.includes(e)) return c.notAnalysed(ep, `entity "${e}" is not analysed (it matches no pod or external address in the manifests): counted as matching nothing`);
    c.error(ep, `unsupported entity: ${e} (world, world-ipv4, world-ipv6, cluster, all, ${UNMODELLED_ENTITIES.join(', ')})`, 'invalid-peer');
  });
}

/**
 * C-11 … C-18: the peers of one rule. Cilium refuses a rule that combines two L3 fields (C-12:
 * "Combining FromEndpoints and FromCIDR is not supported yet"); a written but empty list selects
 * nothing. Fields that name what the manifests do not hold are warnings (C-16 … C-18).
 */
export function readRulePeers(c: CiliumReader, path: Path, raw: Record<string, unknown>, direction: Direction, deny: boolean): RulePeers | null {
  const fields = L3[direction] as Record<string, string>;
  const written = Object.entries(fields).filter(([, f]) => raw[f] !== undefined && raw[f] !== null);
  const nonEmpty = written.filter(([, f]) => !Array.isArray(raw[f]) || (raw[f] as unknown[]).length > 0);
  if (nonEmpty.length > 1) return c.error(path, `Combining ${nonEmpty[0]![1]} and ${nonEmpty[1]![1]} is not supported (Cilium refuses the rule); write them as two rules`, 'invalid-rule');
  const out: RulePeers = { wildcard: written.length === 0, peers: [] };
  for (const [what, f] of written) {
    const fp = [...path, f];
    const list = c.r.list(fp);
    if (list === null) return (c.ok = false), null;
    if (!list || list.length === 0) continue;
    if (what === 'endpoints') list.forEach((_, i) => endpointPeers(c, [...fp, i], deny, out.peers));
    else if (what === 'cidr') list.forEach((t, i) => cidrPeer(c, [...fp, i], t, undefined, out.peers));
    else if (what === 'cidrSet') cidrSetPeers(c, fp, list, out.peers);
    else if (what === 'entities') entityPeers(c, fp, list, out.peers);
    else c.notAnalysed(fp, `${f} is not analysed (${what === 'fqdns' ? 'domain names' : what === 'services' ? 'service backends' : what === 'groups' ? 'cloud provider groups' : 'node addresses'} are not in the manifests): the rule's peers there are counted as matching nothing`);
  }
  return out;
}
