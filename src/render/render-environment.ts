import { promises as fs } from 'node:fs';
import path from 'node:path';
import { splitRendered } from '../environments/split-rendered';
import type { EnvironmentSpec } from '../environments/types';
import { KUSTOMIZATION_FILES, kustomizationRefs } from '../environments/kustomization-refs';
import { globMatcher } from '../io/globs';
import { readManifestFiles } from '../io/read-dir';
import type { Diagnostic, SourceFile } from '../model/types';
import { checkKustomization } from './check-kustomization';
import { findProgram, isInside } from './find-program';
import { listTree } from './list-tree';
import { runTool } from './run-tool';
import { toolEnv, type RenderTools } from './tools';

/** One side of one environment: its files (rendered and split by origin) and what went wrong. */
export interface RenderedSide {
  files: SourceFile[];
  diagnostics: Diagnostic[];
  /** The environment's folder (chart, kustomization) is not on this side: it is empty there. */
  absent: boolean;
}

/** A link count bound for walking a chart folder. */
const MAX_CHART_ENTRIES = 20_000;

function fail(spec: EnvironmentSpec, side: 'base' | 'head', file: string, message: string): RenderedSide {
  return { files: [], diagnostics: [{ severity: 'error', code: 'render-failed', file, line: 1, message: `environment ${spec.name} (${side}): ${message}`, side }], absent: false };
}

async function isDir(p: string): Promise<boolean> {
  return fs.stat(p).then((s) => s.isDirectory(), () => false);
}

/**
 * The symbolic links under `dir` that lead outside the repository (or nowhere): Helm follows
 * them when it loads a chart, so a pull request could read a runner's file into a rendered
 * object (`.Files.Get`). Refused before rendering.
 */
async function linksOutside(root: string, dir: string): Promise<string[]> {
  const realRoot = await fs.realpath(root);
  const out: string[] = [];
  const queue = [dir];
  let n = 0;
  while (queue.length && n < MAX_CHART_ENTRIES) {
    const d = queue.shift()!;
    const entries = await fs.readdir(d, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      n++;
      const full = path.join(d, e.name);
      if (e.isDirectory()) queue.push(full);
      else if (e.isSymbolicLink()) {
        const real = await fs.realpath(full).catch(() => null);
        if (real === null || !isInside(real, realRoot)) out.push(path.relative(root, full));
      }
    }
  }
  return out;
}

interface Ctx {
  spec: EnvironmentSpec;
  /** The side's root: the work tree, or the base commit's tree extracted to a folder. */
  root: string;
  side: 'base' | 'head';
  tools: RenderTools;
  /** A scratch folder of this render (HOME of the tools, the wrapper kustomization). */
  scratch: string;
}

async function renderHelm(c: Ctx, s: Extract<EnvironmentSpec['source'], { kind: 'helm' }>): Promise<RenderedSide> {
  const chart = path.resolve(c.root, s.chart);
  if (!(await isDir(chart))) return { files: [], diagnostics: [], absent: true };
  if (c.spec.line === null && !(await fs.stat(path.join(chart, 'Chart.yaml')).then((x) => x.isFile(), () => false))) return { files: [], diagnostics: [], absent: true };
  if (!c.tools.helm) return fail(c.spec, c.side, `${s.chart}/Chart.yaml`, 'helm is not on PATH (install Helm 3 or 4 on the runner)');
  // The chart's folder itself (or a folder above it) may be a link out of the repository.
  const links = isInside(await fs.realpath(chart), await fs.realpath(c.root)) ? await linksOutside(c.root, chart) : [s.chart];
  for (const v of s.values) {
    const real = await fs.realpath(path.resolve(c.root, v)).catch(() => null);
    if (real !== null && !isInside(real, await fs.realpath(c.root))) links.push(v);
  }
  if (links.length) return fail(c.spec, c.side, links[0]!, `${links.join(', ')} ${links.length === 1 ? 'is a link' : 'are links'} to outside the repository; not rendered`);
  const args = ['template', s.release, `./${s.chart}`, ...(s.namespace ? ['--namespace', s.namespace] : []), ...s.values.flatMap((v) => ['--values', `./${v}`])];
  const r = await runTool({ program: c.tools.helm, args, cwd: c.root, env: toolEnv(c.tools, c.scratch), ...(c.tools.timeoutMs ? { timeoutMs: c.tools.timeoutMs } : {}) });
  if (!r.ok) return fail(c.spec, c.side, `${s.chart}/Chart.yaml`, `helm template failed: ${r.error}`);
  return fromStream(c, r.stdout, `${s.chart}/Chart.yaml`, 'helm template', { tool: 'helm', chartFolder: s.chart });
}

