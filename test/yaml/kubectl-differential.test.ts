import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocuments } from '../../src/yaml/parse-documents';
import { parseSimpleDocuments } from '../../src/yaml/parse-simple-yaml';
import { buildReferenceReader, hasKustomize, readAsKubernetes, type Reading } from './reference-reader';

// Issue 10: flowgate reads a manifest as kubectl does (apimachinery's `---` split, then
// sigs.k8s.io/yaml on go-yaml v2), and where kubectl and kustomize (go-yaml v3, or `kubectl
// kustomize` where installed) read a file differently, flowgate reports an error with its line.
// The reference reader (test/yaml/reference-reader/main.go) is built from Debian's packages.

const reader = buildReferenceReader();
if ('missing' in reader) {
  console.warn(`\n${'!'.repeat(100)}\n!! SKIPPED: the kubectl differential test needs ${reader.missing}.\n!! Install: apt-get install -y golang-go golang-k8s-sigs-yaml-dev golang-gopkg-yaml.v2-dev golang-gopkg-yaml.v3-dev\n${'!'.repeat(100)}\n`);
}

interface Case {
  name: string;
  text: string;
}

const NP = (name: string, spec: string) => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ${name}\n  namespace: shop\nspec:\n${spec}`;
const DENY_INGRESS = '  podSelector: {}\n  policyTypes: [Ingress]\n';

/** The cases of issue 10, as a user (or an attacker) writes them. */
const HAND_MADE: Case[] = [
  ...[
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
    ['U+0085', '\u0085'],
    ['a lone CR', '\r'],
  ].map(([what, brk]) => ({ name: `a comment ended by ${what} (item 1)`, text: NP('deny', `${DENY_INGRESS}  # no ingress allowed${brk}  ingress: [{}]\n`) })),
  { name: 'a BOM at the start of a --- chunk (item 2)', text: `${NP('a', DENY_INGRESS)}---\n\uFEFF${NP('b', DENY_INGRESS)}` },
  { name: 'a << merge after an explicit key (item 3)', text: NP('m', '  podSelector:\n    matchLabels: {app: api, <<: {app: web}}\n') },
  { name: 'a << merge before an explicit key', text: NP('m', '  podSelector:\n    matchLabels: {<<: {app: web}, app: api}\n') },
  ...['0o100', '0X50', '0O100', '!!float 80', '080', '0b1010000', '8_0', '+80'].map((port) => ({
    name: `port: ${port} (item 4)`,
    text: NP('p', `  podSelector: {}\n  ingress:\n  - ports:\n    - port: ${port}\n`),
  })),
  { name: '`...` then more text in the chunk (item 5)', text: `${NP('allow', '  podSelector: {}\n  ingress: [{}]\n')}...\n${NP('deny', DENY_INGRESS)}` },
  { name: 'ports: [null] (item 7)', text: NP('p', '  podSelector: {}\n  ingress:\n  - ports: [null]\n') },
  { name: 'metadata.namespace: "" (item 7)', text: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n  namespace: ""\n' },
  { name: 'a JSON stream of several objects (item 7)', text: '{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "a"}}\n{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "b"}}\n' },
  // Issue 18: kubectl's JSON decoder refuses a raw line break inside a string; the yaml library folds it.
  { name: 'a JSON value with a raw line break in a string (item 18)', text: '{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "a", "labels": {"x": "b\nc"}}}\n' },
  { name: 'tab-indented JSON (item 7)', text: '{\n\t"apiVersion": "v1",\n\t"kind": "Namespace",\n\t"metadata": {\n\t\t"name": "a"\n\t}\n}\n' },
  { name: 'tab-indented flow YAML (item 7)', text: 'apiVersion: v1\nkind: Namespace\nmetadata: {\n\tname: a,\n\tlabels: {team: x}\n}\n' },
  { name: 'a single-quoted annotation continued at the key indent (item 7)', text: "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  annotations:\n    note: 'first line\n    second line'\n" },
  { name: 'the same object twice (item 7)', text: `${NP('same', DENY_INGRESS)}---\n${NP('same', DENY_INGRESS)}` },
  { name: 'a duplicate key (item 7)', text: NP('d', '  podSelector: {}\n  podSelector: {matchLabels: {app: web}}\n') },
  { name: 'a cidr with spaces (item 8)', text: NP('c', '  podSelector: {}\n  egress:\n  - to:\n    - ipBlock: {cidr: " 10.0.0.0/8 "}\n') },
  { name: 'a label value 0o17 (item 8)', text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  labels: {v: 0o17}\n' },
  // Issue 18 (mutation testing of src/yaml): a merged key is resolved as kubectl resolves it, so
  // `<<: {0o17: web}` replaces the label 15 written before it; a null key makes kubectl refuse the
  // document; ints past uint64 in another base and floats past the largest double stay strings.
  // `kubectl kustomize` refuses any int key (JSON has none); v3 reads it as a string, which leaves the merge to compare.
  { name: 'a << merge whose key v2 reads as a number (item 18, v3 only)', text: NP('m', '  podSelector:\n    matchLabels: {15: api, <<: {0o17: web}}\n') },
  { name: 'two << merges in one mapping (item 18)', text: NP('m2', '  podSelector:\n    matchLabels:\n      <<: {app: api}\n      <<: {app: web}\n') },
  { name: 'a << merge inside a merged mapping (item 18)', text: NP('m3', '  podSelector:\n    matchLabels: {app: api, <<: {<<: {app: web}}}\n') },
  { name: 'a null key (item 18)', text: NP('n', '  podSelector:\n    matchLabels: {~: web}\n') },
  { name: 'label values past uint64 and past the largest double (item 8)', text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  labels: {v: 0x10000000000000000, w: 1e400}\n' },
  // Issue 18 (security): kubectl cuts at `\n` only, so a `---` that a YAML 1.1 break puts at a
  // line start is a second document of the section, which kubectl and kustomize leave out.
  { name: 'a --- after a U+2028 line break (item 18)', text: `${NP('a', DENY_INGRESS).slice(0, -1)}\u2028---\u2028${NP('b', DENY_INGRESS)}` },
  { name: 'a --- line with text after a U+2028 break (item 18)', text: `${NP('a', DENY_INGRESS)}---\u2028${NP('b', DENY_INGRESS)}` },
  // Issue 18: go-yaml's reader refuses a file with a control character anywhere, a comment too.
  { name: 'a BEL in a comment (item 18)', text: NP('c', `${DENY_INGRESS}  # reviewed\u0007\n`) },
  // Issue 18: sigs.k8s.io/yaml makes a float key the JSON key strconv.FormatFloat(f, 'g', -1, 32) writes.
  { name: 'float and big int label keys (item 18, v3 only)', text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  labels: {3.14159265: a, 123456789.0: b, 9007199254740993: c, 1e6: d}\n' },
  // Issue 18: sigs.k8s.io/yaml turns a document into JSON, which has no NaN or infinity.
  { name: 'a .nan value (item 18)', text: NP('n', `${DENY_INGRESS}  description: .nan\n`) },
  { name: 'a ---#c line', text: `${NP('a', DENY_INGRESS)}---#c\n${NP('b', DENY_INGRESS)}` },
  { name: 'text after --- on its line', text: `${NP('a', DENY_INGRESS)}--- ${NP('b', DENY_INGRESS).split('\n')[0]}\n` },
  { name: 'a %YAML directive', text: `%YAML 1.1\n---\n${NP('a', DENY_INGRESS)}` },
  { name: 'YAML 1.1 words and times', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  on: "x"\n  b: 2024-01-01\n  c: 12:30\n' },
];

const SCALARS = ['web', '80', '0o100', '0X50', '0O100', '080', '+12', '0b11', '1_000', '0x_1F', 'yes', 'on', 'y', 'no', '~', '2024-01-01', '12:30', '1e3', '.5', '"80"', "'80'", "'it''s'", '-3', '0', '00', '09', '0755', '1.0', '!!float 80', 'true', 'Web-1'];
const BREAKS = ['\n', '\u2028', '\u2029', '\u0085', '\r'];

interface DocParts {
  label: string;
  app: string;
  port: string;
  comment: string | null;
  bom: boolean;
  merge: 'none' | 'after' | 'before';
  dup: boolean;
  tabFlow: boolean;
  quoteCont: boolean;
  endMarker: boolean;
}

const docParts: fc.Arbitrary<DocParts> = fc.record({
  label: fc.constantFrom(...SCALARS),
  app: fc.constantFrom(...SCALARS),
  port: fc.constantFrom(...SCALARS),
  comment: fc.option(fc.constantFrom(...BREAKS), { freq: 3 }),
  bom: fc.boolean(),
  merge: fc.constantFrom<DocParts['merge']>('none', 'none', 'after', 'before'),
  dup: fc.constantFrom(false, false, false, true),
  tabFlow: fc.boolean(),
  quoteCont: fc.boolean(),
  endMarker: fc.constantFrom(false, false, true),
});

function docText(p: DocParts, i: number): string {
  const lines = ['apiVersion: networking.k8s.io/v1', 'kind: NetworkPolicy', 'metadata:', `  name: p${i}`, '  labels:', `    tier: ${p.label}`];
  if (p.quoteCont) lines.push('  annotations:', "    note: 'first line", "    second line'");
  lines.push('spec:', '  podSelector:', '    matchLabels:');
  if (p.merge === 'before') lines.push('      <<: {app: merged}');
  lines.push(`      app: ${p.app}`);
  if (p.merge === 'after') lines.push('      <<: {app: merged}');
  if (p.dup) lines.push('      app: again');
  if (p.comment !== null) lines.push(`  # no ingress allowed${p.comment}  ingress: [{}]`);
  lines.push('  policyTypes: [Ingress, Egress]');
  if (p.tabFlow) lines.push('  egress: [{', `\tports: [{port: ${p.port}}]`, '  }]');
  else lines.push('  egress:', '  - ports:', `    - port: ${p.port}`);
  if (p.endMarker) lines.push('...', 'kind: Ignored');
  return `${p.bom ? '\uFEFF' : ''}${lines.join('\n')}\n`;
}

const generated = fc.record({ docs: fc.array(docParts, { minLength: 1, maxLength: 3 }), sep: fc.constantFrom('---', '--- # c', '---  ', '---#c') });
const GENERATED: Case[] = fc.sample(generated, { numRuns: Number(process.env.FLOWGATE_RUNS ?? 60), seed: 10 }).map((g, n) => ({ name: `generated #${n}`, text: g.docs.map(docText).join(`${g.sep}\n`) }));

/** YAML 1.1 words: as keys, v2 (kubectl) makes them "true", "false" or "null", v3 (kustomize) keeps them. */
const WORD_KEY = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/;
/** Leaves (and word keys) made equal: two readings of the same shape that differ only in how scalars are typed. */
const shape = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(shape) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [WORD_KEY.test(k) ? '(word)' : k, shape(x)])) : 0;
/** JSON with sorted keys (Go writes map keys sorted). */
const canon = (v: unknown): unknown => (Array.isArray(v) ? v.map(canon) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon((v as Record<string, unknown>)[k])])) : v);
const sorted = (xs: readonly unknown[]) => xs.map((x) => JSON.stringify(canon(x))).sort();

