import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Protocol } from '../../../src/model/types';
import { connHas, type ConnSet } from './conn-set';
import { cidrInterval, coverageProblems, parseAddress } from './ip-address';

/** One state of a case.json (k8s-e2e README "case.json"). */
export interface StateSpec {
  probes?: { probe: string; deny?: string[] }[];
  checks?: { probe: string; from: string; to: string; allowed: boolean }[];
}

export interface CaseSpec {
  id: string;
  title: string;
  semantics?: string[];
  states: { base: StateSpec; head?: StateSpec };
}

export function readCase(dir: string): CaseSpec {
  return JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as CaseSpec;
}

/** The nine pods of the model: pods a, b, c in namespaces x, y, z. */
export const MODEL_PODS: readonly string[] = ['x', 'y', 'z'].flatMap((ns) => ['a', 'b', 'c'].map((p) => `${ns}/${p}`));

/** What the oracle needs of an output endpoint (a ReachResult or DiffResult endpoint). */
export interface EndpointView {
  id: string;
  kind: string;
  namespace?: string;
  name?: string;
  cidrs?: readonly string[];
}

export interface Probe {
  protocol: Protocol;
  port: number;
}

export function parseProbe(p: string): Probe {
  const m = /^(TCP|UDP|SCTP)\/(\d{1,5})$/.exec(p);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 65535) throw new Error(`bad probe "${p}"`);
  return { protocol: m[1] as Protocol, port: Number(m[2]) };
}

function expandSide(side: string): string[] {
  if (side === '*') return [...MODEL_PODS];
  const [ns, pod] = side.split('/');
  const out = pod === '*' ? MODEL_PODS.filter((p) => p.startsWith(`${ns}/`)) : MODEL_PODS.filter((p) => p === side);
  if (out.length === 0) throw new Error(`pattern side "${side}" names no pod of the model`);
  return out;
}

/** For each probe, the verdict every ordered pair of distinct pods must get ("s|d" -> allowed). */
export function expectedVerdicts(state: StateSpec): Map<string, Map<string, boolean>> {
  const out = new Map<string, Map<string, boolean>>();
  for (const p of state.probes ?? []) {
    parseProbe(p.probe);
    const deny = new Set<string>();
    for (const pattern of p.deny ?? []) {
      const m = /^\s*(\S+)\s*->\s*(\S+)\s*$/.exec(pattern);
      if (!m) throw new Error(`bad deny pattern "${pattern}"`);
      for (const s of expandSide(m[1]!)) for (const d of expandSide(m[2]!)) deny.add(`${s}|${d}`);
    }
    const verdicts = new Map<string, boolean>();
    for (const s of MODEL_PODS) for (const d of MODEL_PODS) if (s !== d) verdicts.set(`${s}|${d}`, !deny.has(`${s}|${d}`));
    out.set(p.probe, verdicts);
  }
  return out;
}

/**
 * Finds an endpoint by a case reference: `ns/name` is the Pod of that namespace and name (never
 * found by parsing ids); `ip:ADDRESS` is the one External endpoint whose cidrs contain it.
 */
export function endpointFinder(endpoints: readonly EndpointView[]): (ref: string) => number | string {
  return (ref) => {
    if (ref.startsWith('ip:')) {
      const addr = parseAddress(ref.slice(3));
      if (!addr) return `bad address in case file: ${ref}`;
      const hits = endpoints.flatMap((e, i) =>
        e.kind === 'External' && (e.cidrs ?? []).some((c) => {
          const r = cidrInterval(c);
          return r !== null && r.family === addr.family && r.lo <= addr.value && addr.value <= r.hi;
        })
          ? [i]
          : [],
      );
      return hits.length === 1 ? hits[0]! : `${hits.length} External endpoints contain ${ref.slice(3)}`;
    }
    const [ns, name] = ref.split('/');
    const hits = endpoints.flatMap((e, i) => (e.kind === 'Pod' && e.namespace === ns && e.name === name ? [i] : []));
    return hits.length === 1 ? hits[0]! : `${hits.length} Pod endpoints for ${ref}`;
  };
}

function externalsOf(endpoints: readonly EndpointView[]): { id: string; cidrs: readonly string[] }[] {
  return endpoints.filter((e) => e.kind === 'External').map((e) => ({ id: e.id, cidrs: e.cidrs ?? [] }));
}

