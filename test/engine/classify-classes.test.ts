import { describe, expect, it } from 'vitest';
import { classify } from '../../src/engine/classify';
import { buildPolicyIndex } from '../../src/engine/policy-index';
import { parseCidr } from '../../src/model/cidr';
import { compareTiered } from '../../src/model/tiers';
import { policyId, type IpRange } from '../../src/model/types';
import { load } from '../manifests/load-yaml';

/**
 * classify on small clusters: which policies select each workload (A-1, A-10, C-1, C-2, T-7),
 * which peers match it (A-17, A-19, A-22, T-9, C-13), and which workloads share a class (the same
 * of all that, and the same resolution of the port names rules use, A-26). A-31: host-network
 * pods are neither subjects nor pod peers. Workloads come in cluster order (by id), classes in the
 * order their first workload comes.
 */
const NS = (name: string, env: string) => `apiVersion: v1\nkind: Namespace\nmetadata: {name: ${name}, labels: {env: ${env}}}\n`;
const POD = (ns: string, name: string, labels: string, extra = '', ports = '[]') => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: ${ns}, labels: ${labels}}\nspec: {${extra}containers: [{name: c, image: x, ports: ${ports}}]}\n`;
const NP = (ns: string, name: string, spec: string) => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: ${name}, namespace: ${ns}}\nspec: ${spec}\n`;
const range = (c: string): IpRange => (parseCidr(c) as { range: IpRange }).range;