type Verdict = 'kubectl refuses' | 'agree' | 'scalar typing differs' | 'structure differs';

function verdict(r: Reading, kustomize: { docs?: unknown[]; error?: string }): Verdict {
  if (r.kubectl.some((c) => c.error !== undefined)) return 'kubectl refuses';
  const k = r.kubectl.map((c) => c.json);
  if (kustomize.error === undefined && JSON.stringify(sorted(k)) === JSON.stringify(sorted(kustomize.docs!))) return 'agree';
  if (kustomize.error === undefined && JSON.stringify(sorted(k.map(shape))) === JSON.stringify(sorted(kustomize.docs!.map(shape)))) return 'scalar typing differs';
  return 'structure differs';
}

function flowgate(text: string) {
  const parsed = parseDocuments('f.yaml', text);
  const fast = parseSimpleDocuments('f.yaml', text);
  // The fast path never reads a file otherwise than the full parser.
  if (fast) expect(fast.documents.map((d) => d.value)).toEqual(parsed.documents.map((d) => d.value));
  return {
    values: parsed.documents.map((d) => JSON.parse(JSON.stringify(d.value)) as unknown).filter((v) => v !== null),
    errors: parsed.diagnostics.filter((d) => d.severity === 'error'),
    warnings: parsed.diagnostics.filter((d) => d.severity === 'warning'),
  };
}

