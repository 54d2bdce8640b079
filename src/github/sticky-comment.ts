import type { GitHubClient } from './client';
import { repoParams, type RepoRef } from './pull-request';

/** A comment found by its marker. */
export interface FoundComment {
  id: number;
  body: string;
  url: string;
}

export interface UpsertResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
}

/**
 * Finds the comment that holds `marker` among ALL the comments of an issue or pull request,
 * reading every page (changesets/action looked at the first page only and so posted duplicates
 * on busy PRs). When several hold it (a human quoting ours, or duplicates left by another tool),
 * a bot's comment wins over a person's, then the oldest.
 */
export async function findComment(client: GitHubClient, repo: RepoRef, issueNumber: number, marker: string): Promise<FoundComment | null> {
  let best: { c: FoundComment; bot: boolean } | null = null;
  const pages = client.paginate.iterator(client.rest.issues.listComments, { ...repoParams(repo), issue_number: issueNumber, per_page: 100 });
  for await (const page of pages) {
    for (const c of page.data) {
      if (!c.body?.includes(marker)) continue;
      const bot = c.user?.type === 'Bot';
      if (!best || (bot && !best.bot)) best = { c: { id: c.id, body: c.body, url: c.html_url }, bot };
    }
    if (best?.bot) break;
  }
  return best?.c ?? null;
}

/**
 * Edits the comment that holds `marker` in place, or creates it when there is none: one comment
 * per pull request, however often the action runs. `body` must contain the marker. An
 * identical body is left alone (no "edited" noise on re-runs).
 */
export async function upsertComment(client: GitHubClient, repo: RepoRef, issueNumber: number, marker: string, body: string): Promise<UpsertResult> {
  if (!body.includes(marker)) throw new Error('upsertComment: the body must contain the marker, or the next run could not find it');
  const found = await findComment(client, repo, issueNumber, marker);
  if (found) {
    if (found.body === body) return { action: 'unchanged', id: found.id, url: found.url };
    const { data } = await client.rest.issues.updateComment({ ...repoParams(repo), comment_id: found.id, body });
    return { action: 'updated', id: data.id, url: data.html_url };
  }
  const { data } = await client.rest.issues.createComment({ ...repoParams(repo), issue_number: issueNumber, body });
  return { action: 'created', id: data.id, url: data.html_url };
}
