import { ciliumSpecLabel, type CiliumKind, type CiliumSection } from '../../model/cilium';
import type { Diagnostic, Direction, LabelSelector, Policy, Rule } from '../../model/types';
import type { Path } from '../../yaml/parse-documents';
import { isRecord } from '../../yaml/plain-data';
import { FieldReader, typeName, type KubeObject } from '../kube-object';
import { CiliumReader } from './cilium-reader';
import { readRulePeers, ruleFields } from './read-peers';
import { readToPorts } from './read-ports';
import { andSelectors, namespaceByName, readCiliumSelector } from './read-selector';

export const CILIUM_API_VERSION = 'cilium.io/v2';
const KINDS: readonly CiliumKind[] = ['CiliumNetworkPolicy', 'CiliumClusterwideNetworkPolicy'];
const SPEC_FIELDS = ['endpointSelector', 'nodeSelector', 'ingress', 'ingressDeny', 'egress', 'egressDeny', 'labels', 'description', 'enableDefaultDeny', 'log'];

/** The Cilium kind flowgate reads (`cilium.io/v2` only), or null. */
export function ciliumKindOf(apiVersion: string, kind: string): CiliumKind | null {
  return apiVersion === CILIUM_API_VERSION && (KINDS as readonly string[]).includes(kind) ? (kind as CiliumKind) : null;
}

/**
 * C-22 (security): an object that means to be a Cilium policy but that Cilium does not serve (a
 * `cilium.io/v2alpha1` CNP, a kind spelt in another case or as a plural): the API server refuses
 * it, so it protects nothing; an error, never a silent skip. Null for anything else.
 */
export function ciliumPolicyProblem(apiVersion: string, kind: string): string | null {
  if (!/^cilium\.io\//i.test(apiVersion)) return null;
  const meant = KINDS.find((k) => k.toLowerCase() === kind.toLowerCase() || `${k.toLowerCase().slice(0, -1)}ies` === kind.toLowerCase());
  if (!meant || ciliumKindOf(apiVersion, kind)) return null;
  if (kind !== meant) return `kind "${kind}" is not a Cilium kind; did you mean ${meant}? (the API server refuses it, so it protects nothing)`;
  return `${kind} is served as ${CILIUM_API_VERSION} only, not ${apiVersion} (the API server refuses it, so it protects nothing)`;
}

/** C-5, C-6: `enableDefaultDeny`, as written per direction (undefined: not written). */
function readDefaultDeny(c: CiliumReader, path: Path): Partial<Record<Direction, boolean>> | null {
  const raw = c.r.get(path);
  if (raw === undefined || raw === null) return {};
  if (!isRecord(raw)) return c.error(path, `enableDefaultDeny must be a mapping (ingress, egress), not ${typeName(raw)}`);
  c.knownFields(path, raw, ['ingress', 'egress'], 'enableDefaultDeny');
  const out: Partial<Record<Direction, boolean>> = {};
  for (const d of ['ingress', 'egress'] as const) {
    const v = raw[d];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'boolean') return c.error([...path, d], `enableDefaultDeny.${d} must be true or false, not ${typeName(v)}`);
    out[d] = v;
  }
  return out;
}

