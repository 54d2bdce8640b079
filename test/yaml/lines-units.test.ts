import { Composer, Document, LineCounter, Parser } from 'yaml';
import { describe, expect, it } from 'vitest';
import { documentLines, formatPath, pointerToPath } from '../../src/yaml/lines';
import { isRecord } from '../../src/yaml/plain-data';

// Unit tables for src/yaml/lines.ts and plain-data.ts (issue 18): the one line contract of
// src/yaml (the line of a value, or of its key; a missing path gives its deepest existing
// ancestor), JSON Pointers from ajv, and paths in messages.

function linesOf(text: string, fallback?: number) {
  const lc = new LineCounter();
  const [doc] = [...new Composer({ version: '1.1' }).compose(new Parser(lc.addNewLine).parse(text))] as Document[];
  return documentLines(doc!, (o) => lc.linePos(o).line, fallback);
}

describe('documentLines', () => {
  const TEXT = [
    '# head', // 1
    'a:', // 2
    '  b: 1', // 3
    '  list:', // 4
    '  - x', // 5
    '  - k: v', // 6
    '    j:', // 7
    '  ref: *anchor', // 8
    'c: &anchor', // 9 (the anchor is written after its alias: the alias resolves to nothing)
    '  d: 2', // 10
    'e: *c2', // 11
    'f: &c2', // 12
    '  g: 3', // 13
    'h: &h', // 14
    '  i: 4', // 15
    'alias: *h', // 16
    '7: seven', // 17
    'empty:', // 18
    '',
  ].join('\n');
  const lineOf = linesOf(TEXT);

  it.each<[(string | number)[], 'value' | 'key' | undefined, number]>([
    [[], undefined, 2],
    [['a'], undefined, 3],
    [['a'], 'key', 2],
    [['a', 'b'], undefined, 3],
    [['a', 'b'], 'key', 3],
    [['a', 'list'], undefined, 5],
    [['a', 'list'], 'key', 4],
    [['a', 'list', 0], undefined, 5],
    [['a', 'list', 0], 'key', 5],
    [['a', 'list', '1'], undefined, 6],
    [['a', 'list', 1, 'j'], undefined, 7],
    [['a', 'list', 1, 'j'], 'key', 7],
    // Missing: the deepest ancestor that exists.
    [['a', 'list', 2], undefined, 5],
    [['a', 'list', 'x'], undefined, 5],
    [['a', 'missing'], undefined, 3],
    [['a', 'b', 'deeper'], undefined, 3],
    [['nothing', 'here'], undefined, 2],
    // Through an alias to the node its anchor names.
    [['alias'], undefined, 16],
    [['alias', 'i'], undefined, 15],
    [['alias', 'i'], 'key', 15],
    [['alias', 'nope'], undefined, 16],
    // A number key matches its written key.
    [[7], undefined, 17],
    [['7'], 'key', 17],
    // An empty value has a node on its key's line.
    [['empty'], undefined, 18],
  ])('%j (%s)', (path, at, line) => {
    expect(at === undefined ? lineOf(path) : lineOf(path, at)).toBe(line);
  });

  it('takes the fallback line for an empty document', () => {
    expect(documentLines(new Document(null), () => 99, 9)([])).toBe(9);
    expect(documentLines(new Document(null), () => 99)(['a'])).toBe(1);
  });
});

describe('pointerToPath', () => {
  it.each<[string, (string | number)[]]>([
    ['', []],
    ['/', ['']],
    ['/rules/forbid/0/from', ['rules', 'forbid', 0, 'from']],
    ['/a~1b/c~0d/~01', ['a/b', 'c~d', '~1']],
    ['/10/01/-1/1.5', [10, '01', '-1', '1.5']],
    ['/0', [0]],
  ])('%j', (pointer, path) => {
    expect(pointerToPath(pointer)).toEqual(path);
  });
});

describe('formatPath', () => {
  it.each<[(string | number)[], string]>([
    [[], 'the top level'],
    [['rules'], 'rules'],
    [['rules', 'forbid', 0, 'from', 'namespace'], 'rules.forbid[0].from.namespace'],
    [[0, 'a'], '[0].a'],
    [['a', 'b-c', '_d', 'e f', 'g.h', '9x', 'k/v'], 'a.b-c._d."e f"."g.h"."9x"."k/v"'],
    [['x', ''], 'x.""'],
  ])('%j', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe('isRecord', () => {
  it.each([
    [{}, true],
    [{ a: 1 }, true],
    [[], false],
    [null, false],
    ['x', false],
    [1, false],
    [undefined, false],
  ])('%j', (v, expected) => {
    expect(isRecord(v)).toBe(expected);
  });
});
