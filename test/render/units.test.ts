import { describe, expect, it } from 'vitest';
import { detectEnvironments } from '../../src/environments/detect-environments';
import { isRemoteRef, kustomizationRefs } from '../../src/environments/kustomization-refs';
import { splitRendered } from '../../src/environments/split-rendered';
import { parseRulesFile } from '../../src/rules/parse-rules';

describe('splitRendered (provenance, issue 13)', () => {
  /** Where a line of text is: its file and its line in the stream. */
  const where = (files: { path: string; text: string; firstLine?: number }[], line: string) =>
    files.flatMap((f) => {
      const i = f.text.split('\n').indexOf(line);
      return i < 0 ? [] : [`${f.path}:${(f.firstLine ?? 1) + i}`];
    });

  it('helm: each document goes to its template, at its line in the stream', () => {
    const text = '---\n# Source: shop/templates/a.yaml\nkind: A\n---\n# Source: shop/templates/b.yaml\nkind: B\n---\n# Source: shop/templates/a.yaml\nkind: C\n---\n# Source: shop/templates/a.yaml\nkind: D\n';
    const files = splitRendered(text, { tool: 'helm', chartFolder: 'charts/shop' }, 'charts/shop/Chart.yaml');
    expect(['kind: A', 'kind: B', 'kind: C', 'kind: D'].flatMap((l) => where(files, l))).toEqual([
      'charts/shop/templates/a.yaml:3',
      'charts/shop/templates/b.yaml:6',
      'charts/shop/templates/a.yaml:9',
      'charts/shop/templates/a.yaml:12',
    ]);
    // Documents of one template close together are one part (blank lines between them).
    expect(files.map((f) => [f.path, f.firstLine])).toEqual([
      ['charts/shop/templates/a.yaml', 2],
      ['charts/shop/templates/b.yaml', 5],
    ]);
  });

  it('a chart of many templates renders to parts as long as the stream, not files × stream', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `---\n# Source: shop/templates/t${i}.yaml\nkind: K${i}\n`).join('');
    const files = splitRendered(text, { tool: 'helm', chartFolder: '.' }, 'Chart.yaml');
    // Far apart in the stream, one template's documents are parts of their own.
    const far = splitRendered(`---\n# Source: shop/templates/a.yaml\nkind: A\n${text}---\n# Source: shop/templates/a.yaml\nkind: Z\n`, { tool: 'helm', chartFolder: '.' }, 'Chart.yaml');
    expect(far.filter((f) => f.path === 'templates/a.yaml').map((f) => f.firstLine)).toEqual([2, 6005]);
    expect(files).toHaveLength(2000);
    expect(files.reduce((n, f) => n + f.text.length, 0)).toBeLessThan(text.length);
    expect(where(files, 'kind: K1999')).toEqual(['templates/t1999.yaml:6000']);
  });

  it('kustomize: the origin annotation names the file and is removed, with an annotations key left empty', () => {
    const text = 'kind: A\nmetadata:\n  annotations:\n    config.kubernetes.io/origin: |\n      path: ../repo/base/a.yaml\n  name: a\n---\nkind: B\nmetadata:\n  annotations:\n    keep: "1"\n    config.kubernetes.io/origin: |\n      configuredIn: ../repo/kustomization.yaml\n      configuredBy:\n        kind: ConfigMapGenerator\n  name: b\n';
    const files = splitRendered(text, { tool: 'kustomize', toRepoPath: (p) => p.replace('../repo/', '') }, 'k.yaml');
    expect(files.map((f) => f.path)).toEqual(['base/a.yaml', 'kustomization.yaml']);
    expect(files[0]!.text).not.toContain('annotations');
    expect(files[0]!.text).not.toContain('origin');
    expect(files[1]!.text).toContain('keep: "1"');
    expect(files[1]!.text).not.toContain('configuredBy');
    expect(where(files, '  name: b')).toEqual(['kustomization.yaml:16']);
  });
});

describe('kustomization references', () => {
  it.each([
    ['https://github.com/a/b//c?ref=v1', true],
    ['git@github.com:a/b.git', true],
    ['github.com/a/b/c', true],
    ['ssh://git@host/x', true],
    ['../../base', false],
    ['web.yaml', false],
  ])('%s is remote: %s', (ref, remote) => {
    expect(isRemoteRef(ref)).toBe(remote);
  });

  it('reads every field kustomize loads', () => {
    const refs = kustomizationRefs({ resources: ['a'], components: ['c'], patches: [{ path: 'p.yaml' }], configMapGenerator: [{ files: ['k=f.txt'] }], helmCharts: [{ name: 'redis', version: '1.0' }] });
    expect(refs.local.map((l) => l.path)).toEqual(['a', 'c', 'p.yaml', 'f.txt']);
    expect(refs.charts).toEqual([{ name: 'redis', version: '1.0', home: 'charts' }]);
  });
});

