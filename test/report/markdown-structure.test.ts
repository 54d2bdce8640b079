import { describe, expect, it } from 'vitest';
import type { Code, Html, Link, Text } from 'mdast';
import { MARKER, renderMarkdown } from '../../src/report/render/markdown';
import { TABLE_HEADER } from '../../src/report/render/markdown-parts';
import { buildReportModel } from '../../src/report/model/report-model';
import { cellText, deployment, diffOf, nodes, parseMarkdown, rule, tables, violation, withViolations } from './helpers';

const HOSTILE = [
  '<img src=x>',
  '[link](http://x)',
  '![img](x)',
  '@user',
  '@org/team',
  'a|b',
  '`tick`',
  'line\nbreak',
  'zero\u200bwidth',
  '#123',
  'http://evil',
  'www.evil.com',
  '<!-- flowgate-report -->',
  '</details>',
  '**bold** _em_ ~~s~~',
  '$x^2$ [^1]',
  'mail a@b.co',
  '- [ ] task',
  '\u202eright-to-left',
];

const HOSTILE_NS = 'prod';

function pod(ns: string, name: string, i: number): string {
  return `apiVersion: v1
kind: Pod
metadata: { name: ${JSON.stringify(name)}, namespace: ${JSON.stringify(ns)}, labels: { app: a${i} } }
spec:
  containers: [{ name: c, image: x, ports: [{ containerPort: 80 }] }]
`;
}

/** The second policy's hostile name is refused by the API server: it reaches the report through its error. */
function hostileRun(names: readonly string[]) {
  const pods = names.map((n, i) => pod(HOSTILE_NS, n, i)).join('---\n');
  const deny = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: deny, namespace: ${JSON.stringify(HOSTILE_NS)} }
spec: { podSelector: {}, policyTypes: [Ingress] }
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: ${JSON.stringify('<b>deny</b> @admins #1 [x](http://y)')}, namespace: ${JSON.stringify(HOSTILE_NS)} }
spec: { podSelector: { matchLabels: { app: nothing } } }
`;
  const bad = deployment(HOSTILE_NS, 'bad @user', { app: '<img src=x>' });
  const run = diffOf({ 'k8s/[x](http://e) @o/t.yaml': pods }, { 'k8s/[x](http://e) @o/t.yaml': pods, 'k8s/deny<img>\nline.yaml': deny, 'k8s/bad|file`.yaml': bad });
  const r = rule('@org/team <img src=x> [l](http://x) `rm -rf` | #42', 'forbid');
  // The violated pair names two hostile workloads, so that both are shown in full.
  const ids = run.diff.endpoints.map((e) => e.id);
  const from = ids.find((id) => id.includes('a|b')) ?? ids[0]!;
  const to = ids.find((id) => id.includes('zero')) ?? ids[1]!;
  const v = { ...violation(run, r, from, to), message: 'ping @everyone <script>alert(1)</script> http://evil #7' };
  return withViolations(run, [v]);
}

const SUMMARY_URL = 'https://github.com/o/r/actions/runs/1';
const LINKS = { serverUrl: 'https://github.com', repository: 'o/r', headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40) };
/** A link to a policy's line: the repository at one side's commit, every path segment percent-encoded. */
const SOURCE_LINK = /^https:\/\/github\.com\/o\/r\/blob\/(a{40}|b{40})\/[A-Za-z0-9%._~/-]+#L\d+$/;

