import type { SourceFile } from '../model/types';
import { httpStatus, type GitHubClient } from './client';
import type { PullFile } from './pull-files';
import { repoParams, type RepoRef } from './pull-request';

/** Parallel content requests (the throttling plugin caps the client at 10 anyway). */
const CONCURRENCY = 8;

/**
 * Reads one file at a commit through the contents API, raw (up to 100 MB); null when the path
 * does not exist there.
 */
export async function fetchFileAt(client: GitHubClient, repo: RepoRef, sha: string, path: string): Promise<string | null> {
  try {
    // Each segment encoded on its own: octokit would send `a%2Fb.yaml`, which some token kinds
    // (fine-grained PATs) answer with 404 (octokit/octokit.js#2422).
    const encoded = path.split('/').map(encodeURIComponent).join('/');
    const { data } = await client.request(`GET /repos/{owner}/{repo}/contents/${encoded}`, { ...repoParams(repo), ref: sha, mediaType: { format: 'raw' } });
    if (typeof data !== 'string') return null; // a directory or a submodule, not a file
    return data;
  } catch (e) {
    if (httpStatus(e) === 404) return null;
    throw e;
  }
}

async function mapPool<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** What the base commit's tree has instead of the head's, by the pull request's changed files. */
export interface BaseEdits {
  /** Paths the head has and the base does not (or has otherwise): dropped from the copy. */
  drop: Set<string>;
  /** Paths to read at the base commit. */
  read: Set<string>;
}

/**
 * The head tree's paths to drop and the base commit's to read: added files are dropped (a copy
 * leaves its source untouched; a changed source is listed on its own), removed and modified ones
 * are read at the base commit, a renamed file goes back to its old path.
 */
export function baseEdits(changed: readonly PullFile[]): BaseEdits {
  const drop = new Set<string>();
  const read = new Set<string>();
  for (const f of changed) {
    switch (f.status) {
      case 'added':
      case 'copied':
        drop.add(f.path);
        break;
      case 'renamed':
        drop.add(f.path);
        if (f.previousPath) read.add(f.previousPath);
        break;
      case 'removed':
      case 'modified':
      case 'changed':
        drop.add(f.path);
        read.add(f.path);
        break;
      case 'unchanged':
        break;
    }
  }
  return { drop, read };
}

export interface BaseFromHead {
  files: SourceFile[];
  /** Paths read through the API. */
  fetched: string[];
}

/**
 * Rebuilds the base tree from the head tree and the PR's changed files, for when git cannot
 * fetch the base commit: added files are dropped, removed and modified ones are read at the
 * base commit, a renamed file goes back to its old path. Only manifest paths are read.
 */
export async function fetchBaseFromHead(
  client: GitHubClient,
  repo: RepoRef,
  baseSha: string,
  changed: readonly PullFile[],
  head: readonly SourceFile[],
  isManifest: (path: string) => boolean,
): Promise<BaseFromHead> {
  const tree = new Map(head.map((f) => [f.path, f.text]));
  const { drop, read } = baseEdits(changed);
  for (const p of drop) tree.delete(p);
  const paths = [...read].filter(isManifest).sort();
  const texts = await mapPool(paths, CONCURRENCY, (p) => fetchFileAt(client, repo, baseSha, p));
  paths.forEach((p, i) => {
    const text = texts[i];
    if (text !== null && text !== undefined) tree.set(p, text);
  });
  const files = [...tree].map(([path, text]) => ({ path, text })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, fetched: paths };
}
