import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { DiffEndpoint } from '../../src/diff/compute-diff';
import { shortLabels } from '../../src/report/model/report-model';
import { renderMarkdown } from '../../src/report/render/markdown';
import { TABLE_HEADER } from '../../src/report/render/markdown-parts';
import { cellText, parseMarkdown, runCase, tables } from './helpers';

/**
 * The change table must fit a PR comment (~780 px on GitHub, issue 17): measured without a
 * browser, as the characters a reader sees per cell (entities decoded, a link as its text).
 * Budgets per column, in characters, for the longest cell and for the longest unbreakable word
 * (what forces horizontal scrolling): the whole row stays within ROW_BUDGET.
 */
const CELL_BUDGET: Record<string, number> = { change: 45, from: 110, to: 110, ports: 40, why: 90 };
const WORD_BUDGET = 40;
const ROW_BUDGET = 330;

const LINKS = { serverUrl: 'https://github.com', repository: 'acme/shop', headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40) };
const ROOT = path.resolve('test/fixtures');
const cases = readdirSync(ROOT).filter((c) => !c.includes('.')).sort();

function widths(table: Table): { cell: number[]; word: number[]; row: number } {
  const cols = table.children[0]!.children.length;
  const cell = Array<number>(cols).fill(0);
  const word = Array<number>(cols).fill(0);
  let row = 0;
  for (let r = 1; r < table.children.length; r++) {
    let total = 0;
    for (let c = 0; c < cols; c++) {
      const text = cellText(table, r, c);
      total += text.length;
      cell[c] = Math.max(cell[c]!, text.length);
      word[c] = Math.max(word[c]!, ...text.split(/\s+/).map((w) => w.length));
    }
    row = Math.max(row, total);
  }
  return { cell, word, row };
}

describe('the change table stays narrow (issue 17)', () => {
  it.each(cases.flatMap((c) => [[c, 'CLI'], [c, 'action']] as const))('%s (%s): every column within its budget', (name, face) => {
    const run = runCase(path.join(ROOT, name));
    const md = renderMarkdown(run, face === 'action' ? { links: LINKS } : {});
    const table = tables(parseMarkdown(md)).find((t) => cellText(t, 0, 0) === 'change');
    if (!table) return;
    expect(table.children[0]!.children.map((_c, i) => cellText(table, 0, i))).toEqual(TABLE_HEADER);
    const w = widths(table);
    TABLE_HEADER.forEach((col, i) => {
      expect(w.cell[i], `${col}: longest cell`).toBeLessThanOrEqual(CELL_BUDGET[col]!);
      expect(w.word[i], `${col}: longest word`).toBeLessThanOrEqual(WORD_BUDGET);
    });
    expect(w.row).toBeLessThanOrEqual(ROW_BUDGET);
  });

  it('names the kind only where two workloads share a namespace and a name', () => {
    expect(renderMarkdown(runCase(path.join(ROOT, 'three-tier')))).not.toMatch(/&#91;Pod&#93;/);
    const w = (kind: string, name: string) => ({ id: `prod/${name}[${kind}]`, kind, namespace: 'prod', name }) as unknown as DiffEndpoint;
    const ext = { id: '0.0.0.0/0', kind: 'External' } as unknown as DiffEndpoint;
    expect(shortLabels([w('Deployment', 'web'), w('StatefulSet', 'web'), w('Pod', 'db'), ext])).toEqual(['prod/web[Deployment]', 'prod/web[StatefulSet]', 'prod/db', '0.0.0.0/0']);
  });
});