/** C-8, C-12, C-18: one rule; null when it matches nothing flowgate models (an empty rule, only unanalysed peers). */
function readRule(c: CiliumReader, path: Path, raw: unknown, direction: Direction, section: CiliumSection, index: number): Rule | null {
  const deny = section.endsWith('Deny');
  if (!isRecord(raw)) return c.error(path, `a rule must be a mapping, not ${typeName(raw)}`, 'invalid-rule');
  c.knownFields(path, raw, ruleFields(direction, deny), `an ${section} rule`);
  const requires = direction === 'ingress' ? 'fromRequires' : 'toRequires';
  const req = c.r.list([...path, requires]);
  if (req === null) c.ok = false;
  else if (req?.length) {
    req.forEach((_, i) => readCiliumSelector(c.r, [...path, requires, i], c.what) ?? (c.ok = false));
    // C-17: requirements only narrow; analysed without them, the rule allows at most more.
    c.notAnalysed([...path, requires], `${requires} (deprecated) is not analysed: the rule is read without it, which may count more as ${deny ? 'denied' : 'allowed'} than Cilium does`);
  }
  if (!deny && raw.authentication !== undefined) c.notAnalysed([...path, 'authentication'], 'authentication (mutual authentication) is not analysed: the rule is read as allowing without it');
  const peers = readRulePeers(c, path, raw, direction, deny);
  const ports = readToPorts(c, [...path, 'toPorts'], deny);
  const icmps = c.r.list([...path, 'icmps']);
  if (icmps?.length) {
    if (ports) return c.error(path, 'The ICMPs block may only be present without toPorts; define a separate rule to use toPorts', 'invalid-rule');
    c.notAnalysed([...path, 'icmps'], 'icmps (ICMP types) are not analysed: the rule is counted as matching nothing');
    return null;
  }
  // An invalid toPorts (null) has refused the whole object already (C-22): the rule read from it is dropped with it.
  if (!peers) return null;
  // C-8: a rule that names no peer and no port matches nothing; C-12: ports alone apply to every peer.
  if (peers.wildcard ? !ports : !peers.peers.length) return null;
  if (ports?.l7.length) c.note([...path, 'toPorts'], `L7 rules (${[...new Set(ports.l7)].join(', ')}) are filtered by Cilium's proxy: the analysis allows the L4 port`, 'cilium-l7');
  const rule: Rule = { direction, peers: peers.wildcard ? [] : peers.peers, ports: ports?.ports ?? [], index, source: { file: c.r.obj.file, line: c.r.obj.lineOf(path) }, cilium: { section, l7: [...new Set(ports?.l7 ?? [])] } };
  return rule;
}

/** A section's rules; `written` says whether the list holds any entry (C-5: an empty list does not isolate). */
function readSection(c: CiliumReader, path: Path, direction: Direction, section: CiliumSection): { rules: Rule[]; written: boolean } {
  const list = c.r.list([...path, section]);
  if (list === null) c.ok = false;
  const rules: Rule[] = [];
  (list ?? []).forEach((raw, i) => {
    const rule = readRule(c, [...path, section, i], raw, direction, section, i);
    if (rule) rules.push(rule);
  });
  return { rules, written: (list ?? []).length > 0 };
}

/** C-1, C-2, C-3: the namespaces and pods a rule applies to; null when not analysed (reported). */
function readSubject(c: CiliumReader, path: Path): { namespaceSelector: LabelSelector; podSelector: LabelSelector } | null {
  const sel = readCiliumSelector(c.r, [...path, 'endpointSelector'], c.what, c.namespace ?? undefined);
  if (!sel) return (c.ok = false), null;
  const unknown = [...sel.unmodelled, ...sel.unknownPodKeys];
  if (unknown.length) {
    c.notAnalysed([...path, 'endpointSelector'], `selector key${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not analysed: this rule's subject is unknown, so its isolation, allows and denies are left out`);
    return null;
  }
  if (c.namespace === null) return { namespaceSelector: sel.namespace, podSelector: sel.pod };
  if (sel.namesNamespace) {
    c.warn([...path, 'endpointSelector'], `a CiliumNetworkPolicy applies in its own namespace (${c.namespace}) only: ${sel.k8sNamespaceLabel ? 'Cilium replaces the namespace label with it' : 'the namespace requirement is ANDed with it'}`, 'cilium-subject-namespace');
  }
  // C-1: readCiliumSelector has written the policy's namespace over `k8s:io.kubernetes.pod.namespace`.
  return { namespaceSelector: andSelectors(namespaceByName(c.namespace), sel.namespace), podSelector: sel.pod };
}

