import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDir, cliProcess as cli, NO_DEV_TO_DB as RULES, PROD_AND_DEV, PROD_DB_AND_DEV, removeCaseDirs } from './support/cli-case';
import { buildBundle, cleanup } from './support/harness';

// Red-team cases: places where flowgate read a tree differently from what the deploy tool or the
// API server applies, so that a PR opening dev → prod/db passed the gate. Each runs the built CLI.

beforeAll(buildBundle);
afterAll(cleanup);
afterAll(removeCaseDirs);

const DEV_TOOL = `apiVersion: v1
kind: Pod
metadata: {name: tool, namespace: dev, labels: {app: tool}}
spec: {containers: [{name: c, image: x}]}
---
`;
const DENY_ALL = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny, namespace: prod}
spec: {podSelector: {}, policyTypes: [Ingress]}
`;
const APP = `${PROD_DB_AND_DEV}${DEV_TOOL}${DENY_ALL}`;
const OPEN_DEV_TO_DB = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: open, namespace: prod}
spec:
  podSelector: {matchLabels: {app: db}}
  policyTypes: [Ingress]
  ingress: [{from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: dev}}}]}]
`;

async function diff(base: Record<string, string>, head: Record<string, string>) {
  const files = { 'rules.yaml': RULES, ...Object.fromEntries([...Object.entries(base).map(([p, t]) => [`base/${p}`, t]), ...Object.entries(head).map(([p, t]) => [`head/${p}`, t])]) };
  return cli(['diff', 'base', 'head', '--rules', 'rules.yaml'], caseDir('flowgate-redteam-', files));
}

