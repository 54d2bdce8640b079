import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliWithPath, fakeBin, fakeHelm, makeTree, SYSTEM_PATH, WEB, webPolicy } from './fake-tools';

/** Issue 13: every path through rendering, with fake helm / kustomize / generator programs on PATH. */

const CHART = 'apiVersion: v2\nname: shop\nversion: 1.0.0\n';

/** A template as `helm template` prints it: `# Source:` names the chart by its name. */
function rendered(open: boolean, extra = ''): string {
  return `---\n# Source: shop/templates/web.yaml\n${WEB}---\n# Source: shop/templates/np.yaml\n${webPolicy(open)}${extra}`;
}

const RULES = `environments:
  - name: prod
    helm: { chart: charts/shop, values: [charts/shop/values-prod.yaml], namespace: prod, release: shop }
rules:
  forbid:
    - name: nothing-from-outside
      environments: [prod]
      from: { cidr: 0.0.0.0/0 }
      to: { workload: web }
`;

function sides(baseText: string, headText: string): { base: string; head: string; rules: string; out: string } {
  const files = (text: string) => ({ 'charts/shop/Chart.yaml': CHART, 'charts/shop/values-prod.yaml': 'x: 1\n', 'charts/shop/rendered.txt': text });
  const out = mkdtempSync(path.join(tmpdir(), 'flowgate-out-'));
  const rules = path.join(out, 'rules.yml');
  writeFileSync(rules, RULES);
  return { base: makeTree(files(baseText)), head: makeTree(files(headText)), rules, out };
}

/** A fake helm that prints the chart's rendered.txt (the chart is the third argument). */
function helmBin(out: string, extra = ''): string {
  return fakeBin({ helm: fakeHelm('$3/rendered.txt', path.join(out, 'helm.log'), extra).replace(`'$3/rendered.txt'`, '"$3/rendered.txt"') });
}