const dir = mkdtempSync(path.join(tmpdir(), 'flowgate-differential-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each hand-made case through `kubectl kustomize` (kustomization.yaml naming the file), its output read by kubectl's path. */
function kustomizeOutputs(bin: string, cases: readonly Case[]): Map<string, { docs?: unknown[]; error?: string }> {
  const out = new Map<string, { docs?: unknown[]; error?: string }>();
  const outputs: string[] = [];
  cases.forEach((c, i) => {
    const d = path.join(dir, `kz-${i}`);
    mkdirSync(d);
    writeFileSync(path.join(d, 'r.yaml'), c.text);
    writeFileSync(path.join(d, 'kustomization.yaml'), 'resources:\n- r.yaml\n');
    try {
      const yaml = execFileSync('kubectl', ['kustomize', d], { encoding: 'utf8', stdio: 'pipe' });
      writeFileSync(path.join(d, 'out.yaml'), yaml);
      outputs.push(path.join(d, 'out.yaml'));
    } catch (e) {
      const error = String((e as { stderr?: string }).stderr ?? e);
      // Kustomize refuses two objects with one id, which kubectl applies: that is about objects,
      // not YAML (the manifest layer's duplicate check), so the YAML comparison uses go-yaml v3.
      if (!error.includes('already registered id')) out.set(c.name, { error: error.split('\n').slice(0, 3).join(' ') });
    }
  });
  const read = readAsKubernetes(bin, outputs);
  cases.forEach((c, i) => {
    const r = read.get(path.join(dir, `kz-${i}`, 'out.yaml'));
    if (r) out.set(c.name, r.kubectl.some((x) => x.error) ? { error: 'kubectl cannot read the kustomize output' } : { docs: r.kubectl.map((x) => x.json) });
  });
  return out;
}

describe.skipIf('missing' in reader)('flowgate reads manifests as kubectl does (reference reader, issue 10)', () => {
  const bin = 'bin' in reader ? reader.bin : '';
  const cases = [...HAND_MADE, ...GENERATED];
  const files = cases.map((c, i) => {
    const f = path.join(dir, `case-${i}.yaml`);
    writeFileSync(f, c.text);
    return f;
  });
  const readings = bin ? readAsKubernetes(bin, files) : new Map<string, Reading>();
  // `kubectl kustomize` costs a process each (about 0.15 s of CPU): the cases about how the file
  // is cut and how its structure is read go through it; the rest use the go-yaml v3 approximation.
  const throughKustomize = HAND_MADE.filter((c) => !/^port: |^a comment ended by U\+20(28|29)|item 8|v3 only/.test(c.name));
  const kustomized = bin && hasKustomize() ? kustomizeOutputs(bin, throughKustomize) : new Map<string, { docs?: unknown[]; error?: string }>();
  const counts: Record<string, number> = {};
  const handled: Record<string, number> = {};
  /** Hand-made cases where the go-yaml v3 approximation and `kubectl kustomize` give the same verdict. */
  const proxy = { same: 0, different: 0 };

  it.each(cases.map((c, i) => [c.name, i] as const))('%s', (_name, i) => {
    const c = cases[i]!;
    const r = readings.get(files[i]!)!;
    const v = verdict(r, kustomized.get(c.name) ?? r.kustomize);
    const f = flowgate(c.text);
    const json = c.text.trimStart().startsWith('{');
    counts[v] = (counts[v] ?? 0) + 1;
    const how = f.errors.length ? `error ${[...new Set(f.errors.map((e) => e.code))].join('+')}` : 'read as kubectl';
    handled[`${v}: ${how}`] = (handled[`${v}: ${how}`] ?? 0) + 1;
    const viaKustomize = kustomized.get(c.name);
    if (viaKustomize) proxy[verdict(r, viaKustomize) === verdict(r, r.kustomize) ? 'same' : 'different']++;
    if (v === 'kubectl refuses') {
      // kubectl cannot apply the file: flowgate says so, with a line.
      expect(f.errors.length, JSON.stringify(r.kubectl)).toBeGreaterThan(0);
    } else if (v === 'agree') {
      expect(f.errors).toEqual([]);
      expect(sorted(f.values)).toEqual(sorted(r.kubectl.map((x) => x.json)));
    } else if (v === 'scalar typing differs' || json) {
      // Read as kubectl reads it. Scalar typing (`yes`, a date) differs between the tools only
      // where a value is a word or a time; where flowgate needs a string there (a label), a
      // non-string is an error of the manifest layer, so nothing is guessed. A JSON stream is
      // read whole, as kubectl does, with a warning that kustomize reads its first object only.
      expect(f.errors).toEqual([]);
      expect(sorted(f.values)).toEqual(sorted(r.kubectl.map((x) => x.json)));
      if (v === 'structure differs') expect(f.warnings.map((w) => w.code)).toContain('json-stream');
    } else {
      // kubectl and kustomize read the file differently: an error, with its line.
      expect(f.errors.length, `${JSON.stringify(r.kubectl)} vs ${JSON.stringify(kustomized.get(c.name) ?? r.kustomize)}`).toBeGreaterThan(0);
    }
  });

  afterAll(() => {
    console.log(`kubectl differential: ${cases.length} cases (${HAND_MADE.length} hand-made, ${kustomized.size} of them also through kubectl kustomize, ${GENERATED.length} generated): ${JSON.stringify(counts)}; handled: ${JSON.stringify(handled)}; v3 approximation vs kubectl kustomize: ${JSON.stringify(proxy)}`);
  });
});
