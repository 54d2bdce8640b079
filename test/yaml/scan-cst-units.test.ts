import { Parser } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findTemplate, openerBefore, rangeEndAt, scanCst } from '../../src/yaml/scan-cst';
import { parseDocuments } from '../../src/yaml/parse-documents';

// Unit tables for src/yaml/scan-cst.ts (issue 18): which text is data (comments, quoted and
// block scalars), which openers are never closed, and where a Go template stands in YAML
// structure. Offsets are counted by hand in the texts below.

const scan = (text: string) => scanCst([...new Parser().parse(text)]);

describe('scanCst', () => {
  it.each([
    // "x" 3-6, "# c" 7-10, the block scalar from its header (14) to the end of its body (20), 'y' 23-26.
    ['quoted, comment and block scalars', 'a: "x" # c\nb: |\n  t\nc: \'y\'\n', [[3, 6], [7, 10], [14, 20], [23, 26]], []],
    // The header's comment (7-10) lies inside the block scalar's range (3-15): one range.
    ['a block scalar with a comment on its header', 'a: |- # c\n  x {{ y }}\n', [[3, 22]], []],
    ['a comment then a key', '#c\n"a": 1\n', [[0, 2], [3, 6]], []],
    ['`#` right after a quote is no comment', 'a: "x"#c\n', [[3, 8]], []],
    ['flow collections, closed', 'a: [1]\nb: {c: 2}\n', [], []],
  ])('%s', (_, text, dataRanges, unclosed) => {
    expect(scan(text)).toEqual({ dataRanges, unclosed });
  });

  it.each([
    ['a closed double quote', 'a: "ab"\n', []],
    ['a double quote ended by an escaped quote', 'a: "ab\\"\n', [3]],
    ['a double quote after an escaped backslash', 'a: "ab\\\\"\n', []],
    ['a single quote with an escaped quote inside', "a: 'it''s'\n", []],
    ['a single quote ended by an escaped quote', "a: 'it''\n", [3]],
    ['an empty single-quoted scalar', "a: ''\n", []],
    ['three single quotes', "a: '''\n", [3]],
    ['a lone double quote', 'a: "\n', [3]],
    // At the end of the text the source ends with the quote character itself.
    ['a lone double quote at the end of the text', 'a: "', [3]],
    ['a lone single quote at the end of the text', "a: '", [3]],
    ['an escaped double quote at the end of the text', 'a: "ab\\"', [3]],
    ['an escaped backslash, then the closing quote, at the end', 'a: "ab\\\\"', []],
    ['three backslashes then a quote at the end', 'a: "ab\\\\\\"', [3]],
    ['a backslash right after the opening quote', 'a: "\\"', [3]],
    ['an escaped single quote at the end of the text', "a: 'it''", [3]],
    ['an escaped single quote, then the closing one, at the end', "a: 'it'''", []],
    ['two single quotes at the end of the text', "a: ''", []],
    ['an open list', 'a: [1, 2\n', [3]],
    ['an open mapping', 'a: {b: 1\n', [3]],
    ['an open list and an open quote in it, sorted', '- "a"\n- [x, "y\n', [8, 12]],
  ])('%s', (_, text, unclosed) => {
    expect(scan(text).unclosed).toEqual(unclosed);
  });
});

describe('rangeEndAt and openerBefore', () => {
  const ranges: [number, number][] = [
    [0, 5],
    [10, 15],
    [20, 25],
  ];

  it.each([
    [-1, -1],
    [0, 5],
    [4, 5],
    [5, -1],
    [9, -1],
    [10, 15],
    [14, 15],
    [15, -1],
    [20, 25],
    [24, 25],
    [25, -1],
    [100, -1],
  ])('the range that holds %d ends at %d', (offset, end) => {
    expect(rangeEndAt(ranges, offset)).toBe(end);
  });

  it.each([
    [0, null],
    [8, null],
    [9, 9],
    [15, 9],
    [20, 20],
    [29, 20],
    [30, 30],
    [1000, 30],
  ])('the last opener at or before %d is %j', (offset, opener) => {
    expect(openerBefore({ dataRanges: [], unclosed: [9, 20, 30] }, offset)).toBe(opener);
  });
});

describe('findTemplate', () => {
  const at = (text: string) => findTemplate(text, scan(text).dataRanges);

  it.each([
    ['none', 'a: 1\n', null],
    ['an opening with no close after it', 'a: "}}"\nb: {{\n', null],
    ['a close before the opening', '}}{{\n', null],
    ['an empty template', '{{}}\n', 0],
    ['after a template in quotes', 'a: "{{ x }}"\nb: {{ y }}\n', 16],
    ['after a template in a comment', '# {{ x }}\nb: {{ y }}\n', 13],
    ['in a block scalar with a comment on its header (data, as in the header without one)', 'a: |- # note\n  x {{ y }}\n', null],
    ['after a block scalar', 'a: |\n  {{ x }}\nb: {{ y }}\n', 18],
  ])('%s', (_, text, found) => {
    expect(at(text)).toBe(found);
  });

  it('reads a Prometheus rule whose block scalar header carries a comment (was refused as a Go template)', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: rules\ndata:\n  rule: |- # alert text\n    Pod is down.\n    See {{ $value }}\n';
    const parsed = parseDocuments('f.yaml', text);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.documents.map((d) => d.value)).toEqual([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'rules' }, data: { rule: 'Pod is down.\nSee {{ $value }}' } }]);
  });
});
