import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkout, type FileChanges } from '../action/git-fixture';
import { workflowCommands } from './support/commands';
import { ALLOW_WEB_TO_DB, buildBundle, cleanup, decode, example, LISTED_ONLY, LOCKED_BASE, MARKER, runAction, runBundle, setup } from './support/harness';
import { expectInert, visibleText } from './support/inert';

// A pull request must not be able to get around the gate: the rules are the base branch's, a
// broken or hidden manifest fails the check, a rename does not turn a violation into a pass,
// manifest paths are data, and the manifests input cannot reach outside the repository. The
// action's entry runs in this process; one refused glob goes through the built dist/index.js.

beforeAll(buildBundle);
afterAll(cleanup);

/** The example app split so that the web tier has a file of its own. */
const DOCS = example('base/app.yaml').split(/^---\n/m);
const WEB = DOCS.find((d) => /^ {2}name: web$/m.test(d))!;
const APP_WITHOUT_WEB = DOCS.filter((d) => d !== WEB).join('---\n');
/** The example rules name workloads: forbid web → db (by name), require api → db. */
const NAME_RULES = example('flowgate.yml') + LISTED_ONLY;
/** The same forbid rule written with labels. */
const LABEL_RULES = `rules:
  forbid:
    - name: web never talks to the database directly
      from: { namespace: prod, labels: { app: web } }
      to: { namespace: prod, labels: { role: db } }
${LISTED_ONLY}`;
const split = (rules: string): FileChanges => ({ ...LOCKED_BASE, 'k8s/app.yaml': APP_WITHOUT_WEB, 'k8s/web.yaml': WEB, '.github/flowgate.yml': rules });
/** A change the rules allow: the api may also use MySQL's X protocol port. */
const WIDEN_API = example('head/allow-ingress-to-db.yaml').replace('          port: 3306\n', '          port: 3306\n        - protocol: TCP\n          port: 33060\n');
const BROKEN_ORIGIN = 'file:///nonexistent/origin.git';

const commentOf = (api: { comments: { body: string }[] }) => decode(api.comments.find((c) => c.body.startsWith(MARKER))?.body ?? '');

describe('the rules always come from the base commit', () => {
  it.each([
    ['deletes the rules file', null],
    ['edits the rules file to remove the forbid rule', NAME_RULES.replace(/ {2}forbid:\n(?: {4}.*\n)+/, '')],
    ['empties the rules file', 'rules: {}\n'],
  ])('a PR that %s still meets them (git and API base)', async (_what, rules) => {
    if (typeof rules === 'string') expect(rules).not.toContain('forbid');
    const { repo, api } = await setup(LOCKED_BASE, { '.github/flowgate.yml': rules, 'k8s/allow-web-to-db.yaml': ALLOW_WEB_TO_DB });
    for (const origin of [undefined, BROKEN_ORIGIN]) {
      const r = await runAction({ repo, api, workspace: checkout(repo, undefined, origin) });
      expect(r.status, r.stdout).toBe(1);
      expect(r.outputs['new-violations']).toBe('1');
      expect(decode(r.summary)).toContain('web never talks to the database directly');
      expect(decode(r.summary)).toContain("This pull request changes the rules file; the base branch's rules were applied");
    }
    // The API fallback read the rules at the base commit, never at the head.
    const reads = api.requests.filter((q) => q.path === '/repos/acme/shop/contents/.github/flowgate.yml');
    expect(reads.map((q) => q.query.ref)).toEqual([repo.baseSha]);
  });
});

