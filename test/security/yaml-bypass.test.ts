import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDir, cliProcess as cli, NO_DEV_TO_DB as RULES, PROD_DB_AND_DEV, removeCaseDirs } from './support/cli-case';
import { buildBundle, cleanup } from './support/harness';

// Issue 18 (found by mutation testing of src/yaml; security): YAML that kubectl reads one way and
// flowgate another lets a forbidden flow through. A `<<` merge key whose keys go-yaml v2 resolves
// to the same label key as a key written before it (`15` and `0o17` are both the int 15 to
// kubectl, which decodes a merge in order, so the merged value wins): kubectl applies a
// selector 15=web, flowgate read 15=api, matched no pod, and passed a PR that opens prod/db to
// dev/web. The case is the reference reader's (test/yaml/kubectl-differential.test.ts); here it
// goes end to end through the built CLI with a forbid rule.

beforeAll(buildBundle);
afterAll(cleanup);
afterAll(removeCaseDirs);

const APP = `${PROD_DB_AND_DEV}apiVersion: v1
kind: Pod
metadata: {name: web, namespace: dev, labels: {"15": web}}
spec: {containers: [{name: c, image: x}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-deny, namespace: prod}
spec:
  podSelector: {matchLabels: {app: db}}
  policyTypes: [Ingress]
`;
const OPEN = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: open, namespace: prod}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress:
  - from:
    - namespaceSelector: {}
      podSelector:
        matchLabels: {15: api, <<: {0o17: web}}
