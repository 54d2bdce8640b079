import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileP = promisify(execFile);

/** A fetch over a slow network is given this long before the API fallback takes over. */
const FETCH_TIMEOUT_MS = 180_000;

async function git(cwd: string, args: string[], timeout = 60_000): Promise<string> {
  const { stdout } = await execFileP('git', args, { cwd, timeout, maxBuffer: 1 << 28, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
  return stdout;
}

/** Whether the repository in `cwd` has the commit. */
export async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  try {
    await git(cwd, ['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes the commit available in the shallow clone that actions/checkout leaves (depth 1): one
 * commit, no history, no tags. Returns the failure as a message instead of throwing, so the caller
 * can fall back to the API.
 */
export async function fetchCommit(cwd: string, sha: string): Promise<{ ok: true } | { ok: false; error: string }> {
  if (await hasCommit(cwd, sha)) return { ok: true };
  try {
    await git(cwd, ['-c', 'protocol.version=2', 'fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha], FETCH_TIMEOUT_MS);
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    const lines = (err.stderr || err.message).split('\n').map((l) => l.trim()).filter(Boolean);
    const fatal = lines.filter((l) => /^(fatal|error):/.test(l));
    return { ok: false, error: (fatal.length ? fatal : lines.slice(-1)).join(' ') };
  }
  return (await hasCommit(cwd, sha)) ? { ok: true } : { ok: false, error: `git fetch did not bring ${sha}` };
}

/** A file's text at a commit; null when the commit does not hold it. */
export async function readGitFile(cwd: string, sha: string, path: string): Promise<string | null> {
  try {
    return await git(cwd, ['cat-file', 'blob', `${sha}:${path}`]);
  } catch {
    return null;
  }
}

/** The work tree's HEAD commit and its parents (known even in a depth-1 clone); null without git. */
export async function readHeadCommit(cwd: string): Promise<{ sha: string; parents: string[] } | null> {
  try {
    const sha = (await git(cwd, ['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
    const raw = await git(cwd, ['cat-file', 'commit', sha]);
    const parents = [...raw.split('\n\n')[0]!.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1]!);
    return { sha, parents };
  } catch {
    return null;
  }
}

/**
 * The files renamed between a commit and the work tree's HEAD (git's rename detection; exact
 * moves are always found), for when GitHub's list of the PR's files is incomplete. Paths are
 * read NUL-separated, so no name is quoted or split.
 */
export async function renamedSince(cwd: string, sha: string): Promise<{ from: string; to: string }[]> {
  const out = await git(cwd, ['diff', '--name-status', '-z', '-M', '--no-ext-diff', '--no-textconv', '--end-of-options', sha, 'HEAD', '--']);
  const fields = out.split('\0');
  const renames: { from: string; to: string }[] = [];
  for (let i = 0; i < fields.length - 1; ) {
    const status = fields[i++]!;
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = fields[i++]!;
      const to = fields[i++]!;
      if (status.startsWith('R')) renames.push({ from, to });
    } else i++;
  }
  return renames;
}
