import type { DiffEndpoint } from '../../diff/compute-diff';

/** One phrase of a set description; renderers escape `namespace` and `id`. */
export type SetPhrase =
  | { kind: 'every-workload'; count: number }
  | { kind: 'every-external' }
  | { kind: 'every-external-family'; family: 4 | 6 }
  | { kind: 'namespace'; namespace: string; count: number }
  | { kind: 'namespace-except'; namespace: string; count: number; except: string[] }
  | { kind: 'external-except'; except: string[] }
  | { kind: 'endpoint'; id: string }
  | { kind: 'more'; count: number };

export interface SetDescription {
  phrases: SetPhrase[];
  /** Endpoints named only as "and N more": listed in the report's group details when room. */
  folded: number[];
}

/** Explicit endpoints named before the rest is folded into "and N more". */
export const NAMED_LIMIT = 3;
/** A set that misses at most this many of a namespace (or of the external ranges) is named by what it misses. */
export const EXCEPT_LIMIT = 3;

/**
 * Describes sets of endpoints against a universe (the endpoints a section is about): a set that
 * holds every workload of a namespace is "all N workloads in namespace X", every workload "every
 * workload in the cluster", every external range "any external address". Stand-ins (issue 11)
 * are not workloads here: each is named by its id.
 */
export class SetDescriber {
  private readonly workloads: number;
  private readonly externals: number;
  private readonly perNamespace = new Map<string, number>();
  private readonly perFamily = { 4: 0, 6: 0 };

  /** `labels[i]` names endpoint i in phrases (short labels); its id when not given. */
  constructor(
    private readonly endpoints: readonly DiffEndpoint[],
    private readonly universe: readonly number[],
    private readonly labels: readonly string[] = endpoints.map((e) => e.id),
  ) {
    let w = 0;
    let x = 0;
    for (const i of universe) {
      const e = endpoints[i]!;
      if (e.kind === 'External') {
        x++;
        this.perFamily[e.range.family]++;
      } else if (e.kind !== 'Unlisted') {
        w++;
        this.perNamespace.set(e.namespace, (this.perNamespace.get(e.namespace) ?? 0) + 1);
      }
    }
    this.workloads = w;
    this.externals = x;
  }

  private family(i: number): 4 | 6 {
    const e = this.endpoints[i]!;
    return e.kind === 'External' ? e.range.family : 4;
  }

  /** The ids of the universe's endpoints of a kind that `list` does not hold. */
  private missing(list: readonly number[], inScope: (e: DiffEndpoint) => boolean): string[] {
    const held = new Set(list);
    return this.universe.filter((i) => !held.has(i) && inScope(this.endpoints[i]!)).map((i) => this.labels[i]!);
  }

  /** `members` are endpoint indices, sorted ascending (workloads by id, then external ranges). */
  describe(members: readonly number[]): SetDescription {
    const byNs = new Map<string, number[]>();
    const ext: number[] = [];
    // Issue 11: stand-ins are named one by one, never counted as workloads of a namespace.
    const standIns: number[] = [];
    for (const i of members) {
      const e = this.endpoints[i]!;
      if (e.kind === 'External') ext.push(i);
      else if (e.kind === 'Unlisted') standIns.push(i);
      else {
        const list = byNs.get(e.namespace);
        if (list) list.push(i);
        else byNs.set(e.namespace, [i]);
      }
    }
    const phrases: SetPhrase[] = [];
    const named: number[] = [];
    const wCount = members.length - ext.length - standIns.length;
    if (wCount > 1 && wCount === this.workloads) phrases.push({ kind: 'every-workload', count: wCount });
    else {
      for (const [ns, list] of byNs) {
        const total = this.perNamespace.get(ns)!;
        if (list.length > 1 && list.length === total) phrases.push({ kind: 'namespace', namespace: ns, count: list.length });
        else if (list.length > NAMED_LIMIT && total - list.length <= EXCEPT_LIMIT) {
          const missing = this.missing(list, (e) => e.kind !== 'External' && e.kind !== 'Unlisted' && e.namespace === ns);
          phrases.push({ kind: 'namespace-except', namespace: ns, count: list.length, except: missing });
        } else named.push(...list);
      }
    }
    const families = new Set(ext.map((i) => this.family(i)));
    const oneFamily = families.size === 1 ? [...families][0]! : null;
    if (ext.length > 1 && ext.length === this.externals) phrases.push({ kind: 'every-external' });
    else if (oneFamily && ext.length > 1 && ext.length === this.perFamily[oneFamily]) phrases.push({ kind: 'every-external-family', family: oneFamily });
    else if (ext.length > NAMED_LIMIT && this.externals - ext.length <= EXCEPT_LIMIT) {
      phrases.push({ kind: 'external-except', except: this.missing(ext, (e) => e.kind === 'External') });
    } else named.push(...ext);
    named.push(...standIns);
    named.sort((a, b) => a - b);
    const shown = named.length > NAMED_LIMIT + 1 ? named.slice(0, NAMED_LIMIT) : named;
    for (const i of shown) phrases.push({ kind: 'endpoint', id: this.labels[i]! });
    const folded = named.slice(shown.length);
    if (folded.length) phrases.push({ kind: 'more', count: folded.length });
    return { phrases, folded };
  }
}

/** Plain-text form of a phrase; `quote` wraps names (Markdown escapes them, text leaves them). */
export function formatPhrase(p: SetPhrase, quote: (s: string) => string): string {
  switch (p.kind) {
    case 'every-workload':
      return `every workload in the cluster (${p.count})`;
    case 'every-external':
      return 'any external address';
    case 'every-external-family':
      return `any external IPv${p.family} address`;
    case 'namespace':
      return `all ${p.count} workloads in namespace ${quote(p.namespace)}`;
    case 'namespace-except':
      return `the ${p.count} workloads in namespace ${quote(p.namespace)} other than ${p.except.map(quote).join(', ')}`;
    case 'external-except':
      return `any external address other than ${p.except.map(quote).join(', ')}`;
    case 'endpoint':
      return quote(p.id);
    case 'more':
      return `and ${p.count} more`;
  }
}

/** A whole description, phrases joined by commas. */
export function formatSet(d: SetDescription, quote: (s: string) => string): string {
  return d.phrases.map((p) => formatPhrase(p, quote)).join(', ');
}
