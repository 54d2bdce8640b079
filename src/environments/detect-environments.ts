import path from 'node:path/posix';
import { KUSTOMIZATION_FILES, kustomizationRefs } from './kustomization-refs';
import { releaseName } from './parse-environments';
import type { EnvironmentSpec } from './types';

/** What detection needs of a tree: its file paths (posix, relative) and its kustomizations, parsed. */
export interface TreeListing {
  paths: readonly string[];
  /** Each kustomization file's folder ('' for the root) and its parsed document. */
  kustomizations: ReadonlyMap<string, unknown>;
}

const dirOf = (p: string) => (path.dirname(p) === '.' ? '' : path.dirname(p));
const under = (p: string, dir: string) => dir === '' || p === dir || p.startsWith(`${dir}/`);

/** Chart roots: folders with Chart.yaml that are not inside another chart (its `charts/` subcharts render with it). */
function chartRoots(paths: readonly string[]): string[] {
  const charts = paths.filter((p) => path.basename(p) === 'Chart.yaml').map(dirOf).sort();
  return charts.filter((c) => !charts.some((o) => o !== c && under(c, o)));
}

/** Kustomizations no other kustomization refers to (as a resource, base or component), outside charts; Components left out. */
function kustomizeRoots(listing: TreeListing, charts: readonly string[]): { roots: string[]; all: string[] } {
  const all = [...listing.kustomizations.keys()].filter((d) => !charts.some((c) => under(d, c))).sort();
  const known = new Set(all);
  const referenced = new Set<string>();
  for (const [dir, doc] of listing.kustomizations) {
    for (const ref of kustomizationRefs(doc).local) {
      const target = path.normalize(path.join(dir || '.', ref.path)).replace(/\/$/, '');
      const t = target === '.' ? '' : target;
      if (known.has(t) && t !== dir) referenced.add(t);
    }
  }
  const isComponent = (d: string) => {
    const doc = listing.kustomizations.get(d);
    return typeof doc === 'object' && doc !== null && (doc as Record<string, unknown>).kind === 'Component';
  };
  return { roots: all.filter((d) => !referenced.has(d) && !isComponent(d)), all };
}

/**
 * Issue 13: the environments of a repository whose rules file names none. Each Helm chart root
 * (rendered with its default values), each kustomization that no other one refers to, and the
 * plain manifests outside those folders (matching `globs`) as one environment, named `manifests`.
 * Charts and kustomizations are named by their folder (`.` for the root). `hasPlain` tells
 * whether any plain manifest is left. Pure: the caller lists the tree.
 */
export function detectEnvironments(listing: TreeListing, globs: readonly string[], isManifest: (p: string) => boolean): EnvironmentSpec[] {
  const charts = chartRoots(listing.paths);
  const { roots, all } = kustomizeRoots(listing, charts);
  const out: EnvironmentSpec[] = [];
  for (const c of charts) out.push({ name: c || '.', source: { kind: 'helm', chart: c || '.', values: [], namespace: null, release: releaseName(c || 'chart') }, line: null });
  for (const k of roots) out.push({ name: k || '.', source: { kind: 'kustomize', path: k || '.', enableHelm: false }, line: null });
  // A folder inside another one is left out with it: the exclusions stay short enough to pin.
  const folders = [...new Set([...charts, ...all])].filter((f, _, fs) => !fs.some((o) => o !== f && under(f, o))).sort();
  if (folders.includes('')) return out;
  const plain = listing.paths.some((p) => isManifest(p) && !folders.some((f) => under(p, f)));
  if (plain) out.push({ name: 'manifests', source: { kind: 'manifests', globs: [...globs], exclude: folders.map((f) => `${f}/**`) }, line: null });
  return out;
}

const KIND_LABEL = { helm: 'helm chart', kustomize: 'kustomize', manifests: 'plain', command: 'command' } as const;

/**
 * The detected environments of both sides: an environment that only one side has is empty on
 * the other. Environments are told apart by kind and name: a folder named like the plain
 * environment (`manifests/` with a kustomization) must not replace it, or a pull request that
 * adds such a kustomization would drop every plain manifest from the analysis. Names that two
 * kinds share get the kind after them: `manifests (plain)`, `manifests (kustomize)`.
 */
export function mergeDetected(base: readonly EnvironmentSpec[], head: readonly EnvironmentSpec[]): EnvironmentSpec[] {
  const byKey = new Map<string, EnvironmentSpec>();
  for (const e of [...head, ...base]) {
    const key = `${e.source.kind}\0${e.name}`;
    const had = byKey.get(key);
    if (!had) byKey.set(key, e);
    else if (had.source.kind === 'manifests' && e.source.kind === 'manifests') {
      byKey.set(key, { ...had, source: { ...had.source, exclude: [...new Set([...had.source.exclude, ...e.source.exclude])].sort() } });
    }
  }
  const all = [...byKey.values()];
  const shared = new Set(all.filter((e, i) => all.findIndex((o) => o.name === e.name) !== i).map((e) => e.name));
  const named = all.map((e) => (shared.has(e.name) ? { ...e, name: `${e.name} (${KIND_LABEL[e.source.kind]})` } : e));
  const order = (e: EnvironmentSpec) => (e.source.kind === 'manifests' ? 1 : 0);
  return named.sort((a, b) => order(a) - order(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export { KUSTOMIZATION_FILES };
