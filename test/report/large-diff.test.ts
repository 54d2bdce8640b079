import { changedPairCount } from '../../src/diff/change-pairs';
import { describe, expect, it } from 'vitest';
import type { Html } from 'mdast';
import type { DiffAnalysis } from '../../src/analyze';
import { connsOf } from '../../src/model/conns';
import { MARKER, MAX_COMMENT_CHARS, renderMarkdown } from '../../src/report/render/markdown';
import { buildReportModel } from '../../src/report/model/report-model';
import { renderText } from '../../src/report/render/text';
import type { Violation } from '../../src/rules/types';
import { cellText, deployment, diffOf, endpoint, nodes, parseMarkdown, rule, tables, withViolations } from './helpers';

const N = 300;
const name = (i: number) => `payment-service-with-a-rather-long-name-${String(i).padStart(3, '0')}`;

/**
 * A generated change with thousands of changed flows and hundreds of distinct rows: each workload
 * gets its own policy that allows only its successor, so no two rows can be merged.
 */
function chain(): DiffAnalysis {
  const apps = Array.from({ length: N }, (_x, i) => deployment('shop', name(i), { app: `w${i}` })).join('---\n');
  const policies = Array.from(
    { length: N },
    (_x, i) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: only-from-successor-${i}, namespace: shop }
spec:
  podSelector: { matchLabels: { app: w${i} } }
  policyTypes: [Ingress]
  ingress: [{ from: [{ podSelector: { matchLabels: { app: w${(i + 1) % N} } } }], ports: [{ port: ${1000 + i} }] }]
`,
  ).join('---\n');
  return diffOf({ 'apps.yaml': apps }, { 'apps.yaml': apps, 'policies.yaml': policies });
}

function id(i: number): string {
  return `shop/${name(i)}[Deployment]`;
}

/** New forbid violations on 40 narrowed pairs (one rule each), and one require rule broken by every other source of w0. */
function violationsOf(run: DiffAnalysis): Violation[] {
  const forbid: Violation[] = Array.from({ length: 40 }, (_x, k) => {
    const i = k * 7;
    const r = rule(`successor of ${i} never reaches it`, 'forbid', 10 + k);
    return { rule: r, sources: [endpoint(run, id((i + 1) % N))], targets: [endpoint(run, id(i))], pairs: 1, ports: connsOf('TCP', [[1000 + i, 1000 + i]]), isNew: true, message: 'forbidden' };
  });
  const require = rule('everyone reaches w0 on TCP 1000', 'require', 99);
  const missing: Violation[] = [];
  for (let i = 2; i < N; i++) missing.push({ rule: require, sources: [endpoint(run, id(i))], targets: [endpoint(run, id(0))], pairs: 1, ports: connsOf('TCP', [[1000, 1000]]), isNew: false, message: 'missing' });
  return [...forbid, ...missing];
}

describe('a large diff stays readable and under the comment limit', () => {
  const plain = chain();
  const run = withViolations(plain, violationsOf(plain));
  // The report with the default budget, rendered once for the cases that read it (a render of
  // this diff costs seconds of CPU); "is deterministic" renders a second diff built anew.
  let rendered: string | undefined;
  const defaultReport = () => (rendered ??= renderMarkdown(run));

  it('is large: thousands of changed flows, hundreds of rows', () => {
    expect(changedPairCount(run.diff)).toBeGreaterThan(N * (N - 1));
    expect(buildReportModel(run).rows.length).toBeGreaterThan(2 * N);
  });

  it('fits in MAX_COMMENT_CHARS, keeps every violation and rule-breaking row, and says what it left out', () => {
    const md = renderMarkdown(run, { summaryUrl: 'https://github.com/o/r/actions/runs/7' });
    expect(md.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(md.startsWith(`${MARKER}\n`)).toBe(true);
    for (let k = 0; k < 40; k++) expect(md).toContain(`**successor of ${k * 7} never reaches it**`);
    expect(md).toContain('**everyone reaches w0 on TCP 1000**');
    expect(md).toMatch(/\*\*Left out to stay under GitHub's comment size limit:\*\* .*\d+ of \d+ rows of the change table/);
    expect(md).toContain('[job summary](https://github.com/o/r/actions/runs/7)');
    // Only what was there is said to be left out: too many rows for a graph, no folded groups.
    expect(md).not.toMatch(/Left out.*(the graph|members of folded groups)/);
    const tree = parseMarkdown(md);
    const [open, folded] = tables(tree);
    expect(folded, 'rows past the first ones are folded into <details>').toBeDefined();
    const shownForbidden = open!.children.slice(1).filter((_r, i) => cellText(open!, i + 1, 0).startsWith('⛔ forbidden'));
    expect(shownForbidden).toHaveLength(40);
    for (const t of tables(tree)) for (const row of t.children) expect(row.children).toHaveLength(5);
    const html = nodes(tree).filter((n): n is Html => n.type === 'html');
    for (const h of html) expect(h.value).toMatch(/^(<!-- flowgate-report -->|<details><summary>[^<>]*<\/summary>|<\/details>|<sub>|<\/sub>)$/);
  });

  it('groups the require rule broken by 298 sources into one line', () => {
    const md = defaultReport();
    const lines = md.split('\n').filter((l) => l.includes('everyone reaches w0 on TCP 1000') && l.startsWith('- '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`the 298 workloads in namespace shop other than`);
    expect(lines[0]).toContain('(298 pairs)');
  });

  it('with a tighter budget drops more, but never the violations headline and the rule-breaking rows first', () => {
    const md = renderMarkdown(run, { maxChars: 20_000 });
    expect(md.length).toBeLessThanOrEqual(20_000);
    expect(md).toContain('**Rule violations:** 40 new, 298 pre-existing');
    expect(md).toContain('#### Rule violations');
    expect(md).toContain('**successor of 0 never reaches it**');
    const [open] = tables(parseMarkdown(md));
    expect(cellText(open!, 1, 0)).toMatch(/^⛔ forbidden: narrowed/);
  });

  it('with a budget too small for every violation, lists as many as fit and counts the rest', () => {
    const md = renderMarkdown(run, { maxChars: 5_000 });
    expect(md.length).toBeLessThanOrEqual(5_000);
    expect(md).toContain('**successor of 0 never reaches it**');
    expect(md).toMatch(/- … and \d+ more violation groups, left out for size/);
  });

  it('is deterministic', () => {
    expect(defaultReport()).toBe(renderMarkdown(withViolations(chain(), violationsOf(plain))));
  });

  it('the text report keeps everything (no budget)', () => {
    const lines = renderText(run).split('\n');
    const section = lines.slice(lines.indexOf('Changed flows:') + 1, lines.indexOf('', lines.indexOf('Changed flows:')));
    expect(section.filter((l) => /^ {2}\S/.test(l))).toHaveLength(buildReportModel(run).rows.length);
  });
});

describe('a namespace-wide change is one row', () => {
  it('says "every workload in the cluster" and "all 40 workloads in namespace shop"', () => {
    const shop = Array.from({ length: 40 }, (_x, i) => deployment('shop', `svc-${i}`, { app: `svc-${i}` })).join('---\n');
    const other = Array.from({ length: 20 }, (_x, i) => deployment('other', `app-${i}`, { app: `app-${i}` })).join('---\n');
    const deny = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: default-deny, namespace: shop }
spec: { podSelector: {}, policyTypes: [Ingress] }
`;
    const run = diffOf({ 'a.yaml': shop, 'b.yaml': other }, { 'a.yaml': shop, 'b.yaml': other, 'deny.yaml': deny });
    expect(changedPairCount(run.diff)).toBe(60 * 40 - 40 + 2 * 40);
    const [table] = tables(parseMarkdown(renderMarkdown(run)));
    expect(table!.children).toHaveLength(2);
    expect([0, 1, 2, 3, 4].map((c) => cellText(table!, 1, c))).toEqual([
      'closed (2440 pairs)',
      'every workload in the cluster (60), any external address',
      'all 40 workloads in namespace shop',
      'all → none',
      'deny.yaml:1',
    ]);
  });
});
