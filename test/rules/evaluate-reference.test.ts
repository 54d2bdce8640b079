import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_OPTIONS, parseCluster } from '../../src/analyze';
import { computeDiff, type DiffEndpoint, type DiffResult } from '../../src/diff/compute-diff';
import type { Reachability } from '../../src/engine/compute-reachability';
import { parseCidr, rangesOverlap } from '../../src/model/cidr';
import type { IpRange } from '../../src/model/types';
import { ALL_CONNS, type Conns, connsKey, connsSubset, intersectConns, isEmptyConns, NO_CONNS, subtractConns } from '../../src/model/conns';
import { evaluateRules, ruleBoundaries } from '../../src/rules/evaluate-rules';
import { rulesOf, violationPairs } from './helpers';

/*
 * evaluateRules works per class pair and memoises; this checks it against the plain definition
 * of PRODUCT.md part 3, pair by pair, on random small clusters and rules.
 */

const NAMESPACES = ['n1', 'n2', 'n3'];
const NAMES = ['a', 'b', 'c', 'd'];
const CIDRS = ['10.0.0.0/8', '10.1.0.0/16', '0.0.0.0/0', '192.168.0.0/16'];

const workloadArb = fc.record({ ns: fc.constantFrom(...NAMESPACES), name: fc.constantFrom(...NAMES), app: fc.constantFrom('x', 'y', 'z'), kind: fc.constantFrom('Pod', 'Deployment') });
const policyArb = fc.record({
  ns: fc.constantFrom(...NAMESPACES),
  target: fc.constantFrom('x', 'y', 'z'),
  dir: fc.constantFrom('Ingress', 'Egress'),
  peer: fc.oneof(fc.record({ app: fc.constantFrom('x', 'y', 'z') }), fc.record({ team: fc.constantFrom('a', 'b') }), fc.record({ cidr: fc.constantFrom(...CIDRS) })),
  port: fc.constantFrom(80, 443, 5432),
});
const stateArb = fc.record({ teams: fc.array(fc.constantFrom('a', 'b'), { minLength: 3, maxLength: 3 }), workloads: fc.array(workloadArb, { maxLength: 6 }), policies: fc.array(policyArb, { maxLength: 3 }) });

type State = typeof stateArb extends fc.Arbitrary<infer T> ? T : never;

