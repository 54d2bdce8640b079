import { describe, expect, it } from 'vitest';
import { addStandIns, isListed, policyPortNames, unknownPorts } from '../../src/exposure/add-stand-ins';
import { freshNamespaceName, standInSpecs, type StandInSpec } from '../../src/exposure/stand-in-specs';
import { NAMESPACE_NAME_LABEL } from '../../src/model/kube-names';
import { namedPortNumber } from '../../src/model/named-ports';
import type { Cluster, LabelSelector, Labels, Namespace, Peer, Policy, PolicyPort, Requirement, Rule, SourceRef } from '../../src/model/types';
import type { EndpointSelector, FlowRule, RulesConfig } from '../../src/rules/types';

/**
 * Issue 11: the stand-ins of a set of states, built from small clusters written here. A-17: a pods
 * peer without namespaceSelector is in the policy's namespace; A-18: selectors over labels; A-19:
 * `kubernetes.io/metadata.name` pins a namespace by name.
 */

const sel = (matchLabels: Labels = {}, ...matchExpressions: Requirement[]): LabelSelector => ({ matchLabels, matchExpressions });
const req = (key: string, operator: Requirement['operator'], ...values: string[]): Requirement => ({ key, operator, values });
const src = (line: number): SourceRef => ({ file: 'k8s.yaml', line });
const ns = (name: string, labels: Labels = {}): Namespace => ({ name, labels: { ...labels, [NAMESPACE_NAME_LABEL]: name } });
const pods = (podSelector?: LabelSelector, namespaceSelector?: LabelSelector): Peer => ({ kind: 'pods', podSelector, namespaceSelector });
const ipBlock: Peer = { kind: 'ipBlock', cidr: '10.0.0.0/8', except: [], ranges: [{ family: 4, lo: 0x0a000000n, hi: 0x0affffffn }] };
const rule = (peers: Peer[], line: number, ports: PolicyPort[] = []): Rule => ({ direction: 'ingress', peers, ports, index: 0, source: src(line) });

function policy(namespace: string, ingress: Rule[], extra: Partial<Policy> = {}): Policy {
  return { namespace, name: 'p', podSelector: sel(), types: { ingress: true, egress: false }, implicitTypes: false, ingress, egress: [], source: src(1), ...extra };
}

function cluster(namespaces: Namespace[], policies: Policy[] = []): Cluster {
  return { namespaces: new Map(namespaces.map((n) => [n.name, n])), workloads: [], policies, diagnostics: [] };
}

function rules(namespaces: string[], ...sides: [EndpointSelector, EndpointSelector][]): RulesConfig {
  const flow = (from: EndpointSelector, to: EndpointSelector, i: number): FlowRule => ({ name: `r${i}`, kind: 'forbid', from, to, ports: null, source: { file: 'rules.yml', line: 10 + i } });
  return { namespaces: Object.fromEntries(namespaces.map((n) => [n, { labels: {} }])), rules: sides.map(([f, t], i) => flow(f, t, i)) };
}

const ids = (specs: readonly StandInSpec[]) => specs.map((s) => `${'name' in s.namespace ? s.namespace.name : s.namespace.fresh}/${s.name}`);
const byId = (specs: readonly StandInSpec[], id: string) => specs.find((s) => ids([s])[0] === id)!;
const ALL = '[any namespace]/[all pods]';

