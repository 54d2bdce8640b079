/** Where the analysed files live on GitHub, so that a report can link a policy to its line. */
export interface SourceLinks {
  /** e.g. `https://github.com` (GITHUB_SERVER_URL). */
  serverUrl: string;
  /** `owner/name`. */
  repository: string;
  /** The commits whose files the head and base sides are. */
  headSha: string;
  baseSha: string;
}

const SERVER = /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~-]+)*$/;
const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** The links, when every part is well formed; null otherwise (the report then writes file:line). */
export function checkedLinks(l: SourceLinks | undefined): SourceLinks | null {
  if (!l || !SERVER.test(l.serverUrl) || !REPOSITORY.test(l.repository) || !SHA.test(l.headSha) || !SHA.test(l.baseSha)) return null;
  return l;
}

/**
 * The URL of a line of a file at one side's commit:
 * `https://github.com/OWNER/REPO/blob/SHA/path#L14`. Every path segment is percent-encoded, so
 * the URL holds no character that could end a Markdown link.
 */
export function lineUrl(l: SourceLinks, side: 'base' | 'head', file: string, line: number): string {
  const path = file
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
  return `${l.serverUrl.replace(/\/$/, '')}/${l.repository}/blob/${side === 'base' ? l.baseSha : l.headSha}/${path}#L${Math.max(1, line)}`;
}