function manifests(s: State): string {
  const docs: string[] = NAMESPACES.map((n, i) => `apiVersion: v1\nkind: Namespace\nmetadata: { name: ${n}, labels: { team: ${s.teams[i]} } }`);
  const seen = new Set<string>();
  for (const w of s.workloads) {
    const key = `${w.ns}/${w.name}/${w.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const podSpec = `{ containers: [{ name: c, image: i, ports: [{ containerPort: 80 }, { containerPort: 5432 }] }] }`;
    docs.push(
      w.kind === 'Pod'
        ? `apiVersion: v1\nkind: Pod\nmetadata: { name: ${w.name}, namespace: ${w.ns}, labels: { app: ${w.app} } }\nspec: ${podSpec}`
        : `apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: ${w.name}, namespace: ${w.ns} }\nspec:\n  selector: { matchLabels: { app: ${w.app} } }\n  template: { metadata: { labels: { app: ${w.app} } }, spec: ${podSpec} }`,
    );
  }
  s.policies.forEach((p, i) => {
    const q = p.peer;
    const peer = 'cidr' in q ? `{ ipBlock: { cidr: "${q.cidr}" } }` : 'app' in q ? `{ podSelector: { matchLabels: { app: ${q.app} } } }` : `{ namespaceSelector: { matchLabels: { team: ${q.team} } } }`;
    const rule = p.dir === 'Ingress' ? `ingress: [{ from: [${peer}], ports: [{ port: ${p.port} }] }]` : `egress: [{ to: [${peer}], ports: [{ port: ${p.port} }] }]`;
    docs.push(`apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: p${i}, namespace: ${p.ns} }\nspec: { podSelector: { matchLabels: { app: ${p.target} } }, policyTypes: [${p.dir}], ${rule} }`);
  });
  return `${docs.join('\n---\n')}\n`;
}

type RawSelector = Record<string, unknown>;

function cidrRange(text: string): IpRange {
  const c = parseCidr(text);
  if (!c.ok) throw new Error(c.error);
  return c.range;
}
const SELECTORS: RawSelector[] = [
  { any: true },
  { namespace: 'n1' },
  { namespace: ['n2', 'n3'], labels: { app: 'x' } },
  { namespaceLabels: { team: 'a' } },
  { workload: ['a', 'b'] },
  { kind: 'Deployment' },
  { labels: { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['y'] }] } },
  { cidr: '10.0.0.0/8' },
  { cidr: ['0.0.0.0/0', '::/0'] },
  { cidr: '10.1.0.0/16' },
];
const ruleArb = fc.record({
  kind: fc.constantFrom('forbid', 'require'),
  from: fc.constantFrom(...SELECTORS),
  to: fc.constantFrom(...SELECTORS),
  ports: fc.constantFrom(null, ['TCP/80'], ['TCP/80', 'TCP/5432', 'UDP/53']),
});
type RawRule = typeof ruleArb extends fc.Arbitrary<infer T> ? T : never;

/** The definition, pair by pair, with a matcher written from the rules format alone. */
function reference(diff: DiffResult, rulesText: string, raws: readonly RawRule[]): string[] {
  const config = rulesOf(rulesText);
  const out: string[] = [];
  const side = (s: 'base' | 'head') => {
    const reach: Reachability = diff[s];
    const wl = new Map(reach.cluster.workloads.map((w) => [`${w.namespace}/${w.name}[${w.kind}]`, w]));
    const matches = (raw: RawSelector, e: DiffEndpoint): boolean => {
      if (e[s] < 0) return false;
      if (raw.any) return true;
      if (e.kind === 'External') return raw.cidr !== undefined && ([raw.cidr].flat() as string[]).some((c) => rangesOverlap(cidrRange(c), e.range));
      if (raw.cidr !== undefined) return false;
      const w = wl.get(e.id)!;
      const nsLabels = reach.cluster.namespaces.get(w.namespace)!.labels;
      if (raw.namespace && !([raw.namespace].flat() as string[]).includes(w.namespace)) return false;
      if (raw.workload && !([raw.workload].flat() as string[]).includes(w.name)) return false;
      if (raw.kind && raw.kind !== w.kind) return false;
      if (raw.namespaceLabels && nsLabels.team !== (raw.namespaceLabels as { team: string }).team) return false;
      if (raw.labels) {
        const l = raw.labels as Record<string, unknown>;
        if ('matchExpressions' in l) return w.labels.app !== 'y';
        if (w.labels.app !== l.app) return false;
      }
      return true;
    };
    return { reach, matches };
  };
  const head = side('head');
  const base = side('base');
  config.rules.forEach((rule) => {
    const raw = raws[Number(rule.name.slice(1))]!;
    const broken = (s: typeof head, a: DiffEndpoint, b: DiffEndpoint): Conns => {
      const allowed = s.reach.classConns(a[s === head ? 'head' : 'base'], b[s === head ? 'head' : 'base']);
      if (rule.kind === 'forbid') return rule.ports ? intersectConns(allowed, rule.ports) : allowed;
      if (!rule.ports) return isEmptyConns(allowed) ? ALL_CONNS : NO_CONNS;
      return subtractConns(rule.ports, allowed);
    };
    const pairs = (s: typeof head) => {
      const list: [number, number][] = [];
      diff.endpoints.forEach((a, i) =>
        diff.endpoints.forEach((b, j) => {
          if (i !== j && !(a.kind === 'External' && b.kind === 'External') && s.matches(raw.from, a) && s.matches(raw.to, b)) list.push([i, j]);
        }),
      );
      return list;
    };
    const now = pairs(head);
    if (rule.kind === 'require' && now.length === 0) {
      out.push(`${rule.name} none ${pairs(base).length > 0}`);
      return;
    }
    // A forbid rule naming workloads that had pairs in base and has none now (a rename).
    if (rule.kind === 'forbid' && (raw.from.workload || raw.to.workload) && now.length === 0 && pairs(base).length > 0) {
      out.push(`${rule.name} none true`);
      return;
    }
    const before = new Set(pairs(base).map(([i, j]) => `${i},${j}`));
    for (const [i, j] of now) {
      const a = diff.endpoints[i]!;
      const b = diff.endpoints[j]!;
      const ports = broken(head, a, b);
      if (isEmptyConns(ports)) continue;
      const old = before.has(`${i},${j}`) ? broken(base, a, b) : NO_CONNS;
      out.push(`${rule.name} ${a.id} ${b.id} ${connsKey(ports)} ${!connsSubset(ports, old)}`);
    }
  });
  return out;
}

/**
 * 150 runs; fewer where FLOWGATE_RUNS says so (the mutation run's 40: this property covers every
 * mutant of evaluate-rules.ts, and a survivor runs it whole).
 */
const RUNS = Math.min(150, Number(process.env.FLOWGATE_RUNS ?? 150));

describe('evaluateRules against the pair-by-pair definition', () => {
  it('agrees on random clusters and rules', () => {
    // What the runs met, so that the property cannot pass by testing nothing.
    const seen = { newPair: 0, oldPair: 0, external: 0, noPair: 0, ipBlock: 0 };
    fc.assert(
      fc.property(stateArb, stateArb, fc.array(ruleArb, { minLength: 1, maxLength: 3 }), (b, h, rules) => {
        // JSON is YAML flow style, so the raw rules can be written as they are.
        const list = (kind: string) => rules.map((r, i) => (r.kind === kind ? `    - ${JSON.stringify({ name: `r${i}`, from: r.from, to: r.to, ...(r.ports ? { ports: r.ports } : {}) })}\n` : '')).join('');
        const text = `rules:\n  forbid:\n${list('forbid')}  require:\n${list('require')}`;
        const config = rulesOf(text);
        const diff = computeDiff(parseCluster([{ path: 'b.yaml', text: manifests(b) }], DEFAULT_OPTIONS), parseCluster([{ path: 'h.yaml', text: manifests(h) }], DEFAULT_OPTIONS), {
          boundaries: ruleBoundaries(config.rules),
        });
        const got = violationPairs(evaluateRules(config.rules, diff)).map((v) =>
          v.from === null ? `${v.rule.name} none ${v.isNew}` : `${v.rule.name} ${diff.endpoints[v.from]!.id} ${diff.endpoints[v.to!]!.id} ${connsKey(v.ports)} ${v.isNew}`,
        );
        expect(got).toEqual(reference(diff, text, rules));
        for (const v of violationPairs(evaluateRules(config.rules, diff))) {
          if (v.from === null) seen.noPair++;
          else if (v.isNew) seen.newPair++;
          else seen.oldPair++;
          if (v.from !== null && (diff.endpoints[v.from]!.kind === 'External' || diff.endpoints[v.to!]!.kind === 'External')) seen.external++;
        }
        if (b.policies.some((p) => 'cidr' in p.peer) || h.policies.some((p) => 'cidr' in p.peer)) seen.ipBlock++;
      }),
      { numRuns: RUNS, seed: 20261126 },
    );
    expect(Object.values(seen).every((n) => n > 5)).toBe(true);
  });
});
