import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReach, DEFAULT_OPTIONS } from '../../src/analyze';
import { renderMarkdown } from '../../src/report/render/markdown';
import { renderReachMarkdown } from '../../src/report/render/reach';
import { cellText, parseMarkdown, readTree, runCase, tables } from './helpers';

/** What the golden cases of issue 17 must show, beyond being byte-identical to their files. */
const ROOT = path.resolve('test/fixtures');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function changeTable(md: string) {
  return tables(parseMarkdown(md)).find((t) => cellText(t, 0, 0) === 'change')!;
}

describe('issue 17 golden cases', () => {
  it('forbidden-fan-in: the rule-breaking pairs of one rule are one row, like the others', () => {
    const md = renderMarkdown(runCase(path.join(ROOT, 'forbidden-fan-in')));
    const table = changeTable(md);
    const rows = table.children.slice(1).map((_r, i) => cellText(table, i + 1, 0));
    expect(rows).toEqual(['⛔ forbidden: opened (5 pairs)', 'opened (4 pairs)']);
    expect(md).toContain('**❌ Fail — 5 new rule violations**');
  });

  it('mostly-fixed: the headline agrees with the counts, and the fixed violations are listed and counted', () => {
    const run = runCase(path.join(ROOT, 'mostly-fixed'));
    expect(run.counts).toMatchObject({ violations: 1, newViolations: 0, resolved: 8 });
    const md = renderMarkdown(run);
    expect(md).toContain('**✅ Pass — no new violation &#40;1 pre-existing&#41;; 8 violations fixed**');
    expect(md).toContain('**Rule violations:** 0 new, 1 pre-existing, 8 fixed');
    expect(md).toMatch(/^- ✔ fixed: forbid rule \*\*only checkout reaches payments-db\*\* .* no longer allows all \(8 pairs\)$/m);
  });

  it('ipblock-except: warnings are counted in the headline and the first three shown above the fold', () => {
    const md = renderMarkdown(runCase(path.join(ROOT, 'ipblock-except')));
    const head = md.slice(0, md.indexOf('####'));
    expect(head).toContain('**Warnings:** 5 (3 new)');
    expect(head.match(/^- ⚠ /gm)).toHaveLength(3);
    expect(head).toContain('- … and 2 more under **Warnings** below');
  });

  it('reach --format md on a namespace without policies: one line, byte for byte', () => {
    const expectedPath = path.join(ROOT, 'mostly-fixed', 'expected-reach-base.md');
    const md = renderReachMarkdown(analyzeReach({ files: readTree(path.join(ROOT, 'mostly-fixed', 'base')), options: { ...DEFAULT_OPTIONS, exposure: false } }));
    if (UPDATE) writeFileSync(expectedPath, md);
    expect(existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8') : null).toBe(md);
    expect(md.split('\n').filter((l) => l.trim())).toHaveLength(2);
    expect(md).toContain('No NetworkPolicy selects any of the 11 workloads');
  });
});
