import type { FailOn } from '../model/types';
import { UserError } from '../errors';
import { DEFAULT_GLOBS } from '../io/globs';

export const DEFAULT_RULES_FILE = '.github/flowgate.yml';

/** update: one sticky comment, edited on every run; on-change: as update, but no new comment when nothing changed; off: none. */
export type CommentMode = 'update' | 'on-change' | 'off';

/** The action's inputs, validated (action.yml documents each). */
export interface ActionInputs {
  token: string;
  /** Globs of manifest files, relative to the repository root. */
  manifests: string[];
  rulesFile: string;
  defaultNamespace: string;
  failOn: FailOn;
  comment: CommentMode;
  /** Issue 13: names the sticky comment's marker, so two flowgate steps keep two comments. */
  commentId: string;
  /** The pull request to analyse when the event does not carry one (workflow_dispatch). */
  prNumber: number | null;
  /** The GitHub App whose installation token is `token`: its comments are `<slug>[bot]`'s. */
  appSlug: string | null;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], dflt: T): T {
  const v = value.trim() || dflt;
  if (!(allowed as readonly string[]).includes(v)) throw new UserError(`input ${name} must be ${allowed.join(', ').replace(/, ([^,]*)$/, ' or $1')}, not "${v}"`);
  return v as T;
}

/** Lines of a multi-line input: trimmed, blank lines and `#` comments dropped. */
export function inputLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/**
 * Globs are relative to the repository root. One that is absolute or climbs out (`/etc/*`,
 * `../../etc/*`, `~/x`, `C:/x`) is refused with a clear message. The readers are confined
 * anyway (they walk the work tree and the git tree only), so a glob spelt to dodge this check
 * (`{..,x}/*`) still matches nothing outside.
 */
function checkGlob(glob: string): void {
  const body = glob.replace(/^!+/, '').replace(/\\/g, '');
  if (body.startsWith('/') || body.startsWith('~') || /^[A-Za-z]:/.test(body) || body.split('/').includes('..')) {
    throw new UserError(`input manifests: "${glob}" reaches outside the repository; globs are relative to the repository root`);
  }
  // A folder (`deploy`, `deploy/`) matches no file, so every pull request would take the "no
  // manifest changed" path and pass unchecked, whatever it does under that folder.
  const folder = body.replace(/\/+$/, '');
  if (folder && (body.endsWith('/') || !/[*?[{.]/.test(folder.split('/').pop()!))) {
    throw new UserError(`input manifests: "${glob}" names a folder, which matches no file (every pull request would pass unchecked); write "${folder}/**/*.yaml", "${folder}/**/*.yml" and "${folder}/**/*.json" to read the manifests under it`);
  }
}

// The namespace name is checked like any Kubernetes namespace name (an RFC 1123 label).
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** The comment-id goes into an HTML comment: a narrow alphabet keeps it from closing it (`-->`). */
function parseCommentId(value: string): string {
  const id = value.trim() || 'flowgate';
  if (!/^[A-Za-z0-9][A-Za-z0-9._]*(-[A-Za-z0-9._]+)*$/.test(id) || id.length > 64) throw new UserError(`input comment-id must be letters, digits, '.', '_' and single '-' (at most 64), not "${id}"`);
  return id;
}

/**
 * Reads and validates the inputs through `get` (core.getInput in the action; a plain function in
 * tests). Every input has a default, so a bare `uses:` works on a pull_request workflow.
 */
export function parseInputs(get: (name: string) => string): ActionInputs {
  const manifests = inputLines(get('manifests'));
  manifests.forEach(checkGlob);
  const rulesFile = get('rules-file').trim().replace(/^\.\//, '') || DEFAULT_RULES_FILE;
  if (rulesFile.startsWith('/') || rulesFile.split('/').includes('..')) throw new UserError(`input rules-file must be a path inside the repository, not "${rulesFile}"`);
  const defaultNamespace = get('default-namespace').trim() || 'default';
  if (!DNS_LABEL.test(defaultNamespace)) throw new UserError(`input default-namespace must be a namespace name (RFC 1123 label), not "${defaultNamespace}"`);
  const pr = get('pr-number').trim();
  if (pr && !/^[1-9][0-9]{0,9}$/.test(pr)) throw new UserError(`input pr-number must be a pull request number, not "${pr}"`);
  const appSlug = get('app-slug').trim().replace(/\[bot\]$/, '');
  if (appSlug && !/^[a-z0-9][a-z0-9-]{0,33}$/i.test(appSlug)) throw new UserError(`input app-slug must be a GitHub App's slug (as actions/create-github-app-token gives it), not "${appSlug}"`);
  return {
    token: get('token').trim(),
    manifests: manifests.length ? manifests : [...DEFAULT_GLOBS],
    rulesFile,
    defaultNamespace,
    failOn: oneOf('fail-on', get('fail-on'), ['new', 'any', 'never'] as const, 'new'),
    comment: oneOf('comment', get('comment'), ['update', 'on-change', 'off'] as const, 'update'),
    commentId: parseCommentId(get('comment-id')),
    prNumber: pr ? Number(pr) : null,
    appSlug: appSlug || null,
  };
}
