import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDir, cliProcess as cli, NO_DEV_TO_DB as RULES, PROD_DB_AND_DEV, removeCaseDirs } from './support/cli-case';
import { buildBundle, cleanup } from './support/harness';

// Issue 14 (security): a Cilium allow peer that also names a key the manifests cannot show (the
// pod's service account, C-3) matched nothing, so a PR opening prod/db to every pod of dev with
// the default service account passed the gate (exit 0, "not analysed" as a warning only). The
// gate errs on the side of reporting: such an allow is read without that key.

beforeAll(buildBundle);
afterAll(cleanup);
afterAll(removeCaseDirs);

const APP = `${PROD_DB_AND_DEV}apiVersion: v1
kind: Pod
metadata: {name: tool, namespace: dev, labels: {app: tool}}
spec: {containers: [{name: c, image: x}]}
---
apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: db, namespace: prod}
spec:
  endpointSelector: {matchLabels: {app: db}}
  ingress: [{fromEndpoints: [{matchLabels: {app: api}}]}]
`;
const OPEN = (section: string) => `apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: open, namespace: prod}
spec:
  endpointSelector: {matchLabels: {app: db}}
  ${section}: [{fromEndpoints: [{matchLabels: {k8s:io.kubernetes.pod.namespace: dev, k8s:io.cilium.k8s.policy.serviceaccount: default}}]}]
`;

function tree(head: string | null): string {
  return caseDir('flowgate-cilium-bypass-', { 'base/app.yaml': APP, 'head/app.yaml': APP, ...(head ? { 'head/open.yaml': head } : {}), 'rules.yaml': RULES });
}

describe('issue 14: Cilium selector keys the manifests do not show', () => {
  it('the CLI (dist/cli.js) fails the gate when an allow peer also names a service account', async () => {
    const dir = tree(OPEN('ingress'));
    const run = await cli(['diff', 'base', 'head', '--rules', 'rules.yaml'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('NEW forbid rule "no dev to db"');
    expect(run.stdout).toMatch(/dev\/tool -> prod\/db allows all; why: cilium\/prod\/open spec\.ingress\[0\] \(head\/open\.yaml:6\)/);
    expect(run.stdout).toMatch(/io\.cilium\.k8s\.policy\.serviceaccount.*read without them/);
  });

  it('a deny peer that names a service account denies nothing it cannot show (the gate still passes only what is open)', async () => {
    const dir = tree(OPEN('ingressDeny'));
    const run = await cli(['diff', 'base', 'head', '--rules', 'rules.yaml'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/this deny peer is counted as matching nothing/);
  });
});

// Found by issue 18's mutation work: Cilium adds no namespace requirement to a CNP peer selector
// that names a namespace label (C-11, getEndpointSelector), so a selector that an endpoint
// without labels meets (`DoesNotExist` on the label) matches the world too. flowgate added the
// policy's namespace to it, so the internet stayed out, and a PR that opened prod/db to the
// internet passed a rule forbidding exactly that.
describe('C-11: a CNP peer on a namespace label that no labels carry', () => {
  it('the CLI (dist/cli.js) fails the gate when such a peer opens prod/db to the internet', async () => {
    const open = `apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: no-team, namespace: prod}
spec:
  endpointSelector: {matchLabels: {app: db}}
  ingress: [{fromEndpoints: [{matchExpressions: [{key: io.cilium.k8s.namespace.labels.team, operator: DoesNotExist}]}]}]
`;
    const rules = 'rules:\n  forbid:\n    - name: no internet to db\n      from: { cidr: 0.0.0.0/0 }\n      to: { namespace: prod, workload: db }\nexposure: false\n';
    const dir = caseDir('flowgate-cilium-world-', { 'base/app.yaml': APP, 'head/app.yaml': APP, 'head/open.yaml': open, 'rules.yaml': rules });
    const run = await cli(['diff', 'base', 'head', '--rules', 'rules.yaml'], dir);
    expect(run.stdout).toContain('NEW forbid rule "no internet to db"');
    expect(run.status).toBe(1);
  });
});

// Found while fixing a reading that erred open (a subject naming the namespace twice): Cilium
// writes the policy's namespace over `k8s:io.kubernetes.pod.namespace` in a CNP subject's
// matchLabels (C-1, AddMatch) and keeps every other requirement, `io.kubernetes.pod.namespace`
// (source any) among them. A subject that writes `other` under both keys therefore selects no pod
// in prod. flowgate dropped both requirements, so it applied the deny to prod/db, and a PR that
// opened prod/db to dev behind such a "deny" passed.
describe('C-1: a CNP subject that names another namespace under both sources', () => {
  it('the CLI (dist/cli.js) fails the gate: the deny selects no pod, so the allow opens prod/db to dev', async () => {
    const allow = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: dev-to-db, namespace: prod}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress: [{from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: dev}}}]}]
---
apiVersion: cilium.io/v2
kind: CiliumNetworkPolicy
metadata: {name: deny-dev, namespace: prod}
spec:
  endpointSelector: {matchLabels: {app: db, io.kubernetes.pod.namespace: other, k8s:io.kubernetes.pod.namespace: other}}
  ingressDeny: [{fromEndpoints: [{matchLabels: {k8s:io.kubernetes.pod.namespace: dev}}]}]
`;
    const run = await cli(['diff', 'base', 'head', '--rules', 'rules.yaml'], tree(allow));
    expect(run.stdout).toContain('NEW forbid rule "no dev to db"');
    expect(run.status).toBe(1);
  });
});
