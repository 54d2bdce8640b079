import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReach, DEFAULT_OPTIONS } from '../../src/analyze';
import { flowPairs } from '../../src/engine/reach-result';
import { representativeLabels } from '../../src/exposure/representative-labels';
import { NAMESPACE_NAME_LABEL } from '../../src/model/kube-names';
import { labelsKey, selectorMatches } from '../../src/model/label-selector';
import type { ReachResult } from '../../src/engine/reach-result';
import { PROTOCOLS, type Protocol } from '../../src/model/types';
import { computeExposure } from '../../src/report/model/exposure';
import { parseRepresentativePeer, type RepresentativePeer } from './support/np-guard-peers';
import { type ConnSet, connSet, formatConnSet, parseConnSet } from './support/conn-set';
import { listFolders, readTree } from './support/read-tree';

/**
 * np-guard's `list --exposure` cases (issue 11), copied from ../shared/conformance/np-guard/exposure,
 * compared by meaning, all of them (none is skipped): per workload and direction, (1) what
 * flowgate's `[any namespace]/[all pods]` stand-in gets, against np-guard's "entire-cluster" line
 * joined with the lines of its representative peers that hold such a pod; (2) what the stand-in of
 * each representative peer gets, against the lines whose peers hold that stand-in's pod; (3) the
 * directions no policy isolates, against "Workloads not protected by network policies".
 * Connections by meaning (support/conn-set.ts), named ports by name (`TCP http`).
 */
const ROOT = path.resolve('test/conformance/np-guard/exposure');
const ANY = '[any namespace]/[all pods]';

/**
 * Why a case is not compared, or null. Every peer of np-guard's exposure lines is the entire
 * cluster, an address range, or a representative peer by selector (matched onto flowgate's
 * stand-ins below); a case with any other peer would be skipped with that peer as the reason.
 */
function skipReason(dir: string): string | null {
  if (!existsSync(path.join(dir, 'expected.json')) && !existsSync(path.join(dir, 'expected.txt'))) return 'np-guard wrote no expected output for this case';
  const other = exposureLines(dir).find((l) => l.peer !== 'entire-cluster' && !/^[0-9a-f:.]+[-/]/.test(l.peer) && !parseRepresentativePeer(l.peer));
  return other ? `np-guard's peer ${other.peer} is neither the entire cluster, an address range nor a representative peer` : null;
}

interface ExposureLine {
  direction: 'egress' | 'ingress';
  workload: string;
  peer: string;
  conn: string;
}

/** The exposure lines of np-guard's text output (`W \t=> \tPEER : CONN`, `W \t<= \tPEER : CONN`), for the cases without JSON. */
function exposureTextLines(dir: string): ExposureLine[] {
  const text = readFileSync(path.join(dir, 'expected.txt'), 'utf8');
  const part = text.slice(text.indexOf('Exposure Analysis Result:'));
  return part.split('\n').flatMap((l): ExposureLine[] => {
    const m = /^(\S+)\s+(=>|<=)\s+(.+?) : (.+)$/.exec(l.trim());
    return m ? [{ direction: m[2] === '=>' ? 'egress' : 'ingress', workload: m[1]!, peer: m[3]!, conn: m[4]! }] : [];
  });
}

function exposureLines(dir: string): ExposureLine[] {
  if (!existsSync(path.join(dir, 'expected.json'))) return exposureTextLines(dir);
  const j = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { exposure_results?: { egress_exposure?: { src: string; dst: string; conn: string }[]; ingress_exposure?: { src: string; dst: string; conn: string }[] } };
  const e = j.exposure_results ?? {};
  return [
    ...(e.egress_exposure ?? []).map((x) => ({ direction: 'egress' as const, workload: x.src, peer: x.dst, conn: x.conn })),
    ...(e.ingress_exposure ?? []).map((x) => ({ direction: 'ingress' as const, workload: x.dst, peer: x.src, conn: x.conn })),
  ];
}

const cases = listFolders(ROOT).map((name) => ({ name, dir: path.join(ROOT, name) }));

