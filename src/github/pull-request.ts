import type { GitHubClient } from './client';

/** The repository a run works on. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/**
 * Just owner and repo, for request parameters: octokit sends every other field it is given as
 * a query parameter, so a PullRequestRef must never be spread into a request.
 */
export function repoParams(r: RepoRef): RepoRef {
  return { owner: r.owner, repo: r.repo };
}

/** What the action needs to know of a pull request. */
export interface PullRequestRef extends RepoRef {
  number: number;
  baseSha: string;
  headSha: string;
  /** The base branch name (for messages). */
  baseRef: string;
  /** True when the head lives in another repository (a fork). */
  fromFork: boolean;
}

interface PullPayload {
  number: number;
  base: { sha: string; ref: string; repo?: { full_name?: string } | null };
  head: { sha: string; ref: string; repo?: { full_name?: string } | null };
}

/** Turns the `pull_request` object of an event payload or of the REST API into a PullRequestRef. */
export function pullRequestRef(repo: RepoRef, pr: PullPayload): PullRequestRef {
  const baseRepo = pr.base.repo?.full_name;
  const headRepo = pr.head.repo?.full_name;
  return {
    ...repo,
    number: pr.number,
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    baseRef: pr.base.ref,
    // A deleted fork has head.repo null: still a fork.
    fromFork: !headRepo || (baseRepo !== undefined && headRepo !== baseRepo),
  };
}

/** Reads a pull request by number (workflow_dispatch gives only the number). */
export async function fetchPullRequest(client: GitHubClient, repo: RepoRef, pullNumber: number): Promise<PullRequestRef> {
  const { data } = await client.rest.pulls.get({ ...repoParams(repo), pull_number: pullNumber });
  return pullRequestRef(repo, data);
}

/** The merge base of two commits (what GitHub's three-dot PR diff compares against). */
export async function fetchMergeBase(client: GitHubClient, repo: RepoRef, baseSha: string, headSha: string): Promise<string> {
  const { data } = await client.rest.repos.compareCommitsWithBasehead({ ...repoParams(repo), basehead: `${baseSha}...${headSha}`, per_page: 1 });
  return data.merge_base_commit.sha;
}