describe('standInSpecs (issue 11)', () => {
  it('always [any namespace]/[all pods] and one [all pods] per namespace of either state and of the rules file, sorted', () => {
    const specs = standInSpecs([cluster([ns('prod')]), cluster([ns('dev'), ns('prod')])], rules(['tools']));
    expect(ids(specs)).toEqual([ALL, 'dev/[all pods]', 'prod/[all pods]', 'tools/[all pods]']);
    const any = byId(specs, ALL);
    expect(any.namespace).toEqual({ fresh: '[any namespace]', labels: { [NAMESPACE_NAME_LABEL]: '[any namespace]' } });
    expect(any.standsFor).toEqual({ namespace: { any: true }, pods: { all: true } });
    expect(any.labels).toEqual({});
    expect(byId(specs, 'dev/[all pods]')).toEqual({ namespace: { name: 'dev' }, name: '[all pods]', labels: {}, standsFor: { namespace: { name: 'dev' }, pods: { all: true } }, source: { file: '', line: 0 } });
  });

  it('A-17: a pods peer without namespaceSelector stands in the policy namespace, with the representative labels of its podSelector', () => {
    const specs = standInSpecs([cluster([ns('prod')], [policy('prod', [rule([pods(sel({ app: 'api' }))], 7), rule([ipBlock], 8)])])], null);
    expect(ids(specs)).toEqual([ALL, 'prod/[all pods]', 'prod/[pods with app=api]']);
    expect(byId(specs, 'prod/[pods with app=api]')).toEqual({
      namespace: { name: 'prod' },
      name: '[pods with app=api]',
      labels: { app: 'api' },
      standsFor: { namespace: { name: 'prod' }, pods: { selector: sel({ app: 'api' }) } },
      source: src(7),
    });
  });

  it('an empty podSelector is [all pods]; a podSelector nothing matches gives no stand-in', () => {
    const nothing = sel({ a: 'x' }, req('a', 'DoesNotExist'));
    const specs = standInSpecs([cluster([ns('prod')], [policy('prod', [rule([pods(sel())], 7), rule([pods(nothing)], 8)])])], null);
    expect(ids(specs)).toEqual([ALL, 'prod/[all pods]']);
  });

  it('A-19: a namespaceSelector that pins names stands in those namespaces (matchLabels and In intersect, each once, sorted)', () => {
    const pinIn = sel({}, req(NAMESPACE_NAME_LABEL, 'In', 'tools', 'ci', 'tools'));
    const pinBoth = sel({ [NAMESPACE_NAME_LABEL]: 'ci' }, req(NAMESPACE_NAME_LABEL, 'In', 'ci', 'ops'), req('team', 'In', 'x'));
    const specs = standInSpecs([cluster([ns('prod')], [policy('prod', [rule([pods(sel({ app: 'w' }), pinIn)], 7), rule([pods(sel({ app: 'v' }), pinBoth)], 8)])])], null);
    expect(ids(specs)).toEqual([ALL, 'ci/[pods with app=v]', 'ci/[pods with app=w]', 'prod/[all pods]', 'tools/[pods with app=w]']);
    expect(byId(specs, 'ci/[pods with app=w]').standsFor.namespace).toEqual({ name: 'ci' });
  });

  it('a pin that no name satisfies stands nowhere', () => {
    const never = sel({ [NAMESPACE_NAME_LABEL]: 'ci' }, req(NAMESPACE_NAME_LABEL, 'In', 'ops'));
    expect(ids(standInSpecs([cluster([ns('prod')], [policy('prod', [rule([pods(sel({ app: 'w' }), never)], 7)])])], null))).toEqual([ALL, 'prod/[all pods]']);
  });

  it('A-18: another namespaceSelector stands for a namespace the manifests do not hold, and for each listed namespace it matches in either state', () => {
    const env = sel({ env: 'dev' });
    const a = cluster([ns('prod', { env: 'prod' }), ns('qa', { env: 'dev' })], [policy('prod', [rule([pods(sel({ app: 'w' }), env)], 7)])]);
    const b = cluster([ns('prod', { env: 'dev' })]);
    const specs = standInSpecs([a, b], null);
    expect(ids(specs)).toEqual([ALL, '[namespace with env=dev]/[pods with app=w]', 'prod/[all pods]', 'prod/[pods with app=w]', 'qa/[all pods]', 'qa/[pods with app=w]']);
    expect(byId(specs, '[namespace with env=dev]/[pods with app=w]')).toEqual({
      namespace: { fresh: '[namespace with env=dev]', labels: { env: 'dev', [NAMESPACE_NAME_LABEL]: '[namespace with env=dev]' } },
      name: '[pods with app=w]',
      labels: { app: 'w' },
      standsFor: { namespace: { selector: env }, pods: { selector: sel({ app: 'w' }) } },
      source: src(7),
    });
  });

  it.each<[string, Requirement, string, string[]]>([
    // NotIn alone gives no label, as {} does: the fresh namespace is the one {} named first.
    ['NotIn', req(NAMESPACE_NAME_LABEL, 'NotIn', 'prod'), '[any namespace]', ['qa']],
    ['Exists', req(NAMESPACE_NAME_LABEL, 'Exists'), '[namespace with kubernetes.io/metadata.name]', ['prod', 'qa']],
  ])('A-18, A-19: %s on the name label pins no name: a fresh namespace and each listed one it matches', (_what, r, fresh, listedOnes) => {
    const specs = standInSpecs([cluster([ns('prod'), ns('qa')], [policy('prod', [rule([pods(sel({ app: 'w' }), sel({}, r))], 7)])])], null);
    const expected = [ALL, `${fresh}/[pods with app=w]`, 'prod/[all pods]', 'qa/[all pods]', ...listedOnes.map((n) => `${n}/[pods with app=w]`)];
    expect(ids(specs)).toEqual(expected.sort());
  });

  it('A-18: a listed namespace that only the second state holds is matched by its labels there', () => {
    const a = cluster([ns('prod')], [policy('prod', [rule([pods(sel({ app: 'w' }), sel({ env: 'dev' }))], 7)])]);
    const b = cluster([ns('prod'), ns('qa', { env: 'dev' })]);
    expect(ids(standInSpecs([a, b], null))).toEqual([ALL, '[namespace with env=dev]/[pods with app=w]', 'prod/[all pods]', 'qa/[all pods]', 'qa/[pods with app=w]']);
  });

  it('A-18: fresh namespaces with different labels each keep their stand-in of the same pods', () => {
    const p = policy('prod', [rule([pods(sel({ app: 'x' }), sel({ team: 'a' }))], 7), rule([pods(sel({ app: 'x' }), sel({ team: 'b' }))], 8)]);
    const specs = standInSpecs([cluster([ns('prod')], [p])], null);
    expect(ids(specs)).toEqual([ALL, '[namespace with team=a]/[pods with app=x]', '[namespace with team=b]/[pods with app=x]', 'prod/[all pods]']);
    expect(byId(specs, '[namespace with team=b]/[pods with app=x]').source).toEqual(src(8));
  });

  it('an ipBlock peer asks for no stand-in, not even in a namespace that no state lists', () => {
    expect(ids(standInSpecs([cluster([ns('prod')], [policy('other', [rule([ipBlock], 7)])])], null))).toEqual([ALL, 'prod/[all pods]']);
  });

  it('namespaceSelector {} with a podSelector: every namespace, listed or not', () => {
    const specs = standInSpecs([cluster([ns('prod')], [policy('prod', [rule([pods(sel({ app: 'w' }), sel())], 7)])])], null);
    expect(ids(specs)).toEqual([ALL, '[any namespace]/[pods with app=w]', 'prod/[all pods]', 'prod/[pods with app=w]']);
    expect(byId(specs, '[any namespace]/[pods with app=w]').standsFor.namespace).toEqual({ any: true });
  });

  it('a namespaceSelector that no namespace can match gives no fresh namespace', () => {
    const never = sel({ env: 'a' }, req('env', 'NotIn', 'a'));
    expect(ids(standInSpecs([cluster([ns('prod')], [policy('prod', [rule([pods(sel({ app: 'w' }), never)], 7)])])], null))).toEqual([ALL, 'prod/[all pods]']);
  });

  it('fresh namespaces with the same representative labels share one name: the first selector met names it', () => {
    const first = sel({ env: 'dev' });
    const second = sel({ env: 'dev' }, req('debug', 'DoesNotExist'));
    const specs = standInSpecs([cluster([ns('prod')], [policy('prod', [rule([pods(sel({ app: 'a' }), first)], 7), rule([pods(sel({ app: 'b' }), second)], 8)])])], null);
    expect(ids(specs)).toEqual([ALL, '[namespace with env=dev]/[pods with app=a]', '[namespace with env=dev]/[pods with app=b]', 'prod/[all pods]']);
  });

  it('the same stand-in asked for twice keeps what asked first', () => {
    const specs = standInSpecs([cluster([ns('prod')], [policy('prod', [rule([pods(sel({ app: 'a' }))], 7), rule([pods(sel({}, req('app', 'In', 'a')))], 8)])])], null);
    expect(byId(specs, 'prod/[pods with app=a]').source).toEqual(src(7));
    expect(byId(specs, 'prod/[pods with app=a]').standsFor.pods).toEqual({ selector: sel({ app: 'a' }) });
  });

  it('C-9: the peers of Cilium deny rules stand in too', () => {
    const cilium: Policy['cilium'] = { kind: 'CiliumNetworkPolicy', spec: null, namespaceSelector: sel(), denyIngress: [rule([pods(sel({ app: 'bad' }))], 9)], denyEgress: [{ ...rule([pods(sel({ app: 'out' }))], 10), direction: 'egress' }] };
    const specs = standInSpecs([cluster([ns('prod')], [policy('prod', [], { cilium })])], null);
    expect(ids(specs)).toEqual([ALL, 'prod/[all pods]', 'prod/[pods with app=bad]', 'prod/[pods with app=out]']);
  });

  it('egress peers stand in like ingress ones', () => {
    const p = policy('prod', [], { types: { ingress: false, egress: true }, egress: [{ ...rule([pods(sel({ app: 'e' }))], 7), direction: 'egress' }] });
    expect(ids(standInSpecs([cluster([ns('prod')], [p])], null))).toContain('prod/[pods with app=e]');
  });

  describe('rules-file selectors', () => {
    const base = [cluster([ns('prod'), ns('dev', { env: 'dev' })])];
    it.each<[string, EndpointSelector, string[]]>([
      ['namespaces: each named one', { namespaces: ['x', 'y'], labels: sel({ app: 'a' }) }, ['x/[pods with app=a]', 'y/[pods with app=a]']],
      ['namespaceLabels: a fresh namespace and the listed ones it matches', { namespaceLabels: sel({ env: 'dev' }), labels: sel({ app: 'a' }) }, ['[namespace with env=dev]/[pods with app=a]', 'dev/[pods with app=a]']],
      ['labels only: every namespace, listed or not', { labels: sel({ app: 'a' }) }, ['[any namespace]/[pods with app=a]', 'dev/[pods with app=a]', 'prod/[pods with app=a]']],
      ['any: covered by [any namespace]/[all pods]', { any: true }, []],
      ['cidrs: external only', { cidrs: [] }, []],
      ['workloads: listed by definition', { workloads: ['web'], labels: sel({ app: 'a' }) }, []],
      ['kinds: listed by definition', { kinds: ['Deployment'], labels: sel({ app: 'a' }) }, []],
    ])('%s', (_what, side, extra) => {
      const plain = [ALL, 'dev/[all pods]', 'prod/[all pods]'];
      expect(ids(standInSpecs(base, rules([], [side, { any: true }])))).toEqual([...plain, ...extra].sort());
      expect(ids(standInSpecs(base, rules([], [{ any: true }, side])))).toEqual([...plain, ...extra].sort());
    });

    it('labels only: the stand-in of a namespace the manifests do not hold stands for any namespace', () => {
      const specs = standInSpecs(base, rules([], [{ labels: sel({ app: 'a' }) }, { any: true }]));
      expect(byId(specs, '[any namespace]/[pods with app=a]').standsFor).toEqual({ namespace: { any: true }, pods: { selector: sel({ app: 'a' }) } });
    });

    it('the source is the rule that asked', () => {
      const specs = standInSpecs(base, rules([], [{ namespaces: ['x'] }, { any: true }]));
      expect(byId(specs, 'x/[all pods]').source).toEqual({ file: 'rules.yml', line: 10 });
    });
  });

  it('freshNamespaceName: [any namespace] for {}, else the selector', () => {
    expect(freshNamespaceName(sel())).toBe('[any namespace]');
    expect(freshNamespaceName(sel({ env: 'dev' }, req('debug', 'Exists')))).toBe('[namespace with env=dev, debug]');
  });
});

