import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';

const FlowgateOctokit = Octokit.plugin(retry, throttling);

/** The REST client that every module of src/github takes (tests inject their own). */
export type GitHubClient = InstanceType<typeof FlowgateOctokit>;

/** Where the client's warnings go (the action routes them to the job log). */
export interface ClientLog {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL (GitHub Enterprise Server has its own). */
  baseUrl?: string;
  /** Milliseconds per second of back-off; 1000 in production, tiny in tests. */
  retryAfterBaseValue?: number;
  /** Retries of a 5xx or network failure (default 3). */
  retries?: number;
  /** Longest wait, in seconds, for a rate limit to reset before giving up (default 120). */
  maxRateLimitWait?: number;
  log?: ClientLog;
  /**
   * Rate-limit handling and the spacing of writes (1 s apart, 3 s for comments; GitHub asks
   * integrations to pace them). Default true; unit tests of single modules turn it off.
   */
  throttle?: boolean;
}

const SILENT: ClientLog = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * An Octokit with retries (5xx, network errors: exponential back-off) and throttling (primary
 * and secondary rate limits: wait for the reset, twice at most, when the wait is short enough).
 * It uses the runtime's own `fetch` so that test interceptors see every request.
 */
export function createClient(options: ClientOptions): GitHubClient {
  const base = options.retryAfterBaseValue ?? 1000;
  const maxWait = options.maxRateLimitWait ?? 120;
  const log = options.log ?? SILENT;
  const onLimit = (kind: string) => (retryAfter: number, req: { method: string; url: string }, _o: unknown, retryCount: number): boolean => {
    const again = retryCount < 2 && retryAfter <= maxWait;
    log.warn(`GitHub ${kind} rate limit on ${req.method} ${req.url}: ${again ? `retrying in ${retryAfter} s` : 'giving up'}`);
    return again;
  };
  return new FlowgateOctokit({
    auth: options.token || undefined,
    ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
    userAgent: 'flowgate-action',
    log,
    request: { fetch: globalThis.fetch },
    retry: { retryAfterBaseValue: base, retries: options.retries ?? 3 },
    throttle: {
      enabled: options.throttle ?? true,
      retryAfterBaseValue: base,
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
    },
  });
}

/** The HTTP status of a failed request, or undefined for other errors. */
export function httpStatus(e: unknown): number | undefined {
  const s = (e as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}

/**
 * True for a rate limit that outlasted the throttling plugin's retries (a reset too far away, or
 * the secondary limit hit again): 403 or 429 with `x-ratelimit-remaining: 0`, a `retry-after`
 * header, or "rate limit" in the message.
 */
export function isRateLimitError(e: unknown): boolean {
  const status = httpStatus(e);
  if (status !== 403 && status !== 429) return false;
  const err = e as { message?: unknown; response?: { headers?: Record<string, unknown> } };
  const headers = err.response?.headers ?? {};
  return status === 429 || headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined || /rate limit/i.test(String(err.message ?? ''));
}

/**
 * True for the error a read-only token meets on a write (a fork's pull_request token, or a
 * workflow without the permission): 403 "Resource not accessible by integration". A 403 that is
 * a rate limit is not one: telling the user to grant a permission would send them the wrong way.
 */
export function isPermissionError(e: unknown): boolean {
  return httpStatus(e) === 403 && !isRateLimitError(e);
}
