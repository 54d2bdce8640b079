import { httpStatus, type GitHubClient } from './client';
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

interface MarkerComment extends FoundComment {
  login: string | null;
}

/** Every comment that holds the marker, oldest first, reading every page. */
async function listMarkerComments(client: GitHubClient, repo: RepoRef, issueNumber: number, marker: string): Promise<MarkerComment[]> {
  const out: MarkerComment[] = [];
  const pages = client.paginate.iterator(client.rest.issues.listComments, { ...repoParams(repo), issue_number: issueNumber, per_page: 100 });
  for await (const page of pages) {
    for (const c of page.data) {
      if (!c.body?.includes(marker)) continue;
      out.push({ id: c.id, body: c.body, url: c.html_url, login: c.user?.login ?? null });
    }
  }
  return out.sort((a, b) => a.id - b.id);
}

const strip = (c: MarkerComment): FoundComment => ({ id: c.id, body: c.body, url: c.url });

/**
 * Finds the comment that holds `marker` among ALL the comments of an issue or pull request,
 * reading every page (changesets/action looked at the first page only and so posted duplicates
 * on busy PRs). Only a comment written by `author`, the token's own login (readTokenLogin), is
 * flowgate's, the oldest if several: anyone, another bot included, can quote the marker, and a
 * report written into their comment could be edited by them into a fake verdict.
 */
export async function findComment(client: GitHubClient, repo: RepoRef, issueNumber: number, marker: string, author: string): Promise<FoundComment | null> {
  return findExcept(client, repo, issueNumber, marker, author, null);
}

async function findExcept(client: GitHubClient, repo: RepoRef, issueNumber: number, marker: string, author: string, gone: number | null): Promise<FoundComment | null> {
  const own = (await listMarkerComments(client, repo, issueNumber, marker)).find((c) => c.id !== gone && c.login === author);
  return own ? strip(own) : null;
}

/**
 * Creates the comment, then looks again: two runs of one PR (two quick pushes) can both find no
 * comment and both create one. When an older comment of the same author holds the marker, ours
 * is the duplicate: it is deleted and the older one edited instead, so the PR keeps one report
 * whichever run looks last.
 */
async function createComment(client: GitHubClient, repo: RepoRef, issueNumber: number, marker: string, body: string, author: string, gone: number | null): Promise<UpsertResult> {
  const { data } = await client.rest.issues.createComment({ ...repoParams(repo), issue_number: issueNumber, body });
  const me = data.user?.login ?? author;
  const all = await listMarkerComments(client, repo, issueNumber, marker);
  const older = all.find((c) => c.id < data.id && c.id !== gone && c.login === me);
  if (!older) return { action: 'created', id: data.id, url: data.html_url };
  await client.rest.issues.deleteComment({ ...repoParams(repo), comment_id: data.id });
  if (older.body === body) return { action: 'unchanged', id: older.id, url: older.url };
  const { data: edited } = await client.rest.issues.updateComment({ ...repoParams(repo), comment_id: older.id, body });
  return { action: 'updated', id: edited.id, url: edited.html_url };
}

/**
 * Edits the comment that holds `marker` in place, or creates it when there is none: one comment
 * per pull request, however often the action runs. `body` must contain the marker. An
 * identical body is left alone (no "edited" noise on re-runs). A comment deleted between the
 * lookup and the edit (404) is looked up again, once: edited if another run posted one
 * meanwhile, created otherwise. `author` is the token's own login (readTokenLogin).
 */
export async function upsertComment(client: GitHubClient, repo: RepoRef, issueNumber: number, marker: string, body: string, author: string): Promise<UpsertResult> {
  if (!body.includes(marker)) throw new Error('upsertComment: the body must contain the marker, or the next run could not find it');
  let found = await findComment(client, repo, issueNumber, marker, author);
  let gone: number | null = null;
  for (let attempt = 0; found; attempt++) {
    if (found.body === body) return { action: 'unchanged', id: found.id, url: found.url };
    try {
      const { data } = await client.rest.issues.updateComment({ ...repoParams(repo), comment_id: found.id, body });
      return { action: 'updated', id: data.id, url: data.html_url };
    } catch (e) {
      if (httpStatus(e) !== 404 || attempt > 0) throw e;
    }
    // Deleted meanwhile (by a person, or by a racing run that removed its duplicate); a listing
    // that still shows it is stale.
    gone = found.id;
    found = await findExcept(client, repo, issueNumber, marker, author, gone);
  }
  return createComment(client, repo, issueNumber, marker, body, author, gone);
}