describe('detectEnvironments', () => {
  it('chart roots (not subcharts), unreferenced kustomizations (not components), and the plain rest', () => {
    const listing = {
      paths: ['app/Chart.yaml', 'app/charts/sub/Chart.yaml', 'k/base/kustomization.yaml', 'k/prod/kustomization.yaml', 'k/comp/kustomization.yaml', 'plain/a.yaml', 'k/base/x.yaml', 'k/base/extra/kustomization.yaml'],
      kustomizations: new Map<string, unknown>([
        ['k/base', { resources: ['x.yaml', 'extra'] }],
        ['k/base/extra', {}],
        ['k/prod', { resources: ['../base'], components: ['../comp'] }],
        ['k/comp', { kind: 'Component' }],
      ]),
    };
    const envs = detectEnvironments(listing, ['**/*.yaml'], (p) => p.endsWith('.yaml'));
    expect(envs.map((e) => [e.name, e.source.kind])).toEqual([
      ['app', 'helm'],
      ['k/prod', 'kustomize'],
      ['manifests', 'manifests'],
    ]);
    // The plain rest leaves out each folder once (k/base/extra goes with k/base): short enough to pin.
    expect(envs[2]!.source).toMatchObject({ exclude: ['app/**', 'k/base/**', 'k/comp/**', 'k/prod/**'] });
  });
});

describe('environments in the rules file', () => {
  it.each([
    ['two sources', '  - { name: a, kustomize: k, manifests: ["x"] }', /give one source, not kustomize and manifests/],
    ['no source', '  - { name: a }', /give a source/],
    ['a duplicate name', '  - { name: a, kustomize: k }\n  - { name: a, kustomize: j }', /environment "a" is defined twice/],
    ['a path out of the repository', '  - { name: a, kustomize: ../x }', /environments\[0\]\.kustomize/],
    ['a program path', '  - { name: a, command: [/usr/bin/env, sh] }', /must be a name looked up on PATH/],
    ['helm: true without kustomize', '  - { name: a, helm: true, manifests: ["x"] }', /helm: true goes beside kustomize/],
  ])('rejects %s', (_what, entries, message) => {
    const r = parseRulesFile('rules.yml', `environments:\n${entries}\nrules: { forbid: [{ name: r, from: { any: true }, to: { any: true } }] }\n`);
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message).join('\n')).toMatch(message);
  });

  it('a rule naming an environment the file does not define is an error', () => {
    const r = parseRulesFile('rules.yml', 'environments:\n  - { name: prod, kustomize: k }\nrules: { forbid: [{ name: r, environments: [prd], from: { any: true }, to: { any: true } }] }\n');
    expect(r.diagnostics.map((d) => d.message)).toContain('rule "r" names environment "prd" that environments: does not define (defined: prod)');
  });
});

describe('the JSON wrap over environments', () => {
  it('written in chunks, it is exactly formatJson of the document (nested environments included)', async () => {
    const { analyzeDiff, DEFAULT_OPTIONS } = await import('../../src/analyze');
    const { environmentsJsonChunks, formatJson } = await import('../../src/report/render/json');
    const { WEB, webPolicy } = await import('./fake-tools');
    const run = analyzeDiff({ base: [{ path: 'a.yaml', text: `${WEB}---\n${webPolicy(false)}` }], head: [{ path: 'a.yaml', text: `${WEB}---\n${webPolicy(true)}` }], rules: null, options: DEFAULT_OPTIONS, failOn: 'new' });
    const envs = [
      { name: 'prod', source: { kind: 'kustomize', path: 'k' }, run },
      { name: 'staging', source: { kind: 'manifests' }, run },
    ];
    const text = [...environmentsJsonChunks(envs, { counts: run.counts, exitCode: 0, reason: 'r', detected: true, tools: ['kustomize v5'] })].join('');
    const doc = JSON.parse(text) as { environments: { name: string; changes: unknown[] }[]; detected: boolean };
    expect(text).toBe(`${formatJson(doc)}\n`);
    expect(doc.environments.map((e) => [e.name, e.changes.length > 0])).toEqual([
      ['prod', true],
      ['staging', true],
    ]);
    expect(doc.detected).toBe(true);
  });
});

describe('the text report over environments', () => {
  it('a line at a time: the verdict, each environment under its name with a blank line after it, the tools (issue 16)', async () => {
    const { analyzeDiff, DEFAULT_OPTIONS } = await import('../../src/analyze');
    const { environmentsTextChunks } = await import('../../src/report/render/environments');
    const { renderText } = await import('../../src/report/render/text');
    const { WEB, webPolicy } = await import('./fake-tools');
    const run = analyzeDiff({ base: [{ path: 'a.yaml', text: `${WEB}---\n${webPolicy(false)}` }], head: [{ path: 'a.yaml', text: `${WEB}---\n${webPolicy(true)}` }], rules: null, options: DEFAULT_OPTIONS, failOn: 'new' });
    const env = (name: string) => ({ spec: { name, source: { kind: 'manifests' as const, globs: ['**'], exclude: [] }, line: 3 }, run });
    const a = { environments: [env('prod'), env('staging')], detected: false, tools: ['kustomize v5'], counts: run.counts, exitCode: 0 as const, reason: 'no new violation' };
    const chunks = [...environmentsTextChunks(a)];
    expect(chunks.every((c) => c.endsWith('\n'))).toBe(true);
    expect(chunks.length).toBeGreaterThan(renderText(run).split('\n').length);
    const text = renderText(run);
    expect(chunks.join('')).toBe(`flowgate: PASS - no new violation\n\n== environment prod (manifests **) ==\n${text}\n== environment staging (manifests **) ==\n${text}\nRendered with kustomize v5.\n`);
    expect([...environmentsTextChunks({ ...a, environments: [env('prod')] })].join('')).toBe(`${text}Rendered with kustomize v5.\n`);
  });
});
