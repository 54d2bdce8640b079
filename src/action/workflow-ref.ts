import type { PullFiles } from '../github/pull-files';
import type { RepoRef } from '../github/pull-request';

/**
 * The path of the workflow file that runs this job, from GITHUB_WORKFLOW_REF
 * (`acme/shop/.github/workflows/ci.yml@refs/pull/7/merge`); null when unknown or when the
 * workflow lives in another repository.
 */
export function workflowPath(ref: string | undefined, repo: RepoRef): string | null {
  if (!ref) return null;
  const at = ref.lastIndexOf('@');
  const full = at < 0 ? ref : ref.slice(0, at);
  const prefix = `${repo.owner}/${repo.repo}/`.toLowerCase();
  if (!full.toLowerCase().startsWith(prefix)) return null;
  return full.slice(prefix.length) || null;
}

/**
 * A note when the pull request edits the workflow that runs flowgate: on pull_request that
 * workflow comes from the pull request itself, so fail-on, manifests and rules-file may be the
 * pull request's own (fail-on: never, globs that match nothing, a rules file the base lacks).
 * flowgate cannot tell, so it says so rather than pass in silence. Null when it does not.
 */
export function workflowEditNote(path: string | null, changed: PullFiles | null): string | null {
  if (path === null || !changed?.files.some((f) => f.path === path || f.previousPath === path)) return null;
  return `This pull request changes ${path}, the workflow that runs flowgate: the inputs it gives flowgate (fail-on, manifests, rules-file) may come from the pull request; review that change before trusting this result.`;
}