async function renderKustomize(c: Ctx, s: Extract<EnvironmentSpec['source'], { kind: 'kustomize' }>): Promise<RenderedSide> {
  const dir = path.resolve(c.root, s.path);
  if (!(await isDir(dir))) return { files: [], diagnostics: [], absent: true };
  // Detected on the other side only (a pull request that turns a plain folder into a kustomization): empty here.
  const hasFile = await Promise.all(KUSTOMIZATION_FILES.map((k) => fs.stat(path.join(dir, k)).then((x) => x.isFile(), () => false)));
  if (c.spec.line === null && !hasFile.some(Boolean)) return { files: [], diagnostics: [], absent: true };
  const kfile = `${s.path}/kustomization.yaml`;
  if (!c.tools.kustomize) return fail(c.spec, c.side, kfile, 'neither kustomize nor kubectl is on PATH');
  const problems = await checkKustomization(c.root, s.path, s.enableHelm);
  if (problems.length) return fail(c.spec, c.side, kfile, `not rendered: ${problems.join('; ')}`);
  // A wrapper kustomization asks for origin annotations without touching the repository.
  const wrapper = path.join(c.scratch, 'wrapper');
  await fs.mkdir(wrapper, { recursive: true });
  const target = path.relative(wrapper, dir).split(path.sep).join('/');
  await fs.writeFile(path.join(wrapper, 'kustomization.yaml'), `resources:\n- ${JSON.stringify(target)}\nbuildMetadata: [originAnnotations]\n`);
  const helm = s.enableHelm ? ['--enable-helm', ...(c.tools.helm ? ['--helm-command', c.tools.helm] : [])] : [];
  const k = c.tools.kustomize;
  const r = await runTool({ program: k.program, args: [...k.args, wrapper, ...helm], cwd: c.root, env: toolEnv(c.tools, c.scratch), ...(c.tools.timeoutMs ? { timeoutMs: c.tools.timeoutMs } : {}) });
  if (!r.ok) return fail(c.spec, c.side, kfile, `${k.args[0] === 'build' ? 'kustomize build' : 'kubectl kustomize'} failed: ${r.error.split(wrapper).join('<wrapper>')}`);
  const toRepoPath = (origin: string) => {
    const abs = path.resolve(wrapper, origin);
    return isInside(abs, c.root) ? path.relative(c.root, abs).split(path.sep).join('/') : null;
  };
  const out = fromStream(c, r.stdout, kfile, 'kustomize', { tool: 'kustomize', toRepoPath });
  if (c.spec.line !== null || out.diagnostics.length) return out;
  // Detected: the files in its folder that no kustomization loads are analysed with it. A pull
  // request adding `k8s/kustomization.yaml` that lists part of a plain folder must not hide the
  // rest (`kubectl apply -f k8s/` still applies it); microservices-demo's loadgenerator.yaml sits
  // beside the kustomization that leaves it out.
  const unloaded = [...(await unloadedInKustomizations(c.root))].filter((p) => s.path === '.' || p.startsWith(`${s.path}/`)).sort();
  for (const p of unloaded) {
    const text = await fs.readFile(path.join(c.root, p), 'utf8').catch(() => null);
    if (text !== null) out.files.push({ path: p, text });
  }
  return out;
}

