import { EMPTY_CONNS, formatConnSet, parseConnSet } from './conn-set';
import { cidrInterval, formatIpv4, IPV4_MAX, parseIpv4Range, type AddressInterval } from './ip-address';

/**
 * Flows by meaning, for comparing flowgate with np-guard (np-guard README "compare by meaning"):
 * workload pairs keyed `src => dst` with a value string, and for each workload and direction a
 * function over IPv4 addresses, as merged segments that cover the whole space.
 */
export interface FlowsByMeaning {
  pairs: Map<string, string>;
  /** `to W` (external sources into W) or `from W` (W to external destinations) -> segments. */
  externals: Map<string, Segment[]>;
}

export interface Segment {
  lo: bigint;
  hi: bigint;
  value: string;
}

/** A peer of np-guard's text: a workload `ns/name[Kind]` or IPv4 ranges `a-b,c-d[External]`. */
export type NpGuardPeer = { workload: string } | { ranges: AddressInterval[] };

export function parsePeer(text: string): NpGuardPeer {
  const ext = /^(.+)\[External\]$/.exec(text);
  if (!ext) {
    if (!/^[^/\s]+\/[^/\s]+\[[A-Za-z]+\]$/.test(text)) throw new Error(`not a workload: "${text}"`);
    return { workload: text };
  }
  const ranges = ext[1]!.split(',').map((r) => {
    const iv = parseIpv4Range(r);
    if (!iv) throw new Error(`not an IPv4 range: "${r}" in "${text}"`);
    return iv;
  });
  return { ranges };
}

/** Collects lines into pairs and per-workload external segments; `unset` fills address gaps. */
export class FlowCollector {
  readonly pairs = new Map<string, string>();
  private readonly raw = new Map<string, Segment[]>();
  readonly problems: string[] = [];

  add(from: NpGuardPeer, to: NpGuardPeer, value: string): void {
    if ('workload' in from && 'workload' in to) {
      const k = `${from.workload} => ${to.workload}`;
      if (this.pairs.has(k)) this.problems.push(`pair ${k} appears twice`);
      this.pairs.set(k, value);
    } else if ('workload' in to && 'ranges' in from) {
      this.addSegments(`to ${to.workload}`, from.ranges, value);
    } else if ('workload' in from && 'ranges' in to) {
      this.addSegments(`from ${from.workload}`, to.ranges, value);
    } else {
      this.problems.push('a line between two address ranges');
    }
  }

  private addSegments(key: string, ranges: readonly AddressInterval[], value: string): void {
    const list = this.raw.get(key) ?? [];
    for (const r of ranges) if (r.family === 4) list.push({ lo: r.lo, hi: r.hi, value });
    this.raw.set(key, list);
  }

  /** The collected flows, each external function over all of IPv4 with touching equal segments merged. */
  result(unset: string): FlowsByMeaning {
    const externals = new Map<string, Segment[]>();
    for (const [key, list] of this.raw) {
      const sorted = [...list].sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0));
      const out: Segment[] = [];
      const push = (s: Segment) => {
        const last = out[out.length - 1];
        if (last && last.value === s.value && last.hi + 1n === s.lo) last.hi = s.hi;
        else out.push({ ...s });
      };
      let next = 0n;
      for (const s of sorted) {
        if (s.lo < next) this.problems.push(`${key}: address ${formatIpv4(s.lo)} is covered twice`);
        if (s.lo > next) push({ lo: next, hi: s.lo - 1n, value: unset });
        push(s);
        if (s.hi + 1n > next) next = s.hi + 1n;
      }
      if (next <= IPV4_MAX) push({ lo: next, hi: IPV4_MAX, value: unset });
      // A function that is `unset` everywhere says nothing.
      if (!(out.length === 1 && out[0]!.value === unset)) externals.set(key, out);
    }
    return { pairs: this.pairs, externals };
  }
}

/** The IPv4 part of an External endpoint's cidrs (np-guard is IPv4 only: convention 4). */
export function ipv4Intervals(cidrs: readonly string[]): AddressInterval[] {
  return cidrs.map((c) => cidrInterval(c)).filter((r): r is AddressInterval => r !== null && r.family === 4);
}

/** Parses a connlist expected.txt (np-guard README "Grammar of connlist"). */
export function parseConnlist(text: string): FlowsByMeaning {
  const c = new FlowCollector();
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const m = /^(\S+) => (\S+) : (.+)$/.exec(line);
    if (!m) throw new Error(`not a connlist line: "${line}"`);
    c.add(parsePeer(m[1]!), parsePeer(m[2]!), formatConnSet(parseConnSet(m[3]!)));
  }
  if (c.problems.length) throw new Error(c.problems.join('; '));
  return c.result(formatConnSet(EMPTY_CONNS));
}

function formatSegments(list: readonly Segment[]): string {
  return list.map((s) => `${formatIpv4(s.lo)}-${formatIpv4(s.hi)}: ${s.value}`).join('; ');
}

/** Differences between two flow sets, one line each (empty when they mean the same). */
export function compareFlows(expected: FlowsByMeaning, got: FlowsByMeaning): string[] {
  const out: string[] = [];
  for (const k of [...new Set([...expected.pairs.keys(), ...got.pairs.keys()])].sort()) {
    const e = expected.pairs.get(k);
    const g = got.pairs.get(k);
    if (e !== g) out.push(`${k}: expected ${e ?? '(no line)'}, got ${g ?? '(no line)'}`);
  }
  for (const k of [...new Set([...expected.externals.keys(), ...got.externals.keys()])].sort()) {
    const e = formatSegments(expected.externals.get(k) ?? []);
    const g = formatSegments(got.externals.get(k) ?? []);
    if (e !== g) out.push(`externals ${k}: expected [${e || 'nothing'}], got [${g || 'nothing'}]`);
  }
  return out;
}