describe('a manifest that cannot be read fails the check', () => {
  it('a file that is not valid YAML: exit status 1 and an error annotation on its line', async () => {
    const broken = 'apiVersion: v1\nkind: Pod\nmetadata: { name: cache, namespace: prod\nspec:\n  containers: [{ name: c, image: x }]\n';
    const { repo, api } = await setup(LOCKED_BASE, { 'k8s/cache.yaml': broken });
    const r = await runAction({ repo, api, workspace: checkout(repo) });
    expect(r.status, r.stdout).toBe(1);
    const errors = workflowCommands(r.stdout).filter((c) => c.name === 'error');
    expect(errors.some((c) => c.properties.file === 'k8s/cache.yaml' && Number(c.properties.line) >= 1)).toBe(true);
    expect(errors.at(-1)!.data).toMatch(/^1 input error/);
    expect(api.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
    expect(api.checkRuns[0]!.annotations).toEqual([expect.objectContaining({ path: 'k8s/cache.yaml', annotation_level: 'failure' })]);
    expect(r.summary).toContain('Input problems');
  });
});

describe('a manifest moved out of the analysed paths', () => {
  it.each([
    ['to a text file', 'docs/web.txt', undefined],
    ['into a dot folder', '.hidden/web.yaml', undefined],
    ['into node_modules', 'node_modules/web/web.yaml', undefined],
    ['to a text file, base read through the API', 'docs/web.txt', BROKEN_ORIGIN],
  ])('%s fails the check, even while the forbidden flow it opens is no longer seen', async (_what, to, origin) => {
    // Label rules: the rename is the only thing that hides the forbidden flow web → db.
    const { repo, api } = await setup(split(LABEL_RULES), { 'k8s/web.yaml': null, [to]: WEB, 'k8s/allow-web-to-db.yaml': ALLOW_WEB_TO_DB });
    const r = await runAction({ repo, api, workspace: checkout(repo, undefined, origin) });
    expect(r.status, r.stdout).toBe(1);
    const moved = workflowCommands(r.stdout).filter((c) => c.properties.title === 'flowgate: manifest-moved-out');
    expect(moved).toEqual([expect.objectContaining({ name: 'error', properties: expect.objectContaining({ file: to, line: '1' }) })]);
    expect(moved[0]!.data).toContain(`the manifest k8s/web.yaml moved out of the analysed paths`);
    expect(commentOf(api)).toContain('moved out of the analysed paths');
    expect(decode(r.summary)).toContain('moved out of the analysed paths');
    expect(api.checkRuns[0]!.conclusion).toBe('failure');
  });

  it('a move that stays inside the globs, and a renamed file that holds no Kubernetes object, pass', async () => {
    const base = { ...split(LABEL_RULES), 'config/settings.json': '{ "retries": 3 }\n' };
    const { repo, api } = await setup(base, { 'k8s/web.yaml': null, 'k8s/frontend/web.yaml': WEB, 'config/settings.json': null, 'config/settings.jsonc': '{ "retries": 3 }\n', 'k8s/allow-ingress-to-db.yaml': WIDEN_API });
    const r = await runAction({ repo, api, workspace: checkout(repo) });
    expect(r.status, r.stdout).toBe(0);
    expect(r.stdout).not.toContain('moved out');
    expect(r.outputs).toMatchObject({ opened: '0', 'new-violations': '0' });
  });
});

describe('a renamed workload does not turn a violation into a pass', () => {
  const web2 = WEB.replace(/^ {2}name: web$/m, '  name: web2');
  const allowWeb2 = ALLOW_WEB_TO_DB.replace('name: allow-web-to-db', 'name: allow-web2-to-db');

  it('web → web2 with the same labels, opening web2 → db: a forbid rule by labels still catches it', async () => {
    const { repo, api } = await setup(split(LABEL_RULES), { 'k8s/web.yaml': web2, 'k8s/allow-web-to-db.yaml': allowWeb2 });
    const r = await runAction({ repo, api, workspace: checkout(repo) });
    expect(r.status, r.stdout).toBe(1);
    expect(r.outputs['new-violations']).toBe('1');
    expect(commentOf(api)).toMatch(/prod\/web2 → prod\/db/);
  });

  it('web → web2: a forbid rule that names web matched it in base and matches nothing now, which fails', async () => {
    const { repo, api } = await setup(split(NAME_RULES), { 'k8s/web.yaml': web2, 'k8s/allow-web-to-db.yaml': allowWeb2 });
    const r = await runAction({ repo, api, workspace: checkout(repo) });
    expect(r.status, r.stdout).toBe(1);
    expect(r.outputs['new-violations']).toBe('1');
    const sentence = 'its from (namespace prod, workload web) matched prod/web[Pod] in base and matches nothing now';
    expect(commentOf(api)).toContain(sentence);
    expect(commentOf(api)).toContain('update the rules on the base branch first');
    const failures = workflowCommands(r.stdout).filter((c) => c.name === 'error' && c.properties.title === 'flowgate: forbidden flow open');
    expect(failures).toEqual([expect.objectContaining({ properties: expect.objectContaining({ file: '.github/flowgate.yml', line: '8' }) })]);
    expect(failures[0]!.data).toContain(sentence);
  });

  it('db → db2: a require rule that names db applies to no pair any more, which fails', async () => {
    const app = APP_WITHOUT_WEB.replace(/^ {2}name: db$/m, '  name: db2');
    const { repo, api } = await setup(split(NAME_RULES), { 'k8s/app.yaml': app });
    const r = await runAction({ repo, api, workspace: checkout(repo) });
    expect(r.status, r.stdout).toBe(1);
    expect(r.outputs['new-violations']).toBe('1');
    expect(commentOf(api)).toContain('its to (namespace prod, workload db) matches nothing after the change');
  });
});

/** Every path under a directory (no links followed). */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('manifest paths are data, never executed', () => {
  it('file names with shell syntax and option-like names are read, not run (git and API base)', async () => {
    const odd = ['k8s/$(touch pwned-1).yaml', 'k8s/`touch pwned-2`.yaml', 'k8s/;touch pwned-3;.yaml', '--output=pwned-4.yaml', '-c.yaml', 'k8s/|touch pwned-5.yaml'];
    const harmless = 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: x, namespace: prod }\n';
    const base = { ...LOCKED_BASE, ...Object.fromEntries(odd.slice(1).map((p) => [p, harmless])) };
    const head = { [odd[0]!]: ALLOW_WEB_TO_DB, ...Object.fromEntries(odd.slice(1).map((p) => [p, `${harmless}data: { changed: "yes" }\n`])) };
    const { repo, api } = await setup(base, head);
    for (const origin of [undefined, BROKEN_ORIGIN]) {
      const r = await runAction({ repo, api, workspace: checkout(repo, undefined, origin) });
      expect(r.status, r.stdout).toBe(1);
      // The policy behind the oddest name is read and opens the forbidden flow.
      expect(r.outputs['new-violations']).toBe('1');
      expect(workflowCommands(r.stdout).some((c) => c.properties.file === odd[0])).toBe(true);
    }
    expect(api.requests.filter((q) => q.path.startsWith('/repos/acme/shop/contents/')).length).toBeGreaterThan(odd.length - 1);
    expect(walk(repo.root).filter((p) => path.basename(p).startsWith('pwned'))).toEqual([]);
  });
});

