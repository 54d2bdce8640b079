import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeReach, DEFAULT_OPTIONS } from '../../../src/analyze';
import { readSide, runCli } from '../../../src/cli/run';
import { renderReachJson } from '../../../src/report/render/json';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CLI = path.join(ROOT, 'dist/cli.js');
export const GOOD = path.join(ROOT, 'test/hardening/fixtures/good.yaml');

/** One diagnostic a corpus case expects; `message` is a substring of the real message. */
export interface ExpectedDiagnostic {
  code: string;
  file: string;
  line: number;
  message: string;
  severity?: 'error' | 'warning';
}

/** A corpus case's expected.json. */
export interface Expected {
  description: string;
  exit: number;
  diagnostics: ExpectedDiagnostic[];
  /** Endpoints of the bad input that must still be analysed (besides good.yaml's). */
  endpoints?: string[];
}

/** The `reach --format json` output, contract version 2: flows are blocks of `from` × `to`. */
export interface ReachJson {
  version: number;
  endpoints: { id: string }[];
  flows: { from: string[]; to: string[]; allow: Record<string, [number, number][]> }[];
  diagnostics: { severity: string; code: string; file: string; line: number; message: string }[];
}

/** The flow blocks expanded into one entry per pair (a source to itself is not a flow, A-29). */
export function flowPairsOf(report: ReachJson): { from: string; to: string; allow: Record<string, [number, number][]> }[] {
  return report.flows.flatMap((f) => f.from.flatMap((from) => f.to.filter((to) => to !== from).map((to) => ({ from, to, allow: f.allow }))));
}

/** A fresh directory with the case's files and the valid neighbour good.yaml. */
export async function stageCase(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'flowgate-hardening-'));
  for (const [name, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), content);
  }
  await fs.copyFile(GOOD, path.join(dir, 'good.yaml'));
  return dir;
}

/** The files of a corpus case directory, expected.json left out. */
export async function caseFiles(caseDir: string): Promise<Record<string, Buffer>> {
  const out: Record<string, Buffer> = {};
  for (const name of await fs.readdir(caseDir)) {
    if (name !== 'expected.json') out[name] = await fs.readFile(path.join(caseDir, name));
  }
  return out;
}

/** `reach` through the library: the CLI's reading step, then analyzeReach and the JSON report. */
export async function reachLibrary(dir: string): Promise<ReachJson> {
  const side = await readSide(['.'], dir);
  // analyzeReach, as the CLI; the corpus is about reading bad input, so its expected flows are
  // those of the listed workloads: exposure (issue 11) off on both faces.
  const analysis = analyzeReach({ files: side.files, diagnostics: side.diagnostics, options: { ...DEFAULT_OPTIONS, exposure: false } });
  return JSON.parse(renderReachJson(analysis.result)) as ReachJson;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `node dist/cli.js reach . --format json` as a child process in `dir`. */
export function reachCli(dir: string): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, 'reach', '.', '--format', 'json', '--exposure', 'off'], { cwd: dir, maxBuffer: 1 << 28, encoding: 'utf8' }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * The same `flowgate reach . --format json` through the CLI's entry (runCli) in this process:
 * what src/cli/main.ts does with its result (the exit status; an exception is an internal error
 * with status 3), without a node start-up and a bundle load per case.
 */
export async function reachCliInProcess(dir: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd: dir };
  const code = await runCli(['reach', '.', '--format', 'json', '--exposure', 'off'], io).catch((e: unknown) => {
    stderr += `flowgate: internal error (this is a bug): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`;
    return 3;
  });
  return { code, stdout, stderr };
}

/** What a report says about its diagnostics, sorted: `severity code file:line`. */
export function diagnosticKeys(ds: readonly { severity?: string; code: string; file: string; line: number }[]): string[] {
  return ds.map((d) => `${d.severity ?? 'error'} ${d.code} ${d.file}:${d.line}`).sort();
}
