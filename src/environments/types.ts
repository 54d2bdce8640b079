/**
 * Issue 13: an environment is one thing that reaches a cluster (a Kustomize overlay, a Helm chart
 * with its values, plain manifests, or the output of a generator command), analysed on its own.
 */
export type EnvironmentSource =
  | { kind: 'kustomize'; path: string; /** `--enable-helm`: only when the rules file says `helm: true`. */ enableHelm: boolean }
  | { kind: 'helm'; chart: string; values: readonly string[]; namespace: string | null; release: string }
  | { kind: 'manifests'; globs: readonly string[]; /** Globs left out (`!glob` in the rules file; detected plain manifests skip chart and kustomization folders). */ exclude: readonly string[] }
  | { kind: 'command'; argv: readonly string[] };

export interface EnvironmentSpec {
  name: string;
  source: EnvironmentSource;
  /** Its line in the rules file; null when flowgate detected it. */
  line: number | null;
}

/** How an environment's source reads in a report: `kustomize deploy/overlays/prod`. */
export function describeSource(s: EnvironmentSource): string {
  switch (s.kind) {
    case 'kustomize':
      return `kustomize ${s.path}${s.enableHelm ? ' (helm: true)' : ''}`;
    case 'helm':
      return `helm ${s.chart}${s.values.length ? ` -f ${s.values.join(' -f ')}` : ''}${s.namespace ? ` -n ${s.namespace}` : ''}`;
    case 'manifests':
      return `manifests ${s.globs.join(', ')}${s.exclude.length ? ` (not ${s.exclude.join(', ')})` : ''}`;
    case 'command':
      return `command ${s.argv.map((a) => (/^[\w./:=@%+-]+$/.test(a) ? a : JSON.stringify(a))).join(' ')}`;
  }
}

/** The rules-file entry that pins an environment, as a YAML flow mapping (what a detected one would be written as). */
export function pinnedEntry(e: EnvironmentSpec): string {
  const s = e.source;
  const q = (v: string) => JSON.stringify(v);
  switch (s.kind) {
    case 'kustomize':
      return `{ name: ${q(e.name)}, kustomize: ${q(s.path)}${s.enableHelm ? ', helm: true' : ''} }`;
    case 'helm':
      return `{ name: ${q(e.name)}, helm: { chart: ${q(s.chart)}${s.values.length ? `, values: [${s.values.map(q).join(', ')}]` : ''}${s.namespace ? `, namespace: ${s.namespace}` : ''}, release: ${s.release} } }`;
    case 'manifests':
      return `{ name: ${q(e.name)}, manifests: [${[...s.globs, ...s.exclude.map((x) => `!${x}`)].map(q).join(', ')}] }`;
    case 'command':
      return `{ name: ${q(e.name)}, command: [${s.argv.map(q).join(', ')}] }`;
  }
}