describe('np-guard exposure cases (issue 11), by meaning', () => {
  it('has the cases and skips each with a reason', () => {
    expect(cases.length).toBeGreaterThan(40);
    const compared = cases.filter((c) => skipReason(c.dir) === null);
    expect(compared.length).toBe(cases.length);
  });

  it.each(cases.filter((c) => skipReason(c.dir) === null).map((c) => [c.name, c.dir] as const))('%s: exposure to and from the entire cluster', (_name, dir) => {
    const analysis = analyzeReach({ files: readTree(path.join(dir, 'input')), options: DEFAULT_OPTIONS });
    const r = analysis.result;
    const conns = new Map<string, string>();
    for (const f of flowPairs(r)) conns.set(`${r.endpoints[f.from]!.id} -> ${r.endpoints[f.to]!.id}`, formatConnSet(connSet(f.conns)));
    // flowgate's [any namespace]/[all pods] is a pod without labels in a namespace the manifests do
    // not hold: np-guard's peers that hold such a pod (a namespaceSelector with only NotIn or
    // DoesNotExist, say) add their lines to the entire cluster's.
    const any = r.endpoints.findIndex((e) => e.id === ANY);
    const lines0 = exposureLines(dir);
    const expected = new Map<string, string>();
    for (const l of lines0) {
      if (!holds(r, l.peer, any)) continue;
      const k = `${l.direction} ${l.workload}`;
      const held = lines0.filter((x) => `${x.direction} ${x.workload}` === k && holds(r, x.peer, any));
      expected.set(k, formatConnSet(held.map((x) => parseConnSet(x.conn)).reduce(join, connSet({}))));
    }
    const workloads = r.endpoints.filter((e) => e.kind !== 'External' && e.kind !== 'Unlisted').map((e) => e.id);
    const lines = (m: (key: string) => string | undefined) =>
      workloads.flatMap((w) => [`egress ${w}: ${m(`egress ${w}`) ?? 'No Connections'}`, `ingress ${w}: ${m(`ingress ${w}`) ?? 'No Connections'}`]);
    const actual = lines((k) => {
      const [dir2, w] = k.split(' ') as ['egress' | 'ingress', string];
      return dir2 === 'egress' ? conns.get(`${w} -> ${ANY}`) : conns.get(`${ANY} -> ${w}`);
    });
    expect(actual).toEqual(lines((k) => expected.get(k)));
  });

  it.each(cases.filter((c) => skipReason(c.dir) !== null).map((c) => [c.name, skipReason(c.dir)!] as const))('%s is skipped: %s', (_name, reason) => {
    expect(reason.length).toBeGreaterThan(10);
  });

  // np-guard's "Workloads not protected by network policies": a direction that no policy selects
  // the workload for (A-10). It does not depend on representative peers, so every case compares it.
  it('np-guard lists dozens of unprotected directions and representative peers (the comparisons below cannot pass by reading nothing)', () => {
    const text = cases.filter((c) => existsSync(path.join(c.dir, 'expected.txt'))).map((c) => readFileSync(path.join(c.dir, 'expected.txt'), 'utf8'));
    expect(text.join('\n').match(/ is not protected on (Ingress|Egress)/g)!.length).toBeGreaterThan(50);
    expect(cases.flatMap((c) => exposureLines(c.dir)).filter((l) => parseRepresentativePeer(l.peer)).length).toBeGreaterThan(40);
  });
  it.each(cases.filter((c) => existsSync(path.join(c.dir, 'expected.txt'))).map((c) => [c.name, c.dir] as const))('%s: workloads not protected on ingress and egress', (_name, dir) => {
    const r = analyzeReach({ files: readTree(path.join(dir, 'input')), options: DEFAULT_OPTIONS }).result;
    const expected = readFileSync(path.join(dir, 'expected.txt'), 'utf8')
      .split('\n')
      .map((l) => /^(.+) is not protected on (Ingress|Egress)$/.exec(l.trim()))
      .filter((m) => m !== null)
      .map((m) => `${m[1]} ${m[2]!.toLowerCase()}`)
      .sort();
    const actual = (computeExposure(r) ?? []).flatMap((g) => g.workloads.flatMap((i) => (['ingress', 'egress'] as const).filter((d) => !g[d].isolated).map((d) => `${r.endpoints[i]!.id} ${d}`))).sort();
    expect(actual).toEqual(expected);
  });

  // np-guard's other representative peers (a selector's pods that the manifests do not list) are
  // flowgate's stand-in for the same (namespace, pod selector); stand-ins are one per distinct
  // representative labels (src/exposure/stand-in-specs.ts), so they are found by those. np-guard
  // prints, per peer, what rules naming that peer open; a pod it stands for gets what every line
  // whose peer holds that pod opens (the entire cluster's, its namespace's [all pods], ...): that
  // union is compared with the stand-in's flows.
  it.each(cases.filter((c) => exposureLines(c.dir).some((l) => parseRepresentativePeer(l.peer))).map((c) => [c.name, c.dir] as const))('%s: exposure to and from representative peers', (_name, dir) => {
    const r = analyzeReach({ files: readTree(path.join(dir, 'input')), options: DEFAULT_OPTIONS }).result;
    const conns = new Map<string, ConnSet>();
    for (const f of flowPairs(r)) conns.set(`${f.from}:${f.to}`, connSet(f.conns));
    const lines = exposureLines(dir);
    const expected: string[] = [];
    const actual: string[] = [];
    for (const l of lines) {
      const peer = parseRepresentativePeer(l.peer);
      if (!peer) continue;
      const w = r.endpoints.findIndex((e) => e.id === l.workload);
      const s = standInOf(r, peer);
      const key = `${l.direction} ${l.workload} ${l.peer}`;
      if (s < 0 || w < 0) {
        expected.push(`${key}: a stand-in`);
        actual.push(`${key}: ${s < 0 ? 'no stand-in' : 'no workload'}`);
        continue;
      }
      const holding = lines.filter((x) => x.direction === l.direction && x.workload === l.workload && holds(r, x.peer, s));
      expected.push(`${key}: ${formatConnSet(holding.map((x) => parseConnSet(x.conn)).reduce(join, connSet({})))}`);
      const got = l.direction === 'egress' ? conns.get(`${w}:${s}`) : conns.get(`${s}:${w}`);
      actual.push(`${key}: ${formatConnSet(got ?? connSet({}))}`);
    }
    expect(actual).toEqual(expected);
  });
});

