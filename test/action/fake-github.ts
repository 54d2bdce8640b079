import { execFileSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** One request the fake API answered. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  conclusion: string;
  output: { title: string; summary: string; text?: string };
  annotations: Record<string, unknown>[];
}

export interface FakePull {
  number: number;
  baseSha: string;
  headSha: string;
  baseRef: string;
  headRef: string;
  /** The head's repository, e.g. a fork's. */
  headRepo: string;
}

export interface FakeGitHubOptions {
  owner: string;
  repo: string;
  /** The bare repository behind the API: PR files and contents come from it. */
  bare: string;
  token: string;
}

/**
 * A small stand-in for api.github.com on 127.0.0.1, enough for the action: pull requests and
 * their files (from the git repository), issue comments (paginated, with Link headers), check
 * runs, contents at a commit, compare. It records every request. `readOnly` answers writes with
 * 403 like a fork's token; `failNext` answers the next requests with 502.
 */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments: FakeComment[] = [];
  readonly checkRuns: FakeCheckRun[] = [];
  readonly pulls = new Map<number, FakePull>();
  readOnly = false;
  failNext = 0;
  /** Whose token the action holds: GITHUB_TOKEN (an installation token, 403 on GET /user) unless a test says otherwise. */
  identity: { login: string; type: 'Bot' | 'User'; user?: boolean } = { login: 'github-actions[bot]', type: 'Bot' };
  /** Called before each request is answered (a push that lands while the action runs). */
  onRequest: ((method: string, path: string) => void) | null = null;
  private nextId = 1000;
  private server: http.Server | null = null;
  url = '';

  constructor(private readonly options: FakeGitHubOptions) {}

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      req.on('end', () => this.handle(req, raw, res));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  addComment(body: string, type: 'Bot' | 'User' = 'User', login = type === 'Bot' ? 'github-actions[bot]' : 'dev'): FakeComment {
    const c: FakeComment = { id: this.nextId++, body, user: { login, type } };
    this.comments.push(c);
    return c;
  }

  private git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.options.bare, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  /** A pull request's files by its base and head commits, which never change: listed once per pair. */
  private readonly filesByCommits = new Map<string, Record<string, unknown>[]>();
  private filesOf(p: FakePull): Record<string, unknown>[] {
    const key = `${p.baseSha} ${p.headSha}`;
    let files = this.filesByCommits.get(key);
    if (!files) this.filesByCommits.set(key, (files = this.pullFiles(p)));
    return files;
  }

  private pullFiles(p: FakePull): Record<string, unknown>[] {
    const mergeBase = this.git('merge-base', p.baseSha, p.headSha).trim();
    const lines = this.git('diff', '--name-status', '-M', mergeBase, p.headSha).split('\n').filter(Boolean);
    const status: Record<string, string> = { A: 'added', D: 'removed', M: 'modified', R: 'renamed', C: 'copied', T: 'changed' };
    return lines.map((l) => {
      const [code, a, b] = l.split('\t');
      const s = status[code![0]!] ?? 'modified';
      return b ? { filename: b, status: s, previous_filename: a } : { filename: a, status: s };
    });
  }

  private pullJson(p: FakePull): Record<string, unknown> {
    const full = `${this.options.owner}/${this.options.repo}`;
    return {
      number: p.number,
      state: 'open',
      html_url: `https://github.test/${full}/pull/${p.number}`,
      base: { sha: p.baseSha, ref: p.baseRef, repo: { full_name: full } },
      head: { sha: p.headSha, ref: p.headRef, repo: { full_name: p.headRepo } },
    };
  }

  private page<T>(res: http.ServerResponse, pathname: string, query: Record<string, string>, all: T[]): void {
    const perPage = Math.min(Number(query.per_page ?? 30), 100);
    const page = Number(query.page ?? 1);
    const items = all.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < all.length) headers.link = `<${this.url}${pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
    this.send(res, 200, items, headers);
  }

  private send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8', ...headers });
    res.end(text);
  }

  private commentJson(c: FakeComment): Record<string, unknown> {
    return { ...c, html_url: `https://github.test/${this.options.owner}/${this.options.repo}/pull/1#issuecomment-${c.id}` };
  }

  private handle(req: http.IncomingMessage, raw: string, res: http.ServerResponse): void {
    const u = new URL(req.url ?? '/', 'http://x');
    const query = Object.fromEntries(u.searchParams);
    const method = req.method ?? 'GET';
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      /* not JSON */
    }
    this.requests.push({ method, path: u.pathname, query, body, authorization: req.headers.authorization });
    if (this.failNext > 0) {
      this.failNext--;
      return this.send(res, 502, { message: 'Bad Gateway' });
    }
    if (req.headers.authorization !== `token ${this.options.token}`) return this.send(res, 401, { message: 'Bad credentials' });
    this.onRequest?.(method, u.pathname);
    if (u.pathname === '/user' && method === 'GET') {
      return this.identity.user ? this.send(res, 200, { login: this.identity.login }) : this.send(res, 403, { message: 'Resource not accessible by integration' });
    }
    if (u.pathname === '/graphql' && method === 'POST') return this.send(res, 200, { data: { viewer: { login: this.identity.login } } });
    const prefix = `/repos/${this.options.owner}/${this.options.repo}`;
    if (!u.pathname.startsWith(`${prefix}/`)) return this.send(res, 404, { message: 'Not Found' });
    const rest = u.pathname.slice(prefix.length);
    const b = body as Record<string, unknown>;
    const write = method !== 'GET';
    if (write && this.readOnly) return this.send(res, 403, { message: 'Resource not accessible by integration' });
    let m: RegExpMatchArray | null;
    if ((m = rest.match(/^\/pulls\/(\d+)$/)) && method === 'GET') {
      const p = this.pulls.get(Number(m[1]));
      return p ? this.send(res, 200, this.pullJson(p)) : this.send(res, 404, { message: 'Not Found' });
    }
    if ((m = rest.match(/^\/pulls\/(\d+)\/files$/)) && method === 'GET') {
      const p = this.pulls.get(Number(m[1]));
      return p ? this.page(res, u.pathname, query, this.filesOf(p)) : this.send(res, 404, { message: 'Not Found' });
    }
    if ((m = rest.match(/^\/issues\/(\d+)\/comments$/))) {
      if (method === 'GET') return this.page(res, u.pathname, query, this.comments.map((c) => this.commentJson(c)));
      if (method === 'POST') return this.send(res, 201, this.commentJson(this.addComment(String(b.body), this.identity.type, this.identity.login)));
    }
    if ((m = rest.match(/^\/issues\/comments\/(\d+)$/)) && method === 'PATCH') {
      const c = this.comments.find((x) => x.id === Number(m![1]));
      if (!c) return this.send(res, 404, { message: 'Not Found' });
      c.body = String(b.body);
      return this.send(res, 200, this.commentJson(c));
    }
    if (rest === '/check-runs' && method === 'POST') {
      const output = b.output as FakeCheckRun['output'] & { annotations?: Record<string, unknown>[] };
      const run: FakeCheckRun = { id: this.nextId++, name: String(b.name), head_sha: String(b.head_sha), conclusion: String(b.conclusion), output, annotations: [...(output.annotations ?? [])] };
      this.checkRuns.push(run);
      return this.send(res, 201, { id: run.id, html_url: `https://github.test/runs/${run.id}` });
    }
    if ((m = rest.match(/^\/check-runs\/(\d+)$/)) && method === 'PATCH') {
      const run = this.checkRuns.find((x) => x.id === Number(m![1]));
      if (!run) return this.send(res, 404, { message: 'Not Found' });
      run.annotations.push(...((b.output as { annotations?: Record<string, unknown>[] }).annotations ?? []));
      return this.send(res, 200, { id: run.id });
    }
    if ((m = rest.match(/^\/contents\/(.+)$/)) && method === 'GET') {
      const file = m[1]!.split('/').map(decodeURIComponent).join('/');
      try {
        // Like GitHub, a symbolic link to a file of the repository answers with that file.
        const entry = this.git('ls-tree', '-z', String(query.ref), '--', file);
        const target = entry.startsWith('120000 ') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), this.git('cat-file', 'blob', `${query.ref}:${file}`))) : file;
        return this.send(res, 200, this.git('cat-file', 'blob', `${query.ref}:${target}`));
      } catch {
        return this.send(res, 404, { message: 'Not Found' });
      }
    }
    if ((m = rest.match(/^\/compare\/([0-9a-f]+)\.\.\.([0-9a-f]+)$/)) && method === 'GET') {
      return this.send(res, 200, { merge_base_commit: { sha: this.git('merge-base', m[1]!, m[2]!).trim() } });
    }
    return this.send(res, 404, { message: `Not Found: ${method} ${u.pathname}` });
  }
}
