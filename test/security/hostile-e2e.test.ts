import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkout } from '../action/git-fixture';
import { workflowCommands } from './support/commands';
import { ALLOW_WEB_TO_DB, buildBundle, cleanup, example, LISTED_ONLY, LOCKED_BASE, ROOT, runAction, runBundle, setup } from './support/harness';
import { expectInert, visibleText } from './support/inert';

// Hostile strings from a pull request and from the rules file, through the action: they must
// reach the comment, the job summary, the check run and the workflow commands as inert text,
// never as markup, mentions, links or a second command. The first case runs the built
// dist/index.js as its own process (the stdout a runner reads); the second, its entry in this one.

beforeAll(buildBundle);
afterAll(cleanup);

const SUMMARY_URL = 'https://github.test/acme/shop/actions/runs/4242';

/**
 * Kubernetes names are restricted, file paths are not: a folder whose name holds a line break,
 * a workflow command, a legacy `##[...]` command, a mention and a link; a file name with HTML
 * and a right-to-left override.
 */
const HOSTILE_DIR = 'k8s/evil\n::error::path-injected ##[stop-commands]tok @acme/security,team:x%0A [x](javascript:alert(1))';
const HOSTILE_PATH = `${HOSTILE_DIR}/allow <img src=x> \u202egpj.yaml`;

const LONG_NAME = '\u{1F600}'.repeat(3000);
/** Rule names are free text: the same injections, quoted back by every violation. */
const RULES = `# ::error::comment-injected @acme/security
rules:
  forbid:
    - name: "web never reaches db\\n::set-output name=x::y\\n::error::rule-injected ##[set-output name=violations;]0 @acme/security <img src=x onerror=alert(1)> [click](http://evil.test) ![i](http://evil.test/i.png) \`rm -rf\` | a | b \\u200b #1"
      from: { namespace: prod, workload: web }
      to: { namespace: prod, labels: { role: db } }
    - name: "${LONG_NAME}"
      from: { namespace: prod, labels: { app: web } }
      to: { namespace: prod, workload: db }
  require:
    - name: "ghost\\r\\n::warning::req-injected @everyone \\u2028 \\u202e"
      from: { namespace: prod, workload: ghost }
      to: { namespace: prod, workload: db }
${LISTED_ONLY}`;

/** Invalid label values and keys end up quoted in diagnostics; annotation values are free text. */
const BAD_LABELS = `# ::error::comment-injected
apiVersion: v1
kind: Pod
metadata:
  name: cache
  namespace: prod
  labels:
    app: "<img src=x> @admin [a](http://evil.test)\\n::error::label-injected"
    tier: "##[set-output name=violations;]0 \\u2028 ::warning::x"
    "evil key\\n::error::key-injected": x
  annotations:
    note: "<script>alert(1)</script> @acme/security\\n::error::annotation-injected"
spec:
  containers: [{ name: c, image: x }]
`;

const INJECTED = /^::[a-z-]+( [^:]*)?::.{0,40}-injected/;

