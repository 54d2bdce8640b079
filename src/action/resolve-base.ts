import { UserError } from '../errors';
import type { PullRequestRef } from '../github/pull-request';

/** Which commit the work tree is, relative to the pull request. */
export type WorkTreeKind = 'merge' | 'head' | 'other' | 'unknown';

export interface BaseChoice {
  kind: WorkTreeKind;
  /** The base commit to compare the work tree with, when the work tree alone decides it. */
  baseSha: string | null;
}

/**
 * Picks the base to compare the work tree with. On pull_request, actions/checkout checks out
 * the test merge commit (refs/pull/N/merge): its first parent is the base it was merged onto,
 * which is the right base even when the payload's base.sha is stale (a re-run after main moved).
 * A checkout of the PR head needs the merge base instead (GitHub's three-dot diff), which the
 * caller asks the API for. A work tree at the base commit is an error: it would report nothing.
 */
export function chooseBase(head: { sha: string; parents: string[] } | null, pr: PullRequestRef): BaseChoice {
  if (!head) return { kind: 'unknown', baseSha: pr.baseSha };
  if (head.parents.length === 2 && head.parents[1] === pr.headSha) return { kind: 'merge', baseSha: head.parents[0]! };
  if (head.sha === pr.headSha) return { kind: 'head', baseSha: null };
  if (head.sha === pr.baseSha && pr.baseSha !== pr.headSha) {
    throw new UserError(
      `the work tree is the base commit ${pr.baseSha.slice(0, 12)} of pull request #${pr.number}, not its head: check out the pull request first ` +
        '(actions/checkout with `ref: refs/pull/<number>/merge` or the head SHA; pull_request_target and workflow_dispatch check out the base branch by default)',
    );
  }
  return { kind: 'other', baseSha: pr.baseSha };
}
