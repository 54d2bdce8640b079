import { promises as fs } from 'node:fs';
import path from 'node:path';
import { version } from '../../package.json';
import { analyzeDiff, analyzeReach, DEFAULT_OPTIONS, type AnalyzeOptions, type SourceFile } from '../analyze';
import { UsageError, UserError } from '../errors';
import { readManifestFiles } from '../io/read-dir';
import { readGitTree } from '../io/read-git-tree';
import type { ReadResult } from '../io/read-result';
import { parseCidr } from '../model/cidr';
import type { Diagnostic } from '../model/types';
import { diffJsonChunks, diffNdjsonLines, reachJsonChunks, reachNdjsonLines } from '../report/render/json';
import { writeChunks, writeChunksToFile, type ChunkSink } from '../io/write-chunks';
import { escapeText } from '../report/render/escape';
import { renderMarkdown } from '../report/render/markdown';
import { reachMarkdownChunks, reachTextChunks } from '../report/render/reach';
import { renderSarif } from '../report/render/sarif';
import { diffTextChunks } from '../report/render/text';
import { diffEnvironments, parseGitSpec, renderEnvironmentsReport } from './diff-environments';
import { optionHelp, parseCommandArgs, type OptionSpecs } from './args';
import { progressOn, type Progress } from './progress';

export interface CliIO {
  /** `once('drain')` when the stream has it: large outputs wait for a slow pipe. */
  stdout: ChunkSink;
  /** `isTTY`: progress is shown only on a terminal. */
  stderr: { write(s: string): unknown; isTTY?: boolean };
  cwd: string;
}

const COMMON: OptionSpecs = {
  'default-namespace': { type: 'string', value: 'NS', help: 'namespace of objects that name none', default: DEFAULT_OPTIONS.defaultNamespace },
  'pod-cidr': { type: 'string', multiple: true, value: 'CIDR', help: 'a pod CIDR of the cluster: ipBlocks that hold them all match pods too (A-22)', default: 'ipBlocks match external addresses only' },
  out: { type: 'string', value: 'FILE', help: 'write the report to FILE', default: 'standard output' },
  exposure: { type: 'string', choices: ['on', 'off'], help: 'stand-ins for pods the manifests do not list (issue 11); off: listed workloads only', default: 'on, or exposure in the rules file' },
};

const REACH_OPTIONS: OptionSpecs = {
  format: { type: 'string', choices: ['text', 'md', 'json', 'ndjson'], help: 'report format (ndjson: one line per flow, streamed)', default: 'text' },
  ...COMMON,
};

const DIFF_OPTIONS: OptionSpecs = {
  rules: { type: 'string', value: 'FILE', help: 'the rules file (forbid and require rules)', default: 'none: report only' },
  format: { type: 'string', choices: ['text', 'md', 'json', 'ndjson', 'sarif'], help: 'report format (ndjson: one line per changed pair, streamed; sarif: SARIF 2.1.0 for code scanning)', default: 'text' },
  'fail-on': { type: 'string', choices: ['new', 'any', 'never'], help: 'which rule violations fail (exit 1)', default: 'new' },
  environment: { type: 'string', multiple: true, value: 'NAME', help: 'analyse only this environment of the rules file (or a detected one)', default: 'all' },
  'render-timeout': { type: 'string', value: 'SECONDS', help: 'time limit of one helm, kustomize or command render', default: '120' },
  'not-analysed': { type: 'string', choices: ['warn', 'fail'], help: 'a policy object that decides traffic but is not analysed (Cilium, Calico, Istio, AdminNetworkPolicy, …): warn, or fail the gate (exit 1)', default: 'warn, or notAnalysed in the rules file' },
  ...COMMON,
};

const USAGE = `usage:
  flowgate reach PATH... [options]
  flowgate diff BASE HEAD [options]
  flowgate --version | --help`;

const HELP = [
  USAGE,
  '',
  'PATH, BASE and HEAD are files or directories (walked for *.yaml, *.yml, *.json), or git:REF for the',
  'tree of the current repository at REF (git:REF:PATH for one folder of it). diff renders environments',
  '(Helm charts, kustomizations, commands) when the rules file names them under environments:, or when',
  'the trees hold a Helm chart or a kustomization, and analyses each on its own.',
  '',
  'reach options:',
  ...optionHelp(REACH_OPTIONS),
  '',
  'diff options:',
  ...optionHelp(DIFF_OPTIONS),
  '',
  'exit status: 0 no new violation, 1 a rule is violated (or, under --not-analysed fail, a policy object',
  'that decides traffic was not analysed), 2 bad input or usage, 3 internal error (a bug)',
].join('\n');

