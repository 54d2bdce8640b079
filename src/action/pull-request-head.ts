import * as core from '@actions/core';
import { UserError } from '../errors';
import type { GitHubClient } from '../github/client';
import { fetchMergeBase, fetchPullRequest, type PullRequestRef } from '../github/pull-request';
import { readHeadCommit } from '../io/git';
import { identifyCheckout, type CheckoutIdentity } from './identify-checkout';

// Which commits a run is about: the pull request as GitHub has it now, what the work tree holds,
// the base to compare it with, and whether the head is still the analysed one when publishing.

/** The pull request as GitHub has it now (the event may be older than a push); null when it cannot be read. */
export async function readLivePullRequest(client: GitHubClient | null, pr: PullRequestRef): Promise<PullRequestRef | null> {
  if (!client) return null;
  try {
    return await fetchPullRequest(client, pr, pr.number);
  } catch (e) {
    core.warning(`could not read pull request #${pr.number} (${(e as Error).message})`);
    return null;
  }
}

/** What the work tree is, from git; an error when it is not the pull request's code. */
export async function identifyWorkTree(workspace: string, pr: PullRequestRef, live: PullRequestRef | null): Promise<CheckoutIdentity> {
  const heads = [...new Set([pr.headSha, ...(live ? [live.headSha] : [])])];
  const checkout = identifyCheckout(await readHeadCommit(workspace), heads, pr);
  if (checkout.kind === 'merge') core.info(`work tree: GitHub's merge commit ${checkout.sha} of #${pr.number}'s head ${checkout.headSha}; base: its first parent ${checkout.baseSha}`);
  else core.info(`work tree: the head ${checkout.headSha} of #${pr.number}`);
  return checkout;
}

/**
 * Whether the pull request's head is still the commit this run analysed. An older run that
 * finishes last must not overwrite a newer run's comment or add a check run that contradicts it.
 */
export async function stillCurrent(client: GitHubClient, pr: PullRequestRef): Promise<boolean> {
  const live = await readLivePullRequest(client, pr);
  if (live?.headSha === pr.headSha) return true;
  core.warning(
    live
      ? `pull request #${pr.number} moved on to ${live.headSha} while this run analysed ${pr.headSha}: this run publishes no comment and no check run (the run of the newer commit does); its report is in the job summary`
      : `could not confirm that ${pr.headSha} is still the head of pull request #${pr.number}: no comment and no check run are published; the report is in the job summary`,
  );
  return false;
}

/** The base of a head checkout: the merge base, as GitHub's PR diff has it; an error when it cannot be had. */
export async function mergeBaseOf(client: GitHubClient | null, pr: PullRequestRef, live: PullRequestRef | null, headSha: string): Promise<string> {
  const how = `check out GitHub's merge commit instead (actions/checkout with \`ref: refs/pull/${pr.number}/merge\`), whose first parent is the base`;
  if (!client) throw new UserError(`the work tree is the head of #${pr.number}, whose merge base needs a token to be found: ${how}`);
  const baseTip = live?.baseSha ?? pr.baseSha;
  try {
    const mergeBase = await fetchMergeBase(client, pr, baseTip, headSha);
    core.info(`base: the merge base ${mergeBase} of ${pr.baseRef} (${baseTip}) and the head`);
    return mergeBase;
  } catch (e) {
    throw new UserError(`could not find the merge base of #${pr.number} (${(e as Error).message}), so there is nothing right to compare the head with: ${how}`, { cause: e });
  }
}
