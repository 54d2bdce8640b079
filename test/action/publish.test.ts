import { changedPairCount } from '../../src/diff/change-pairs';
import { describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, renderWithin, SUMMARY_LIMIT_BYTES } from '../../src/action/publish';
import { analyzeDiff } from '../../src/analyze';
import { MARKER, renderMarkdown } from '../../src/report/render/markdown';

const bytes = (s: string) => Buffer.byteLength(s);

describe('renderWithin', () => {
  it('keeps a text that fits', () => {
    expect(renderWithin((n) => `${MARKER}\n${'x'.repeat(Math.min(n, 10))}`, 100, 1000, (s) => s.length)).toBe(`${MARKER}\n${'x'.repeat(10)}`);
  });

  it('shrinks the budget until multi-byte text fits a byte limit', () => {
    const budgets: number[] = [];
    const text = renderWithin((n) => (budgets.push(n), 'é'.repeat(n)), 1000, 1000, bytes);
    expect(bytes(text)).toBeLessThan(1000);
    expect(budgets).toEqual([1000, 700, 489]);
  });

  it('falls back to a short note with the marker when nothing fits', () => {
    const text = renderWithin(() => 'x'.repeat(5000), 1000, 1000, (s) => s.length);
    expect(text.startsWith(MARKER)).toBe(true);
    expect(text).toContain('job summary');
  });

  it('keeps a large real report under the comment and summary limits', () => {
    // 150 namespaces, a pod each; the head isolates every pod but lets its neighbour in:
    // thousands of changed pairs, far more than a comment can list.
    const ns = Array.from({ length: 150 }, (_, i) => `team-${String(i).padStart(3, '0')}`);
    const pods = ns.map((n, i) => `apiVersion: v1\nkind: Pod\nmetadata: { name: app, namespace: ${n}, labels: { app: a${i} } }\nspec:\n  containers: [{ name: c, image: x, ports: [{ containerPort: 8080 }] }]\n`).join('---\n');
    const policies = ns
      .map((n, i) => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: only-neighbour, namespace: ${n} }\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]\n  ingress:\n    - from:\n        - namespaceSelector: { matchLabels: { kubernetes.io/metadata.name: ${ns[(i + 1) % ns.length]} } }\n      ports: [{ port: ${8000 + (i % 50)} }]\n`)
      .join('---\n');
    const run = analyzeDiff({ base: [{ path: 'pods.yaml', text: pods }], head: [{ path: 'pods.yaml', text: pods }, { path: 'policies.yaml', text: policies }], rules: null, options: { defaultNamespace: 'default' }, failOn: 'new' });
    expect(changedPairCount(run.diff)).toBeGreaterThan(10_000);
    const comment = renderWithin((maxChars) => renderMarkdown(run, { maxChars, summaryUrl: 'https://github.test/acme/shop/actions/runs/1' }), 60_000, COMMENT_LIMIT, (s) => s.length);
    expect(comment.length).toBeLessThan(COMMENT_LIMIT);
    expect(comment.startsWith(MARKER)).toBe(true);
    expect(comment).toContain('https://github.test/acme/shop/actions/runs/1');
    const summary = renderWithin((maxChars) => renderMarkdown(run, { maxChars }), 1_000_000, SUMMARY_LIMIT_BYTES, bytes);
    expect(bytes(summary)).toBeLessThan(SUMMARY_LIMIT_BYTES);
    expect(summary.length).toBeGreaterThanOrEqual(comment.length);
  });
});
