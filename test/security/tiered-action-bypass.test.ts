import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/harness';

// Issue 18 (security, found by mutation testing of src/manifests): a tiered policy's action was
// looked up in a plain object, so `action: toString` (or constructor, valueOf…) found an inherited
// function and was accepted. The API server refuses such a policy (the action is an enum, T-12),
// so it protects nothing; flowgate read it as a final Admin-tier Deny and passed a PR that opens
// dev to prod/db. An action must be one the schema lists (an error otherwise, T-12).

// dist/cli.js is built once for the io suites (test/global-setup.ts).
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

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
const RULES = 'rules:\n  forbid:\n    - name: no dev to db\n      from: { namespace: dev }\n      to: { namespace: prod, workload: db }\nexposure: false\n';

function cli(args: string[], cwd: string): Promise<{ status: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'dist/cli.js'), ...args], { cwd }, (err, stdout) => {
      resolve({ status: err ? Number((err as { code?: number }).code ?? 3) : 0, stdout });
    });
  });
}

/** Base: prod/db closed to everyone. Head: the NetworkPolicy is gone, and an ANP with the given action. */
function tree(action: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'flowgate-tiered-action-'));
  temps.push(dir);
  for (const side of ['base', 'head']) mkdirSync(path.join(dir, side));
  writeFileSync(path.join(dir, 'base/app.yaml'), `${APP}---\n${DENY}`);
  writeFileSync(path.join(dir, 'head/app.yaml'), `${APP}---\n${ANP(action)}`);
  writeFileSync(path.join(dir, 'rules.yaml'), RULES);
  return dir;
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