/** Reads the files of one side: paths, or `git:REF`. Unreadable files become diagnostics. */
export async function readSide(specs: readonly string[], cwd: string): Promise<{ files: SourceFile[]; diagnostics: Diagnostic[] }> {
  const files: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const spec of specs) {
    let r: ReadResult;
    const git = parseGitSpec(spec);
    if (git) r = stripPrefix(await readGitTree(git.ref, undefined, cwd, git.prefix), git.prefix);
    else r = await readManifestFiles([spec], undefined, cwd);
    files.push(...r.files);
    for (const s of r.skipped) diagnostics.push({ severity: s.severity ?? 'error', code: s.code ?? 'unreadable-file', file: s.path, line: 1, message: s.reason });
  }
  return { files, diagnostics };
}

/** Paths of a folder of a tree, relative to that folder (as a directory side reads them). */
function stripPrefix(r: ReadResult, prefix: string): ReadResult {
  if (!prefix) return r;
  const cut = (p: string) => (p.startsWith(`${prefix}/`) ? p.slice(prefix.length + 1) : p);
  return { files: r.files.map((f) => ({ ...f, path: cut(f.path) })), skipped: r.skipped.map((s) => ({ ...s, path: cut(s.path) })) };
}

function renderTimeout(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const s = Number(value);
  if (!Number.isFinite(s) || s <= 0 || s > 3600) throw new UsageError(`--render-timeout must be a number of seconds between 0 and 3600, not "${value}"`);
  return Math.round(s * 1000);
}

/** Writes the output as it is produced (JSON and NDJSON are never one string), to --out or stdout. */
async function emit(io: CliIO, out: string | undefined, chunks: Iterable<string>): Promise<void> {
  if (!out) {
    await writeChunks(io.stdout, chunks);
    return;
  }
  await writeChunksToFile(path.resolve(io.cwd, out), chunks).catch((e: NodeJS.ErrnoException) => {
    const why = e.code === 'ENOENT' ? `the directory ${path.dirname(out)} does not exist` : e.code === 'EISDIR' ? 'it is a directory' : e.code === 'EACCES' ? 'permission denied' : (e.code ?? e.message);
    throw new UserError(`--out ${out}: cannot write the report (${why})`, { cause: e });
  });
}

function hasErrors(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity === 'error');
}

function printDiagnostics(io: CliIO, diags: readonly Diagnostic[]): void {
  // File names and messages come from the input: a line break in them must not forge a line.
  for (const d of diags) io.stderr.write(`${escapeText(d.file)}:${d.line}: ${d.severity}: ${escapeText(d.message)} [${d.code}]\n`);
}

function analyzeOptions(values: { 'default-namespace'?: string; 'pod-cidr'?: string[]; exposure?: string }): AnalyzeOptions {
  const podCidrs = (values['pod-cidr'] ?? []).map((text) => {
    const c = parseCidr(text.trim());
    if (!c.ok) throw new UsageError(`--pod-cidr: ${c.error}`);
    return c.range;
  });
  const exposure = values.exposure === undefined ? {} : { exposure: values.exposure === 'on' };
  return { ...DEFAULT_OPTIONS, defaultNamespace: values['default-namespace'] ?? DEFAULT_OPTIONS.defaultNamespace, podCidrs, ...exposure };
}

async function reach(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, REACH_OPTIONS);
  if (!positionals.length) throw new UsageError('reach needs at least one PATH');
  const format = values.format as string | undefined ?? 'text';
  const options = analyzeOptions(values as { 'default-namespace'?: string; 'pod-cidr'?: string[]; exposure?: string });
  const progress = progressOn(io.stderr);
  const side = await readSide(positionals, io.cwd);
  progress.step(`read ${side.files.length} files; computing reachability`);
  const analysis = analyzeReach({ files: side.files, diagnostics: side.diagnostics, options });
  progress.done();
  const chunks = format === 'json' ? reachJsonChunks(analysis) : format === 'ndjson' ? reachNdjsonLines(analysis.result) : format === 'md' ? reachMarkdownChunks(analysis) : reachTextChunks(analysis);
  const out = values.out as string | undefined;
  await emit(io, out, chunks);
  if ((format === 'json' || format === 'ndjson') && !out) {
    if (hasErrors(analysis.diagnostics)) printDiagnostics(io, analysis.diagnostics.filter((d) => d.severity === 'error'));
  }
  return analysis.exitCode;
}

