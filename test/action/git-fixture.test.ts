import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { advanceMain, checkout, git, makePullRepo, pushHead } from './git-fixture';

// The fixture writes git objects itself and makes a checkout without `git fetch` (processes are
// most of the end-to-end suites' CPU time). Here git judges what it wrote: the objects pass
// `git fsck --strict`, and a checkout is what actions/checkout's depth-1 fetch makes of the same
// ref, object for object.

const repo = makePullRepo(
  { 'k8s/app.yaml': 'kind: Pod\n', 'k8s/sub/db.yaml': 'kind: Service\n', 'k8s.yaml': 'a\n', 'k8s-x': 'b\n', 'k8s/$(touch x) "q".yaml': 'c\n', '-c.yaml': 'd\n', 'ünï/cödé.yaml': 'e\n', link: { symlink: 'k8s/app.yaml' } },
  { 'k8s/app.yaml': null, 'new/policy.yaml': 'kind: NetworkPolicy\n', 'k8s/sub/db.yaml': 'kind: Service # edited\n' },
);
afterAll(() => rmSync(repo.root, { recursive: true, force: true }));

/** What actions/checkout does: init, origin, a depth-1 fetch of the ref, a detached checkout. */
function realCheckout(ref: string): string {
  const ws = mkdtempSync(path.join(repo.root, 'real-'));
  git(ws, 'init', '-q');
  git(ws, 'remote', 'add', 'origin', `file://${repo.bare}`);
  git(ws, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', `+${ref}:refs/remotes/pull/checkout`);
  git(ws, 'checkout', '-q', '--detach', 'refs/remotes/pull/checkout');
  return ws;
}

function state(ws: string): Record<string, string> {
  const shallow = path.join(ws, '.git/shallow');
  return {
    head: git(ws, 'rev-parse', 'HEAD'),
    detached: git(ws, 'rev-parse', '--abbrev-ref', 'HEAD'),
    shallow: (() => {
      try {
        return readFileSync(shallow, 'utf8');
      } catch {
        return '(none)';
      }
    })(),
    objects: git(ws, 'cat-file', '--batch-all-objects', '--batch-check'),
    refs: git(ws, 'for-each-ref'),
    origin: git(ws, 'config', '--get-regexp', '^remote\\.origin\\.'),
    index: git(ws, 'ls-files', '-s'),
    status: git(ws, 'status', '--porcelain', '--untracked-files=all'),
  };
}

describe('the git fixture', () => {
  it('writes objects git accepts (fsck --strict: tree order, modes, names)', () => {
    pushHead(repo, { 'README.md': '# more\n' });
    advanceMain(repo, { 'k8s.yaml': 'a, moved on\n' });
    expect(git(repo.bare, 'fsck', '--strict', '--no-dangling')).toBe('');
    expect(git(repo.bare, 'rev-parse', 'refs/pull/7/merge^1', 'refs/pull/7/merge^2')).toBe(`${repo.mainSha}\n${repo.headSha}`);
  });

  it.each(['refs/pull/7/merge', 'refs/heads/feature', 'refs/heads/main'])('checks out %s as a depth-1 fetch does', (ref) => {
    const ours = state(checkout(repo, ref));
    expect(ours).toEqual(state(realCheckout(ref)));
    expect(ours.status).toBe('');
    expect(ours.detached).toBe('HEAD');
  });

  it('sets the origin it is given', () => {
    const ws = checkout(repo, undefined, 'file:///nonexistent/origin.git');
    expect(git(ws, 'remote', 'get-url', 'origin')).toBe('file:///nonexistent/origin.git');
  });
});
