import { spawn } from 'node:child_process';
import { UserError } from '../errors';

/** A fetch over a slow network is given this long before the API fallback takes over. */
const FETCH_TIMEOUT_MS = 180_000;
/** Small queries (a commit, a file, a diff of names) of the action: never hang a job. */
const QUERY: GitOptions = { timeoutMs: 60_000 };
const MAX_OUTPUT_BYTES = 1 << 30;

/** A git command that failed: its exit status (null when killed) and what it said on stderr. */
export class GitError extends Error {
  readonly stderr: string;
  readonly exitCode: number | null;
  constructor(message: string, stderr: string, exitCode: number | null, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GitError';
    this.stderr = stderr;
    this.exitCode = exitCode;
  }
}

export interface GitOptions {
  /** Written to git's standard input (then closed). */
  input?: string;
  /** Kill git after this long; no limit when absent (reading a large tree takes what it takes). */
  timeoutMs?: number;
}

/**
 * The one way flowgate runs git: with arguments, never a shell; never prompting for
 * credentials; killed after the timeout, if any, or when its output passes 1 GiB. Resolves to standard
 * output as bytes; rejects with a GitError carrying stderr and the exit status.
 */
export function runGit(cwd: string, args: readonly string[], opts: GitOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let killedFor: string | null = null;
    const kill = (why: string) => {
      killedFor = why;
      child.kill('SIGTERM');
    };
    const timer = opts.timeoutMs === undefined ? undefined : setTimeout(() => kill(`timed out after ${opts.timeoutMs! / 1000} s`), opts.timeoutMs);
    child.stdout.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_OUTPUT_BYTES) kill('output too large');
      else chunks.push(c);
    });
    child.stderr.on('data', (c: Buffer) => {
      if (stderr.length < 65_536) stderr += c.toString();
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new GitError(`cannot run git (${e.message})`, '', null, { cause: e }));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0 && !killedFor) resolve(Buffer.concat(chunks));
      else reject(new GitError(`git ${args[0] ?? ''} failed (${killedFor ?? `exit ${code}`}): ${stderr.trim()}`, stderr, code));
    });
    // A write error (git gone) shows in the exit status.
    child.stdin.on('error', () => {});
    child.stdin.end(opts.input ?? '');
  });
}

/** runGit's output as UTF-8 text. */
export async function gitText(cwd: string, args: readonly string[], opts: GitOptions = {}): Promise<string> {
  return (await runGit(cwd, args, opts)).toString('utf8');
}

/**
 * The tree of a revision: a ref that could be read as an option (`--output=…`) or that git does
 * not know is a user error, and nothing else runs. Later commands get the tree's object name,
 * not the ref.
 */
export async function resolveTree(ref: string, cwd: string): Promise<string> {
  if (!ref || ref.startsWith('-') || [...ref].some((c) => c < ' ' || c === '\x7f')) throw new UserError(`git:${ref}: not a valid revision`);
  try {
    const tree = (await gitText(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{tree}`])).trim();
    if (/^[0-9a-f]{40,64}$/.test(tree)) return tree;
  } catch {
    // Reported below.
  }
  throw new UserError(`git:${ref}: not a revision of the repository in ${cwd}`);
}

/** The contents of blobs, from one `git cat-file --batch` for all of them (not a process per file). */
export async function readBlobs(shas: readonly string[], cwd: string): Promise<Buffer[]> {
  if (!shas.length) return [];
  let out: Buffer;
  try {
    out = await runGit(cwd, ['cat-file', '--batch'], { input: `${shas.join('\n')}\n` });
  } catch (e) {
    const g = e as GitError;
    throw new UserError(g.cause ? `cannot run git to read the tree (${(g.cause as Error).message})` : `git cat-file --batch failed (exit ${g.exitCode}): ${g.stderr.trim()}`, { cause: e });
  }
  const blobs: Buffer[] = [];
  let pos = 0;
  for (const sha of shas) {
    // Each answer is `<sha> blob <size>\n<contents>\n`.
    const nl = out.indexOf(10, pos);
    const header = out.toString('utf8', pos, nl < 0 ? out.length : nl).split(' ');
    if (nl < 0 || header[0] !== sha || header[1] !== 'blob') throw new UserError(`git cat-file --batch: unexpected answer for ${sha}: ${header.join(' ')}`);
    const size = Number(header[2]);
    blobs.push(out.subarray(nl + 1, nl + 1 + size));
    pos = nl + 1 + size + 1;
  }
  return blobs;
}

/** Whether the repository in `cwd` has the commit. */
export async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  try {
    await runGit(cwd, ['cat-file', '-e', `${sha}^{commit}`], QUERY);
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
    await runGit(cwd, ['-c', 'protocol.version=2', 'fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha], { timeoutMs: FETCH_TIMEOUT_MS });
  } catch (e) {
    const err = e as GitError;
    const lines = (err.stderr || err.message).split('\n').map((l) => l.trim()).filter(Boolean);
    const fatal = lines.filter((l) => /^(fatal|error):/.test(l));
    return { ok: false, error: (fatal.length ? fatal : lines.slice(-1)).join(' ') };
  }
  return (await hasCommit(cwd, sha)) ? { ok: true } : { ok: false, error: `git fetch did not bring ${sha}` };
}

/** A file's text at a commit; null when the commit does not hold it. */
export async function readGitFile(cwd: string, sha: string, path: string): Promise<string | null> {
  try {
    return await gitText(cwd, ['cat-file', 'blob', `${sha}:${path}`], QUERY);
  } catch {
    return null;
  }
}

/** The work tree's HEAD commit and its parents (known even in a depth-1 clone); null without git. */
export async function readHeadCommit(cwd: string): Promise<{ sha: string; parents: string[] } | null> {
  try {
    const sha = (await gitText(cwd, ['rev-parse', '--verify', 'HEAD^{commit}'], QUERY)).trim();
    const raw = await gitText(cwd, ['cat-file', 'commit', sha], QUERY);
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
  const out = await gitText(cwd, ['diff', '--name-status', '-z', '-M', '--no-ext-diff', '--no-textconv', '--end-of-options', sha, 'HEAD', '--'], QUERY);
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
