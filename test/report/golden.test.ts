import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiffAnalysis } from '../../src/analyze';
import { diffJsonChunks, formatJson, renderDiffJson } from '../../src/report/render/json';
import { MARKER, renderMarkdown } from '../../src/report/render/markdown';
import { renderText } from '../../src/report/render/text';
import { runCase as run } from './helpers';

/**
 * Golden cases: test/fixtures/<case>/{base/,head/,rules.yml} in, expected.{md,json,txt} out, byte
 * for byte. UPDATE_GOLDEN=1 rewrites the expected files; on a mismatch the actual output is
 * written beside them as expected.actual.<ext> (git-ignored).
 */
const ROOT = path.resolve('test/fixtures');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function render(r: DiffAnalysis): Record<'md' | 'json' | 'txt', string> {
  return { md: renderMarkdown(r), json: renderDiffJson(r), txt: renderText(r) };
}

const cases = readdirSync(ROOT)
  .filter((c) => existsSync(path.join(ROOT, c, 'base')) && existsSync(path.join(ROOT, c, 'head')))
  .sort();

describe('golden reports (test/fixtures)', () => {
  it('has the cases', () => {
    expect(cases).toEqual(expect.arrayContaining(['invalid-manifest', 'ipblock-except', 'namespace-default-deny', 'three-tier']));
  });

  describe.each(cases)('%s', (name) => {
    const dir = path.join(ROOT, name);
    const first = render(run(dir));

    it.each(['md', 'json', 'txt'] as const)('expected.%s matches byte for byte', (ext) => {
      const expectedPath = path.join(dir, `expected.${ext}`);
      const actualPath = path.join(dir, `expected.actual.${ext}`);
      if (UPDATE) writeFileSync(expectedPath, first[ext]);
      const expected = existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8') : null;
      if (expected !== first[ext]) writeFileSync(actualPath, first[ext]);
      expect(expected, `${name}/expected.${ext} differs; see ${name}/expected.actual.${ext} (UPDATE_GOLDEN=1 to accept)`).toBe(first[ext]);
    });

    it('renders byte-identical output twice (determinism)', () => {
      expect(render(run(dir))).toEqual(first);
    });

    it('opens the comment with the marker, and the JSON with the contract fields', () => {
      expect(first.md.startsWith(`${MARKER}\n`)).toBe(true);
      const json = JSON.parse(first.json) as Record<string, unknown> & { environments: Record<string, unknown>[] };
      // Issue 13: the content is one environment's; the verdict is on top.
      expect(Object.keys(json)).toEqual(['version', 'environments', 'counts', 'exitCode', 'reason', 'detected', 'tools']);
      expect(json.environments).toHaveLength(1);
      expect(Object.keys(json.environments[0]!)).toEqual(expect.arrayContaining(['name', 'source', 'endpoints', 'changes', 'violations', 'diagnostics']));
      expect(json.version).toBe(2);
    });

    it('writes the JSON in chunks that join to exactly the one-string form', () => {
      const chunks = [...diffJsonChunks(run(dir))];
      expect(chunks.length).toBeGreaterThan(5);
      expect(chunks.join('')).toBe(first.json);
      expect(first.json).toBe(`${formatJson(JSON.parse(first.json))}\n`);
    });
  });
});