async function readRules(file: string | undefined, cwd: string): Promise<SourceFile | null> {
  if (!file) return null;
  const text = await fs.readFile(path.resolve(cwd, file), 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new UserError(`--rules ${file}: cannot read the rules file (${e.code ?? e.message})`, { cause: e });
  });
  return { path: file, text };
}

/** The report as chunks: JSON and NDJSON are produced while they are written, never one string. */
function renderDiff(format: string, run: ReturnType<typeof analyzeDiff>): Iterable<string> {
  if (format === 'json') return diffJsonChunks(run);
  if (format === 'ndjson') return diffNdjsonLines(run);
  if (format === 'sarif') return [renderSarif(run, { version })];
  return format === 'md' ? [renderMarkdown(run)] : diffTextChunks(run);
}

async function diff(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, DIFF_OPTIONS);
  if (positionals.length !== 2) throw new UsageError(`diff needs exactly two arguments, BASE and HEAD (got ${positionals.length})`);
  const format = (values.format as string | undefined) ?? 'text';
  const failOn = ((values['fail-on'] as string | undefined) ?? 'new') as 'new' | 'any' | 'never';
  const options = analyzeOptions(values as { 'default-namespace'?: string; 'pod-cidr'?: string[]; exposure?: string });
  const notAnalysed = values['not-analysed'] as 'warn' | 'fail' | undefined;
  const progress: Progress = progressOn(io.stderr);
  const rulesFile = await readRules(values.rules as string | undefined, io.cwd);
  const envs = await diffEnvironments({
    base: positionals[0]!,
    head: positionals[1]!,
    cwd: io.cwd,
    rules: rulesFile,
    only: (values.environment as string[] | undefined) ?? [],
    options,
    failOn,
    ...(notAnalysed ? { notAnalysed } : {}),
    ...(values['render-timeout'] !== undefined ? { timeoutMs: renderTimeout(values['render-timeout'] as string) } : {}),
    pathVar: process.env.PATH ?? '',
    log: (line) => io.stderr.write(`flowgate: ${escapeText(line)}\n`),
  });
  if (envs) {
    progress.done();
    await emit(io, values.out as string | undefined, renderEnvironmentsReport(format, envs));
    if (envs.exitCode !== 0) io.stderr.write(`flowgate: ${escapeText(envs.reason)}\n`);
    return envs.exitCode;
  }
  const [baseSide, headSide] = await Promise.all(positionals.map((p) => readSide([p], io.cwd)));
  const rules = rulesFile;
  progress.step(`read ${baseSide!.files.length} base and ${headSide!.files.length} head files; computing both states and the diff`);
  const run = analyzeDiff({
    base: baseSide!.files,
    head: headSide!.files,
    baseDiagnostics: baseSide!.diagnostics,
    headDiagnostics: headSide!.diagnostics,
    rules,
    options,
    failOn,
    ...(notAnalysed ? { notAnalysed } : {}),
  });
  progress.done();
  await emit(io, values.out as string | undefined, renderDiff(format, run));
  if (run.exitCode !== 0) io.stderr.write(`flowgate: ${run.reason}\n`);
  return run.exitCode;
}

/** Runs the CLI; returns the exit status. Never throws for user errors. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'reach':
        return await reach(rest, io);
      case 'diff':
        return await diff(rest, io);
      case '-V':
      case '--version':
      case 'version':
        io.stdout.write(`flowgate ${version}\n`);
        return 0;
      case '-h':
      case '--help':
      case 'help':
        io.stdout.write(`${HELP}\n`);
        return 0;
      case undefined:
        throw new UsageError('no command given');
      default:
        throw new UsageError(command.startsWith('-') ? `unknown option ${command}` : `unknown command "${command}" (commands: reach, diff)`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`flowgate: ${e.message}\n${USAGE}\nRun flowgate --help for the options.\n`);
      return e.exitCode;
    }
    if (e instanceof UserError) {
      io.stderr.write(`flowgate: ${e.message}\n`);
      return e.exitCode;
    }
    throw e;
  }
}
