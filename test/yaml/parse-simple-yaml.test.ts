import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateRepo, SIZES } from '../../bench/generate';
import type { Path } from '../../src/yaml/lines';
import { parseDocuments, type ParsedFile } from '../../src/yaml/parse-documents';
import { parseSimpleDocuments } from '../../src/yaml/parse-simple-yaml';

/** Every path into a value, plus paths that do not exist below each of them. */
function pathsOf(v: unknown, p: Path = [], out: Path[] = []): Path[] {
  out.push(p, [...p, 'missing'], [...p, 0], [...p, '0'], [...p, 7]);
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...p, i], out));
  else if (v && typeof v === 'object') for (const k of Object.keys(v)) pathsOf((v as Record<string, unknown>)[k], [...p, k], out);
  return out;
}

/**
 * The fast path either gives up or agrees with the full parser on values and on every line. The
 * lines are compared in plain code and the disagreements checked once (an `expect` per path
 * costs more than both parsers over the conformance inputs' 750,000 paths).
 */
function expectSame(text: string): ParsedFile | null {
  const fast = parseSimpleDocuments('f.yaml', text);
  if (fast === null) return null;
  const full = parseDocuments('f.yaml', text);
  expect(full.diagnostics).toEqual([]);
  expect(fast.diagnostics).toEqual([]);
  expect(fast.documents.map((d) => d.value)).toEqual(full.documents.map((d) => d.value));
  const disagreements: unknown[] = [];
  fast.documents.forEach((d, i) => {
    const e = full.documents[i]!;
    for (const p of pathsOf(d.value)) {
      if (d.lineOf(p) !== e.lineOf(p)) disagreements.push([p, d.lineOf(p), e.lineOf(p)]);
      if (d.lineOf(p, 'key') !== e.lineOf(p, 'key')) disagreements.push([p, 'key', d.lineOf(p, 'key'), e.lineOf(p, 'key')]);
    }
  });
  expect(disagreements.slice(0, 10)).toEqual([]);
  return fast;
}

/** The files under `dir` (recursively) whose name passes `keep`, each text once: many cases share a model file. */
function distinctTexts(dir: string, keep: (file: string) => boolean): string[] {
  const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(path.join(d, f)).isDirectory() ? walk(path.join(d, f)) : [path.join(d, f)]));
  return [...new Set(walk(dir).filter(keep).map((f) => readFileSync(f, 'utf8')))];
}

/** Scalars and keys the fast path should mostly take (in some quoting), and wild ones it must refuse or get right. */
const SCALARS = ['app', 'web-1', 'yes', 'no', 'on', 'Off', 'y', 'N', 'true', 'null', '~', '0', '7', '-3', '+3', '0755', '0x1f', '1_000', '1:20', '1.5', '.inf', '2024-01-01', '10.0.0.0/8', '::1', 'fd00::/8', 'a b', 'a#b', 'http://x:80/y', '-x', 'é', '__proto__', '', '100m', 'NaN', '12345678901234567890', "it's", 'say "hi"', 'x y z'];
const WILD_SCALARS = ['a: b', 'a #b', '-', '- x', '*x', '&a', '!t', '|', '>-', '[a]', '{b}', '@x', '%x', '?x', ' lead', 'trail ', 'x:', 'back\\slash', 'tab\there', 'new\nline'];
const KEYS = ['a', 'b', 'app', 'kubernetes.io/name', 'a-b', 'x_y', 'Z9'];
const WILD_KEYS = ['yes', '80', 'on', 'y', 'No', 'null', '__proto__', 'a b', 'x:y', '-k', 'k-', '', 'ä'];
const scalar = fc.oneof({ arbitrary: fc.constantFrom(...SCALARS), weight: 12 }, { arbitrary: fc.constantFrom(...WILD_SCALARS), weight: 1 });
const key = fc.oneof({ arbitrary: fc.constantFrom(...KEYS), weight: 12 }, { arbitrary: fc.constantFrom(...WILD_KEYS), weight: 1 });

type Tree = string | number | boolean | null | Tree[] | { [k: string]: Tree };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
  t: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar as fc.Arbitrary<Tree>,
    fc.array(tie('t'), { maxLength: 4 }),
    fc.dictionary(key, tie('t'), { maxKeys: 4 }),
  ),
})).t;

interface Style {
  seqIndent: 0 | 2;
  step: 2 | 4;
  quote: ('plain' | 'double' | 'single')[];
  flowLeaves: boolean;
  comments: boolean;
}

function scalarText(v: Tree, style: Style, n: number): string {
  const s = String(v);
  const q = style.quote[n % style.quote.length]!;
  if (q === 'double') return JSON.stringify(s);
  if (q === 'single') return `'${s.replace(/'/g, "''")}'`;
  return s;
}