`;

/** The CLI's run on base/ and head/ with the no-dev-to-db rules (the case's folder made from the files). */
function diffCase(base: string, head: Record<string, string>) {
  const files = { 'base/app.yaml': base, ...Object.fromEntries(Object.entries(head).map(([p, t]) => [`head/${p}`, t])), 'rules.yaml': RULES };
  return cli(['diff', 'base', 'head', '--rules', 'rules.yaml'], caseDir('flowgate-yaml-bypass-', files));
}

/** What each case must end in: the rule broken by dev/web reaching prod/db, and exit 1. */
function expectDevWebToDb(run: { status: number; stdout: string }): void {
  expect(run.stdout).toContain('NEW forbid rule "no dev to db"');
  expect(run.stdout).toMatch(/dev\/web -> prod\/db allows all/);
  expect(run.status).toBe(1);
}

describe('issue 18: a << merge key read as kubectl reads it', () => {
  it('the CLI (dist/cli.js) fails the gate: the merged label value is the one kubectl applies', async () => {
    expectDevWebToDb(await diffCase(APP, { 'app.yaml': APP, 'open.yaml': OPEN }));
  });

  // A merge inside a merged mapping: kubectl brings its keys too (tier=web over the tier=api
  // written first); flowgate left the inner merge out, read tier=api and passed.
  it('a << merge inside a merged mapping brings its keys, as kubectl reads them', async () => {
    const app = APP.replace('labels: {"15": web}', 'labels: {tier: web}');
    const open = OPEN.replace('{15: api, <<: {0o17: web}}', '{tier: api, <<: {<<: {tier: web}}}');
    expectDevWebToDb(await diffCase(app, { 'app.yaml': app, 'open.yaml': open }));
  });

  // A float key: kubectl makes the JSON key "3.1415927" of `3.14159265` (strconv.FormatFloat for
  // a float32), which is the pod's quoted label key, so kubectl opens prod/db to dev/web;
  // flowgate read "3.14159265", its selector matched no pod, and the gate passed. kustomize reads
  // the key otherwise again: it is an input error.
  it('a float label key in a selector is an input error, not a selector of no pod', async () => {
    const app = APP.replace('labels: {"15": web}', 'labels: {"3.1415927": web}');
    const open = OPEN.replace('{15: api, <<: {0o17: web}}', '{3.14159265: web}');
    const run = await diffCase(app, { 'app.yaml': app, 'open.yaml': open });
    expect(run.stdout).toContain('flowgate: FAIL - 1 input error');
    expect(run.stdout).toMatch(/head\/open\.yaml:10: error \(head\): mapping key 3\.14159265 is a float, which kubectl makes the key "3\.1415927"/);
    expect(run.status).toBe(2);
  });

  // A second `<<` in one mapping: kubectl lets its keys replace the first merge's (tier=web),
  // flowgate read the first's (tier=api) and passed; kustomize refuses the file. It is now a
  // duplicate key: an input error, which fails the check.
  it('a second << merge key in one mapping is an input error, not a pass', async () => {
    const app = APP.replace('labels: {"15": web}', 'labels: {tier: web}');
    const open = OPEN.replace('{15: api, <<: {0o17: web}}', '{<<: {tier: api}, <<: {tier: web}}');
    const run = await diffCase(app, { 'app.yaml': app, 'open.yaml': open });
    expect(run.stdout).toContain('flowgate: FAIL - 1 input error');
    expect(run.stdout).toMatch(/head\/open\.yaml:10: error \(head\): duplicate merge key "<<"/);
    expect(run.status).toBe(2);
  });

  // kubectl cuts a file at `\n` only (apimachinery's LineReader), and go-yaml v2 reads only the
  // first document of a section: a `---` that a U+2028 line break puts at a line start leaves the
  // policy after it out of what kubectl applies (reference reader; `kubectl kustomize` alike).
  // flowgate cut there too, kept reading the deny policy and passed a head that opens prod/db.
  it('a --- after a U+2028 line break does not cut the file: the policy after it is not applied', async () => {
    const head = APP.replace('image: x}]}\n---\napiVersion: networking.k8s.io/v1', 'image: x}]}\u2028---\u2028apiVersion: networking.k8s.io/v1');
    expect(head).not.toBe(APP);
    const run = await diffCase(APP, { 'app.yaml': head });
    expect(run.stdout).toMatch(/head\/app\.yaml:\d+: warning \(head\): this text is a second document in the same `---` section/);
    expectDevWebToDb(run);
  });
});

// Found by mutation testing of src/yaml/parse-simple-yaml.ts (issue 18): kubectl refuses a file
// that holds a control character anywhere, a comment too (go-yaml's reader: "control characters
// are not allowed"), and a document with a NaN or an infinity (sigs.k8s.io/yaml turns it into
// JSON, which has neither: "json: unsupported value: NaN"); reference reader. `kubectl apply`
// leaves such a policy out. flowgate read it: a PR that opens prod/db to every namespace and adds
// a Cilium deny of dev that kubectl refuses passed the gate, while the cluster gets the allow and
// not the deny.
describe('issue 18: a policy kubectl refuses to read', () => {
  const OPEN = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: open, namespace: prod}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress: [{from: [{namespaceSelector: {}}]}]
`;
  const DENY = (line4: string) => `apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: deny-dev, namespace: prod}
${line4}
  endpointSelector: {matchLabels: {app: db}}
  ingressDeny: [{fromEndpoints: [{matchLabels: {k8s:io.kubernetes.pod.namespace: dev}}]}]
`;

  it.each([
    ['an invisible BEL in a comment', DENY('# reviewed\u0007\nspec:'), 4, /kubectl refuses this file: YAML allows no control character here \(U\+0007/],
    ['a description of .nan', DENY('spec:\n  description: .nan'), 5, /kubectl refuses this document: JSON has no NaN or infinity/],
  ])('is an input error, not a deny in force: %s', async (_, deny, line, message) => {
    const run = await diffCase(APP, { 'app.yaml': APP, 'open.yaml': OPEN, 'deny.yaml': deny });
    expect(run.stdout).toContain('flowgate: FAIL - 1 input error');
    expect(run.stdout).toMatch(new RegExp(`head/deny\\.yaml:${line}: error \\(head\\): ${message.source}`));
    expect(run.status).toBe(2);
  });
});
