import type { GitHubClient } from './client';

/** The login of GITHUB_TOKEN's comments, GitHub Actions' own app. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * The login under which this token writes comments, so that flowgate edits only its own:
 * `<app-slug>[bot]` when the workflow names the app (an installation token of a GitHub App);
 * the user of a personal access token (GET /user); else the GraphQL `viewer`, which answers
 * installation tokens too (they get 403 on GET /user); else github-actions[bot], the identity of
 * GITHUB_TOKEN.
 */
export async function readTokenLogin(client: GitHubClient, appSlug: string | null, log: (m: string) => void = () => {}): Promise<string> {
  if (appSlug) return `${appSlug}[bot]`;
  try {
    return (await client.rest.users.getAuthenticated()).data.login;
  } catch {
    // An installation token: no user.
  }
  try {
    const r = await client.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    if (r.viewer.login) return r.viewer.login;
  } catch (e) {
    log(`could not read the token's login (${(e as Error).message}); taking ${ACTIONS_BOT}`);
  }
  return ACTIONS_BOT;
}
