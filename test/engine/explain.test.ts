import { describe, expect, it } from 'vitest';
import { computeReachability } from '../../src/engine/compute-reachability';
import { explainPair, type SideExplanation } from '../../src/engine/explain';
import { ALL_CONNS, connsOf, formatConns, type Conns } from '../../src/model/conns';
import { tieredPolicyId } from '../../src/model/tiers';
import { policyId } from '../../src/model/types';
import { load } from '../manifests/load-yaml';

/**
 * explainPair, side by side: A-10 (the policies that isolate an end), A-11 (the rules that match
 * the peer allow their ports), A-26 (named ports resolve at the destination), C-6/C-7 (once
 * isolated, the allows of every selecting policy count), T-3 … T-5 (the tiers take their part of
 * the focus first; NetworkPolicy sees what the Admin tier passes or leaves; the Baseline tier only
 * for an end no NetworkPolicy isolates), C-9/C-10 (Cilium denies drop what the Admin tier left).
 * World: prod/web (app=web, TCP 80 named http), prod/db (app=db, TCP 5432), dev/tool (app=tool,
 * TCP 9090 named http); namespaces prod (env=prod) and dev (env=dev).
 */
const NS = (name: string) => `apiVersion: v1\nkind: Namespace\nmetadata: {name: ${name}, labels: {env: ${name}}}\n`;
const POD = (ns: string, app: string, port: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${app}, namespace: ${ns}, labels: {app: ${app}}}\nspec: {containers: [{name: c, image: x, ports: [${port}]}]}\n`;
const WORLD = [NS('prod'), NS('dev'), POD('prod', 'web', '{containerPort: 80, name: http}'), POD('prod', 'db', '{containerPort: 5432}'), POD('dev', 'tool', '{containerPort: 9090, name: http}')];
const NP = (name: string, spec: string, ns = 'prod') => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: ${name}, namespace: ${ns}}\nspec: ${spec}\n`;
const CNP = (name: string, spec: string) => `apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: ${name}, namespace: prod}\nspec: ${spec}\n`;
const TIERED = (name: string, tier: string, priority: number, ingress: string) =>
  `apiVersion: policy.networking.k8s.io/v1alpha2\nkind: ClusterNetworkPolicy\nmetadata: {name: ${name}}\nspec: {tier: ${tier}, priority: ${priority}, subject: {namespaces: {matchLabels: {env: prod}}}, ingress: ${ingress}}\n`;

const tcp = (p: number): Conns => connsOf('TCP', [[p, p]]);

/** One side's explanation as short lines. */
function lines(s: SideExplanation | null): string[] | null {
  if (!s) return null;
  const t = s.tiers;
  return [
    `isolated by ${s.isolatedBy.map(policyId).join(', ') || '-'}`,
    ...t.admin.map((x) => `admin ${tieredPolicyId(x.policy)} rule ${x.rule.index + 1} ${x.action} ${formatConns(x.conns)}`),
    ...t.denied.map((x) => `deny ${policyId(x.policy)} ${formatConns(x.conns)}`),
    `to NetworkPolicy ${formatConns(t.toNetworkPolicy)}`,
    ...s.allowedBy.map((x) => `allow ${policyId(x.policy)} ${x.rule.direction} rule ${x.rule.index + 1} ${formatConns(x.conns)}`),
    ...t.baseline.map((x) => `baseline ${tieredPolicyId(x.policy)} rule ${x.rule.index + 1} ${x.action} ${formatConns(x.conns)}`),
  ];
}

