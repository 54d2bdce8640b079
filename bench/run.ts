/**
 * `npm run bench [-- --sizes S,M,L,LT,XL] [--big-heads M,L,XL] [--rendered M,L] [--seed N] [--runs N] [--md FILE] [--keep]`:
 * generates synthetic repositories (bench/generate.ts), times each stage in process (wall and CPU)
 * and `flowgate diff` end to end as a process, and prints a table; `--rendered` sizes also run as a
 * rendered environment (bench/rendered.ts). XL (50k workloads) runs only when named in --sizes (the
 * default is S,M,L,LT,LC): it takes ten minutes or more on two cores. Results go to
 * bench/results/<size>.json and bench/results/latest.json. A script that prints numbers, never a
 * timed test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_OPTIONS, judgeDiff, parseCluster, type DiffAnalysis } from '../src/analyze';
import { changedPairCount } from '../src/diff/change-pairs';
import { diffBoundaries, diffReachability } from '../src/diff/compute-diff';
import { computeReachability } from '../src/engine/compute-reachability';
import { readManifestFiles } from '../src/io/read-dir';
import { ConnsTable } from '../src/model/conns-table';
import { parseDocuments, type ParsedFile } from '../src/yaml/parse-documents';
import { parseSimpleDocuments } from '../src/yaml/parse-simple-yaml';
import { renderDiffJson } from '../src/report/render/json';
import { renderMarkdown } from '../src/report/render/markdown';
import { closeEverythingHead, generateRepo, openEverythingHead, SIZES, type SizeName } from './generate';
import { referenceDiffCount } from './reference-diff';
import { renderedLines, renderedRuns } from './rendered';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

interface Row {
  size: SizeName;
  workloads: number;
  policies: number;
  files: number;
  mib: number;
  parseMs: number;
  buildMs: number;
  yamlLibMs?: number;
  engineMs: number;
  diffMs: number;
  renderJsonMs: number;
  renderMdMs: number;
  /**
   * CPU time (user + system) of each in-process stage: on a shared machine wall time grows with
   * the load, CPU time much less (compare runs by it).
   */
  stageCpuMs: Record<string, number>;
  jsonMiB: number;
  e2eMs: number;
  e2eRssMiB: number;
  /** User + system CPU seconds of the end-to-end run (less sensitive to a busy machine than wall time). */
  e2eCpuS: number;
  e2eExit: number;
  /** Issue 11: the same end-to-end run with `--exposure off` (listed workloads only), measured in the same run. */
  e2eOff: { ms: number; rssMiB: number; cpuS: number };
  classes: { base: number; head: number; joint: number; externalIntervals: number };
  changes: number;
  /** Distinct texts parsed (base files + files the PR changed: unchanged files are parsed once). */
  parsedFiles: number;
  changedFiles: number;
  refMs?: number;
  ratio?: number;
  refAgrees?: boolean;
  /** The "open everything" and "close everything" heads, end to end (time relative to the ordinary PR's). */
  big?: { head: 'open' | 'close'; ms: number; vsOrdinary: number; cpuS: number; vsOrdinaryCpu: number; rssMiB: number; jsonMiB: number; exit: number }[];
}

/**
 * A PR that deletes every policy, and one that replaces them all by a deny-all per namespace, as
 * `flowgate diff base <head> --format json` processes (each its own process, for its peak RSS).
 */
function bigHeads(dir: string, base: ReadonlyMap<string, string>, ordinary: { ms: number; cpuS: number }): NonNullable<Row['big']> {
  const out: NonNullable<Row['big']> = [];
  for (const [head, files] of [['open', openEverythingHead(base)], ['close', closeEverythingHead(base)]] as const) {
    writeRepo(path.join(dir, head), files);
    const json = path.join(dir, `${head}.json`);
    const r = endToEnd(dir, head, json);
    const size = existsSync(json) ? statSync(json).size : NaN;
    rmSync(json, { force: true });
    out.push({ head, ms: r.ms, vsOrdinary: r.ms / ordinary.ms, cpuS: r.cpuS, vsOrdinaryCpu: r.cpuS / ordinary.cpuS, rssMiB: r.rssMiB, jsonMiB: size / 1048576, exit: r.exit });
  }
  return out;
}

/** CPU time of this process between laps. */
class Cpu {
  readonly laps: Record<string, number> = {};
  private last = process.cpuUsage();

  lap(name: string): void {
    const d = process.cpuUsage(this.last);
    this.laps[name] = (d.user + d.system) / 1000;
    this.last = process.cpuUsage();
  }
}