describe('the manifests input cannot reach outside the repository', () => {
  it.each(['../*.yaml', '/etc/*', '../../etc/*', 'k8s/../../*.yaml', '!../x.yaml', '\\.\\./*.yaml', '~/secrets/*.yaml'])('a glob like %s is refused', async (glob) => {
    const { repo, api } = await setup(LOCKED_BASE, { 'k8s/allow-web-to-db.yaml': ALLOW_WEB_TO_DB });
    const r = await (glob === '../*.yaml' ? runBundle : runAction)({ repo, api, workspace: checkout(repo), inputs: { manifests: `**/*.yaml\n${glob}` } });
    expect(r.status, r.stdout).toBe(1);
    expect(workflowCommands(r.stdout).filter((c) => c.name === 'error').map((c) => c.data)).toEqual([`input manifests: "${glob}" reaches outside the repository; globs are relative to the repository root`]);
    expect(r.summary).toContain('The analysis did not run');
  });

  it('a glob that dodges the check still reads nothing outside the work tree', async () => {
    const { repo, api } = await setup(LOCKED_BASE, { 'k8s/allow-ingress-to-db.yaml': WIDEN_API });
    const workspace = checkout(repo);
    // Beside the work tree: a policy that would open the forbidden flow if it were read.
    writeFileSync(path.join(path.dirname(workspace), 'outside.yaml'), ALLOW_WEB_TO_DB);
    const r = await runAction({ repo, api, workspace, inputs: { manifests: '**/*.yaml\n{..,k8s}/*.yaml\n{.,..}/**/*.yaml' } });
    expect(existsSync(path.join(path.dirname(workspace), 'outside.yaml'))).toBe(true);
    expect(r.status, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ opened: '0', 'new-violations': '0' });
    expect(r.summary).not.toContain('outside');
  });
});

// Red team: `manifests: k8s` (a folder, as `kubectl apply -f k8s` takes it) matched no file, so
// every pull request took the "no manifest changed" path and passed, whatever it opened under k8s/.
describe('a manifests input that names a folder', () => {
  it('fails the step, naming the globs to write, instead of passing every pull request unchecked', async () => {
    const { repo, api } = await setup(split(LABEL_RULES), { 'k8s/allow-web-to-db.yaml': ALLOW_WEB_TO_DB });
    const r = await runAction({ repo, api, workspace: checkout(repo), inputs: { manifests: 'k8s' } });
    expect(r.status, r.stdout).toBe(1);
    expect(workflowCommands(r.stdout).filter((c) => c.name === 'error').map((c) => c.data).join('\n')).toMatch(/input manifests: "k8s" names a folder, which matches no file .*"k8s\/\*\*\/\*\.yaml"/);
  });
});