describe('hostile strings through the action', () => {
  it('stay inert in the comment, the summary, the check run and the workflow commands, and the violation is still found', async () => {
    const { repo, api } = await setup({ ...LOCKED_BASE, '.github/flowgate.yml': RULES }, { [HOSTILE_PATH]: ALLOW_WEB_TO_DB, 'k8s/labels.yaml': BAD_LABELS });
    const r = await runBundle({ repo, api, workspace: checkout(repo) });
    expect(r.status, r.stdout).toBe(1);
    // Not lost: the policy in the hostile folder is read, and opens the forbidden flow.
    expect(r.outputs['new-violations'], r.stdout).toBe('2');

    // Workflow commands: only the action's own; every injected one stays inside its field.
    const commands = workflowCommands(r.stdout);
    for (const line of r.stdout.split(/\r\n|\r|\n/)) expect(line.trim()).not.toMatch(INJECTED);
    const onPath = commands.filter((c) => c.properties.file === HOSTILE_PATH);
    expect(onPath.map((c) => c.name)).toEqual(['error']);
    expect(onPath[0]!.properties.line).toBe('11');
    const data = commands.map((c) => c.data).join('\n');
    // Quoted input is shown, with line breaks and bidi controls made visible.
    expect(data).toContain('\\u{a}::error::label-injected');
    expect(data).toContain('\\u{a}::error::rule-injected');
    expect(data).toContain('ghost\\u{d}\\u{a}::warning::req-injected @everyone \\u{2028} \\u{202e}');
    // Only the action's own line breaks (between merged findings) remain.
    for (const c of commands) expect(c.data).not.toMatch(/[\r\u2028\u2029\u202a-\u202e\u200b]/);
    // The outputs are exactly the declared ones, as counts and paths.
    const declared = Object.keys((parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { outputs: object }).outputs);
    expect(Object.keys(r.outputs).sort()).toEqual(declared.sort());
    expect(r.outputFile.split('\n').filter((l) => l && !/^[a-z-]+<<ghadelimiter_[0-9a-f-]+$|^ghadelimiter_[0-9a-f-]+$|^\d+$|^\/[^\n]+\.(json|md|sarif)$/.test(l))).toEqual([]);

    // The comment, the summary and the check run's text: Markdown with nothing but flowgate's own.
    const comment = api.comments.find((c) => c.body.startsWith('<!-- flowgate-report -->'))!.body;
    const run = api.checkRuns[0]!;
    for (const md of [comment, r.summary, run.output.text!]) expectInert(md, SUMMARY_URL);
    expectInert(r.summary);
    const text = visibleText(comment);
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('@\u200bacme/security');
    expect(text).toContain('\\u{a}::error::label-injected');
    expect(text).toContain('#\u200b#\u200b[set-output name=violations;]0');
    expect(readFileSync(r.outputs['report-markdown']!, 'utf8')).toBe(comment);

    // Check-run annotations are plain text within GitHub's limits, on the file as it is named.
    expect(run.conclusion).toBe('failure');
    expect(run.output.title.length).toBeLessThanOrEqual(255);
    for (const a of run.annotations) {
      expect(String(a.title).length).toBeLessThanOrEqual(255);
      expect(String(a.message).length).toBeLessThanOrEqual(4096);
      expect(String(a.message)).not.toMatch(/[\r\u2028\u2029\u202a-\u202e\u200b]/);
      // Clipped without cutting a surrogate pair in half.
      expect(String(a.message)).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
    const blamed = run.annotations.find((a) => a.path === HOSTILE_PATH)!;
    expect(blamed).toMatchObject({ start_line: 11, annotation_level: 'failure' });
    expect(String(blamed.message)).toContain('\u{1F600}');
  });

  it('stay inert in the messages about a manifest moved out of the globs and a rule that matches nothing now', async () => {
    const docs = example('base/app.yaml').split(/^---\n/m);
    const web = docs.find((d) => /^ {2}name: web$/m.test(d))!;
    const rules = `rules:\n  forbid:\n    - name: "@acme/security <b>web</b> [x](http://evil.test)\\n::error::vacated-injected"\n      from: { workload: web }\n      to: { labels: { role: db } }\n`;
    const base = { ...LOCKED_BASE, 'k8s/app.yaml': docs.filter((d) => d !== web).join('---\n'), 'k8s/web.yaml': web, '.github/flowgate.yml': rules };
    const to = 'docs/<img src=x> @acme/security\n::error::moved-injected [x](javascript:alert(1)).txt';
    const { repo, api } = await setup(base, { 'k8s/web.yaml': null, [to]: web });
    const r = await runAction({ repo, api, workspace: checkout(repo) });
    expect(r.status, r.stdout).toBe(1);
    const commands = workflowCommands(r.stdout);
    for (const line of r.stdout.split(/\r\n|\r|\n/)) expect(line.trim()).not.toMatch(INJECTED);
    expect(commands.filter((c) => c.properties.title === 'flowgate: manifest-moved-out').map((c) => c.properties.file)).toEqual([to]);
    const data = commands.map((c) => c.data).join('\n');
    expect(data).toContain('moved out of the analysed paths');
    expect(data).toContain('matched prod/web[Pod] in base and matches nothing now');
    expect(data).toContain('\\u{a}::error::vacated-injected');
    const comment = api.comments.find((c) => c.body.startsWith('<!-- flowgate-report -->'))!.body;
    for (const md of [comment, r.summary, api.checkRuns[0]!.output.text!]) expectInert(md, SUMMARY_URL);
    const text = visibleText(comment);
    expect(text).toContain('moved out of the analysed paths');
    expect(text).toContain('<img src=x> @\u200bacme/security\\u{a}::error::moved-injected');
    expect(api.checkRuns[0]!.annotations.map((a) => a.path)).toContain(to);
  });
});
