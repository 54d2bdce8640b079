import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { analyzeEnvironments, type EnvironmentsAnalysis } from '../analyze-environments';
import type { GitHubClient } from '../github/client';
import type { PullFiles } from '../github/pull-files';
import type { RepoRef } from '../github/pull-request';
import { KUSTOMIZATION_FILES } from '../environments/kustomization-refs';
import { UserError } from '../errors';
import { extractGitTree } from '../io/extract-git-tree';
import { runGit } from '../io/git';
import type { FailOn, SourceFile } from '../model/types';
import { listTree } from '../render/list-tree';
import { renderEnvironments } from '../render/render-environments';
import { findTools } from '../render/tools';
import { parseRulesFile } from '../rules/parse-rules';
import { basePathsFromHead, writeBaseTreeFromHead } from './base-tree-from-api';
import { readWorkTreeFile } from './read-sides';

/** Files whose presence means a tree holds something to render (a Helm chart, a kustomization). */
const RENDERED = new Set<string>(['Chart.yaml', ...KUSTOMIZATION_FILES]);

const rendersSomething = (paths: readonly string[]) => paths.some((p) => RENDERED.has(path.posix.basename(p)));

/**
 * Whether a pull request's files may change what renders: the rules file (the work tree's copy,
 * read only when the pull request leaves it alone, so the base's) names environments or cannot be
 * read as valid, or the work tree holds a Helm chart or a kustomization.
 */
export async function rendersFromWorkTree(workspace: string, rulesFile: string): Promise<boolean> {
  const text = await readWorkTreeFile(workspace, rulesFile);
  if (text !== null) {
    const parsed = parseRulesFile(rulesFile, text);
    if (parsed.config?.environments || parsed.diagnostics.some((d) => d.severity === 'error')) return true;
  }
  return rendersSomething((await listTree(workspace)).paths);
}

export interface PullRequestEnvironments {
  workspace: string;
  runnerTemp: string;
  baseSha: string;
  /** How the base was read: with git (its whole tree), or through the API (the head and the changed files). */
  via: 'git' | 'api';
  /** For the API: the client, the repository and the pull request's complete list of changed files. */
  client: GitHubClient | null;
  repo: RepoRef;
  changed: PullFiles | null;
  globs: readonly string[];
  /** The rules file at the base commit: its environments are the ones rendered. */
  rules: SourceFile | null;
  failOn: FailOn;
  defaultNamespace: string;
}

/** The API fallback's needs (read-sides.ts has checked them when it read the base through the API). */
function apiBase(req: PullRequestEnvironments): { client: GitHubClient; changed: PullFiles['files'] } {
  if (!req.client || !req.changed || req.changed.truncated) throw new UserError(`git could not fetch the base commit ${req.baseSha}, and its tree cannot be rebuilt through the API without a token and the pull request's complete list of changed files`);
  return { client: req.client, changed: req.changed.files };
}

/**
 * Issue 13 in the action: the environments of the base rules file (or, when it names none and a
 * tree holds a Helm chart or a kustomization, the detected ones), rendered on the base commit's
 * tree extracted to a temporary folder (never checked out over the work tree; when git cannot
 * fetch it, rebuilt there from the work tree and the changed files read through the API) and on
 * the work tree, each analysed on its own. Null when there is nothing to render: the manifests are read
 * as they are. The tools' versions go to the log.
 */
export async function analyzeEnvironmentsOfPullRequest(req: PullRequestEnvironments): Promise<EnvironmentsAnalysis | null> {
  const specs = req.rules ? parseRulesFile(req.rules.path, req.rules.text).config?.environments : undefined;
  const api = req.via === 'api' ? apiBase(req) : null;
  if (!specs) {
    const head = (await listTree(req.workspace)).paths;
    const base = api ? basePathsFromHead(head, api.changed) : (await runGit(req.workspace, ['ls-tree', '-r', '-z', '--full-tree', '--name-only', req.baseSha])).toString('utf8').split('\0');
    if (!rendersSomething(head) && !rendersSomething(base)) return null;
  }
  const baseRoot = await fs.mkdtemp(path.join(req.runnerTemp, 'flowgate-base-'));
  try {
    if (api) {
      const n = await writeBaseTreeFromHead(api.client, req.repo, req.baseSha, api.changed, req.workspace, baseRoot);
      core.info(`base tree for rendering: the work tree with the pull request's ${n} changed file${n === 1 ? '' : 's'} read at ${req.baseSha} through the API`);
    } else await extractGitTree(req.baseSha, req.workspace, baseRoot);
    // A program is never taken from the repository: neither the work tree nor the extracted base.
    const tools = await findTools(process.env.PATH ?? '', [req.workspace, baseRoot]);
    const rendered = await renderEnvironments({ specs, baseRoot, headRoot: req.workspace, globs: req.globs, tools });
    if (!rendered) return null;
    // The rules file is not a manifest of the plain environment.
    const notRules = <T extends { files: SourceFile[] }>(s: T): T => ({ ...s, files: s.files.filter((f) => f.path !== req.rules?.path) });
    const environments = rendered.environments.map((e) => (e.spec.source.kind === 'manifests' ? { ...e, base: notRules(e.base), head: notRules(e.head) } : e));
    core.info(`environments${rendered.detected ? ' (detected: pin them with environments: in the rules file)' : ''}: ${rendered.environments.map((e) => e.spec.name).join(', ')}`);
    if (rendered.tools.length) core.info(`render tools: ${rendered.tools.join(', ')}`);
    return analyzeEnvironments({
      environments,
      detected: rendered.detected,
      tools: rendered.tools,
      rules: req.rules,
      options: { defaultNamespace: req.defaultNamespace },
      failOn: req.failOn,
    });
  } finally {
    await fs.rm(baseRoot, { recursive: true, force: true });
  }
}