describe('addStandIns (issue 11)', () => {
  const specs = standInSpecs([cluster([ns('prod')], [policy('prod', [rule([pods(sel({ app: 'w' }), sel({ env: 'dev' }))], 7), rule([pods(undefined, sel({ [NAMESPACE_NAME_LABEL]: 'tools' }))], 8)])])], null);

  it('adds each stand-in as an Unlisted workload after the listed ones, with the namespaces it needs', () => {
    const c = cluster([ns('prod')]);
    const listed = { kind: 'Deployment' as const, namespace: 'prod', name: 'web', labels: {}, ports: [], hostNetwork: false, source: src(1) };
    const out = addStandIns({ ...c, workloads: [listed] }, specs, { tools: { team: 'ops' } }, ['http']);
    expect(out.workloads[0]).toBe(listed);
    expect(out.workloads.slice(1).map((w) => `${w.kind} ${w.namespace}/${w.name}`)).toEqual(specs.map((s) => `Unlisted ${ids([s])[0]}`));
    const fresh = out.workloads.find((w) => w.namespace === '[namespace with env=dev]')!;
    expect(fresh).toMatchObject({ labels: { app: 'w' }, hostNetwork: false, source: src(7), standsFor: { namespace: { selector: sel({ env: 'dev' }) } } });
    expect(fresh.ports).toEqual(unknownPorts(['http']));
    // a named namespace the state lacks gets its name label and configured labels; a fresh one its representative labels.
    expect(out.namespaces.get('tools')).toEqual({ name: 'tools', labels: { team: 'ops', [NAMESPACE_NAME_LABEL]: 'tools' } });
    expect(out.namespaces.get('[namespace with env=dev]')).toEqual({ name: '[namespace with env=dev]', labels: { env: 'dev', [NAMESPACE_NAME_LABEL]: '[namespace with env=dev]' } });
    expect(out.namespaces.get('prod')).toBe(c.namespaces.get('prod'));
    expect(c.workloads).toEqual([]);
    expect(c.namespaces.has('tools')).toBe(false);
  });

  it('keeps a namespace the state holds; a named one without configured labels has its name label only', () => {
    const c = cluster([ns('tools', { team: 'real' }), ns('[any namespace]', { x: 'y' })]);
    const out = addStandIns(c, specs);
    expect(out.namespaces.get('tools')).toBe(c.namespaces.get('tools'));
    expect(out.namespaces.get('[any namespace]')).toBe(c.namespaces.get('[any namespace]'));
    expect(addStandIns(cluster([]), specs).namespaces.get('tools')).toEqual({ name: 'tools', labels: { [NAMESPACE_NAME_LABEL]: 'tools' } });
    expect(out.workloads.every((w) => w.ports.length === 0)).toBe(true);
  });

  it('A-26: unknownPorts: each name on every protocol, at its atom', () => {
    expect(unknownPorts(['dns', 'http'])).toEqual([
      { name: 'dns', port: namedPortNumber('dns'), protocol: 'TCP' },
      { name: 'dns', port: namedPortNumber('dns'), protocol: 'UDP' },
      { name: 'dns', port: namedPortNumber('dns'), protocol: 'SCTP' },
      { name: 'http', port: namedPortNumber('http'), protocol: 'TCP' },
      { name: 'http', port: namedPortNumber('http'), protocol: 'UDP' },
      { name: 'http', port: namedPortNumber('http'), protocol: 'SCTP' },
    ]);
  });

  it('policyPortNames: the names of ingress and egress rules of every state, once, sorted', () => {
    const a = cluster([], [policy('prod', [rule([], 1, [{ protocol: 'TCP', port: 'web' }, { protocol: 'TCP', port: 80 }, { protocol: 'UDP' }])])]);
    const b = cluster([], [policy('prod', [], { egress: [{ ...rule([], 2, [{ protocol: 'UDP', port: 'dns' }, { protocol: 'TCP', port: 'web' }]), direction: 'egress' }] })]);
    expect(policyPortNames([a, b])).toEqual(['dns', 'web']);
    expect(policyPortNames([])).toEqual([]);
  });

  it('isListed: every kind but Unlisted', () => {
    expect(isListed({ kind: 'Deployment' })).toBe(true);
    expect(isListed({ kind: 'Pod' })).toBe(true);
    expect(isListed({ kind: 'Unlisted' })).toBe(false);
  });
});
