import { describe, expect, it } from 'vitest';
import { computeReachability } from '../../src/engine/compute-reachability';
import { lintReachability } from '../../src/engine/lint';
import { lintCiliumDenies } from '../../src/engine/lint-cilium';
import { load } from '../manifests/load-yaml';

/**
 * C-23: a Cilium deny rule with nothing to deny: every pod it applies to is in default deny for
 * its direction (C-5, C-6) and no allow rule of the policies that select it (C-7) meets it, that
 * is, matches a common peer class on a common port (a named port counts as any port). World:
 * prod/web (app=web, 8080 named http), prod/db (app=db, 5432), dev/tool (app=tool).
 */
const NS = (name: string) => `apiVersion: v1\nkind: Namespace\nmetadata: {name: ${name}}\n`;
const POD = (ns: string, app: string, port: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${app}, namespace: ${ns}, labels: {app: ${app}}}\nspec: {containers: [{name: c, image: x, ports: [${port}]}]}\n`;
const WORLD = [NS('prod'), NS('dev'), POD('prod', 'web', '{containerPort: 8080, name: http}'), POD('prod', 'db', '{containerPort: 5432}'), POD('dev', 'tool', '{containerPort: 9090}')];
const CNP = (spec: string, name = 'p') => `apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: ${name}, namespace: prod}\n${spec}\n`;
const FROM_WEB = '{matchLabels: {app: web}}';
const FROM_TOOL = '{matchLabels: {app: tool, io.kubernetes.pod.namespace: dev}}';
const port = (p: string) => `toPorts: [{ports: [{port: "${p}", protocol: TCP}]}]`;

function unreachable(...docs: string[]): string[] {
  const cluster = load([...WORLD, ...docs].join('---\n'));
  expect(cluster.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return lintReachability(computeReachability(cluster))
    .filter((w) => w.code === 'cilium-deny-unreachable')
    .map((w) => `${w.ref} ${w.subject} ${w.line}: ${w.message}`);
}

const db = (body: string) => CNP(`spec: {endpointSelector: {matchLabels: {app: db}}, ${body}}`);

describe('cilium-deny-unreachable (C-23)', () => {
  it('no allow matches a peer of the deny: flagged, with its rule, line and direction', () => {
    expect(unreachable(db(`ingress: [{fromEndpoints: [${FROM_WEB}]}], ingressDeny: [{fromEndpoints: [${FROM_TOOL}]}]`))).toEqual([
      'C-23 cilium/prod/p 27: spec.ingressDeny[0] has nothing to deny: the pods it applies to are in default deny for ingress and no allow rule reaches its peers on its ports, so what it names is dropped anyway.',
    ]);
  });

  it.each<[string, string, boolean]>([
    ['a common peer on disjoint ports', `ingress: [{fromEndpoints: [${FROM_WEB}], ${port('5432')}}], ingressDeny: [{fromEndpoints: [${FROM_WEB}], ${port('9999')}}]`, true],
    ['a common peer on a common port', `ingress: [{fromEndpoints: [${FROM_WEB}], ${port('5432')}}], ingressDeny: [{fromEndpoints: [${FROM_WEB}], ${port('5432')}}]`, false],
    ['an allow by a named port (any port here)', `ingress: [{fromEndpoints: [${FROM_WEB}], ${port('http')}}], ingressDeny: [{fromEndpoints: [${FROM_WEB}], ${port('9999')}}]`, false],
    ['a deny by a named port (any port here)', `ingress: [{fromEndpoints: [${FROM_WEB}], ${port('5432')}}], ingressDeny: [{fromEndpoints: [${FROM_WEB}], ${port('http')}}]`, false],
    ['an allow of every peer (C-12: toPorts alone)', `ingress: [{${port('5432')}}], ingressDeny: [{fromEndpoints: [${FROM_TOOL}], ${port('5432')}}]`, false],
    ['a deny of every peer', `ingress: [{fromEndpoints: [${FROM_WEB}]}], ingressDeny: [{${port('5432')}}]`, false],
    ['C-6: its pods are not in default deny', `enableDefaultDeny: {ingress: false}, ingressDeny: [{fromEndpoints: [${FROM_TOOL}]}]`, false],
  ])('%s: flagged %s', (_what, body, flagged) => {
    expect(unreachable(db(body)).length).toBe(flagged ? 1 : 0);
  });

  it('C-7: an allow of another policy that selects the pods counts', () => {
    const deny = db(`ingress: [{fromEndpoints: [${FROM_WEB}]}], ingressDeny: [{fromEndpoints: [${FROM_TOOL}]}]`);
    const other = CNP(`spec: {endpointSelector: {matchLabels: {app: db}}, enableDefaultDeny: {ingress: false}, ingress: [{fromEndpoints: [${FROM_TOOL}]}]}`, 'q');
    expect(unreachable(deny, other)).toEqual([]);
  });

  it('egress, in specs[1], with another subject that is not isolated for egress', () => {
    const both = CNP(`specs:\n- {endpointSelector: {matchLabels: {app: web}}, egress: [{toEndpoints: [${FROM_TOOL}]}]}\n- {endpointSelector: {matchLabels: {app: db}}, egress: [{toEndpoints: [${FROM_TOOL}]}], egressDeny: [{toEndpoints: [${FROM_WEB}]}]}`);
    expect(unreachable(both)).toEqual([
      'C-23 cilium/prod/p 29: specs[1].egressDeny[0] has nothing to deny: the pods it applies to are in default deny for egress and no allow rule reaches its peers on its ports, so what it names is dropped anyway.',
    ]);
    // Once web is also a subject of the deny's rule and not in default deny for egress, the deny is live.
    const wide = CNP(`specs:\n- {endpointSelector: {}, enableDefaultDeny: {egress: false}, egressDeny: [{toEndpoints: [${FROM_TOOL}]}]}`);
    expect(unreachable(wide)).toEqual([]);
  });

  it('a deny rule of a policy that selects no pod is left to dangling-policy; no deny at all, no warning', () => {
    expect(unreachable(CNP(`spec: {endpointSelector: {matchLabels: {app: none}}, ingressDeny: [{fromEndpoints: [${FROM_TOOL}]}]}`))).toEqual([]);
    expect(unreachable(db(`ingress: [{fromEndpoints: [${FROM_WEB}]}]`))).toEqual([]);
  });

  it('C-7: an allow rule meets the deny when any of its peers matches a peer of the deny', () => {
    expect(unreachable(db(`ingress: [{fromEndpoints: [${FROM_TOOL}, {matchLabels: {app: none}}]}], ingressDeny: [{fromEndpoints: [${FROM_TOOL}]}]`))).toEqual([]);
  });

  it('C-7: a policy with two allow rules, one of which meets the deny, keeps it live', () => {
    const q = CNP(`spec: {endpointSelector: {matchLabels: {app: db}}, ingress: [{fromEndpoints: [${FROM_WEB}]}, {fromEndpoints: [${FROM_TOOL}]}], ingressDeny: [{fromEndpoints: [${FROM_TOOL}]}]}`);
    expect(unreachable(q)).toEqual([]);
  });

  it('C-5, C-6: the deny is live when one of its pods is not in default deny, and only then', () => {
    const soft = (sel: string) => CNP(`spec: {endpointSelector: ${sel}, enableDefaultDeny: {ingress: false}, ingressDeny: [{fromEndpoints: [${FROM_TOOL}]}]}`, 'soft');
    const webIn = CNP(`spec: {endpointSelector: {matchLabels: {app: web}}, ingress: [{fromEndpoints: [{matchLabels: {app: db}}]}]}`, 'web-in');
    // web is in default deny (web-in), db is not: the deny still drops tool → db.
    expect(unreachable(soft('{}'), webIn)).toEqual([]);
    // Its only pod, web, is in default deny and nothing allows tool there.
    expect(unreachable(soft('{matchLabels: {app: web}}'), webIn)).toEqual([
      'C-23 cilium/prod/soft 27: spec.ingressDeny[0] has nothing to deny: the pods it applies to are in default deny for ingress and no allow rule reaches its peers on its ports, so what it names is dropped anyway.',
    ]);
  });

  it('only Cilium deny rules: NetworkPolicies beside them and live denies give no warning', () => {
    const np = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np, namespace: prod}\nspec: {podSelector: {}, policyTypes: [Ingress]}\n';
    const cluster = load([...WORLD, np, db(`ingress: [{fromEndpoints: [${FROM_TOOL}]}], ingressDeny: [{fromEndpoints: [${FROM_TOOL}]}]`)].join('---\n'));
    expect(lintCiliumDenies(computeReachability(cluster))).toEqual([]);
  });
});