/** Writes a tree as block YAML in one of several styles (not always valid YAML: that is the point). */
function emit(v: Tree, style: Style, indent: string, out: string[], counter: { n: number }): void {
  const pad = ' '.repeat(style.step);
  const leaf = (x: Tree) => x === null || typeof x !== 'object';
  const flowOf = (x: Tree): string | null => {
    if (!style.flowLeaves || x === null || typeof x !== 'object') return null;
    if (Array.isArray(x)) return x.every(leaf) ? `[${x.map((y) => scalarText(y, style, counter.n++)).join(', ')}]` : null;
    const ks = Object.keys(x);
    return ks.every((k) => leaf(x[k]!)) ? `{${ks.map((k) => `${k}: ${scalarText(x[k]!, style, counter.n++)}`).join(', ')}}` : null;
  };
  const comment = () => {
    if (style.comments && counter.n++ % 3 === 0) out.push(counter.n % 2 ? '' : `${indent}# note ${counter.n}`);
  };
  if (Array.isArray(v)) {
    for (const item of v) {
      comment();
      const f = flowOf(item);
      if (leaf(item)) out.push(`${indent}- ${scalarText(item, style, counter.n++)}`);
      else if (f !== null) out.push(`${indent}- ${f}`);
      else {
        const sub: string[] = [];
        emit(item, style, `${indent}  `, sub, counter);
        if (!sub.length) out.push(`${indent}- ${Array.isArray(item) ? '[]' : '{}'}`);
        else out.push(`${indent}- ${sub[0]!.trimStart()}`, ...sub.slice(1));
      }
    }
    return;
  }
  for (const [k, val] of Object.entries(v as Record<string, Tree>)) {
    comment();
    const f = flowOf(val);
    if (leaf(val)) out.push(`${indent}${k}: ${scalarText(val, style, counter.n++)}`);
    else if (f !== null) out.push(`${indent}${k}: ${f}`);
    else if ((Array.isArray(val) && !val.length) || (!Array.isArray(val) && !Object.keys(val!).length)) out.push(`${indent}${k}:`);
    else {
      out.push(`${indent}${k}:`);
      emit(val, style, Array.isArray(val) ? `${indent}${' '.repeat(style.seqIndent)}` : `${indent}${pad}`, out, counter);
    }
  }
}

const style: fc.Arbitrary<Style> = fc.record({
  seqIndent: fc.constantFrom<0 | 2>(0, 2),
  step: fc.constantFrom<2 | 4>(2, 4),
  quote: fc.array(fc.constantFrom<'plain' | 'double' | 'single'>('plain', 'double', 'single'), { minLength: 1, maxLength: 3 }),
  flowLeaves: fc.boolean(),
  comments: fc.boolean(),
});

describe('the fast YAML path (parse-simple-yaml)', () => {
  it('gives the values and lines of the full parser for generated manifests, without giving up', () => {
    const repo = generateRepo(SIZES.S, 7);
    for (const [p, text] of [...repo.base, ...repo.head]) {
      const r = expectSame(text);
      expect(r, p).not.toBeNull();
    }
  });

  it('agrees with the full parser on the conformance inputs wherever it does not give up', () => {
    const texts = distinctTexts(path.resolve('test/conformance'), (f) => /\.(ya?ml|json)$/.test(f));
    expect(texts.length).toBeGreaterThan(100);
    let fast = 0;
    for (const text of texts) if (expectSame(text)) fast++;
    expect(fast).toBeGreaterThan(texts.length / 3);
  });

  it('agrees with the full parser on the hardening corpus wherever it does not give up (and gives up on every file with a problem)', () => {
    const texts = distinctTexts(path.resolve('test/hardening/corpus'), (f) => !f.endsWith('expected.json'));
    expect(texts.length).toBeGreaterThan(40);
    let fast = 0;
    // expectSame also says that the full parser found nothing wrong with a file the fast path took.
    for (const text of texts) if (expectSame(text)) fast++;
    expect(fast).toBeGreaterThan(0);
  });

  it.each([
    ['documents and markers', 'a: 1\n---\n\n---  # c\nb: [x, "y", \'z\']\n---\n'],
    ['YAML 1.1 words and numbers', 'a: yes\nb: off\nc: 0755\nd: 1:20\ne: 0x1f\nf: -3\ng: 1.5\nh: ~\ni: 2024-01-01\nj: NaN\n'],
    ['Kubernetes sequences at the key indentation', 'spec:\n  ports:\n  - port: 80\n    name: http\n  -\n  - x\n  other: {}\n'],
    ['CRLF line breaks', 'a: 1\r\nb:\r\n  c: "x"\r\n'],
    ['comments everywhere', '# head\na: 1 # one\n  # deeper\nb:   # open\n  # inside\n  c: d\n'],
  ])('%s', (_name, text) => {
    expect(expectSame(text)).not.toBeNull();
  });

  it.each([
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a tab', 'a:\t1\n'],
    ['a template', 'a: {{ .Values.x }}\n'],
    ['a key YAML 1.1 reads as a boolean', 'on: push\n'],
    ['a JSON file', '{"a": 1}\n'],
    ['a nested mapping on one line', 'a: b: c\n'],
  ])('gives up on %s', (_name, text) => {
    expect(parseSimpleDocuments('f.yaml', text)).toBeNull();
  });

  it('never disagrees with the full parser on random block YAML (values and lines)', () => {
    let taken = 0;
    const runs = Number(process.env.FLOWGATE_RUNS ?? 500);
    fc.assert(
      fc.property(fc.array(fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5 }), { minLength: 1, maxLength: 3 }), style, (docs, st) => {
        const counter = { n: 0 };
        const text = docs
          .map((d) => {
            const out: string[] = [];
            emit(d, st, '', out, counter);
            return `${out.join('\n')}\n`;
          })
          .join('---\n');
        if (expectSame(text)) taken++;
      }),
      { numRuns: runs },
    );
    // The property says something only if the fast path takes a good share of the inputs.
    expect(taken).toBeGreaterThan(runs / 10);
  });
});