function explain(docs: string[], from: string, to: string, focus: Conns = ALL_CONNS) {
  const cluster = load([...WORLD, ...docs].join('---\n'));
  expect(cluster.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const r = computeReachability(cluster);
  const cls = (e: string) => {
    const i = cluster.workloads.findIndex((w) => `${w.namespace}/${w.name}` === e);
    return i >= 0 ? r.classification.workloadClass[i]! : r.classification.intervalClass[0]!;
  };
  const x = explainPair(r, cls(from), cls(to), focus);
  return { egress: lines(x.egress), ingress: lines(x.ingress) };
}

const OPEN = ['isolated by -', 'to NetworkPolicy all'];
const DB_FROM_WEB = NP('db-from-web', '{podSelector: {matchLabels: {app: db}}, policyTypes: [Ingress], ingress: [{from: [{podSelector: {matchLabels: {app: web}}}], ports: [{port: 5432}]}]}');
const DB_FROM_TOOL = NP('db-from-tool', '{podSelector: {matchLabels: {app: db}}, policyTypes: [Ingress], ingress: [{from: [{namespaceSelector: {matchLabels: {env: dev}}}], ports: [{port: 5432}]}]}');

describe('explainPair: NetworkPolicy', () => {
  it('nothing isolates either end: no policy, all reaches NetworkPolicy', () => {
    expect(explain([], 'prod/web', 'prod/db')).toEqual({ egress: OPEN, ingress: OPEN });
  });

  it('A-10, A-11: every isolating policy is named; only the rules whose peers match the source allow, within the focus', () => {
    expect(explain([DB_FROM_WEB, DB_FROM_TOOL], 'prod/web', 'prod/db').ingress).toEqual(['isolated by prod/db-from-tool, prod/db-from-web', 'to NetworkPolicy all', 'allow prod/db-from-web ingress rule 1 TCP 5432']);
    expect(explain([DB_FROM_WEB, DB_FROM_TOOL], 'dev/tool', 'prod/db').ingress).toEqual(['isolated by prod/db-from-tool, prod/db-from-web', 'to NetworkPolicy all', 'allow prod/db-from-tool ingress rule 1 TCP 5432']);
    expect(explain([DB_FROM_WEB], 'prod/web', 'prod/db', tcp(80)).ingress).toEqual(['isolated by prod/db-from-web', 'to NetworkPolicy TCP 80']);
  });

  it('A-32: an external end has no side; an external source meets the destination rules like any peer', () => {
    const x = explain([DB_FROM_WEB], '0.0.0.0', 'prod/db');
    expect(x.egress).toBeNull();
    expect(x.ingress).toEqual(['isolated by prod/db-from-web', 'to NetworkPolicy all']);
    expect(explain([], 'prod/db', '0.0.0.0')).toEqual({ egress: OPEN, ingress: null });
  });

  it('A-10: a policy isolates only the directions of its policyTypes; a rule without peers (A-16) matches every peer', () => {
    const webOut = NP('web-out', '{podSelector: {matchLabels: {app: web}}, policyTypes: [Egress], egress: [{ports: [{port: 5432}]}]}');
    expect(explain([webOut], 'prod/db', 'prod/web')).toEqual({ egress: OPEN, ingress: OPEN });
    expect(explain([webOut], 'prod/web', 'prod/db').egress).toEqual(['isolated by prod/web-out', 'to NetworkPolicy all', 'allow prod/web-out egress rule 1 TCP 5432']);
    expect(explain([webOut], 'prod/web', '0.0.0.0').egress).toEqual(['isolated by prod/web-out', 'to NetworkPolicy all', 'allow prod/web-out egress rule 1 TCP 5432']);
  });

  it('A-11: a rule allows when any of its peers matches the other end', () => {
    const twoPeers = NP('db-two', '{podSelector: {matchLabels: {app: db}}, policyTypes: [Ingress], ingress: [{from: [{podSelector: {matchLabels: {app: web}}}, {podSelector: {matchLabels: {app: none}}}], ports: [{port: 5432}]}]}');
    expect(explain([twoPeers], 'prod/web', 'prod/db').ingress).toEqual(['isolated by prod/db-two', 'to NetworkPolicy all', 'allow prod/db-two ingress rule 1 TCP 5432']);
  });

  it('T-3: a tiered rule takes its part when any of its peers matches the other end', () => {
    const two = TIERED('two', 'Admin', 1, '[{action: Deny, from: [{namespaces: {matchLabels: {env: dev}}}, {namespaces: {matchLabels: {env: none}}}], protocols: [{tcp: {destinationPort: {number: 22}}}]}]');
    expect(explain([two], 'dev/tool', 'prod/db').ingress).toEqual(['isolated by -', 'admin cnp/two rule 1 Deny TCP 22', 'to NetworkPolicy TCP 1-21,23-65535, UDP all, SCTP all']);
    const deny = CNP('two-deny', '{endpointSelector: {matchLabels: {app: db}}, ingressDeny: [{fromEndpoints: [{matchLabels: {io.kubernetes.pod.namespace: dev}}, {matchLabels: {app: none}}], toPorts: [{ports: [{port: "22", protocol: TCP}]}]}]}');
    expect(explain([deny], 'dev/tool', 'prod/db').ingress).toEqual(['isolated by cilium/prod/two-deny', 'deny cilium/prod/two-deny TCP 22', 'to NetworkPolicy TCP 1-21,23-65535, UDP all, SCTP all']);
  });

  it('A-26: a named port resolves at the destination, on egress too', () => {
    const dbOut = NP('db-out', '{podSelector: {matchLabels: {app: db}}, policyTypes: [Egress], egress: [{ports: [{port: http}]}]}');
    expect(explain([dbOut], 'prod/db', 'prod/web').egress).toEqual(['isolated by prod/db-out', 'to NetworkPolicy all', 'allow prod/db-out egress rule 1 TCP 80']);
    expect(explain([dbOut], 'prod/db', 'dev/tool').egress).toEqual(['isolated by prod/db-out', 'to NetworkPolicy all', 'allow prod/db-out egress rule 1 TCP 9090']);
    // An external destination has no container ports: the name matches nothing there.
    expect(explain([dbOut], 'prod/db', '0.0.0.0').egress).toEqual(['isolated by prod/db-out', 'to NetworkPolicy all']);
  });

  // C-19: a Cilium port without protocol is ANY: TCP, UDP and SCTP.
  it('C-6, C-7: a Cilium rule without default deny isolates nothing, but its allows count once another policy isolates', () => {
    const soft = CNP('soft', '{endpointSelector: {matchLabels: {app: db}}, enableDefaultDeny: {ingress: false}, ingress: [{fromEndpoints: [{matchLabels: {app: tool, io.kubernetes.pod.namespace: dev}}], toPorts: [{ports: [{port: "6000"}]}]}]}');
    expect(explain([soft], 'dev/tool', 'prod/db').ingress).toEqual(OPEN);
    expect(explain([soft, DB_FROM_WEB], 'dev/tool', 'prod/db').ingress).toEqual(['isolated by prod/db-from-web', 'to NetworkPolicy all', 'allow cilium/prod/soft ingress rule 1 TCP 6000, UDP 6000, SCTP 6000']);
  });
});

describe('explainPair: tiers (T-3 … T-5, C-9, C-10)', () => {
  const ADMIN = TIERED('guard', 'Admin', 1, '[{action: Accept, from: [{namespaces: {matchLabels: {env: dev}}}], protocols: [{tcp: {destinationPort: {number: 80}}}]}, {action: Pass, from: [{namespaces: {matchLabels: {env: dev}}}], protocols: [{tcp: {destinationPort: {number: 5432}}}]}, {action: Deny, from: [{namespaces: {matchLabels: {env: dev}}}]}, {action: Deny, from: [{namespaces: {matchLabels: {env: nothing}}}]}]');
  const BASE = TIERED('floor', 'Baseline', 1, '[{action: Deny, from: [{namespaces: {matchLabels: {env: dev}}}], protocols: [{tcp: {destinationPort: {number: 22}}}]}]');

  it('T-3, T-4: the Admin rules in order take their part; what is passed reaches NetworkPolicy; a rule whose peer does not match takes nothing', () => {
    expect(explain([ADMIN], 'dev/tool', 'prod/db').ingress).toEqual([
      'isolated by -',
      'admin cnp/guard rule 1 Accept TCP 80',
      'admin cnp/guard rule 2 Pass TCP 5432',
      'admin cnp/guard rule 3 Deny TCP 1-79,81-5431,5433-65535, UDP all, SCTP all',
      'to NetworkPolicy TCP 5432',
    ]);
  });

  it('T-5: an end a NetworkPolicy isolates never reaches the Baseline tier; another does', () => {
    const dbFromDev = DB_FROM_TOOL;
    expect(explain([BASE, dbFromDev], 'dev/tool', 'prod/db').ingress).toEqual(['isolated by prod/db-from-tool', 'to NetworkPolicy all', 'allow prod/db-from-tool ingress rule 1 TCP 5432']);
    expect(explain([BASE], 'dev/tool', 'prod/db').ingress).toEqual(['isolated by -', 'to NetworkPolicy all', 'baseline cnp/floor rule 1 Deny TCP 22']);
    expect(explain([BASE], 'prod/web', 'prod/db').ingress).toEqual(['isolated by -', 'to NetworkPolicy all']);
  });

  it('T-3: a rule whose peer matches but whose ports earlier rules took takes nothing and is not listed', () => {
    const twice = TIERED('twice', 'Admin', 1, '[{action: Accept, from: [{namespaces: {matchLabels: {env: dev}}}], protocols: [{tcp: {destinationPort: {number: 80}}}]}, {action: Deny, from: [{namespaces: {matchLabels: {env: dev}}}], protocols: [{tcp: {destinationPort: {number: 80}}}]}]');
    expect(explain([twice], 'dev/tool', 'prod/db').ingress).toEqual(['isolated by -', 'admin cnp/twice rule 1 Accept TCP 80', 'to NetworkPolicy TCP 1-79,81-65535, UDP all, SCTP all']);
  });

  it('T-10 (A.7: fail closed): a Deny rule with a peer field it does not know is deny-all, every peer and port, and is explained so', () => {
    const unread = TIERED('unread', 'Admin', 1, '[{action: Deny, from: [{futurePeer: {}}], protocols: [{tcp: {destinationPort: {number: 22}}}]}]');
    expect(explain([unread], 'prod/web', 'prod/db').ingress).toEqual(['isolated by -', 'admin cnp/unread rule 1 Deny all', 'to NetworkPolicy none']);
  });

  it('C-9, C-12: a Cilium deny without peers drops from every peer; one whose ports the Admin tier accepted drops nothing', () => {
    const everyone = CNP('no-ssh', '{endpointSelector: {matchLabels: {app: db}}, ingressDeny: [{toPorts: [{ports: [{port: "22", protocol: TCP}]}]}]}');
    expect(explain([everyone], 'prod/web', 'prod/db').ingress).toEqual(['isolated by cilium/prod/no-ssh', 'deny cilium/prod/no-ssh TCP 22', 'to NetworkPolicy TCP 1-21,23-65535, UDP all, SCTP all']);
    const accept = TIERED('ok', 'Admin', 1, '[{action: Accept, from: [{namespaces: {matchLabels: {env: dev}}}], protocols: [{tcp: {destinationPort: {number: 22}}}]}]');
    expect(explain([everyone, accept], 'dev/tool', 'prod/db').ingress).toEqual(['isolated by cilium/prod/no-ssh', 'admin cnp/ok rule 1 Accept TCP 22', 'to NetworkPolicy TCP 1-21,23-65535, UDP all, SCTP all']);
  });

  it('C-9, C-10: a Cilium deny drops what the Admin tier passed or left, before the allows', () => {
    const deny = CNP('no-dev', '{endpointSelector: {matchLabels: {app: db}}, ingressDeny: [{fromEndpoints: [{matchLabels: {io.kubernetes.pod.namespace: dev}}], toPorts: [{ports: [{port: "5432"}, {port: "7000"}]}]}]}');
    const pass = TIERED('pass', 'Admin', 1, '[{action: Accept, from: [{namespaces: {matchLabels: {env: dev}}}], protocols: [{tcp: {destinationPort: {number: 7000}}}]}, {action: Pass, from: [{namespaces: {matchLabels: {env: dev}}}], protocols: [{tcp: {destinationPort: {number: 5432}}}]}]');
    // C-5: an ingressDeny list isolates too; C-19: its ports without protocol are ANY. The
    // Admin Accept of TCP 7000 is final (C-10), the TCP 5432 it passes meets the deny first.
    expect(explain([deny, pass, DB_FROM_TOOL], 'dev/tool', 'prod/db').ingress).toEqual([
      'isolated by cilium/prod/no-dev, prod/db-from-tool',
      'admin cnp/pass rule 1 Accept TCP 7000',
      'admin cnp/pass rule 2 Pass TCP 5432',
      'deny cilium/prod/no-dev TCP 5432, UDP 5432,7000, SCTP 5432,7000',
      'to NetworkPolicy TCP 1-5431,5433-6999,7001-65535, UDP 1-5431,5433-6999,7001-65535, SCTP 1-5431,5433-6999,7001-65535',
      // db-from-tool allows TCP 5432, which the deny dropped: it decides nothing here.
    ]);
    // The deny's peers are dev's pods: web is not one of them (C-5: db is isolated all the same).
    expect(explain([deny], 'prod/web', 'prod/db').ingress).toEqual(['isolated by cilium/prod/no-dev', 'to NetworkPolicy all']);
  });
});