function ms(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function writeRepo(dir: string, files: Map<string, string>): void {
  const made = new Set<string>();
  for (const [p, text] of files) {
    const full = path.join(dir, p);
    const d = path.dirname(full);
    if (!made.has(d)) {
      mkdirSync(d, { recursive: true });
      made.add(d);
    }
    writeFileSync(full, text);
  }
}

/** `flowgate diff` as a process: wall time, and peak RSS from GNU time when present. */
function endToEnd(cwd: string, head = 'head', out = '/dev/null', extra: readonly string[] = []): { ms: number; rssMiB: number; cpuS: number; exit: number } {
  const cli = path.join(ROOT, 'dist/cli.js');
  const args = [cli, 'diff', 'base', head, '--format', 'json', '--out', out, ...extra];
  const gnuTime = existsSync('/usr/bin/time');
  const t0 = process.hrtime.bigint();
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = ms(t0);
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr ?? '');
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr ?? '');
  if (r.status !== 0 && r.status !== 1) process.stderr.write(`flowgate diff exited ${r.status}:\n${(r.stderr ?? '').slice(0, 2000)}\n`);
  return { ms: wall, rssMiB: m ? Number(m[1]) / 1024 : NaN, cpuS: user && sys ? Number(user[1]) + Number(sys[1]) : NaN, exit: r.status ?? -1 };
}

