import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from '../model/types';
import { UserError } from '../errors';
import { fetchBaseFromHead, fetchFileAt } from '../github/base-files';
import type { GitHubClient } from '../github/client';
import type { PullFiles } from '../github/pull-files';
import type { RepoRef } from '../github/pull-request';
import { fetchCommit, readGitFile } from '../io/git';
import { readManifestFiles } from '../io/read-dir';
import { readGitTree } from '../io/read-git-tree';
import type { ReadResult } from '../io/read-result';
import type { Diagnostic } from '../model/types';

/** The files of one side of the diff, and what could not be read. */
export interface Side {
  files: SourceFile[];
  diagnostics: Diagnostic[];
}

function toSide(r: ReadResult, side: 'base' | 'head', keep: (p: string) => boolean): Side {
  return {
    files: r.files.filter((f) => keep(f.path)),
    diagnostics: r.skipped.map((s) => ({ severity: s.severity ?? 'error', code: s.code ?? 'unreadable-file', file: s.path, line: 1, message: s.reason, side })),
  };
}

/** The head: the work tree as actions/checkout left it, every file matching the globs. */
export async function readHead(workspace: string, globs: readonly string[], keep: (p: string) => boolean): Promise<Side> {
  return toSide(await readManifestFiles([workspace], globs, workspace), 'head', keep);
}

/** The rules file in the work tree (to tell whether the PR changes it); null when absent. */
export async function readWorkTreeFile(workspace: string, file: string): Promise<string | null> {
  return fs.readFile(path.join(workspace, file), 'utf8').catch(() => null);
}

export interface BaseSide extends Side {
  via: 'git' | 'api';
  /** The rules file's text at the base commit; null when it has none. */
  rules: string | null;
  /** Why git could not be used, when the API was. */
  gitError?: string;
}

export interface BaseRequest {
  workspace: string;
  baseSha: string;
  globs: readonly string[];
  keep: (p: string) => boolean;
  isManifest: (p: string) => boolean;
  rulesFile: string;
  head: Side;
  /** The PR's changed files, for the API fallback; null when they could not be listed. */
  changed: PullFiles | null;
  client: GitHubClient | null;
  repo: RepoRef;
}

/**
 * The base: the whole tree at the base commit, fetched into the shallow clone with git. When
 * git cannot fetch it (no git, no credentials, a container without the repository), the base
 * is rebuilt from the head tree and the PR's changed files read at the base commit via the API.
 * The rules file always comes from the base commit: a PR cannot change the rules that judge it.
 */
export async function readBase(req: BaseRequest): Promise<BaseSide> {
  const fetched = await fetchCommit(req.workspace, req.baseSha);
  if (fetched.ok) {
    const tree = await readGitTree(req.baseSha, req.globs, req.workspace);
    const rules = await readGitFile(req.workspace, req.baseSha, req.rulesFile);
    return { ...toSide(tree, 'base', req.keep), via: 'git', rules };
  }
  if (!req.client) throw new UserError(`cannot fetch the base commit ${req.baseSha} with git (${fetched.error}), and there is no token for the API fallback`);
  if (!req.changed) throw new UserError(`cannot fetch the base commit ${req.baseSha} with git (${fetched.error}), and the pull request's changed files could not be listed`);
  if (req.changed.truncated) {
    throw new UserError(
      `cannot fetch the base commit ${req.baseSha} with git (${fetched.error}), and the pull request changes more files than GitHub lists (3,000): ` +
        'let git fetch the base (keep the default persist-credentials of actions/checkout)',
    );
  }
  const base = await fetchBaseFromHead(req.client, req.repo, req.baseSha, req.changed.files, req.head.files, req.isManifest);
  const rules = await fetchFileAt(req.client, req.repo, req.baseSha, req.rulesFile);
  return { files: base.files.filter((f) => req.keep(f.path)), diagnostics: [], via: 'api', rules, gitError: fetched.error };
}
