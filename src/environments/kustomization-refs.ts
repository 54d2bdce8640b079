import { isRecord } from '../yaml/plain-data';

/** The file names kustomize reads as a folder's kustomization, in its order of preference. */
export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

/** Fields whose entries are files or folders that kustomize loads (a folder: another kustomization). */
const LOADED = ['resources', 'bases', 'components', 'transformers', 'generators', 'validators', 'crds', 'configurations', 'patchesStrategicMerge'] as const;

/** What a kustomization refers to: local paths (relative to its folder) and what it would fetch. */
export interface KustomizationRefs {
  /** Entries that must be files or folders on disk (field, entry). */
  local: { field: string; path: string }[];
  /** Entries kustomize would fetch from the network (URLs, git repositories). */
  remote: { field: string; ref: string }[];
  /** helmCharts entries: their name, version and chart home, to check they are vendored. */
  charts: { name: string; version: string | null; home: string }[];
}

/**
 * Whether a reference is remote as kustomize reads it: a URL, a git address (`git@host:`,
 * `git::`, `github.com/owner/repo`), or a `?ref=` query. Kustomize has no switch to refuse them,
 * so flowgate refuses them before rendering (issue 13).
 */
export function isRemoteRef(ref: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(ref) || /^git(@|::)/.test(ref) || /^(github\.com|gitlab\.com|bitbucket\.org)[/:]/.test(ref) || /\?(ref|version|timeout|submodules)=/.test(ref) || /^[\w.-]+\.[a-z]{2,}\/[^/]+\/[^/]+\/\//.test(ref);
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function add(out: KustomizationRefs, field: string, ref: string): void {
  if (isRemoteRef(ref)) out.remote.push({ field, ref });
  else out.local.push({ field, path: ref });
}

/** A generator's `files`/`envs` entries: `KEY=path` or `path`. */
function generatorFiles(out: KustomizationRefs, field: string, list: unknown): void {
  if (!Array.isArray(list)) return;
  for (const g of list) {
    if (!isRecord(g)) continue;
    for (const f of strings(g.files)) add(out, `${field}.files`, f.includes('=') ? f.slice(f.indexOf('=') + 1) : f);
    for (const f of strings(g.envs)) add(out, `${field}.envs`, f);
    if (typeof g.env === 'string') add(out, `${field}.env`, g.env);
  }
}

/** The references of one kustomization document (its parsed value). */
export function kustomizationRefs(doc: unknown): KustomizationRefs {
  const out: KustomizationRefs = { local: [], remote: [], charts: [] };
  if (!isRecord(doc)) return out;
  for (const field of LOADED) for (const r of strings(doc[field])) add(out, field, r);
  for (const field of ['patches', 'patchesJson6902', 'replacements'] as const) {
    const list = doc[field];
    if (Array.isArray(list)) for (const p of list) if (isRecord(p) && typeof p.path === 'string') add(out, `${field}.path`, p.path);
  }
  if (isRecord(doc.openapi) && typeof doc.openapi.path === 'string') add(out, 'openapi.path', doc.openapi.path);
  generatorFiles(out, 'configMapGenerator', doc.configMapGenerator);
  generatorFiles(out, 'secretGenerator', doc.secretGenerator);
  const home = isRecord(doc.helmGlobals) && typeof doc.helmGlobals.chartHome === 'string' ? doc.helmGlobals.chartHome : 'charts';
  if (Array.isArray(doc.helmCharts)) {
    for (const c of doc.helmCharts) {
      if (!isRecord(c) || typeof c.name !== 'string') continue;
      out.charts.push({ name: c.name, version: typeof c.version === 'string' ? c.version : null, home });
      if (typeof c.valuesFile === 'string') add(out, 'helmCharts.valuesFile', c.valuesFile);
    }
  }
  return out;
}