describe('helm environments (fake helm on PATH)', () => {
  it('renders both sides, keeps provenance, applies the rule of its environment, and names the tool version', async () => {
    const s = sides(rendered(false), rendered(true));
    const bin = helmBin(s.out);
    process.env.FLOWGATE_TEST_SECRET = 'hunter2';
    const r = await cliWithPath(`${bin}:${SYSTEM_PATH}`, ['diff', s.base, s.head, '--rules', s.rules, '--format', 'md']);
    delete process.env.FLOWGATE_TEST_SECRET;
    expect(r.code).toBe(1);
    // The policy's rule, at its line in the rendered stream, in the release's namespace.
    expect(r.stdout).toContain('| prod/web | none → TCP 80 | breaks **nothing-from-outside**; charts/shop/templates/np.yaml&#58;19 |');
    expect(r.stdout).toContain('nothing-from-outside');
    expect(r.stdout).toContain('helm v3.99.0');
    expect(r.stderr).toContain('rendered with helm v3.99.0');
    const log = readFileSync(path.join(s.out, 'helm.log'), 'utf8').trim().split('\n');
    expect(log).toEqual(Array(2).fill('template shop ./charts/shop --namespace prod --values ./charts/shop/values-prod.yaml'));
    // The runner's variables (a token among them) never reach a render.
    const env = readFileSync(path.join(s.out, 'helm.log.env'), 'utf8');
    expect(env).not.toContain('hunter2');
    expect(env).toMatch(/^KUBECONFIG=.*no-kubeconfig$/m);
  });

  it('JSON: environments is a list with name and source, the verdict on top', async () => {
    const s = sides(rendered(false), rendered(true));
    const r = await cliWithPath(`${helmBin(s.out)}:${SYSTEM_PATH}`, ['diff', s.base, s.head, '--rules', s.rules, '--format', 'json']);
    const json = JSON.parse(r.stdout) as { version: number; exitCode: number; environments: { name: string; source: { kind: string }; violations: unknown[] }[] };
    expect(json.version).toBe(2);
    expect(json.exitCode).toBe(1);
    expect(json.environments.map((e) => [e.name, e.source.kind, e.violations.length])).toEqual([['prod', 'helm', 1]]);
  });

  it.each([
    ['a non-zero exit, with the tool message', 'echo "Error: found in Chart.yaml, but missing in charts/ directory: redis" >&2; exit 1', /environment prod \(head\): helm template failed: exited with status 1: Error: found in Chart\.yaml, but missing in charts\/ directory: redis/],
    ['empty output', 'exit 0', /environment prod \(head\): helm template printed nothing/],
    ['a time-out', 'exec sleep 30', /environment prod \(head\): helm template failed: timed out after 0\.5 s/],
    ['too much output', "exec yes 'a: b'", /environment prod \(head\): helm template failed: printed more than 64 MiB/],
  ])('a failed render is an input error naming the environment: %s', async (_what, behaviour, message) => {
    const s = sides(rendered(false), rendered(true));
    // The head side misbehaves: its chart holds a marker the fake helm checks.
    writeFileSync(path.join(s.head, 'charts/shop/fail'), '');
    const bin = helmBin(s.out, `if [ -e "$3/fail" ]; then ${behaviour}; fi;`);
    const timeout = behaviour.includes('sleep') ? '0.5' : '60';
    const r = await cliWithPath(`${bin}:${SYSTEM_PATH}`, ['diff', s.base, s.head, '--rules', s.rules, '--render-timeout', timeout]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(message);
  });

  it('renders the two sides at once: each side waits for the other to start', async () => {
    const s = sides(rendered(false), rendered(false));
    writeFileSync(path.join(s.base, 'charts/shop/side'), 'base');
    writeFileSync(path.join(s.head, 'charts/shop/side'), 'head');
    // One render alone would wait its 20 s out and fail; together each finds the other's mark at once.
    const wait = `me=$(cat "$3/side"); touch '${s.out}/'$me; other=base; [ $me = base ] && other=head; i=0; while [ ! -e '${s.out}/'$other ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i+1)); done; [ -e '${s.out}/'$other ] || { echo "rendered alone" >&2; exit 3; };`;
    const r = await cliWithPath(`${helmBin(s.out, wait)}:${SYSTEM_PATH}`, ['diff', s.base, s.head, '--rules', s.rules]);
    expect(r.stdout).not.toContain('rendered alone');
    expect(r.code).toBe(0);
  });

  it('text on stderr alone is not a failure', async () => {
    const s = sides(rendered(false), rendered(false));
    const r = await cliWithPath(`${helmBin(s.out, 'echo "WARNING: this chart is deprecated" >&2;')}:${SYSTEM_PATH}`, ['diff', s.base, s.head, '--rules', s.rules]);
    expect(r.code).toBe(0);
  });

  it('rendered output that holds {{ (a ConfigMap of alert templates) is not taken for an unrendered template', async () => {
    const alerts = `---\n# Source: shop/templates/alerts.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: alerts }\ndata: { rule: "{{ $labels.instance }} is down" }\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: no-source }\n`;
    const s = sides(rendered(false, alerts), rendered(false, alerts));
    const r = await cliWithPath(`${helmBin(s.out)}:${SYSTEM_PATH}`, ['diff', s.base, s.head, '--rules', s.rules, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('"template"');
  });

  it('hostile output: names and Source comments are escaped, and a Source that climbs out of the chart is not believed', async () => {
    const hostile = `---\n# Source: shop/../../../../etc/passwd\napiVersion: v1\nkind: Pod\nmetadata: { name: "x<img src=x onerror=alert(1)>", labels: { app: "[a](http://evil)" } }\nspec: { containers: [{ name: c, image: i }] }\n`;
    const s = sides(rendered(false), rendered(false, hostile));
    const r = await cliWithPath(`${helmBin(s.out)}:${SYSTEM_PATH}`, ['diff', s.base, s.head, '--rules', s.rules, '--format', 'md']);
    expect(r.code).toBe(2);
    expect(r.stdout).not.toMatch(/<img|\]\(http|etc\/passwd/);
    expect(r.stdout).toContain('charts/shop/Chart.yaml');
  });

  it('a link in the chart to outside the repository is refused before helm runs', async () => {
    const s = sides(rendered(false), rendered(false));
    symlinkSync('/etc/hostname', path.join(s.head, 'charts/shop/secret.txt'));
    const r = await cliWithPath(`${helmBin(s.out)}:${SYSTEM_PATH}`, ['diff', s.base, s.head, '--rules', s.rules]);
    expect(r.code).toBe(2);
    expect(r.stderr + r.stdout).toMatch(/charts\/shop\/secret\.txt is a link to outside the repository; not rendered/);
    expect(readFileSync(path.join(s.out, 'helm.log'), 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('a chart folder that is itself a link to outside the repository is refused before helm runs', async () => {
    const s = sides(rendered(false), rendered(false));
    const outside = makeTree({ 'Chart.yaml': CHART, 'rendered.txt': rendered(true) });
    rmSync(path.join(s.head, 'charts/shop'), { recursive: true });
    symlinkSync(outside, path.join(s.head, 'charts/shop'));
    const r = await cliWithPath(`${helmBin(s.out)}:${SYSTEM_PATH}`, ['diff', s.base, s.head, '--rules', s.rules]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/environment prod \(head\): charts\/shop is a link to outside the repository; not rendered/);
    expect(readFileSync(path.join(s.out, 'helm.log'), 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('a pull request that removes the chart of a named environment fails, instead of emptying it', async () => {
    const s = sides(rendered(false), rendered(false));
    rmSync(path.join(s.head, 'charts'), { recursive: true });
    makeTree({ 'moved/shop/Chart.yaml': CHART, 'moved/shop/rendered.txt': rendered(true) }, s.head);
    const r = await cliWithPath(`${helmBin(s.out)}:${SYSTEM_PATH}`, ['diff', s.base, s.head, '--rules', s.rules]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('environment prod: the pull request removes charts/shop/, which the rules file names');
  });

  it('without helm on PATH the environment fails, naming the tool', async () => {
    const s = sides(rendered(false), rendered(false));
    const r = await cliWithPath(SYSTEM_PATH, ['diff', s.base, s.head, '--rules', s.rules]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('helm is not on PATH');
  });
});

describe('command environments: a program from PATH, never from the repository', () => {
  const gen = (marker: string) => `touch '${marker}'; cat "$1"`;

  function repo(rules: string, extra: Record<string, string> = {}): { base: string; head: string; rules: string; out: string } {
    const out = mkdtempSync(path.join(tmpdir(), 'flowgate-out-'));
    writeFileSync(path.join(out, 'rules.yml'), rules);
    const files = { 'env/prod.txt': `${WEB}---\n${webPolicy(true)}`, ...extra };
    return { base: makeTree(files), head: makeTree(files), rules: path.join(out, 'rules.yml'), out };
  }

  it('runs the program found on PATH, at the side root, with its arguments', async () => {
    const s = repo('environments:\n  - { name: generated, command: [gen, env/prod.txt] }\n');
    const marker = path.join(s.out, 'ran');
    const r = await cliWithPath(`${fakeBin({ gen: gen(marker) })}:${SYSTEM_PATH}`, ['diff', s.base, s.head, '--rules', s.rules, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(existsSync(marker)).toBe(true);
    expect((JSON.parse(r.stdout) as { environments: { name: string; endpoints: unknown[] }[] }).environments[0]!.endpoints.length).toBeGreaterThan(0);
  });

  it('a program that is only in the repository (a PATH entry inside it) never runs', async () => {
    const s = repo('environments:\n  - { name: generated, command: [gen, env/prod.txt] }\n');
    const marker = path.join(s.out, 'pwned');
    // The pull request ships its own `gen`, and the runner's PATH happens to name the repository's bin/.
    for (const side of [s.base, s.head]) makeTree({ 'bin/gen': `#!/bin/sh\ntouch '${marker}'\n` }, side);
    for (const side of [s.base, s.head]) symlinkSync(path.join(side, 'bin'), path.join(side, 'bin-link'));
    const { chmodSync } = await import('node:fs');
    for (const side of [s.base, s.head]) chmodSync(path.join(side, 'bin/gen'), 0o755);
    const r = await cliWithPath(`${s.head}/bin:${s.base}/bin-link:${SYSTEM_PATH}`, ['diff', s.base, s.head, '--rules', s.rules]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('gen is not on PATH (outside the repository');
    expect(existsSync(marker)).toBe(false);
  });

  it('a program given as a path is a rules error, and nothing runs', async () => {
    const s = repo('environments:\n  - { name: generated, command: [./bin/gen] }\n', { 'bin/gen': '#!/bin/sh\nexit 0\n' });
    const r = await cliWithPath(SYSTEM_PATH, ['diff', s.base, s.head, '--rules', s.rules]);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain('must be a name looked up on PATH');
  });
});

describe('kustomize environments (fake kustomize on PATH)', () => {
  function kustomizeRepo(kustomization: string, extra: Record<string, string> = {}) {
    const out = mkdtempSync(path.join(tmpdir(), 'flowgate-out-'));
    const files = { 'deploy/prod/kustomization.yaml': kustomization, 'deploy/prod/web.yaml': WEB, ...extra };
    const bin = fakeBin({ kustomize: `case "$1" in version) echo v5.99.0;; build) echo "$@" >> '${out}/args'; printf '%s' '${WEB.replace(/'/g, '')}';; esac` });
    return { base: makeTree(files), head: makeTree(files), bin, out };
  }

  it.each([
    ['a URL', 'resources: [https://github.com/evil/repo//deploy?ref=main]', /is remote; flowgate does not let kustomize fetch/],
    ['a git address', 'resources: [git@github.com:evil/repo.git]', /is remote/],
    ['a github.com path', 'resources: [github.com/evil/repo/deploy]', /is remote/],
    ['a missing folder (kustomize would try it as a repository)', 'resources: [example.org/x]', /is remote|does not exist/],
    ['a folder outside the repository', 'resources: [../../../../../../../../tmp]', /leads outside the repository/],
    ['a remote patch file', 'patches: [{ path: "https://evil.example/p.yaml" }]', /is remote/],
    ['a remote resource in a kustomization flowgate cannot read (a duplicate key)', 'namePrefix: a-\nnamePrefix: b-\nresources: [https://evil.example/x]', /flowgate cannot read it .{0,6}duplicate key .{0,6}namePrefix/],
  ])('refuses %s before kustomize runs', async (_what, k, message) => {
    const s = kustomizeRepo(`${k}\n`);
    const r = await cliWithPath(`${s.bin}:${SYSTEM_PATH}`, ['diff', s.base, s.head, '--format', 'md']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(message);
    expect(existsSync(path.join(s.out, 'args'))).toBe(false);
  });

  it('a kustomization folder that is itself a link to outside the repository is refused before kustomize runs', async () => {
    const s = kustomizeRepo('resources: [web.yaml]\n');
    const outside = makeTree({ 'kustomization.yaml': 'resources: [web.yaml]\n', 'web.yaml': WEB });
    rmSync(path.join(s.head, 'deploy/prod'), { recursive: true });
    symlinkSync(outside, path.join(s.head, 'deploy/prod'));
    const r = await cliWithPath(`${s.bin}:${SYSTEM_PATH}`, ['diff', s.base, s.head, '--format', 'md']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/deploy\/prod\/ leads outside the repository .{0,5}a symbolic link/);
    expect(readFileSync(path.join(s.out, 'args'), 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('builds a wrapper with origin annotations and never enables plugins or exec functions', async () => {
    const s = kustomizeRepo('resources: [web.yaml]\n');
    const r = await cliWithPath(`${s.bin}:${SYSTEM_PATH}`, ['diff', s.base, s.head]);
    expect(r.code).toBe(0);
    const args = readFileSync(path.join(s.out, 'args'), 'utf8').trim().split('\n');
    expect(args).toHaveLength(2);
    for (const a of args) expect(a).toMatch(/^build \S+\/wrapper$/);
    expect(r.stdout).toContain('kustomize v5.99.0');
  });

  it('helm: true beside kustomize passes --enable-helm, and a chart that is not vendored is refused', async () => {
    const rules = path.join(mkdtempSync(path.join(tmpdir(), 'flowgate-out-')), 'rules.yml');
    writeFileSync(rules, 'environments:\n  - { name: prod, kustomize: deploy/prod, helm: true }\n');
    const ok = kustomizeRepo('resources: [web.yaml]\nhelmCharts: [{ name: redis, repo: https://charts.example }]\n', { 'deploy/prod/charts/redis/Chart.yaml': 'name: redis\n' });
    const r = await cliWithPath(`${ok.bin}:${SYSTEM_PATH}`, ['diff', ok.base, ok.head, '--rules', rules]);
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(ok.out, 'args'), 'utf8')).toMatch(/--enable-helm/);
    const missing = kustomizeRepo('resources: [web.yaml]\nhelmCharts: [{ name: redis, repo: https://charts.example }]\n');
    const m = await cliWithPath(`${missing.bin}:${SYSTEM_PATH}`, ['diff', missing.base, missing.head, '--rules', rules]);
    expect(m.code).toBe(2);
    expect(m.stdout).toContain('helmCharts chart "redis" is not vendored');
  });
});

describe('detected environments: a pull request cannot hide plain manifests behind a name', () => {
  it('a kustomization in a folder named like the plain environment does not replace it', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'flowgate-out-'));
    const rules = path.join(out, 'rules.yml');
    writeFileSync(rules, 'rules:\n  forbid:\n    - { name: nothing-from-outside, from: { cidr: 0.0.0.0/0 }, to: { workload: web } }\n');
    const plain = { 'k8s/web.yaml': WEB, 'k8s/np.yaml': webPolicy(false) };
    // The head opens web to the world in a plain file, and adds manifests/kustomization.yaml.
    const head = { ...plain, 'k8s/np.yaml': webPolicy(true), 'manifests/kustomization.yaml': 'resources: [cm.yaml]\n', 'manifests/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\n' };
    const bin = fakeBin({ kustomize: `case "$1" in version) echo v5.99.0;; build) printf 'apiVersion: v1\\nkind: ConfigMap\\nmetadata: { name: c }\\n';; esac` });
    const r = await cliWithPath(`${bin}:${SYSTEM_PATH}`, ['diff', makeTree(plain), makeTree(head), '--rules', rules, '--format', 'json']);
    const json = JSON.parse(r.stdout) as { exitCode: number; environments: { name: string; violations: { rule: string }[] }[] };
    expect(json.environments.map((e) => e.name)).toEqual(['manifests (kustomize)', 'manifests (plain)']);
    expect(json.environments[1]!.violations.map((v) => v.rule)).toEqual(['nothing-from-outside']);
    expect(json.exitCode).toBe(1);
  });

  it.each([
    ['a new folder', 'apps', false],
    ['a plain folder of the base (empty there as a kustomization, not an error)', 'k8s', true],
  ])('a kustomization added in %s does not hide the files it leaves out', async (_what, dir, inBase) => {
    const out = mkdtempSync(path.join(tmpdir(), 'flowgate-out-'));
    const rules = path.join(out, 'rules.yml');
    writeFileSync(rules, 'rules:\n  forbid:\n    - { name: nothing-from-outside, from: { cidr: 0.0.0.0/0 }, to: { workload: web } }\n');
    const folder = { [`${dir}/web.yaml`]: WEB, [`${dir}/np.yaml`]: webPolicy(false) };
    const base = { 'other/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\n', ...(inBase ? folder : {}) };
    // The head lists web and its closed policy in a kustomization, and opens web in a file it leaves out.
    const open = webPolicy(true).replace('name: web }', 'name: web-open }');
    const head = { ...base, ...folder, [`${dir}/kustomization.yaml`]: 'resources: [web.yaml, np.yaml]\n', [`${dir}/extra.yaml`]: open };
    const stream = `${WEB}---\n${webPolicy(false)}`.replace(/'/g, '');
    const bin = fakeBin({ kustomize: `case "$1" in version) echo v5.99.0;; build) printf '%s' '${stream}';; esac` });
    const r = await cliWithPath(`${bin}:${SYSTEM_PATH}`, ['diff', makeTree(base), makeTree(head), '--rules', rules, '--format', 'json']);
    const json = JSON.parse(r.stdout) as { exitCode: number; environments: { name: string; violations: { rule: string }[] }[] };
    expect(json.environments.map((e) => [e.name, e.violations.map((v) => v.rule)])).toEqual([[dir, ['nothing-from-outside']], ['manifests', []]]);
    expect(json.exitCode).toBe(1);
  });
});