/** Checks every node of the rendered comment for things flowgate did not put there. */
function expectInert(md: string, sources = false): void {
  const tree = parseMarkdown(md);
  const all = nodes(tree);
  for (const n of all) expect(['image', 'imageReference', 'linkReference', 'definition', 'footnoteReference', 'footnoteDefinition', 'delete', 'math', 'inlineMath']).not.toContain(n.type);
  const html = all.filter((n): n is Html => n.type === 'html').map((n) => n.value);
  for (const h of html) expect(h).toMatch(/^(<!-- flowgate-report -->|<details><summary>[^<>]*<\/summary>|<\/details>|<sub>|<\/sub>)$/);
  expect(html.filter((h) => h === MARKER)).toHaveLength(1);
  const links = all.filter((n): n is Link => n.type === 'link');
  for (const l of links) expect(l.url === SUMMARY_URL || (sources && SOURCE_LINK.test(l.url)), l.url).toBe(true);
  for (const t of all.filter((n): n is Text => n.type === 'text')) {
    expect(t.value).not.toMatch(/@\w/);
    expect(t.value).not.toMatch(/#\d/);
    expect(t.value).not.toMatch(/https?:\/\//);
    expect(t.value).not.toMatch(/www\./i);
    expect(t.value).not.toMatch(/[\n\u202e]/);
    // The only zero-width spaces are the ones escaping put after @, # and ':' (before //) and 'www'.
    expect(t.value.replace(/([@#:]|www)\u200b/gi, '')).not.toContain('\u200b');
  }
  for (const c of all.filter((n): n is Code => n.type === 'code')) {
    expect(c.lang).toBe('mermaid');
    for (const line of c.value.split('\n').slice(1)) {
      expect(line).toMatch(/^ {2}(n\d+\["[^"`<>[\]]*"\]|n\d+ (-->|-\.->|==>)\|"[^"`<>[\]|]*"\| n\d+)$/);
    }
  }
  for (const t of tables(tree)) {
    const width = t.children[0]!.children.length;
    for (const row of t.children) expect(row.children).toHaveLength(width);
  }
}

describe('the Markdown report, parsed', () => {
  it('has the change table with the right header, rows and columns (rule breaks first)', () => {
    const base = { 'a.yaml': [deployment('prod', 'web', { app: 'web' }), deployment('prod', 'db', { app: 'db' }), deployment('prod', 'api', { app: 'api' })].join('---\n') };
    const allowDb = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: db, namespace: prod }
spec:
  podSelector: { matchLabels: { app: db } }
  policyTypes: [Ingress]
  ingress: [{ from: [{ podSelector: { matchLabels: { app: api } } }], ports: [{ port: 8080 }] }]
`;
    const plain = diffOf(base, { ...base, 'p.yaml': allowDb });
    const run = withViolations(plain, [violation(plain, rule('web never reaches db'), 'prod/web[Deployment]', 'prod/db[Deployment]', false)]);
    const md = renderMarkdown(run, { summaryUrl: SUMMARY_URL });
    expect(md.split('\n')[0]).toBe(MARKER);
    const model = buildReportModel(run);
    const [change] = tables(parseMarkdown(md));
    expect(change!.children[0]!.children.map((_c, i) => cellText(change!, 0, i))).toEqual(TABLE_HEADER);
    expect(change!.children).toHaveLength(1 + model.rows.length);
    expect(change!.children.slice(1).map((_r, i) => `${cellText(change!, i + 1, 0)} | ${cellText(change!, i + 1, 1)} | ${cellText(change!, i + 1, 2)}`)).toEqual([
      '⛔ forbidden, pre-existing: closed | prod/web | prod/db',
      'closed (2 pairs) | any external address | prod/db',
      'narrowed | prod/api | prod/db',
    ]);
    expect(cellText(change!, 3, 4)).toBe('p.yaml:7');
    expect(cellText(change!, 3, 3)).toBe('all → TCP 8080');
    expectInert(md);
  });

  it.each([
    ['many endpoints (grouped lists)', HOSTILE],
    ['few endpoints (matrix, graph)', HOSTILE.slice(0, 4)],
  ])('lets no HTML, link, image, mention, reference or table break through from manifests: %s', (_name, names) => {
    const run = hostileRun(names);
    const md = renderMarkdown(run, { summaryUrl: SUMMARY_URL, rulesNote: 'rules @user <b>x</b> [y](http://z)', links: LINKS });
    expectInert(md, true);
    const text = nodes(parseMarkdown(md))
      .filter((n): n is Text => n.type === 'text')
      .map((t) => t.value)
      .join('');
    if (names.length <= 4) expect(md).toContain('```mermaid');
    // The hostile strings are shown (escaped), not dropped.
    expect(text).toContain('<b>deny</b> @\u200badmins #\u200b1 [x](http:\u200b//y)');
    expect(text).toContain('deny<img>\\u{a}line.yaml');
    expect(text).toContain('@\u200borg/team <img src=x> [l](http:\u200b//x) `rm -rf` | #\u200b42');
    if (names.length <= 4) {
      expect(text).toContain('prod/[link](http:\u200b//x)');
      expect(text).toContain('prod/![img](x)');
      expect(text).toContain('prod/@\u200buser');
      expect(md).toContain('```mermaid');
    } else {
      expect(text).toContain('prod/a|b');
      expect(text).toContain('prod/zero\\u{200b}width');
    }
    expect(md.includes('<details><summary>Reachability after this change')).toBe(true);
  });

  it('an unsafe summary URL is not linked', () => {
    const run = hostileRun(HOSTILE.slice(0, 2));
    const md = renderMarkdown(run, { summaryUrl: 'javascript:alert(1)' });
    expect(nodes(parseMarkdown(md)).filter((n) => n.type === 'link')).toEqual([]);
    expect(md).not.toContain('javascript');
  });
});
