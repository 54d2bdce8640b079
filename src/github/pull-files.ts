import type { GitHubClient } from './client';
import { repoParams, type RepoRef } from './pull-request';

/** GitHub lists at most this many files of a pull request. */
export const MAX_PULL_FILES = 3000;

export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

/** One changed file of a pull request. */
export interface PullFile {
  path: string;
  status: FileStatus;
  /** The path in the base for a renamed or copied file. */
  previousPath?: string;
}

export interface PullFiles {
  files: PullFile[];
  /** GitHub stopped at MAX_PULL_FILES: the list may be incomplete. */
  truncated: boolean;
}

/** Lists the changed files of a pull request, every page (100 a page, up to GitHub's 3,000). */
export async function listPullFiles(client: GitHubClient, repo: RepoRef, pullNumber: number): Promise<PullFiles> {
  const files: PullFile[] = [];
  const pages = client.paginate.iterator(client.rest.pulls.listFiles, { ...repoParams(repo), pull_number: pullNumber, per_page: 100 });
  for await (const page of pages) {
    for (const f of page.data) {
      files.push({ path: f.filename, status: f.status, ...(f.previous_filename ? { previousPath: f.previous_filename } : {}) });
    }
    if (files.length >= MAX_PULL_FILES) break;
  }
  return { files: files.slice(0, MAX_PULL_FILES), truncated: files.length >= MAX_PULL_FILES };
}

/** The renames in GitHub's list of the pull request's files: each file's path in base and in head. */
export function renamesOf(changed: PullFiles): { from: string; to: string }[] {
  return changed.files.filter((f) => f.status === 'renamed' && f.previousPath !== undefined).map((f) => ({ from: f.previousPath!, to: f.path }));
}