/** Whether an np-guard peer (entire-cluster or a representative peer) holds the stand-in's pod. */
function holds(r: ReachResult, peerText: string, s: number): boolean {
  if (peerText === 'entire-cluster') return true;
  const peer = parseRepresentativePeer(peerText);
  if (!peer) return false;
  const e = r.endpoints[s]!;
  if (e.kind !== 'Unlisted') return false;
  const ns = r.reach.cluster.namespaces.get(e.namespace)?.labels ?? {};
  const inNamespace = 'name' in peer.namespace ? e.namespace === peer.namespace.name : 'any' in peer.namespace || selectorMatches(peer.namespace.selector, ns);
  return inNamespace && (peer.pods === null || selectorMatches(peer.pods, e.workload.labels));
}

function join(a: ConnSet, b: ConnSet): ConnSet {
  const out = connSet({ TCP: [...a.TCP, ...b.TCP], UDP: [...a.UDP, ...b.UDP], SCTP: [...a.SCTP, ...b.SCTP] });
  const names: Partial<Record<Protocol, string[]>> = {};
  for (const p of PROTOCOLS) {
    const n = [...new Set([...(a.names?.[p] ?? []), ...(b.names?.[p] ?? [])])].sort();
    if (n.length) names[p] = n;
  }
  return Object.keys(names).length ? { ...out, names } : out;
}

/** The index of flowgate's stand-in for a representative peer, or -1. */
function standInOf(r: ReachResult, peer: RepresentativePeer): number {
  const pods = peer.pods ? representativeLabels(peer.pods) : {};
  const nsLabels = 'selector' in peer.namespace ? representativeLabels(peer.namespace.selector) : {};
  if (!pods || !nsLabels) return -1;
  return r.endpoints.findIndex((e) => {
    if (e.kind !== 'Unlisted' || !e.workload.standsFor) return false;
    const s = e.workload.standsFor;
    if (labelsKey(e.workload.labels) !== labelsKey(pods)) return false;
    if ('name' in peer.namespace) return e.namespace === peer.namespace.name;
    if ('any' in peer.namespace) return 'any' in s.namespace;
    // A selector's namespace is one the manifests do not hold (its name is bracketed).
    if ('name' in s.namespace) return false;
    const { [NAMESPACE_NAME_LABEL]: _name, ...labels } = r.reach.cluster.namespaces.get(e.namespace)?.labels ?? {};
    return labelsKey(labels) === labelsKey(nsLabels);
  });
}