const word = (b: boolean) => (b ? 'allow' : 'deny');

/**
 * Checks one state's reachability: every probe over every ordered pair of distinct pods, every
 * check, the address coverage of the External endpoints. `conns(i, j)` is what endpoint i may
 * open to endpoint j. Returns the mismatches (empty when the state conforms).
 */
export function checkReachState(label: string, state: StateSpec, endpoints: readonly EndpointView[], conns: (from: number, to: number) => ConnSet): string[] {
  const out = coverageProblems(externalsOf(endpoints)).map((p) => `${label}: ${p}`);
  const find = endpointFinder(endpoints);
  const allowed = (from: string, to: string, probe: Probe): boolean | string => {
    const a = find(from);
    const b = find(to);
    if (typeof a === 'string') return a;
    if (typeof b === 'string') return b;
    return connHas(conns(a, b), probe.protocol, probe.port);
  };
  for (const [probeText, verdicts] of expectedVerdicts(state)) {
    const probe = parseProbe(probeText);
    for (const [pair, want] of verdicts) {
      const [s, d] = pair.split('|') as [string, string];
      const got = allowed(s, d, probe);
      if (got !== want) out.push(`${label} ${probeText}: ${s} -> ${d} expected ${word(want)}, got ${typeof got === 'string' ? got : word(got)}`);
    }
  }
  for (const c of state.checks ?? []) {
    const got = allowed(c.from, c.to, parseProbe(c.probe));
    if (got !== c.allowed) out.push(`${label} check ${c.probe}: ${c.from} -> ${c.to} expected ${word(c.allowed)}, got ${typeof got === 'string' ? got : word(got)}`);
  }
  return out;
}

type Change = 'opened' | 'closed' | 'unchanged' | 'opened and closed';

function expectedChange(before: boolean, after: boolean): Change {
  if (after && !before) return 'opened';
  if (before && !after) return 'closed';
  return 'unchanged';
}

/**
 * Checks a diff against two states: for every probe present in both states and every ordered pod
 * pair, the port is in `opened` exactly when head allows and base does not, in `closed` exactly in
 * the reverse case; checks present in both states are tested alike. `change(i, j)` is the diff's
 * opened and closed sets of the pair (both empty for a pair the diff does not list).
 */
export function checkDiffStates(
  base: StateSpec,
  head: StateSpec,
  endpoints: readonly EndpointView[],
  change: (from: number, to: number) => { opened: ConnSet; closed: ConnSet },
): string[] {
  const out = coverageProblems(externalsOf(endpoints)).map((p) => `diff: ${p}`);
  const find = endpointFinder(endpoints);
  const got = (from: string, to: string, probe: Probe): Change | string => {
    const a = find(from);
    const b = find(to);
    if (typeof a === 'string') return a;
    if (typeof b === 'string') return b;
    const c = change(a, b);
    const o = connHas(c.opened, probe.protocol, probe.port);
    const cl = connHas(c.closed, probe.protocol, probe.port);
    return o && cl ? 'opened and closed' : o ? 'opened' : cl ? 'closed' : 'unchanged';
  };
  const headVerdicts = expectedVerdicts(head);
  for (const [probeText, baseVerdicts] of expectedVerdicts(base)) {
    const hv = headVerdicts.get(probeText);
    if (!hv) continue;
    const probe = parseProbe(probeText);
    for (const [pair, before] of baseVerdicts) {
      const [s, d] = pair.split('|') as [string, string];
      const want = expectedChange(before, hv.get(pair)!);
      const g = got(s, d, probe);
      if (g !== want) out.push(`diff ${probeText}: ${s} -> ${d} expected ${want}, got ${g}`);
    }
  }
  for (const cb of base.checks ?? []) {
    const ch = (head.checks ?? []).find((c) => c.probe === cb.probe && c.from === cb.from && c.to === cb.to);
    if (!ch) continue;
    const want = expectedChange(cb.allowed, ch.allowed);
    const g = got(cb.from, cb.to, parseProbe(cb.probe));
    if (g !== want) out.push(`diff check ${cb.probe}: ${cb.from} -> ${cb.to} expected ${want}, got ${g}`);
  }
  return out;
}

