import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCE = path.join(ROOT, 'test/yaml/reference-reader');
/** Debian's Go packages: sigs.k8s.io/yaml, gopkg.in/yaml.v2, gopkg.in/yaml.v3 (see .ci/run). */
const GOPATH = '/usr/share/gocode';

/** What the reference reader says of one file (test/yaml/reference-reader/main.go). */
export interface Reading {
  file: string;
  /** kubectl: one entry per non-empty `---` chunk (or JSON value). */
  kubectl: { json?: unknown; error?: string }[];
  /** go-yaml v3, kustomize's parser: every document, or the error. */
  kustomize: { docs?: unknown[]; error?: string };
}

/**
 * Builds the reference reader once per source version (the binary is kept under .tmp/, keyed by
 * the hash of main.go) and returns its path; or a reason why it cannot be built here.
 */
export function buildReferenceReader(): { bin: string } | { missing: string } {
  const main = readFileSync(path.join(SOURCE, 'main.go'));
  const hash = createHash('sha256').update(main).digest('hex').slice(0, 16);
  const dir = path.join(ROOT, '.tmp/reference-reader', hash);
  const bin = path.join(dir, 'reference-reader');
  if (existsSync(bin)) return { bin };
  try {
    execFileSync('go', ['version'], { stdio: 'pipe' });
  } catch {
    return { missing: 'the Go compiler (Debian package golang-go)' };
  }
  for (const pkg of ['sigs.k8s.io/yaml', 'gopkg.in/yaml.v2', 'gopkg.in/yaml.v3']) {
    if (!existsSync(path.join(GOPATH, 'src', pkg))) return { missing: `${pkg} under ${GOPATH} (Debian packages golang-k8s-sigs-yaml-dev, golang-gopkg-yaml.v2-dev, golang-gopkg-yaml.v3-dev)` };
  }
  mkdirSync(dir, { recursive: true });
  const tmp = `${bin}.${process.pid}`;
  // GOPATH mode: no module download, the Debian sources are the dependencies.
  execFileSync('go', ['build', '-o', tmp, '.'], {
    cwd: SOURCE,
    stdio: 'pipe',
    env: { ...process.env, GOPATH, GO111MODULE: 'off', GOFLAGS: '', GOCACHE: path.join(ROOT, '.tmp/reference-reader/gocache'), GOTOOLCHAIN: 'local' },
  });
  renameSync(tmp, bin);
  return { bin };
}

/** Runs the reader over files (one process for all of them). */
export function readAsKubernetes(bin: string, files: readonly string[]): Map<string, Reading> {
  const out = execFileSync(bin, [...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const readings = new Map<string, Reading>();
  for (const line of out.split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line) as Reading;
    readings.set(r.file, r);
  }
  return readings;
}

/** Whether `kubectl kustomize` can be run here (kubectl with its built-in kustomize). */
export function hasKustomize(): boolean {
  try {
    execFileSync('kubectl', ['kustomize', '--help'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}
