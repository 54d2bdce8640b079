import nock from 'nock';

// A stateful GitHub API behind nock: the PR's files, issue comments (paginated), check runs and
// the token's user, with faults queued per route. A fault answers a request instead of the API;
// `apply: true` makes the API do the work anyway (a 502 after the comment was created).

export const API = 'https://api.github.test';
const REPO = '/repos/acme/shop';

export interface ApiComment {
  id: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
}

export interface Fault {
  status: number;
  message?: string;
  headers?: Record<string, string>;
  apply?: boolean;
  /** Done to the API's state when the fault answers (the comment deleted meanwhile). */
  effect?: () => void;
}

export type Route = 'get-pull' | 'graphql' | 'list-files' | 'list-comments' | 'create-comment' | 'update-comment' | 'delete-comment' | 'create-check' | 'update-check' | 'get-user';

export interface Recorded {
  route: Route;
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

export const BOT = { login: 'github-actions[bot]', type: 'Bot' } as const;

export class NockGitHub {
  files: { filename: string; status: string; previous_filename?: string }[] = [];
  /** The pull request as GET /pulls/7 gives it (its head now). */
  pull = { baseSha: '', headSha: '' };
  comments: ApiComment[] = [];
  checkRuns: { id: number; body: Record<string, unknown>; annotations: unknown[] }[] = [];
  readonly requests: Recorded[] = [];
  /** Faults to answer, in order, per route. */
  readonly faults = new Map<Route, Fault[]>();
  /** Called when a comment is about to be created (a racing run can post its own first). */
  beforeCreate: (() => void) | null = null;
  /** Called right after a comment is created. */
  afterCreate: (() => void) | null = null;
  /** Ids of comments and check runs, increasing like GitHub's. */
  nextId = 100;

  constructor() {
    const scope = nock(API).persist();
    scope.get(`${REPO}/pulls/7/files`).query(true).reply((uri) => this.handle('list-files', 'GET', uri, null));
    scope.get(`${REPO}/issues/7/comments`).query(true).reply((uri) => this.handle('list-comments', 'GET', uri, null));
    scope.post(`${REPO}/issues/7/comments`).reply((uri, body) => this.handle('create-comment', 'POST', uri, body));
    scope.patch(/\/repos\/acme\/shop\/issues\/comments\/\d+$/).reply((uri, body) => this.handle('update-comment', 'PATCH', uri, body));
    scope.delete(/\/repos\/acme\/shop\/issues\/comments\/\d+$/).reply((uri) => this.handle('delete-comment', 'DELETE', uri, null));
    scope.post(`${REPO}/check-runs`).reply((uri, body) => this.handle('create-check', 'POST', uri, body));
    scope.patch(/\/repos\/acme\/shop\/check-runs\/\d+$/).reply((uri, body) => this.handle('update-check', 'PATCH', uri, body));
    scope.get('/user').reply((uri) => this.handle('get-user', 'GET', uri, null));
    scope.get(`${REPO}/pulls/7`).reply((uri) => this.handle('get-pull', 'GET', uri, null));
    scope.post('/graphql').reply((uri, body) => this.handle('graphql', 'POST', uri, body));
  }

  fail(route: Route, ...faults: Fault[]): void {
    this.faults.set(route, [...(this.faults.get(route) ?? []), ...faults]);
  }

  count(route: Route): number {
    return this.requests.filter((r) => r.route === route).length;
  }

  addComment(body: string, user: ApiComment['user'] = BOT): ApiComment {
    const c = { id: this.nextId++, body, user: { ...user } };
    this.comments.push(c);
    return c;
  }

  private page<T>(path: string, query: Record<string, string>, all: T[]): nock.ReplyFnResult {
    const perPage = Math.min(Number(query.per_page ?? 30), 100);
    const page = Number(query.page ?? 1);
    const headers: Record<string, string> = {};
    if (page * perPage < all.length) headers.link = `<${API}${path}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
    return [200, all.slice((page - 1) * perPage, page * perPage), headers];
  }

  private json(c: ApiComment) {
    return { ...c, html_url: `https://github.test/acme/shop/pull/7#issuecomment-${c.id}` };
  }

  private handle(route: Route, method: string, uri: string, body: unknown): nock.ReplyFnResult {
    const u = new URL(uri, API);
    const query = Object.fromEntries(u.searchParams);
    this.requests.push({ route, method, path: u.pathname, query, body });
    const fault = this.faults.get(route)?.shift();
    fault?.effect?.();
    if (fault && !fault.apply) return [fault.status, { message: fault.message ?? `fault ${fault.status}` }, fault.headers ?? {}];
    const result = this.serve(route, u.pathname, query, body as Record<string, unknown>);
    return fault ? [fault.status, { message: fault.message ?? `fault ${fault.status}` }, fault.headers ?? {}] : result;
  }

  private serve(route: Route, path: string, query: Record<string, string>, b: Record<string, unknown>): nock.ReplyFnResult {
    const id = Number(path.split('/').pop());
    switch (route) {
      case 'list-files':
        return this.page(path, query, this.files);
      case 'list-comments':
        return this.page(path, query, this.comments.map((c) => this.json(c)));
      case 'create-comment': {
        this.beforeCreate?.();
        const c = this.addComment(String(b.body));
        this.afterCreate?.();
        return [201, this.json(c)];
      }
      case 'update-comment': {
        const c = this.comments.find((x) => x.id === id);
        if (!c) return [404, { message: 'Not Found' }];
        c.body = String(b.body);
        return [200, this.json(c)];
      }
      case 'delete-comment': {
        const i = this.comments.findIndex((x) => x.id === id);
        if (i < 0) return [404, { message: 'Not Found' }];
        this.comments.splice(i, 1);
        return [204, ''];
      }
      case 'create-check': {
        const run = { id: this.nextId++, body: b, annotations: [...(((b.output as { annotations?: unknown[] }) ?? {}).annotations ?? [])] };
        this.checkRuns.push(run);
        return [201, { id: run.id, html_url: `https://github.test/runs/${run.id}` }];
      }
      case 'update-check': {
        const run = this.checkRuns.find((x) => x.id === id);
        if (!run) return [404, { message: 'Not Found' }];
        run.annotations.push(...(((b.output as { annotations?: unknown[] }) ?? {}).annotations ?? []));
        return [200, { id }];
      }
      case 'get-pull':
        return [200, { number: 7, base: { sha: this.pull.baseSha, ref: 'main', repo: { full_name: 'acme/shop' } }, head: { sha: this.pull.headSha, ref: 'feature', repo: { full_name: 'acme/shop' } } }];
      case 'graphql':
        return [200, { data: { viewer: { login: BOT.login } } }];
      case 'get-user':
        // An app's installation token (GITHUB_TOKEN) has no user.
        return [403, { message: 'Resource not accessible by integration' }];
    }
  }
}
