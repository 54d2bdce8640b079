import { UserError } from '../errors';
import type { PullRequestRef } from '../github/pull-request';

/** The work tree's commit and its parents, as git records them (the event's SHAs may be stale). */
export interface CommitInfo {
  sha: string;
  parents: string[];
}

/** What the work tree holds: the pull request's head, or GitHub's merge commit of base and head. */
export interface CheckoutIdentity {
  kind: 'merge' | 'head';
  /** The work tree's commit. */
  sha: string;
  /** The pull request head that the work tree holds (the merge commit's second parent). */
  headSha: string;
  /** The base to compare with: the merge commit's first parent; null for a head checkout, which is compared with the merge base. */
  baseSha: string | null;
}

const short = (sha: string) => sha.slice(0, 12);

/**
 * Identifies the work tree from its commit, never from the event alone: `heads` are the pull
 * request heads known to be its code (the event's head, and the head GitHub lists now, which a
 * checkout made after a push may hold). A merge commit whose second parent is such a head is
 * GitHub's test merge commit (refs/pull/N/merge): its first parent is the base it was merged
 * onto, right even when the event's base.sha is stale. A head checkout is compared with the
 * merge base, as GitHub's pull request diff is. Anything else (the base branch that
 * pull_request_target and workflow_dispatch check out by default, before or after it moved on)
 * is not the pull request's code and is refused: comparing it would judge something else.
 */
export function identifyCheckout(commit: CommitInfo | null, heads: readonly string[], pr: PullRequestRef): CheckoutIdentity {
  const how = `check out the pull request first (actions/checkout with \`ref: refs/pull/${pr.number}/merge\`; pull_request_target and workflow_dispatch check out the base branch by default)`;
  if (!commit) throw new UserError(`the work tree is not a git checkout (or git cannot be run), so flowgate cannot tell whether it is pull request #${pr.number}'s code: ${how}`);
  const [first, second] = commit.parents;
  if (commit.parents.length === 2 && heads.includes(second!)) return { kind: 'merge', sha: commit.sha, headSha: second!, baseSha: first! };
  if (heads.includes(commit.sha)) return { kind: 'head', sha: commit.sha, headSha: commit.sha, baseSha: null };
  if (commit.sha === pr.baseSha) throw new UserError(`the work tree is the base commit ${short(pr.baseSha)} of pull request #${pr.number}, not its head: ${how}`);
  throw new UserError(
    `the work tree is commit ${short(commit.sha)}, which is neither the head ${heads.map(short).join(' or ')} of pull request #${pr.number} nor GitHub's merge commit of it: ` +
      `it is not the pull request's code, and a comparison would judge something else. ${how[0]!.toUpperCase()}${how.slice(1)}.`,
  );
}