// `kubectl apply -f k8s/` reads every file of the folder whose name ends in .json, .yaml or .yml,
// dot files included, and with -R every subfolder, dot folders included (k8s.io/cli-runtime
// pkg/resource/visitor.go ExpandPathsToFileVisitors: ignoreFile looks at the extension only).
// Checked with kubectl v1.32.4: `kubectl label --local -o name x=y -f dir` lists the objects of
// dir/.open.yaml, and with -R those of dir/.x/open.yaml. The globs skip dot paths (they hold tool
// configuration), so a PR adding k8s/.open.yaml opened dev → prod/db with a green check; a dot
// path that holds a policy is now an error naming it (src/io/dot-paths.ts).
describe('a policy in a dot file or a dot folder', () => {
  it('the CLI (dist/cli.js) reports it as an input error, and leaves GitHub workflows and templates in dot paths alone', async () => {
    const workflow = 'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps: [{run: "echo ${{ github.sha }}"}]\n';
    const base = { 'k8s/app.yaml': APP, '.github/workflows/ci.yml': workflow, '.goreleaser.yaml': 'version: 2\nbuilds: [{ldflags: ["-X main.v={{.Version}}"]}]\n' };
    const run = await diff(base, { ...base, 'k8s/.open.yaml': OPEN_DEV_TO_DB, 'k8s/.x/open.yaml': OPEN_DEV_TO_DB.replace('name: open', 'name: open2') });
    const errors = run.stdout.split('\n').filter((l) => / error \(/.test(l));
    expect(errors).toEqual([
      expect.stringMatching(/^ {2}head\/k8s\/\.open\.yaml:1: error \(head\): holds NetworkPolicy open in a dot file or dot folder, which the manifest globs skip while kubectl apply -f \(-R\) applies it.*\[dot-path-policy\]$/),
      expect.stringMatching(/^ {2}head\/k8s\/\.x\/open\.yaml:1: error \(head\): holds NetworkPolicy open2 in a dot file/),
    ]);
    expect(run.status).toBe(2);
  });

  it('the CLI (dist/cli.js) reports a dot-path file too large to read as an input error: padding a policy past the size limit does not hide it', async () => {
    const padded = `${OPEN_DEV_TO_DB}${'# padding\n'.repeat(1_700_000)}`;
    const run = await diff({ 'k8s/app.yaml': APP }, { 'k8s/app.yaml': APP, 'k8s/.open.yaml': padded });
    expect(run.stdout).toMatch(/head\/k8s\/\.open\.yaml:1: error \(head\): is a dot file or in a dot folder, .* MiB limit, so flowgate cannot tell whether it holds a policy.*\[dot-path-too-large\]/);
    expect(run.status).toBe(2);
  });
});

// The deployment controller adds `pod-template-hash` to every pod of a Deployment (apps/v1
// DefaultDeploymentUniqueLabelKey; kubernetes.io "Well-Known Labels, Annotations and Taints"),
// a label the manifests never show. A deny whose podSelector said `pod-template-hash
// DoesNotExist` selected the pod template in flowgate (isolated: the gate passed) and no pod of
// the Deployment in the cluster (dev → prod/db open). Such a selector is now an input error.
describe('a pod selector that reads a label the controller adds', () => {
  it('the CLI (dist/cli.js) refuses to pass a deny that selects by pod-template-hash', async () => {
    const db = `${PROD_AND_DEV}apiVersion: apps/v1
kind: Deployment
metadata: {name: db, namespace: prod}
spec:
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: c, image: x, ports: [{containerPort: 5432}]}]}
---
${DEV_TOOL}`;
    const deny = DENY_ALL.replace('podSelector: {}', 'podSelector: {matchExpressions: [{key: pod-template-hash, operator: DoesNotExist}]}');
    const run = await diff({ 'app.yaml': `${db}${DENY_ALL}` }, { 'app.yaml': `${db}${deny}` });
    expect(run.stdout).toMatch(/head\/app\.yaml:\d+: error \(head\): prod\/deny: a pod selector reads the label "pod-template-hash", which Kubernetes adds to the pods of prod\/db\[Deployment\].*\[controller-label\]/);
    expect(run.status).toBe(2);
  });
});

// kubectl apply validates strictly by default (--validate=strict: the API server's Strict field
// validation, "strict decoding error: unknown field"; Kubernetes API concepts, "Field
// validation"), and Helm and server-side apply refuse unknown fields too: a NetworkPolicy with a
// misspelt field never reaches the cluster. flowgate read it without the field, so a PR adding
// prod/db with a policy that isolated it (and a typo in a port entry) passed, while the cluster
// created the pod and refused its only policy: dev → prod/db open.
describe('a NetworkPolicy with a field the API server does not know', () => {
  it('the CLI (dist/cli.js) reports it as an input error instead of counting its isolation', async () => {
    const base = `${PROD_AND_DEV}${DEV_TOOL}`;
    const guard = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db, namespace: prod}
spec:
  podSelector: {matchLabels: {app: db}}
  policyTypes: [Ingress]
  ingress: [{from: [{podSelector: {matchLabels: {app: api}}}], ports: [{port: 5432, protocl: TCP}]}]
`;
    const run = await diff({ 'app.yaml': base }, { 'app.yaml': `${PROD_DB_AND_DEV}${DEV_TOOL}${guard}` });
    expect(run.stdout).toMatch(/head\/app\.yaml:\d+: error \(head\): NetworkPolicy prod\/db: unknown field "protocl" in a ports entry .*\[unknown-field\]/);
    expect(run.status).toBe(2);
  });
});

// The API server validates a policy's metadata (apimachinery ValidateObjectMeta; a NetworkPolicy
// name must be a DNS subdomain, ValidateNetworkPolicyName): `Db_Guard` is refused ("a lowercase
// RFC 1123 subdomain must consist of …"), so it isolates nothing, while flowgate counted it.
describe('a policy whose metadata the API server refuses', () => {
  it('the CLI (dist/cli.js) reports an invalid name as an input error instead of counting its isolation', async () => {
    const base = `${PROD_AND_DEV}${DEV_TOOL}`;
    const guard = OPEN_DEV_TO_DB.replace('name: open', 'name: Db_Guard').replace(/ {2}ingress: .*\n/, '');
    const run = await diff({ 'app.yaml': base }, { 'app.yaml': `${PROD_DB_AND_DEV}${DEV_TOOL}${guard}` });
    expect(run.stdout).toMatch(/head\/app\.yaml:\d+: error \(head\): NetworkPolicy Db_Guard: "Db_Guard" is not a valid name .*\[invalid-name\]/);
    expect(run.status).toBe(2);
  });
});

// The same holds for a custom resource: kubectl apply's strict field validation refuses a field
// the CRD schema would prune (Kubernetes API concepts, "Field validation"). An AdminNetworkPolicy
// Deny of dev → prod on every port, with a misspelt field in one port entry, was counted by
// flowgate and refused by the API server, so a PR adding prod/db open to all passed.
describe('a tiered policy with a field its CRD does not have', () => {
  it('the CLI (dist/cli.js) reports it as an input error instead of counting its Deny', async () => {
    const base = `${PROD_AND_DEV}${DEV_TOOL}`;
    const range = (protocol: string, extra = '') => `{portRange: {protocol: ${protocol}, start: 1, end: 65535${extra}}}`;
    const guard = `apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata: {name: guard}
spec:
  priority: 1
  subject: {namespaces: {matchLabels: {kubernetes.io/metadata.name: prod}}}
  ingress: [{action: Deny, from: [{namespaces: {matchLabels: {kubernetes.io/metadata.name: dev}}}], ports: [${range('TCP', ', extra: 1')}, ${range('UDP')}, ${range('SCTP')}]}]
`;
    const run = await diff({ 'app.yaml': base }, { 'app.yaml': `${PROD_DB_AND_DEV}${DEV_TOOL}${guard}` });
    expect(run.stdout).toMatch(/head\/app\.yaml:\d+: error \(head\): AdminNetworkPolicy guard: unknown field "extra" in portRange .*\[invalid-port\]/);
    expect(run.status).toBe(2);
  });
});

// Helm creates a hook's resources only when the hook runs and deletes them by the hook's delete
// policy (helm.sh "Chart Hooks": `hook-succeeded` deletes it right after it is created; a `test`
// hook exists only after `helm test`); Argo CD does the same with its own hooks. `helm template`
// renders them like any object, so flowgate counted a deny that the release removes at once.
describe('a policy that is a Helm hook', () => {
  it('the CLI (dist/cli.js) reports it as an input error instead of counting a deny that Helm deletes', async () => {
    const base = `${PROD_AND_DEV}${DEV_TOOL}`;
    const hook = DENY_ALL.replace('metadata: {name: deny, namespace: prod}', 'metadata: {name: deny, namespace: prod, annotations: {helm.sh/hook: post-install, helm.sh/hook-delete-policy: hook-succeeded}}');
    const run = await diff({ 'app.yaml': base }, { 'app.yaml': `${PROD_DB_AND_DEV}${DEV_TOOL}${hook}` });
    expect(run.stdout).toMatch(/head\/app\.yaml:\d+: error \(head\): NetworkPolicy deny: is a Helm hook .*\[policy-hook\]/);
    expect(run.status).toBe(2);
  });
});
