import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run';

/** A folder with these files (posix paths), for a side of a diff. */
export function makeTree(files: Record<string, string>, dir = mkdtempSync(path.join(tmpdir(), 'flowgate-tree-'))): string {
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), text);
  }
  return dir;
}

/** A folder of executable shell scripts: fake helm, kustomize or generator programs. */
export function fakeBin(scripts: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'flowgate-bin-'));
  for (const [name, body] of Object.entries(scripts)) {
    writeFileSync(path.join(dir, name), `#!/bin/sh\n${body}\n`);
    chmodSync(path.join(dir, name), 0o755);
  }
  return dir;
}

/** The system folders the fake scripts need (sh, cat, sleep), without whatever else PATH holds. */
export const SYSTEM_PATH = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'].join(path.delimiter);

/** Runs the CLI with PATH set to `pathVar` (restored after). */
export async function cliWithPath(pathVar: string, args: string[], cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  const saved = process.env.PATH;
  process.env.PATH = pathVar;
  let stdout = '';
  let stderr = '';
  try {
    const code = await runCli(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd });
    return { code, stdout, stderr };
  } finally {
    process.env.PATH = saved;
  }
}

/** A fake helm: `version` prints v3.99.0; `template` logs its arguments to `log` and prints `rendered` (a file). */
export function fakeHelm(rendered: string, log: string, extra = ''): string {
  return `case "$1" in
version) echo "v3.99.0+gdeadbee";;
template) echo "$@" >> '${log}'; env >> '${log}.env'; ${extra} cat '${rendered}';;
*) echo "unknown $1" >&2; exit 64;;
esac`;
}

export const WEB = `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [{ name: w, image: nginx, ports: [{ containerPort: 80 }] }] }
`;

/** A policy that lets everything in to web on TCP 80, or (closed) nothing. */
export function webPolicy(open: boolean): string {
  return `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: web }
spec:
  podSelector: { matchLabels: { app: web } }
  policyTypes: [Ingress]
${open ? '  ingress: [{ ports: [{ port: 80 }] }]\n' : ''}`;
}