async function measureAsync(size: SizeName, seed: number, keep: boolean, withReference: boolean, withYamlLib: boolean, e2eRuns: number, withBig: boolean): Promise<Row> {
  const repo = generateRepo(SIZES[size], seed);
  const dir = mkdtempSync(path.join(tmpdir(), `flowgate-bench-${size}-`));
  try {
    writeRepo(path.join(dir, 'base'), repo.base);
    writeRepo(path.join(dir, 'head'), repo.head);
    const baseFiles = (await readManifestFiles(['base'], undefined, dir)).files;
    const headFiles = (await readManifestFiles(['head'], undefined, dir)).files;

    // Parsing: each distinct text once, as parseCluster does (the fast path, else the full parser).
    const cpu = new Cpu();
    let t0 = process.hrtime.bigint();
    const cache = new Map<string, ParsedFile>();
    for (const f of [...baseFiles, ...headFiles]) if (!cache.has(f.text)) cache.set(f.text, parseSimpleDocuments(f.path, f.text) ?? parseDocuments(f.path, f.text));
    const parseMs = ms(t0);
    cpu.lap('parse');
    // Building both states from the parsed files.
    t0 = process.hrtime.bigint();
    const baseCluster = parseCluster(baseFiles, DEFAULT_OPTIONS, cache);
    const headCluster = parseCluster(headFiles, DEFAULT_OPTIONS, cache);
    const buildMs = ms(t0);
    cpu.lap('build');
    // What the yaml library alone takes on the same files (the full parser, without the fast path).
    let yamlLibMs: number | undefined;
    if (withYamlLib) {
      t0 = process.hrtime.bigint();
      for (const text of cache.keys()) parseDocuments('f.yaml', text);
      yamlLibMs = ms(t0);
    }
    cpu.lap('yaml lib');

    t0 = process.hrtime.bigint();
    const boundaries = diffBoundaries(baseCluster, headCluster);
    // As computeDiff does: one table, so that the diff compares ids.
    const table = new ConnsTable();
    const baseReach = computeReachability(baseCluster, { boundaries, table });
    const headReach = computeReachability(headCluster, { boundaries, table });
    const engineMs = ms(t0);
    cpu.lap('engine');

    t0 = process.hrtime.bigint();
    const diff = diffReachability(baseReach, headReach);
    const diffMs = ms(t0);
    cpu.lap('diff');

    // The rest of analyzeDiff when there is no rules file: lint warnings, counts and verdict.
    const run: DiffAnalysis = judgeDiff(diff, { rules: null, rulesDiagnostics: [], hasRulesFile: false, failOn: 'new' });
    cpu.lap('judge');
    t0 = process.hrtime.bigint();
    const json = renderDiffJson(run);
    const renderJsonMs = ms(t0);
    cpu.lap('json');
    t0 = process.hrtime.bigint();
    const md = renderMarkdown(run);
    const renderMdMs = ms(t0);
    cpu.lap('md');

    // The machine may be shared: the best of a few runs is the closest to the program's own cost.
    const runs = Array.from({ length: e2eRuns }, () => endToEnd(dir));
    const e2e = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
    const offRuns = Array.from({ length: e2eRuns }, () => endToEnd(dir, 'head', '/dev/null', ['--exposure', 'off']));
    const off = offRuns.reduce((a, b) => (b.ms < a.ms ? b : a));
    const row: Row = {
      size,
      workloads: repo.counts.workloads,
      policies: repo.counts.policies,
      files: repo.counts.files,
      mib: repo.counts.bytes / 1048576,
      parseMs,
      buildMs,
      yamlLibMs,
      engineMs,
      diffMs,
      renderJsonMs,
      renderMdMs,
      stageCpuMs: cpu.laps,
      jsonMiB: json.length / 1048576,
      e2eMs: e2e.ms,
      e2eRssMiB: e2e.rssMiB,
      e2eCpuS: e2e.cpuS,
      e2eExit: e2e.exit,
      e2eOff: { ms: off.ms, rssMiB: off.rssMiB, cpuS: off.cpuS },
      classes: {
        base: baseReach.classification.classes.length,
        head: headReach.classification.classes.length,
        joint: diff.jointClasses.length,
        externalIntervals: baseReach.classification.intervals.length,
      },
      changes: changedPairCount(diff),
      parsedFiles: cache.size,
      changedFiles: repo.change.changedFiles.length,
    };
    if (json.length === 0 || md.length === 0) throw new Error('empty render');
    if (withReference) {
      t0 = process.hrtime.bigint();
      const refChanges = referenceDiffCount(diff);
      row.refMs = ms(t0);
      row.ratio = row.refMs / (engineMs + diffMs);
      row.refAgrees = refChanges === row.changes;
    }
    if (withBig) row.big = bigHeads(dir, repo.base, { ms: row.e2eMs, cpuS: row.e2eCpuS });
    return row;
  } finally {
    if (keep) process.stderr.write(`kept ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (n: number | undefined, d = 0) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(d));

export function tableOf(rows: readonly Row[]): string {
  const head = ['size', 'workloads', 'policies', 'files (parsed)', 'MiB', 'parse ms (yaml lib)', 'build ms', 'engine ms', 'diff ms', 'render json / md ms', 'stage CPU ms: parse/build/engine/diff/judge/json/md', 'e2e ms', 'e2e CPU s', 'e2e RSS MiB', 'exposure off: e2e ms / RSS MiB (on ÷ off)', 'classes b/h/joint', 'ext intervals', 'changes', 'per-pair ms', 'ratio'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const r of rows) {
    lines.push(
      `| ${[
        r.size,
        r.workloads,
        r.policies,
        `${r.files} (${r.parsedFiles})`,
        fmt(r.mib, 1),
        `${fmt(r.parseMs)} (${fmt(r.yamlLibMs)})`,
        fmt(r.buildMs),
        fmt(r.engineMs),
        fmt(r.diffMs),
        `${fmt(r.renderJsonMs)} / ${fmt(r.renderMdMs)}`,
        ['parse', 'build', 'engine', 'diff', 'judge', 'json', 'md'].map((k) => fmt(r.stageCpuMs[k])).join('/'),
        fmt(r.e2eMs),
        fmt(r.e2eCpuS, 1),
        fmt(r.e2eRssMiB),
        `${fmt(r.e2eOff.ms)} / ${fmt(r.e2eOff.rssMiB)} (${fmt(r.e2eMs / r.e2eOff.ms, 2)}× / ${fmt(r.e2eRssMiB / r.e2eOff.rssMiB, 2)}×)`,
        `${r.classes.base}/${r.classes.head}/${r.classes.joint}`,
        r.classes.externalIntervals,
        r.changes,
        fmt(r.refMs),
        r.ratio === undefined ? '–' : `${fmt(r.ratio, 1)}×${r.refAgrees ? '' : ' (DISAGREES)'}`,
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

/** The "open everything" and "close everything" heads: wall and CPU time (and their ratios to the ordinary PR's), peak RSS, JSON size. */
export function bigTableOf(rows: readonly Row[]): string {
  const head = ['size', 'head', 'e2e ms', '× ordinary', 'e2e CPU s', '× ordinary (CPU)', 'e2e RSS MiB', 'JSON MiB', 'exit'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const r of rows) for (const b of r.big ?? []) lines.push(`| ${[r.size, b.head, fmt(b.ms), fmt(b.vsOrdinary, 2), fmt(b.cpuS, 1), fmt(b.vsOrdinaryCpu, 2), fmt(b.rssMiB), fmt(b.jsonMiB, 1), b.exit].join(' | ')} |`);
  return lines.join('\n');
}

/** Issue 12: the tiered size (L + 50 Admin + one Baseline) against L, end to end: CPU, wall time and peak RSS, each within 1.3×. */
export function tiersLine(rows: readonly Row[]): string | null {
  const l = rows.find((r) => r.size === 'L');
  const lt = rows.find((r) => r.size === 'LT');
  if (!l || !lt) return null;
  const ratios = { 'e2e CPU': lt.e2eCpuS / l.e2eCpuS, 'e2e wall': lt.e2eMs / l.e2eMs, 'peak RSS': lt.e2eRssMiB / l.e2eRssMiB };
  const parts = Object.entries(ratios).map(([k, v]) => `${k} ${fmt(v, 2)}×${v > 1.3 ? ' (OVER 1.3×)' : ''}`);
  return `LT (L + 50 Admin + 1 Baseline ClusterNetworkPolicy) vs L: ${parts.join(', ')}; limit 1.3×`;
}

/** Issue 14: L plus 300 CNPs and 20 CCNPs against L, end to end: CPU, wall time and peak RSS, each within 1.3×. */
export function ciliumLine(rows: readonly Row[]): string | null {
  const l = rows.find((r) => r.size === 'L');
  const lc = rows.find((r) => r.size === 'LC');
  if (!l || !lc) return null;
  const ratios = { 'e2e CPU': lc.e2eCpuS / l.e2eCpuS, 'e2e wall': lc.e2eMs / l.e2eMs, 'peak RSS': lc.e2eRssMiB / l.e2eRssMiB };
  const parts = Object.entries(ratios).map(([k, v]) => `${k} ${fmt(v, 2)}×${v > 1.3 ? ' (OVER 1.3×)' : ''}`);
  return `LC (L + 300 CiliumNetworkPolicies + 20 CiliumClusterwideNetworkPolicies) vs L: ${parts.join(', ')}; limit 1.3×`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { rendered: { type: 'string', default: 'M' }, 'big-heads': { type: 'string', default: 'M,L,XL' }, sizes: { type: 'string', default: 'S,M,L,LT,LC' }, seed: { type: 'string', default: '1' }, md: { type: 'string' }, runs: { type: 'string', default: '2' }, keep: { type: 'boolean', default: false } },
  });
  const sizes = values.sizes!.split(',').map((s) => s.trim().toUpperCase()) as SizeName[];
  for (const s of sizes) if (!(s in SIZES)) throw new Error(`unknown size ${s} (S, M, L, LT, LC, XL)`);
  if (!existsSync(path.join(ROOT, 'dist/cli.js')) || process.env.BENCH_BUNDLE !== '0') {
    const b = spawnSync(process.execPath, ['scripts/bundle.mjs'], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0) throw new Error('bundling dist/ failed');
  }
  const rows: Row[] = [];
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  for (const s of sizes) {
    process.stderr.write(`${s}: running…\n`);
    const big = values['big-heads']!.split(',').map((x) => x.trim().toUpperCase()).includes(s);
    const row = await measureAsync(s, Number(values.seed), values.keep!, s === 'S' || s === 'M', s !== 'XL', Number(values.runs), big);
    rows.push(row);
    writeFileSync(path.join(ROOT, `bench/results/${s}.json`), `${JSON.stringify(row, null, 2)}\n`);
    process.stdout.write(`${tableOf([row]).split('\n').slice(2).join('\n')}\n`);
    if (row.big) process.stdout.write(`${bigTableOf([row]).split('\n').slice(2).join('\n')}\n`);
  }
  const tiers = tiersLine(rows);
  // Issue 13: plain against rendered environments (fake helm; the real kustomize where present).
  const rendered: string[] = [];
  for (const s of values.rendered!.split(',').map((x) => x.trim().toUpperCase()).filter((x) => x in SIZES) as SizeName[]) {
    process.stderr.write(`${s}: rendered environments…\n`);
    const repo = generateRepo(SIZES[s], Number(values.seed));
    const dir = mkdtempSync(path.join(tmpdir(), `flowgate-bench-rendered-${s}-`));
    try {
      rendered.push(renderedLines(s, renderedRuns(path.join(ROOT, 'dist/cli.js'), dir, repo.base, repo.head, Number(values.runs))));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    process.stdout.write(`${rendered.at(-1)}\n`);
  }
  const cilium = ciliumLine(rows);
  const table = `${tableOf(rows)}\n\n${bigTableOf(rows)}${tiers ? `\n\n${tiers}` : ''}${cilium ? `\n\n${cilium}` : ''}${rendered.length ? `\n\n${rendered.join('\n')}` : ''}`;
  const info = `node ${process.version}, ${process.platform}/${process.arch}, seed ${values.seed}; ratio = per-pair reference diff time / (engine + diff) time; e2e = best of ${values.runs} runs of \`node dist/cli.js diff base head --format json --out /dev/null\` (exposure on, the default; "exposure off" adds \`--exposure off\`, issue 11); load average at the end ${loadavg().map((x) => x.toFixed(1)).join(' ')}`;
  writeFileSync(path.join(ROOT, 'bench/results/latest.json'), `${JSON.stringify({ info, rows }, null, 2)}\n`);
  process.stdout.write(`\n${table}\n\n${info}\n`);
  if (values.md) writeFileSync(values.md, `# flowgate benchmark\n\n\`npm run bench -- --sizes ${sizes.join(',')}\`\n\n${table}\n\n${info}\n`);
}

await main();
