import { promises as fs } from 'node:fs';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { analyzeDiff, analyzeReach, DEFAULT_OPTIONS, type AnalyzeOptions, type SourceFile } from '../analyze';
import { UserError } from '../errors';
import { parseCidr } from '../model/cidr';
import { escapeText } from '../report/render/escape';
import { readManifestFiles } from '../io/read-dir';
import { readGitTree } from '../io/read-git-tree';
import type { ReadResult } from '../io/read-result';
import type { Diagnostic } from '../model/types';
import { diffJsonChunks, diffNdjsonLines, reachJsonChunks, reachNdjsonLines } from '../report/render/json';
import { writeChunks, writeChunksToFile, type ChunkSink } from '../io/write-chunks';
import { renderMarkdown } from '../report/render/markdown';
import { renderReachText, renderReachMarkdown } from '../report/render/reach';
import { renderText } from '../report/render/text';

export interface CliIO {
  /** `once('drain')` when the stream has it: large outputs wait for a slow pipe. */
  stdout: ChunkSink;
  stderr: { write(s: string): unknown };
  cwd: string;
}

const USAGE = `usage:
  flowgate reach PATH... [--format text|md|json|ndjson] [--default-namespace NS] [--pod-cidr CIDR]... [--out FILE]
  flowgate diff BASE HEAD [--rules FILE] [--format md|text|json|ndjson] [--fail-on new|any|never]
                          [--default-namespace NS] [--pod-cidr CIDR]... [--out FILE]

PATH, BASE and HEAD are files or directories (walked for *.yaml, *.yml, *.json), or git:REF for the
tree of the current repository at REF. --pod-cidr (repeatable) gives the cluster's pod CIDRs: an ipBlock
that holds them all then matches pods too (by default ipBlocks match external addresses only).
exit status: 0 no new violation, 1 a rule is violated, 2 bad input or usage`;

type Format = 'text' | 'md' | 'json' | 'ndjson';

function parseFormat(v: string | undefined, dflt: Format): Format {
  const f = v ?? dflt;
  if (f !== 'text' && f !== 'md' && f !== 'json' && f !== 'ndjson') throw new UserError(`--format must be text, md, json or ndjson, not "${f}"`);
  return f;
}

/** Reads the files of one side: paths, or `git:REF`. Unreadable files become diagnostics. */
export async function readSide(specs: readonly string[], cwd: string): Promise<{ files: SourceFile[]; diagnostics: Diagnostic[] }> {
  const files: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const spec of specs) {
    let r: ReadResult;
    if (spec.startsWith('git:')) r = await readGitTree(spec.slice(4), undefined, cwd);
    else r = await readManifestFiles([spec], undefined, cwd);
    files.push(...r.files);
    for (const s of r.skipped) diagnostics.push({ severity: s.severity ?? 'error', code: s.code ?? 'unreadable-file', file: s.path, line: 1, message: s.reason });
  }
  return { files, diagnostics };
}

/** Writes the output as it is produced (JSON and NDJSON are never one string), to --out or stdout. */
async function emit(io: CliIO, out: string | undefined, chunks: Iterable<string>): Promise<void> {
  if (out) await writeChunksToFile(out, chunks);
  else await writeChunks(io.stdout, chunks);
}

function hasErrors(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity === 'error');
}

function printDiagnostics(io: CliIO, diags: readonly Diagnostic[]): void {
  // File names and messages come from the input: a line break in them must not forge a line.
  for (const d of diags) io.stderr.write(`${escapeText(d.file)}:${d.line}: ${d.severity}: ${escapeText(d.message)} [${d.code}]\n`);
}

function analyzeOptions(values: { 'default-namespace'?: string; 'pod-cidr'?: string[] }): AnalyzeOptions {
  const podCidrs = (values['pod-cidr'] ?? []).map((text) => {
    const c = parseCidr(text.trim());
    if (!c.ok) throw new UserError(`--pod-cidr: ${c.error}`);
    return c.range;
  });
  return { ...DEFAULT_OPTIONS, defaultNamespace: values['default-namespace'] ?? DEFAULT_OPTIONS.defaultNamespace, podCidrs };
}

async function reach(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, 'default-namespace': { type: 'string' }, 'pod-cidr': { type: 'string', multiple: true }, out: { type: 'string' } },
  });
  if (!positionals.length) throw new UserError('reach needs at least one PATH');
  const format = parseFormat(values.format, 'text');
  const options = analyzeOptions(values);
  const side = await readSide(positionals, io.cwd);
  const analysis = analyzeReach({ files: side.files, diagnostics: side.diagnostics, options });
  const { result } = analysis;
  const chunks = format === 'json' ? reachJsonChunks(result) : format === 'ndjson' ? reachNdjsonLines(result) : [format === 'md' ? renderReachMarkdown(result) : renderReachText(result)];
  await emit(io, values.out, chunks);
  if ((format === 'json' || format === 'ndjson') && !values.out) {
    if (hasErrors(analysis.diagnostics)) printDiagnostics(io, analysis.diagnostics.filter((d) => d.severity === 'error'));
  }
  return analysis.exitCode;
}

async function diff(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'default-namespace': { type: 'string' },
      'pod-cidr': { type: 'string', multiple: true },
      out: { type: 'string' },
      rules: { type: 'string' },
      'fail-on': { type: 'string' },
    },
  });
  if (positionals.length !== 2) throw new UserError('diff needs exactly two arguments: BASE HEAD');
  const format = parseFormat(values.format, 'text');
  const failOn = values['fail-on'] ?? 'new';
  if (failOn !== 'new' && failOn !== 'any' && failOn !== 'never') throw new UserError(`--fail-on must be new, any or never, not "${failOn}"`);
  const options = analyzeOptions(values);
  const [baseSide, headSide] = await Promise.all(positionals.map((p) => readSide([p], io.cwd)));
  let rules: SourceFile | null = null;
  if (values.rules) {
    const text = await fs.readFile(path.resolve(io.cwd, values.rules), 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw new UserError(`--rules ${values.rules}: cannot read the rules file (${e.code ?? e.message})`, { cause: e });
    });
    rules = { path: values.rules, text };
  }
  const run = analyzeDiff({
    base: baseSide!.files,
    head: headSide!.files,
    baseDiagnostics: baseSide!.diagnostics,
    headDiagnostics: headSide!.diagnostics,
    rules,
    options,
    failOn,
  });
  const chunks = format === 'json' ? diffJsonChunks(run) : format === 'ndjson' ? diffNdjsonLines(run) : [format === 'md' ? renderMarkdown(run) : renderText(run)];
  await emit(io, values.out, chunks);
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
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout.write(`${USAGE}\n`);
        return command ? 0 : 2;
      default:
        throw new UserError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UserError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`flowgate: ${(e as Error).message}\n${USAGE}\n`);
      return e instanceof UserError ? e.exitCode : 2;
    }
    throw e;
  }
}