function classes(docs: string[], podCidrs: string[] = []) {
  const cluster = load(docs.join('---\n'));
  expect(cluster.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const index = buildPolicyIndex(cluster.policies, [...(cluster.tieredPolicies ?? [])].sort(compareTiered));
  const c = classify(cluster, index, [], podCidrs.map(range));
  const peerName = (id: number) => {
    const p = index.peers[id]!;
    return p.peer.kind === 'ipBlock' ? p.peer.cidr : `${p.namespace}:${JSON.stringify(p.peer.podSelector?.matchLabels ?? '*')}/${JSON.stringify(p.peer.namespaceSelector?.matchLabels ?? '-')}`;
  };
  /** `workload: class subjects | tier subjects | peers` */
  const rows = cluster.workloads.map((w, i) => {
    const k = c.classes[c.workloadClass[i]!]!;
    return `${w.namespace}/${w.name}: ${k.index} ${k.subjectOf.map(policyId).join(',') || '-'} | ${k.tierSubjectOf.map((p) => p.name).join(',') || '-'} | ${[...k.peers].map(peerName).join(',') || '-'}`;
  });
  return { c, rows };
}

const WORLD = [NS('prod', 'prod'), NS('dev', 'dev'), POD('prod', 'web', '{app: web}'), POD('prod', 'web2', '{app: web}'), POD('prod', 'db', '{app: db}'), POD('dev', 'web', '{app: web}'), POD('prod', 'agent', '{app: web}', 'hostNetwork: true, ')];

describe('classify', () => {
  it('A-1, A-10: a NetworkPolicy selects pods of its own namespace; A-17: a pods peer without namespaceSelector is in that namespace; A-31: never a host-network pod', () => {
    const { rows } = classes([...WORLD, NP('prod', 'web-in', '{podSelector: {matchLabels: {app: web}}, ingress: [{from: [{podSelector: {matchLabels: {app: db}}}]}]}')]);
    expect(rows).toEqual([
      'dev/web: 0 - | - | -',
      'prod/agent: 0 - | - | -',
      'prod/db: 1 - | - | prod:{"app":"db"}/"-"',
      'prod/web2: 2 prod/web-in | - | -',
      'prod/web: 2 prod/web-in | - | -',
    ]);
  });

  it('A-19: a namespaceSelector picks namespaces by their labels; podSelector absent: every pod there', () => {
    const { rows } = classes([...WORLD, NP('prod', 'p', '{podSelector: {matchLabels: {app: db}}, ingress: [{from: [{namespaceSelector: {matchLabels: {env: dev}}}, {namespaceSelector: {matchLabels: {env: dev}}, podSelector: {matchLabels: {app: none}}}]}]}')]);
    expect(rows).toEqual(['dev/web: 0 - | - | prod:"*"/{"env":"dev"}', 'prod/agent: 1 - | - | -', 'prod/db: 2 prod/p | - | -', 'prod/web2: 1 - | - | -', 'prod/web: 1 - | - | -']);
  });

  it('C-2: a CCNP selects pods of the namespaces its subject allows, by their labels', () => {
    const ccnp = 'apiVersion: cilium.io/v2\nkind: CiliumClusterwideNetworkPolicy\nmetadata: {name: c}\nspec: {endpointSelector: {matchLabels: {app: web}}, ingress: [{}]}\n';
    const { rows } = classes([...WORLD, ccnp]);
    expect(rows.map((r) => r.split(' | ')[0])).toEqual(['dev/web: 0 ccnp/c', 'prod/agent: 1 -', 'prod/db: 1 -', 'prod/web2: 0 ccnp/c', 'prod/web: 0 ccnp/c']);
  });

  it('T-7: a tiered policy applies to the pods of the namespaces its subject matches, and of those the ones its podSelector matches', () => {
    const tiered = (name: string, subject: string) =>
      `apiVersion: policy.networking.k8s.io/v1alpha2\nkind: ClusterNetworkPolicy\nmetadata: {name: ${name}}\nspec: {tier: Admin, priority: 1, subject: ${subject}, ingress: [{action: Deny, from: [{namespaces: {}}]}]}\n`;
    const { rows } = classes([...WORLD, tiered('ns', '{namespaces: {matchLabels: {env: prod}}}'), tiered('pods', '{pods: {namespaceSelector: {}, podSelector: {matchLabels: {app: web}}}}')]);
    expect(rows.map((r) => r.split(' | ').slice(0, 2).join(' | '))).toEqual(['dev/web: 0 - | pods', 'prod/agent: 1 - | -', 'prod/db: 2 - | ns', 'prod/web2: 3 - | ns,pods', 'prod/web: 3 - | ns,pods']);
  });

  it('A-22, T-9, C-13: an ipBlock matches pods only when it holds every pod CIDR; a networks entry for every address always; a Cilium CIDR never', () => {
    const out = (cidr: string) => NP('prod', 'out', `{podSelector: {matchLabels: {app: db}}, policyTypes: [Egress], egress: [{to: [{ipBlock: {cidr: ${cidr}}}]}]}`);
    const peersOf = (docs: string[], pods: string[] = []) => classes(docs, pods).rows.map((r) => r.split(' | ')[2]);
    expect(peersOf([...WORLD, out('10.0.0.0/8')])).toEqual(['-', '-', '-', '-', '-']);
    expect(peersOf([...WORLD, out('10.0.0.0/8')], ['10.244.0.0/16'])).toEqual(['10.0.0.0/8', '-', '10.0.0.0/8', '10.0.0.0/8', '10.0.0.0/8']);
    expect(peersOf([...WORLD, out('10.244.0.0/24')], ['10.244.0.0/16'])).toEqual(['-', '-', '-', '-', '-']);
    const world = 'apiVersion: policy.networking.k8s.io/v1alpha2\nkind: ClusterNetworkPolicy\nmetadata: {name: nets}\nspec: {tier: Admin, priority: 1, subject: {namespaces: {}}, egress: [{action: Deny, to: [{networks: [0.0.0.0/0]}]}]}\n';
    expect(peersOf([...WORLD, world])).toEqual(['0.0.0.0/0', '-', '0.0.0.0/0', '0.0.0.0/0', '0.0.0.0/0']);
    const cidr = 'apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: c, namespace: prod}\nspec: {endpointSelector: {}, egress: [{toCIDR: [0.0.0.0/0]}]}\n';
    expect(peersOf([...WORLD, cidr], ['10.244.0.0/16'])).toEqual(['-', '-', '-', '-', '-']);
  });

  it('A-26: workloads that resolve a port name rules use differently are classes apart; names no rule uses do not matter', () => {
    const named = (ns: string, name: string, port: string) => POD(ns, name, '{app: x}', '', `[{containerPort: ${port}}]`);
    const docs = [NS('prod', 'prod'), named('prod', 'a', '80, name: http'), named('prod', 'b', '8080, name: http'), named('prod', 'c', '80, name: http'), named('prod', 'd', '80, name: other')];
    expect(classes(docs).rows.map((r) => r.split(':')[0] + ':' + r.split(' ')[1])).toEqual(['prod/a:0', 'prod/b:0', 'prod/c:0', 'prod/d:0']);
    const withRule = [...docs, NP('prod', 'p', '{podSelector: {}, ingress: [{ports: [{port: http}]}]}')];
    const { c, rows } = classes(withRule);
    expect(rows.map((r) => r.split(':')[0] + ':' + r.split(' ')[1])).toEqual(['prod/a:0', 'prod/b:1', 'prod/c:0', 'prod/d:2']);
    expect(c.classes.slice(0, 3).map((k) => k.portSignature)).toEqual([0, 1, 2]);
    expect(c.classes[1]!.ports).toEqual([{ name: 'http', port: 8080, protocol: 'TCP' }]);
  });

  it('external intervals: classed by the ipBlocks that match them, after the workload classes', () => {
    const out = NP('prod', 'out', '{podSelector: {}, policyTypes: [Egress], egress: [{to: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}}, {ipBlock: {cidr: 10.0.0.0/16}}]}]}');
    const { c } = classes([NS('prod', 'prod'), POD('prod', 'a', '{app: a}'), out]);
    expect(c.classes.map((k) => `${k.index} ${k.external} ${[...k.peers].join(',')}`)).toEqual(['0 false ', '1 true ', '2 true 0,1', '3 true 0']);
    expect(c.intervals.map((r, i) => `${r.family} ${r.lo}-${r.hi}: ${c.intervalClass[i]}`)).toEqual([
      `4 0-${(10n << 24n) - 1n}: 1`,
      `4 ${10n << 24n}-${(10n << 24n) + 65535n}: 2`,
      `4 ${(10n << 24n) + 65536n}-${(10n << 24n) + 131071n}: 1`,
      `4 ${(10n << 24n) + 131072n}-${(11n << 24n) - 1n}: 3`,
      `4 ${11n << 24n}-${2n ** 32n - 1n}: 1`,
      `6 0-${2n ** 128n - 1n}: 1`,
    ]);
    expect(c.workloadClass).toEqual(Int32Array.from([0]));
  });
});
