import { Composer, LineCounter, Parser, type Document } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findTemplate, scanCst } from '../../src/yaml/scan-cst';
import { capComposerErrors, checkComposed, parseStream } from '../../src/yaml/guards';

// The limits that keep hostile YAML bounded, each at a small size.

function compose(text: string): { doc: Document.Parsed; lineAt: (offset: number) => number } {
  const lc = new LineCounter();
  const tokens = [...new Parser(lc.addNewLine).parse(text)];
  const [doc] = [...new Composer({ version: '1.1', uniqueKeys: false, logLevel: 'error' }).compose(tokens)] as Document.Parsed[];
  return { doc: doc!, lineAt: (o) => lc.linePos(o).line };
}

describe('parseStream', () => {
  const run = (text: string, depth: number, lexemes = 1e9, stopAt = Infinity) => {
    let n = 0;
    return parseStream(text, () => {}, () => ++n < stopAt, depth, lexemes);
  };

  const lineOf = (text: string, end: ReturnType<typeof parseStream>) => (end.end === 'done' ? null : text.slice(0, end.offset).split('\n').length);

  it.each([
    ['flow', '[[[[x]]]]', 3, 1],
    ['flow within the limit', '[[[x]]]', 3, null],
    ['block', 'a:\n b:\n  c:\n   d: x\n', 3, 4],
    ['compact sequences', '- - - - x\n', 3, 1],
  ])('stops %s nesting past the limit, on the line that goes too deep', (_, text, depth, line) => {
    const end = run(text, depth);
    expect(end.end).toBe(line === null ? 'done' : 'too-deep');
    expect(lineOf(text, end)).toBe(line);
  });

  it('stops past the token budget, and when told to', () => {
    expect(run('a: b\nc: d\n', 100, 3)).toMatchObject({ end: 'too-large' });
    expect(run('a\n---\nb\n---\nc\n', 100, 1e9, 2)).toMatchObject({ end: 'stopped' });
  });
});

describe('capComposerErrors', () => {
  it('keeps the first errors and counts the rest (the yaml library still calls the field it patches)', () => {
    const composer = new Composer({ version: '1.1' });
    const dropped = capComposerErrors(composer, 5);
    const docs = [...composer.compose(new Parser().parse(`a: "${'\\q'.repeat(100)}"\n`))];
    expect(docs[0]!.errors).toHaveLength(5);
    expect(dropped()).toBe(95);
  });
});

describe('checkComposed', () => {
  const problems = (text: string, depth?: number, aliases?: number) => {
    const { doc, lineAt } = compose(text);
    return checkComposed(doc, lineAt, 100, depth, aliases).map((p) => `${p.code}@${lineAt(p.offset)}`);
  };

  it.each([
    ['a plain mapping', 'a: 1\nb: [1, 2]\n', []],
    ['a duplicate key', 'a: 1\nb: 2\na: 3\n', ['yaml-duplicate-key@3']],
    ['1 and "1", one JSON key', '1: a\n"1": b\n', ['yaml-duplicate-key@2']],
    ['a merge key', 'x: &x {a: 1}\nz:\n  <<: *x\n  b: 2\n', []],
    ['a merge key twice (kustomize refuses it)', 'x: &x {a: 1}\ny: &y {b: 2}\nz:\n  <<: *x\n  <<: *y\n', ['yaml-duplicate-key@5']],
    ['a list as a key', '? [a, b]\n: c\n', ['yaml-complex-key@1']],
    ['an alias of a mapping as a key', 'x: &k {a: 1}\n*k : 2\n', ['yaml-complex-key@2']],
    ['an alias inside its own anchor', 'a: &a\n  b: *a\n', ['yaml-alias-cycle@2']],
    ['an alias chain deeper than the limit', 'a: &a [x]\nb: &b [*a]\nc: &c [*b]\nd: [*c]\n', ['yaml-too-deep@1']],
    ['more aliases than the limit', 'a: &a x\nb: [*a, *a, *a, *a]\n', ['yaml-alias-limit@1']],
  ])('%s', (_, text, expected) => {
    expect(problems(text, 4, 3)).toEqual(expected);
  });

  it('stops a billion laughs by the size it would expand to', () => {
    let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 8; i++) text += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    expect(problems(text)).toEqual(['yaml-alias-limit@1']);
  });
});

describe('templates and unclosed openers', () => {
  const template = (text: string) => {
    const t = findTemplate(text, scanCst([...new Parser().parse(text)]).dataRanges);
    return t === null ? null : text.slice(t, t + 2);
  };

  it.each([
    ['a template in a plain scalar', 'name: web-{{ .Release.Name }}\n', '{{'],
    ['a template as a value', 'name: {{ .Release.Name }}\n', '{{'],
    ['a template line', '{{- if .Values.on }}\na: 1\n{{- end }}\n', '{{'],
    ['a template in double quotes', 'a: "{{ $labels.pod }} down"\n', null],
    ['a template in single quotes', "a: '{{ .Labels.job }}'\n", null],
    ['a template in a block scalar', 'a: |\n  {{ range . }}x{{ end }}\n', null],
    ['a template in a comment', '# {{ .Values }}\na: 1\n', null],
    ['an opening without a close', 'a: "{{"\nb: {{\n', null],
  ])('%s', (_, text, found) => {
    expect(template(text)).toBe(found);
  });

  it('finds the quote or bracket that was never closed', () => {
    const scan = scanCst([...new Parser().parse('a: ok\nb: "open\nc: [1, 2\n')]);
    expect(scan.unclosed).toEqual([9]);
    const flow = scanCst([...new Parser().parse('a:\n  b: [1,\n  c: 2\n')]);
    expect(flow.unclosed).toEqual([8]);
  });
});