// Red team: a pull request that changes only a dot file took the "no manifest changed" path,
// though `kubectl apply -f k8s/` applies k8s/.allow-web-to-db.yaml (src/io/dot-paths.ts).
describe('a pull request that adds a policy in a dot file', () => {
  it('is analysed, and the policy is an input error naming the file', async () => {
    const { repo, api } = await setup(split(LABEL_RULES), { 'k8s/.allow-web-to-db.yaml': ALLOW_WEB_TO_DB });
    const r = await runAction({ repo, api, workspace: checkout(repo) });
    expect(r.status, r.stdout).toBe(1);
    const errors = workflowCommands(r.stdout).filter((c) => c.name === 'error' && c.properties.file === 'k8s/.allow-web-to-db.yaml');
    expect(errors.map((c) => c.data).join('\n')).toMatch(/holds NetworkPolicy \S+ in a dot file or dot folder, which the manifest globs skip while kubectl apply -f \(-R\) applies it/);
  });

  it.each([
    ['deletes', { 'k8s/.allow-web-to-db.yaml': null }],
    ['renames out of the globs', { 'k8s/.allow-web-to-db.yaml': null, 'docs/allow-web-to-db.txt': ALLOW_WEB_TO_DB }],
  ])('a pull request that only %s a dot file holding a policy is analysed (the base names the policy), not passed as touching no manifest', async (_what, head) => {
    const { repo, api } = await setup({ ...split(LABEL_RULES), 'k8s/.allow-web-to-db.yaml': ALLOW_WEB_TO_DB }, head);
    const r = await runAction({ repo, api, workspace: checkout(repo) });
    expect(r.summary).not.toContain('none of them a Kubernetes manifest');
    expect(r.status, r.stdout).toBe(1);
    expect(workflowCommands(r.stdout).some((c) => c.name === 'error' && /holds NetworkPolicy \S+ in a dot file or dot folder/.test(c.data))).toBe(true);
  });

  it('a pull request that changes only a GitHub workflow (a dot path with no policy) still takes the fast path', async () => {
    const { repo, api } = await setup(split(LABEL_RULES), { '.github/workflows/ci.yml': 'on: push\njobs: {x: {runs-on: "${{ matrix.os }}", steps: [{run: echo}]}}\n' });
    const r = await runAction({ repo, api, workspace: checkout(repo) });
    expect(r.status, r.stdout).toBe(0);
    expect(r.summary).toContain('none of them a Kubernetes manifest');
  });
});

describe('a pull request that edits the workflow running flowgate', () => {
  const WORKFLOW = '.github/workflows/flowgate.yml';
  const env = { GITHUB_WORKFLOW_REF: `acme/shop/${WORKFLOW}@refs/pull/7/merge` };
  const workflow = (failOn: string) => `on: pull_request\njobs:\n  flowgate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: acme/flowgate@v1\n        with: { fail-on: ${failOn} }\n`;

  it('cannot pass in silence: fail-on never from the PR passes, but the report and a warning say why', async () => {
    const { repo, api } = await setup({ ...LOCKED_BASE, [WORKFLOW]: workflow('new') }, { [WORKFLOW]: workflow('never'), 'k8s/allow-web-to-db.yaml': ALLOW_WEB_TO_DB });
    // The PR's workflow gives fail-on: never; the runner would run it as the PR has it.
    const r = await runAction({ repo, api, workspace: checkout(repo), inputs: { 'fail-on': 'never' }, env });
    expect(r.status, r.stdout).toBe(0);
    const sentence = `This pull request changes ${WORKFLOW}, the workflow that runs flowgate: the inputs it gives flowgate (fail-on, manifests, rules-file) may come from the pull request`;
    expect(workflowCommands(r.stdout).filter((c) => c.name === 'warning').map((c) => c.data)).toContainEqual(expect.stringContaining(sentence));
    expect(decode(r.summary)).toContain(sentence);
    expect(commentOf(api)).toContain(sentence);
    expect(r.outputs['violations']).toBe('1');
  });

  it('says so on the fast path too, when its globs match none of the changed files', async () => {
    const { repo, api } = await setup({ ...LOCKED_BASE, [WORKFLOW]: workflow('new') }, { [WORKFLOW]: `${workflow('new')}# manifests: set by the pull request\n`, 'k8s/allow-web-to-db.yml.txt': ALLOW_WEB_TO_DB, 'README.md': '# shop <img src=x> @acme/security\n' });
    const r = await runAction({ repo, api, workspace: checkout(repo), inputs: { manifests: 'nothing/<img src=x> @acme/security/*.yaml' }, env });
    expect(r.status, r.stdout).toBe(0);
    expect(decode(r.summary)).toContain('none of them a Kubernetes manifest');
    expect(decode(r.summary)).toContain(`This pull request changes ${WORKFLOW}, the workflow that runs flowgate`);
    // The globs come from the workflow the PR may have edited: shown as text.
    expectInert(r.summary);
    expect(visibleText(r.summary)).toContain('nothing/<img src=x> @\u200bacme/security/*.yaml');
  });

  it('no note when the workflow is untouched', async () => {
    const { repo, api } = await setup({ ...LOCKED_BASE, [WORKFLOW]: workflow('new') }, { 'k8s/allow-web-to-db.yaml': ALLOW_WEB_TO_DB });
    const r = await runAction({ repo, api, workspace: checkout(repo), env });
    expect(r.status, r.stdout).toBe(1);
    expect(r.stdout).not.toContain('the workflow that runs flowgate');
  });
});
