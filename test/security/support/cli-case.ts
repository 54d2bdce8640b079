import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './harness';

// The CLI cases of test/security: a temporary folder of files (base/, head/, a rules file) and
// the built dist/cli.js run in it as a process, whose exit status is what a CI job would see.

/** Namespaces prod and dev. */
export const PROD_AND_DEV = `apiVersion: v1
kind: Namespace
metadata: {name: prod}
---
apiVersion: v1
kind: Namespace
metadata: {name: dev}
---
`;

/** Namespaces prod and dev, and prod/db (app=db, TCP 5432): the start of a case's manifests. */
export const PROD_DB_AND_DEV = `${PROD_AND_DEV}apiVersion: v1
kind: Pod
metadata: {name: db, namespace: prod, labels: {app: db}}
spec: {containers: [{name: c, image: x, ports: [{containerPort: 5432}]}]}
---
`;

/** The rules of those cases: dev must not reach prod/db (stand-ins off: only listed pods count). */
export const NO_DEV_TO_DB = 'rules:\n  forbid:\n    - name: no dev to db\n      from: { namespace: dev }\n      to: { namespace: prod, workload: db }\nexposure: false\n';

const dirs: string[] = [];

/** A temporary folder holding files (paths relative to it); removeCaseDirs removes it. */
export function caseDir(prefix: string, files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), text);
  }
  return dir;
}

/** For afterAll: removes the folders caseDir made. */
export function removeCaseDirs(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** dist/cli.js with args, in cwd: its exit status and output. */
export function cliProcess(args: string[], cwd: string): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'dist/cli.js'), ...args], { cwd }, (err, stdout, stderr) => {
      resolve({ status: err ? Number((err as { code?: number }).code ?? 3) : 0, stdout, stderr });
    });
  });
}
