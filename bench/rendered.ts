/**
 * Issue 13's bench line: the same generated repository analysed as plain manifests and as a
 * rendered environment, end to end (`node dist/cli.js diff base head --rules R`), so that
 * flowgate's own work on rendered output (running the tool on both sides at once, splitting the
 * stream by provenance, reading it) shows against the plain run. The "fake helm" chart prints a
 * pre-rendered stream (`# Source:` per document, as helm does): the tool costs nothing, the
 * difference is flowgate's. Where `kubectl` or `kustomize` is on PATH, a kustomization listing
 * every file renders with the real tool too (its own cost included).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface RenderedRun {
  what: string;
  ms: number;
  cpuS: number;
  rssMiB: number;
  exit: number;
}

function writeTree(dir: string, files: ReadonlyMap<string, string>): void {
  for (const [p, text] of files) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), text);
  }
}

/** A chart whose templates are the files, and the stream `helm template` would print for it. */
function writeChart(dir: string, files: ReadonlyMap<string, string>): void {
  const chart = path.join(dir, 'chart');
  writeTree(path.join(chart, 'templates'), files);
  writeFileSync(path.join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: bench\nversion: 1.0.0\n');
  const stream = [...files].map(([p, text]) => text.split(/^---\s*$/m).filter((d) => d.trim()).map((d) => `---\n# Source: bench/templates/${p}\n${d.replace(/^\n+/, '')}`).join('\n')).join('\n');
  writeFileSync(path.join(chart, 'rendered.yaml'), `${stream}\n`);
}

/** A kustomization (at the side's root) listing every file as a resource. */
function writeKustomization(dir: string, files: ReadonlyMap<string, string>): void {
  writeTree(dir, files);
  writeFileSync(path.join(dir, 'kustomization.yaml'), `resources:\n${[...files.keys()].sort().map((p) => `- ${p}`).join('\n')}\n`);
}

function which(name: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((d) => d && existsSync(path.join(d, name)));
}

function timed(cli: string, cwd: string, args: readonly string[], env: NodeJS.ProcessEnv): Omit<RenderedRun, 'what'> {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, 'diff', ...args, '--format', 'json', '--out', '/dev/null'], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const num = (re: RegExp) => Number(re.exec(r.stderr ?? '')?.[1] ?? NaN);
  if (r.status !== 0 && r.status !== 1) process.stderr.write(`flowgate diff exited ${r.status}:\n${(r.stderr ?? '').slice(0, 2000)}\n`);
  return { ms, cpuS: num(/User time \(seconds\): ([\d.]+)/) + num(/System time \(seconds\): ([\d.]+)/), rssMiB: num(/Maximum resident set size \(kbytes\): (\d+)/) / 1024, exit: r.status ?? -1 };
}

const best = (runs: Omit<RenderedRun, 'what'>[]) => runs.reduce((a, b) => (b.cpuS < a.cpuS ? b : a));

/**
 * Plain, fake-helm and (when the tool is there) kustomize runs of one generated repository, best
 * of `runs` each by CPU. `dir` is an empty scratch folder.
 */
export function renderedRuns(cli: string, dir: string, base: ReadonlyMap<string, string>, head: ReadonlyMap<string, string>, runs: number): RenderedRun[] {
  if (!existsSync('/usr/bin/time')) return [];
  const out: RenderedRun[] = [];
  const env = { ...process.env };
  const repeat = (cwd: string, args: string[], e = env) => best(Array.from({ length: runs }, () => timed(cli, cwd, args, e)));
  // Plain: the same files, read as manifests.
  writeTree(path.join(dir, 'plain/base'), base);
  writeTree(path.join(dir, 'plain/head'), head);
  out.push({ what: 'plain', ...repeat(path.join(dir, 'plain'), ['base', 'head']) });
  // Fake helm: prints the chart's pre-rendered stream.
  const bin = path.join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(path.join(bin, 'helm'), '#!/bin/sh\ncase "$1" in version) echo v3.99.0;; template) exec cat "$3/rendered.yaml";; esac\n');
  chmodSync(path.join(bin, 'helm'), 0o755);
  writeChart(path.join(dir, 'helm/base'), base);
  writeChart(path.join(dir, 'helm/head'), head);
  writeFileSync(path.join(dir, 'helm/rules.yml'), 'environments:\n  - { name: bench, helm: { chart: chart } }\n');
  out.push({ what: 'fake helm (cat of the rendered stream)', ...repeat(path.join(dir, 'helm'), ['base', 'head', '--rules', 'rules.yml'], { ...env, PATH: `${bin}${path.delimiter}${env.PATH ?? ''}` }) });
  if (which('kustomize') || which('kubectl')) {
    writeKustomization(path.join(dir, 'kustomize/base'), base);
    writeKustomization(path.join(dir, 'kustomize/head'), head);
    writeFileSync(path.join(dir, 'kustomize/rules.yml'), 'environments:\n  - { name: bench, kustomize: . }\n');
    // The real tool is slow on a thousand files (kubectl kustomize: about 25 CPU-s for one side of M): one run, a long time limit.
    const tool = which('kustomize') ? 'kustomize build' : 'kubectl kustomize';
    out.push({ what: `${tool} (the real tool, its CPU included; one run)`, ...timed(cli, path.join(dir, 'kustomize'), ['base', 'head', '--rules', 'rules.yml', '--render-timeout', '1800'], env) });
  }
  return out;
}

/** The bench line: each run's time, CPU and peak RSS, and its CPU against the plain run's. */
export function renderedLines(size: string, runs: readonly RenderedRun[]): string {
  const plain = runs.find((r) => r.what === 'plain');
  if (!plain) return '';
  return runs
    .map((r) => `rendered ${size}, ${r.what}: e2e ${r.ms.toFixed(0)} ms, CPU ${r.cpuS.toFixed(1)} s, RSS ${r.rssMiB.toFixed(0)} MiB${r === plain ? '' : ` (CPU ${(r.cpuS / plain.cpuS).toFixed(2)}× plain, RSS ${(r.rssMiB / plain.rssMiB).toFixed(2)}×)`}; exit ${r.exit}`)
    .join('\n');
}
