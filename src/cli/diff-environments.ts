import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { version } from '../../package.json';
import type { AnalyzeOptions, SourceFile } from '../analyze';
import { analyzeEnvironments, type EnvironmentsAnalysis } from '../analyze-environments';
import { UserError } from '../errors';
import { extractGitTree } from '../io/extract-git-tree';
import { DEFAULT_GLOBS } from '../io/globs';
import type { FailOn } from '../model/types';
import { renderEnvironments } from '../render/render-environments';
import { findTools } from '../render/tools';
import { environmentsJson, environmentsNdjson, environmentsTextChunks, renderEnvironmentsSarif } from '../report/render/environments';
import { renderEnvironmentsMarkdown } from '../report/render/markdown-environments';
import { parseRulesFile } from '../rules/parse-rules';
import type { NotAnalysedMode } from '../rules/types';

/** `git:REF` or `git:REF:PATH` (a folder of the tree). */
export function parseGitSpec(spec: string): { ref: string; prefix: string } | null {
  if (!spec.startsWith('git:')) return null;
  const rest = spec.slice(4);
  const colon = rest.indexOf(':');
  return colon < 0 ? { ref: rest, prefix: '' } : { ref: rest.slice(0, colon), prefix: rest.slice(colon + 1).replace(/^\/+|\/+$/g, '') };
}

export interface EnvironmentsRequest {
  base: string;
  head: string;
  cwd: string;
  rules: SourceFile | null;
  only: readonly string[];
  options: AnalyzeOptions;
  failOn: FailOn;
  notAnalysed?: NotAnalysedMode;
  timeoutMs?: number;
  pathVar: string;
  log: (line: string) => void;
}

/** A side's folder: the folder given, or the revision's tree extracted to a temporary folder. */
async function sideRoot(spec: string, cwd: string, scratch: string, name: string): Promise<string | null> {
  const git = parseGitSpec(spec);
  if (git) {
    const dest = path.join(scratch, name);
    await fs.mkdir(dest);
    await extractGitTree(git.ref, cwd, dest, git.prefix);
    return dest;
  }
  const abs = path.resolve(cwd, spec);
  const st = await fs.stat(abs).catch(() => null);
  return st?.isDirectory() ? abs : null;
}

/**
 * Issue 13: `flowgate diff` over environments, when the rules file names environments or the
 * trees hold a Helm chart or a kustomization. Returns null when neither does (or a side is a
 * single file): the manifests are then read as they are.
 */
export async function diffEnvironments(req: EnvironmentsRequest): Promise<EnvironmentsAnalysis | null> {
  const specs = req.rules ? (parseRulesFile(req.rules.path, req.rules.text).config?.environments ?? undefined) : undefined;
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'flowgate-sides-'));
  try {
    const [baseRoot, headRoot] = await Promise.all([sideRoot(req.base, req.cwd, scratch, 'base'), sideRoot(req.head, req.cwd, scratch, 'head')]);
    if (!baseRoot || !headRoot) {
      if (specs || req.only.length) throw new UserError('environments need BASE and HEAD to be folders or git:REF[:PATH], not single files');
      return null;
    }
    // The repository's folders never provide a program: the sides, and the repository of git: sides.
    const untrusted = [baseRoot, headRoot, ...([req.base, req.head].some((s) => s.startsWith('git:')) ? [req.cwd] : [])];
    const tools = await findTools(req.pathVar, untrusted, req.timeoutMs);
    const rendered = await renderEnvironments({ specs, only: req.only, baseRoot, headRoot, globs: DEFAULT_GLOBS, tools });
    if (!rendered) return null;
    req.log(`environments${rendered.detected ? ' (detected)' : ''}: ${rendered.environments.map((e) => e.spec.name).join(', ')}${rendered.tools.length ? `; rendered with ${rendered.tools.join(', ')}` : ''}`);
    return analyzeEnvironments({
      environments: rendered.environments,
      detected: rendered.detected,
      tools: rendered.tools,
      rules: req.rules,
      options: req.options,
      failOn: req.failOn,
      ...(req.notAnalysed ? { notAnalysed: req.notAnalysed } : {}),
    });
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
}

/** The report of an analysis over environments, in a CLI format. */
export function renderEnvironmentsReport(format: string, a: EnvironmentsAnalysis): Iterable<string> {
  if (format === 'json') return environmentsJson(a);
  if (format === 'ndjson') return environmentsNdjson(a);
  if (format === 'sarif') return [renderEnvironmentsSarif(a, { version })];
  return format === 'md' ? [renderEnvironmentsMarkdown(a)] : environmentsTextChunks(a);
}
