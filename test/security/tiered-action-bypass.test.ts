import { afterAll, describe, expect, it } from 'vitest';
import { caseDir, cliProcess as cli, NO_DEV_TO_DB as RULES, removeCaseDirs } from './support/cli-case';

// Issue 18 (security, found by mutation testing of src/manifests): a tiered policy's action was
// looked up in a plain object, so `action: toString` (or constructor, valueOf…) found an inherited
// function and was accepted. The API server refuses such a policy (the action is an enum, T-12),
// so it protects nothing; flowgate read it as a final Admin-tier Deny and passed a PR that opens
// dev to prod/db. An action must be one the schema lists (an error otherwise, T-12).

// dist/cli.js is built once for the io suites (test/global-setup.ts).
afterAll(removeCaseDirs);

const APP = `apiVersion: v1
kind: Pod
metadata: {name: db, namespace: prod, labels: {app: db}}
spec: {containers: [{name: c, image: x}]}
---
apiVersion: v1
kind: Pod
metadata: {name: tool, namespace: dev, labels: {app: tool}}
spec: {containers: [{name: c, image: x}]}
`;
const DENY = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: db, namespace: prod}\nspec: {podSelector: {}, policyTypes: [Ingress]}\n';
const ANP = (action: string) => `apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata: {name: looks-closed}
spec:
  priority: 1
  subject: {namespaces: {matchLabels: {kubernetes.io/metadata.name: prod}}}
  ingress:
  - action: ${action}
    from: [{namespaces: {matchLabels: {kubernetes.io/metadata.name: dev}}}]
`;

/** Base: prod/db closed to everyone. Head: the NetworkPolicy is gone, and an ANP with the given action. */
function tree(action: string): string {
  return caseDir('flowgate-tiered-action-', { 'base/app.yaml': `${APP}---\n${DENY}`, 'head/app.yaml': `${APP}---\n${ANP(action)}`, 'rules.yaml': RULES });
}

describe('issue 18: an action the schema does not list', () => {
  it('the CLI (dist/cli.js) does not read `action: toString` as a Deny: the ANP is an input error and the opened flow is reported', async () => {
    const run = await cli(['diff', 'base', 'head', '--rules', 'rules.yaml'], tree('toString'));
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain('unrecognized action the string "toString": AdminNetworkPolicy v1alpha1 rules take Allow, Deny, Pass');
  });

  it('a real Deny keeps the flow closed (the gate passes)', async () => {
    const run = await cli(['diff', 'base', 'head', '--rules', 'rules.yaml'], tree('Deny'));
    expect(run.status).toBe(0);
  });
});