async function renderCommand(c: Ctx, s: Extract<EnvironmentSpec['source'], { kind: 'command' }>): Promise<RenderedSide> {
  const [name, ...args] = s.argv;
  const program = await findProgram(name!, c.tools.path, c.tools.untrusted);
  const label = `${name} (command of environment ${c.spec.name})`;
  if (!program) return fail(c.spec, c.side, label, `${name} is not on PATH (outside the repository: a program in the repository never runs)`);
  const r = await runTool({ program, args, cwd: c.root, env: toolEnv(c.tools, c.scratch), ...(c.tools.timeoutMs ? { timeoutMs: c.tools.timeoutMs } : {}) });
  if (!r.ok) return fail(c.spec, c.side, label, `${name} failed: ${r.error}`);
  return fromStream(c, r.stdout, label, name!, { tool: 'none' });
}

function fromStream(c: Ctx, stdout: string, fallback: string, what: string, provenance: Parameters<typeof splitRendered>[1]): RenderedSide {
  if (!stdout.trim()) return fail(c.spec, c.side, fallback, `${what} printed nothing`);
  return { files: splitRendered(stdout, provenance, fallback), diagnostics: [], absent: false };
}

/**
 * The manifest files (.yaml, .yml, .json) of a side that lie in a kustomization's folder
 * (outside charts) but that no kustomization loads.
 */
async function unloadedInKustomizations(root: string): Promise<Set<string>> {
  const listing = await listTree(root);
  const charts = listing.paths.filter((p) => path.posix.basename(p) === 'Chart.yaml').map((p) => path.posix.dirname(p));
  const loaded = new Set<string>();
  for (const [dir, doc] of listing.kustomizations) {
    for (const r of kustomizationRefs(doc).local) loaded.add(path.posix.normalize(path.posix.join(dir || '.', r.path)));
  }
  const inFolder = (p: string, d: string) => d === '' || p.startsWith(`${d}/`);
  const dirs = [...listing.kustomizations.keys()];
  return new Set(
    listing.paths.filter((p) => {
      const name = path.posix.basename(p);
      if (!/\.(ya?ml|json)$/.test(name) || KUSTOMIZATION_FILES.some((k) => k === name) || loaded.has(p)) return false;
      return dirs.some((d) => inFolder(p, d)) && !charts.some((ch) => ch === '.' || inFolder(p, ch));
    }),
  );
}

async function readPlain(c: Ctx, s: Extract<EnvironmentSpec['source'], { kind: 'manifests' }>): Promise<RenderedSide> {
  const r = await readManifestFiles([c.root], s.globs, c.root);
  const excluded = s.exclude.length ? globMatcher(s.exclude) : () => false;
  return {
    files: r.files.filter((f) => !excluded(f.path)),
    diagnostics: r.skipped.filter((x) => !excluded(x.path)).map((x) => ({ severity: x.severity ?? 'error', code: x.code ?? 'unreadable-file', file: x.path, line: 1, message: x.reason, side: c.side })),
    absent: false,
  };
}

/**
 * Renders one environment on one side (issue 13): helm template, kustomize build (through a
 * wrapper kustomization with origin annotations), a command from PATH, or the plain manifests.
 * A failure (the tool missing, a guard refusing, non-zero exit, time-out, no output) is an input
 * error naming the environment and the tool's message, never a skip.
 */
export async function renderEnvironment(spec: EnvironmentSpec, root: string, side: 'base' | 'head', tools: RenderTools, scratch: string): Promise<RenderedSide> {
  await fs.mkdir(scratch, { recursive: true });
  const c: Ctx = { spec, root, side, tools, scratch };
  const s = spec.source;
  switch (s.kind) {
    case 'helm':
      return renderHelm(c, s);
    case 'kustomize':
      return renderKustomize(c, s);
    case 'command':
      return renderCommand(c, s);
    case 'manifests':
      return readPlain(c, s);
  }
}
