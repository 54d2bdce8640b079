import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDiff, analyzeReach, DEFAULT_OPTIONS, type SourceFile } from '../../src/analyze';
import { changedPairCount } from '../../src/diff/change-pairs';
import { flowPairs } from '../../src/engine/reach-result';
import { diffNdjsonLines, reachNdjsonLines, renderDiffJson, renderReachJson } from '../../src/report/render/json';
import { reachMarkdownChunks, reachTextChunks, renderReachMarkdown, renderReachText } from '../../src/report/render/reach';
import { MATRIX_LIMIT } from '../../src/report/model/reach-after';
import { generateRepo, SIZES } from '../../bench/generate';

function read(dir: string): SourceFile[] {
  return readdirSync(dir).map((f) => ({ path: `${dir}/${f}`, text: readFileSync(path.join(dir, f), 'utf8') }));
}

type Block = { from: string[]; to: string[] };
const pairsOf = (blocks: Block[]) => blocks.flatMap((b) => b.from.flatMap((f) => b.to.filter((t) => t !== f).map((t) => `${f} -> ${t}`))).sort();

describe('--format ndjson: one line per pair, the same pairs as the JSON blocks', () => {
  const base = read('examples/three-tier/base');
  const head = read('examples/three-tier/head');

  it('diff: a line per changed pair, with its change', () => {
    const run = analyzeDiff({ base, head, rules: null, options: DEFAULT_OPTIONS, failOn: 'new' });
    const lines = [...diffNdjsonLines(run)];
    expect(lines.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
    const parsed = lines.map((l) => JSON.parse(l) as { environment: string; from: string; to: string; change: string; before: unknown; because: unknown[] });
    expect(parsed).toHaveLength(changedPairCount(run.diff));
    // Issue 13: every line names its environment (the manifests as they are: "manifests").
    expect(new Set(parsed.map((p) => p.environment))).toEqual(new Set(['manifests']));
    expect(parsed.map((p) => `${p.from} -> ${p.to}`).sort()).toEqual(pairsOf((JSON.parse(renderDiffJson(run)) as { environments: { changes: Block[] }[] }).environments[0]!.changes));
    expect(parsed.find((p) => p.from === 'prod/api[Pod]')).toMatchObject({ to: 'prod/db[Pod]', change: 'narrowed' });
  });

  it('reach: a line per flow, with what it allows', () => {
    const reach = analyzeReach({ files: head, options: DEFAULT_OPTIONS });
    const lines = [...reachNdjsonLines(reach.result)].map((l) => JSON.parse(l) as { from: string; to: string; allow: unknown });
    expect(lines).toHaveLength([...flowPairs(reach.result)].length);
    expect(lines.map((p) => `${p.from} -> ${p.to}`).sort()).toEqual(pairsOf((JSON.parse(renderReachJson(reach.result)) as { flows: Block[] }).flows));
    expect(lines.length).toBeGreaterThan(0);
  });
});

describe('reach --format text and md: a line at a time (issue 16: no one string of every pair)', () => {
  const repo = generateRepo(SIZES.S, 1);
  const reach = analyzeReach({ files: [...repo.base].map(([p, text]) => ({ path: p, text })), options: { ...DEFAULT_OPTIONS, exposure: false } });
  const flows = [...flowPairs(reach.result)].length;

  it('text: a chunk per restricted flow, then one for the rest', () => {
    const chunks = [...reachTextChunks(reach)];
    expect(chunks.length).toBeGreaterThan(100);
    expect(chunks.slice(0, -1).every((c) => c.endsWith('\n') && c.indexOf('\n') === c.length - 1)).toBe(true);
    expect(chunks.length - 1).toBeLessThanOrEqual(flows);
    expect(chunks.join('')).toBe(renderReachText(reach));
  });

  it('md: beyond the matrix, a chunk per source line', () => {
    expect(reach.result.endpoints.length).toBeGreaterThan(MATRIX_LIMIT);
    const chunks = [...reachMarkdownChunks(reach)];
    expect(chunks.every((c) => c.endsWith('\n') && c.indexOf('\n') === c.length - 1)).toBe(true);
    expect(chunks.filter((c) => c.startsWith('- **')).length).toBeGreaterThan(50);
    expect(chunks.join('')).toBe(renderReachMarkdown(reach));
  });
});
