import { describe, expect, it } from 'vitest';
import { analyzeDiff, DEFAULT_OPTIONS, type SourceFile } from '../../src/analyze';
import { renderMarkdown } from '../../src/report/render/markdown';
import { BASE_FILES, HEAD_FILES, RULES } from './scenario';

const files = (m: Record<string, string>): SourceFile[] => Object.entries(m).map(([path, text]) => ({ path, text }));

const teams = Array.from(
  { length: 12 },
  (_, i) => `---
apiVersion: apps/v1
kind: Deployment
metadata: { name: svc, namespace: team-${i} }
spec:
  selector: { matchLabels: { app: svc } }
  template:
    metadata: { labels: { app: svc } }
    spec: { containers: [{ name: c, image: i }] }
`,
).join('');

const mermaidOf = (md: string) => /```mermaid\n([\s\S]*?)```/.exec(md)?.[1] ?? null;

describe('stand-ins in the Markdown report (issue 11)', () => {
  it('the Mermaid graph draws stand-ins as endpoints: the forbidden edge from dev and staging, the rest grouped', () => {
    const run = analyzeDiff({ base: files(BASE_FILES), head: files(HEAD_FILES), rules: { path: 'rules.yml', text: RULES }, options: DEFAULT_OPTIONS, failOn: 'new' });
    const graph = mermaidOf(renderMarkdown(run));
    expect(graph).not.toBeNull();
    const nodes = [...graph!.matchAll(/^ {2}(n\d+)\["(.*)"\]$/gm)].map((m) => [m[1], m[2]]);
    const label = (id: string) => nodes.find(([n]) => n === id)?.[1];
    const edges = [...graph!.matchAll(/^ {2}(n\d+) (==>|-->|-\.->)\|"(.*)"\| (n\d+)$/gm)].map((m) => `${label(m[1]!)} ${m[2]} ${label(m[4]!)}: ${m[3]}`);
    // Mermaid's entity codes for the brackets (escapeMermaid).
    expect(edges.map((e) => e.replace(/#91;/g, '[').replace(/#93;/g, ']'))).toEqual([
      'dev/[all pods], staging/[all pods] ==> prod/db: FORBIDDEN opened: TCP 3306',
      '[any namespace]/[all pods], default/[all pods], prod/[all pods] --> prod/db: opened: TCP 3306',
    ]);
  });

  it('a large repository stays readable: stand-ins with the same flows share one row and one graph node', () => {
    const base = { ...BASE_FILES, 'k8s/teams.yaml': teams };
    const head = { ...HEAD_FILES, 'k8s/teams.yaml': teams };
    const run = analyzeDiff({ base: files(base), head: files(head), rules: null, options: DEFAULT_OPTIONS, failOn: 'new' });
    // 12 listed workloads, their 12 namespaces' stand-ins and the other stand-ins gain the same port.
    expect(run.diff.endpoints.filter((e) => e.kind === 'Unlisted').length).toBeGreaterThan(14);
    const md = renderMarkdown(run);
    const graph = mermaidOf(md)!;
    expect(graph.match(/-->/g)).toHaveLength(1);
    expect(graph).toMatch(/opened: TCP 3306/);
    const rows = md.split('\n').filter((l) => l.startsWith('|') && l.includes('opened'));
    expect(rows).toHaveLength(1);
  });
});