function readSpec(c: CiliumReader, path: Path, name: string, spec: number | null): Policy | null {
  const raw = c.r.get(path);
  if (!isRecord(raw)) return c.error(path, `a Cilium rule must be a mapping (endpointSelector, ingress, egress…), not ${typeName(raw)}`, 'invalid-rule');
  c.knownFields(path, raw, SPEC_FIELDS, `a Cilium rule (${ciliumSpecLabel(spec)})`);
  const hasEndpoints = raw.endpointSelector !== undefined && raw.endpointSelector !== null;
  const hasNodes = raw.nodeSelector !== undefined && raw.nodeSelector !== null;
  if (hasEndpoints === hasNodes) return c.error(path, hasNodes ? 'rule cannot have both endpointSelector and nodeSelector' : 'rule must have one of endpointSelector or nodeSelector', 'invalid-rule');
  if (hasNodes && c.kind === 'CiliumNetworkPolicy') return c.error([...path, 'nodeSelector'], 'a CiliumNetworkPolicy cannot take nodeSelector (host policies are CiliumClusterwideNetworkPolicies)', 'invalid-rule');
  const defaultDeny = readDefaultDeny(c, [...path, 'enableDefaultDeny']);
  const sections = {
    ingress: readSection(c, path, 'ingress', 'ingress'),
    ingressDeny: readSection(c, path, 'ingress', 'ingressDeny'),
    egress: readSection(c, path, 'egress', 'egress'),
    egressDeny: readSection(c, path, 'egress', 'egressDeny'),
  };
  if (hasNodes) {
    c.notAnalysed([...path, 'nodeSelector'], 'a host policy (nodeSelector) is not analysed: it applies to nodes, which are not in the manifests');
    return null;
  }
  const subject = readSubject(c, path);
  if (!subject || !defaultDeny) return null;
  // C-5, C-6: a direction is in default deny when its rules (allow or deny) are not empty, unless enableDefaultDeny says otherwise.
  const types = {
    ingress: defaultDeny.ingress ?? (sections.ingress.written || sections.ingressDeny.written),
    egress: defaultDeny.egress ?? (sections.egress.written || sections.egressDeny.written),
  };
  return {
    namespace: c.namespace ?? '',
    name,
    podSelector: subject.podSelector,
    types,
    implicitTypes: false,
    ingress: sections.ingress.rules,
    egress: sections.egress.rules,
    source: { file: c.r.obj.file, line: c.r.obj.lineOf(path) },
    cilium: { kind: c.kind, spec, namespaceSelector: subject.namespaceSelector, denyIngress: sections.ingressDeny.rules, denyEgress: sections.egressDeny.rules },
  };
}

/**
 * C-4, C-22: reads a CiliumNetworkPolicy (in `namespace`) or CiliumClusterwideNetworkPolicy
 * (`namespace` null) into one Policy per rule of `spec` and `specs`. An object Cilium would
 * refuse gives errors naming file and line and no policy (Cilium enforces none of it).
 */
export function buildCiliumPolicies(obj: KubeObject, kind: CiliumKind, name: string, namespace: string | null, diagnostics: Diagnostic[]): Policy[] {
  const what = kind === 'CiliumNetworkPolicy' ? `${kind} ${namespace}/${name}` : `${kind} ${name}`;
  const c = new CiliumReader(new FieldReader(obj, diagnostics, what), kind, namespace, what);
  const specs = c.r.list(['specs']);
  if (specs === null) return [];
  const hasSpec = c.r.get(['spec']) !== undefined && c.r.get(['spec']) !== null;
  if (!hasSpec && !specs?.length) {
    c.error(specs ? ['specs'] : [], 'a Cilium policy needs spec or specs (an empty policy is refused)', 'invalid-rule');
    return [];
  }
  const out: Policy[] = [];
  if (hasSpec) {
    const p = readSpec(c, ['spec'], name, null);
    if (p) out.push(p);
  }
  (specs ?? []).forEach((_, i) => {
    const p = readSpec(c, ['specs', i], name, i);
    if (p) out.push(p);
  });
  return c.ok ? out : [];
}
