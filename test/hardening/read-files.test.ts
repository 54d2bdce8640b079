import { execFileSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { UserError } from '../../src/errors';
import { readManifestFiles } from '../../src/io/read-dir';
import { readGitTree } from '../../src/io/read-git-tree';
import { MAX_FILE_BYTES } from '../../src/io/read-result';
import { CLI } from './support/run-case';

// Manifest paths come from an untrusted pull request: they are never executed, and never used to
// read outside the repository (or the scanned directory).

const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${JSON.stringify(name)}\n  namespace: t\n`;

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const d = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'flowgate-read-')));
  temps.push(d);
  return d;
}
afterEach(async () => {
  for (const d of temps.splice(0)) await fs.rm(d, { recursive: true, force: true });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

async function cli(cwd: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, cwd });
  return { code, stdout, stderr };
}

describe('symbolic links in a scanned directory', () => {
  it('does not read a link to a file outside the directory, and reports it', async () => {
    const top = await tempDir();
    await fs.writeFile(path.join(top, 'secret.yaml'), pod('secret'));
    const dir = path.join(top, 'repo');
    await fs.mkdir(dir);
    await fs.writeFile(path.join(dir, 'app.yaml'), pod('app'));
    await fs.symlink('/etc/passwd', path.join(dir, 'passwd.yaml'));
    await fs.symlink('../secret.yaml', path.join(dir, 'secret.yaml'));
    const r = await readManifestFiles(['repo'], undefined, top);
    expect(r.files.map((f) => f.path)).toEqual(['repo/app.yaml']);
    expect(r.files.some((f) => f.text.includes('root:') || f.text.includes('secret'))).toBe(false);
    expect(r.skipped).toEqual([
      expect.objectContaining({ path: 'repo/passwd.yaml', code: 'symlink-outside' }),
      expect.objectContaining({ path: 'repo/secret.yaml', code: 'symlink-outside' }),
    ]);
    for (const s of r.skipped) expect(s.severity ?? 'error').toBe('error');

    // The CLI fails the run and names each link with a line.
    const run = await cli(top, 'reach', 'repo', '--format', 'json');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('repo/passwd.yaml:1: error:');
    expect(run.stderr).toContain('repo/secret.yaml:1: error:');
    expect(JSON.parse(run.stdout).endpoints.map((e: { id: string }) => e.id)).toContain('t/app[Pod]');
  });

  it('does not hang on a directory linked into itself, and reads each file once', async () => {
    const dir = await tempDir();
    await fs.mkdir(path.join(dir, 'a/b'), { recursive: true });
    await fs.writeFile(path.join(dir, 'a/b/app.yaml'), pod('app'));
    await fs.symlink('..', path.join(dir, 'a/b/up'));
    await fs.symlink(dir, path.join(dir, 'a/loop.yaml'));
    await fs.symlink('a', path.join(dir, 'again'));
    await fs.symlink('a/b/app.yaml', path.join(dir, 'alias.yaml'));
    const r = await readManifestFiles(['.'], undefined, dir);
    expect(r.files.map((f) => f.path)).toEqual(['a/b/app.yaml']);
    expect(r.skipped).toEqual([]);
  });

  it('warns about a link to a directory outside, and about a broken link', async () => {
    const top = await tempDir();
    await fs.mkdir(path.join(top, 'elsewhere'));
    await fs.mkdir(path.join(top, 'repo'));
    await fs.symlink('../elsewhere', path.join(top, 'repo/manifests'));
    await fs.symlink('missing.yaml', path.join(top, 'repo/broken.yaml'));
    const r = await readManifestFiles(['repo'], undefined, top);
    expect(r.skipped).toEqual([
      expect.objectContaining({ path: 'repo/broken.yaml', severity: 'warning' }),
      expect.objectContaining({ path: 'repo/manifests', code: 'symlink-outside', severity: 'warning' }),
    ]);
  });

  it('never opens a FIFO or a device (reading one would block or never end)', async () => {
    const dir = await tempDir();
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    await fs.symlink('pipe.yaml', path.join(dir, 'to-pipe.yaml'));
    await fs.symlink('/dev/zero', path.join(dir, 'zero.yaml'));
    const r = await readManifestFiles(['.'], undefined, dir);
    expect(r.files).toEqual([]);
    expect(r.skipped).toEqual([expect.objectContaining({ path: 'zero.yaml', code: 'symlink-outside' })]);
    // Named on the command line, they are a usage error, not a hang.
    await expect(readManifestFiles(['pipe.yaml'], undefined, dir)).rejects.toThrow(UserError);
    await expect(readManifestFiles(['/dev/zero'], undefined, dir)).rejects.toThrow(/not a file or a directory/);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file or directory it may not read instead of throwing', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, 'locked.yaml'), pod('locked'));
    await fs.chmod(path.join(dir, 'locked.yaml'), 0);
    await fs.mkdir(path.join(dir, 'closed'));
    await fs.chmod(path.join(dir, 'closed'), 0);
    const r = await readManifestFiles(['.'], undefined, dir);
    expect(r.skipped.map((s) => [s.path, s.code])).toEqual([
      ['closed', 'unreadable-file'],
      ['locked.yaml', 'unreadable-file'],
    ]);
  });
});

describe('file names', () => {
  const names = ['with space.yaml', 'new\nline.yaml', 'ünïcødé-名前.yaml', "quote'\"$(x).yaml", '-dash.yaml'];

  it('reads files with spaces, newlines, unicode and shell characters in their names', async () => {
    const dir = await tempDir();
    for (const [i, n] of names.entries()) await fs.writeFile(path.join(dir, n), pod(`p${i}`));
    const r = await readManifestFiles(['.'], undefined, dir);
    expect(r.files.map((f) => f.path).sort()).toEqual([...names].sort());
    expect(r.skipped).toEqual([]);
  });

  it('reads them from a git tree too', async () => {
    const dir = await tempDir();
    git(dir, 'init', '-q');
    for (const [i, n] of names.entries()) await fs.writeFile(path.join(dir, n), pod(`p${i}`));
    git(dir, 'add', '--', ...names);
    git(dir, 'commit', '-q', '-m', 'names');
    const r = await readGitTree('HEAD', undefined, dir);
    expect(r.files.map((f) => f.path).sort()).toEqual([...names].sort());
    expect(r.files.find((f) => f.path === 'new\nline.yaml')?.text).toBe(pod('p1'));
  });
});

describe('readGitTree', () => {
  let repo: string;
  let outside: string;
  beforeAll(async () => {
    repo = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'flowgate-git-')));
    outside = path.join(path.dirname(repo), `${path.basename(repo)}-secret.yaml`);
    await fs.writeFile(outside, pod('secret'));
    git(repo, 'init', '-q');
    await fs.mkdir(path.join(repo, 'k8s'));
    await fs.writeFile(path.join(repo, 'k8s/app.yaml'), pod('app'));
    await fs.symlink('/etc/passwd', path.join(repo, 'k8s/passwd.yaml'));
    await fs.symlink(`../../${path.basename(outside)}`, path.join(repo, 'k8s/secret.yaml'));
    await fs.symlink('app.yaml', path.join(repo, 'k8s/same.yaml'));
    await fs.symlink('../README', path.join(repo, 'k8s/readme.yaml'));
    await fs.writeFile(path.join(repo, 'README'), 'not a manifest\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'links');
    return async () => {
      await fs.rm(repo, { recursive: true, force: true });
      await fs.rm(outside, { force: true });
    };
  });

  it('reads a symbolic link (mode 120000) as the work tree does: out of the repository refused, in-tree targets followed once', async () => {
    expect(git(repo, 'ls-tree', 'HEAD', 'k8s/passwd.yaml')).toMatch(/^120000 /);
    const r = await readGitTree('HEAD', undefined, repo);
    // same.yaml leads to a scanned file (read under its own path); readme.yaml to an unscanned one, read under the link's path.
    expect(r.files).toEqual([
      { path: 'k8s/app.yaml', text: pod('app') },
      { path: 'k8s/readme.yaml', text: 'not a manifest\n' },
    ]);
    expect(r.skipped).toEqual([
      expect.objectContaining({ path: 'k8s/passwd.yaml', code: 'symlink-outside' }),
      expect.objectContaining({ path: 'k8s/secret.yaml', code: 'symlink-outside' }),
    ]);
  });

  it('reads a tree of links exactly as the work tree of the same commit (chains, linked folders, loops, broken links)', async () => {
    const dir = await fs.realpath(await tempDir());
    git(dir, 'init', '-q');
    await fs.mkdir(path.join(dir, 'k8s'));
    await fs.mkdir(path.join(dir, '.policies/deep'), { recursive: true });
    await fs.writeFile(path.join(dir, '.policies/deep/np.yaml'), pod('np'));
    await fs.writeFile(path.join(dir, 'k8s/app.yaml'), pod('app'));
    await fs.symlink('deep', path.join(dir, '.policies/link-dir'));
    await fs.symlink('../.policies/link-dir/np.yaml', path.join(dir, 'k8s/via-folder.yaml'));
    await fs.symlink('via-folder.yaml', path.join(dir, 'k8s/chain.yaml'));
    await fs.symlink('../.policies/chain', path.join(dir, 'k8s/hidden-chain.yaml'));
    await fs.symlink('deep/np.yaml', path.join(dir, '.policies/chain'));
    await fs.symlink('loop-b.yaml', path.join(dir, 'k8s/loop-a.yaml'));
    await fs.symlink('loop-a.yaml', path.join(dir, 'k8s/loop-b.yaml'));
    await fs.symlink('nothing.yaml', path.join(dir, 'k8s/broken.yaml'));
    await fs.symlink('../.policies', path.join(dir, 'k8s/folder.yaml'));
    await fs.symlink('/etc/hosts', path.join(dir, 'k8s/up.yaml'));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'links');
    const fromTree = await readGitTree('HEAD', undefined, dir);
    const fromDisk = await readManifestFiles([dir], undefined, dir);
    const byPath = <T extends { path: string }>(xs: T[]) => [...xs].sort((a, b) => (a.path < b.path ? -1 : 1));
    expect(byPath(fromTree.files)).toEqual(byPath(fromDisk.files));
    expect(byPath(fromTree.skipped).map((s) => [s.path, s.code, s.severity])).toEqual(byPath(fromDisk.skipped).map((s) => [s.path, s.code, s.severity]));
    expect(byPath(fromTree.files).map((f) => f.path)).toEqual(['k8s/app.yaml', 'k8s/chain.yaml', 'k8s/hidden-chain.yaml', 'k8s/via-folder.yaml']);
  });

  it('refuses a link to a folder whose files the globs would read only through the link, on both sides alike', async () => {
    const dir = await fs.realpath(await tempDir());
    git(dir, 'init', '-q');
    await fs.mkdir(path.join(dir, 'k8s'));
    await fs.mkdir(path.join(dir, 'deploy'));
    await fs.mkdir(path.join(dir, '.hidden'));
    await fs.writeFile(path.join(dir, 'k8s/app.yaml'), pod('app'));
    await fs.writeFile(path.join(dir, 'deploy/web.yaml'), pod('web'));
    await fs.writeFile(path.join(dir, '.hidden/allow.yaml'), pod('hidden'));
    // A deploy tool that follows k8s/extra applies .hidden/allow.yaml; k8s/current leads to files read anyway.
    await fs.symlink('../.hidden', path.join(dir, 'k8s/extra'));
    await fs.symlink('../deploy', path.join(dir, 'k8s/current'));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'folder links');
    for (const r of [await readGitTree('HEAD', undefined, dir), await readManifestFiles([dir], undefined, dir)]) {
      expect(r.files.map((f) => f.path).sort()).toEqual(['deploy/web.yaml', 'k8s/app.yaml']);
      expect(r.skipped).toEqual([expect.objectContaining({ path: 'k8s/extra', code: 'symlink-directory' })]);
      expect(r.skipped[0]!.severity).toBeUndefined();
      expect(r.skipped[0]!.reason).toContain('.hidden/allow.yaml');
    }
  });

  it('reports a policy in a dot path, and nothing else there, alike in a revision and on disk (dot-paths.ts)', async () => {
    const dir = await fs.realpath(await tempDir());
    git(dir, 'init', '-q');
    await fs.mkdir(path.join(dir, 'k8s/.x'), { recursive: true });
    await fs.mkdir(path.join(dir, '.github/workflows'), { recursive: true });
    await fs.writeFile(path.join(dir, 'k8s/app.yaml'), pod('app'));
    await fs.writeFile(path.join(dir, 'k8s/.open.yaml'), 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: open}\nspec: {podSelector: {}}\n');
    await fs.writeFile(path.join(dir, 'k8s/.x/list.json'), '{"apiVersion": "v1", "kind": "List", "items": [{"apiVersion": "cilium.io/v2", "kind": "CiliumNetworkPolicy", "metadata": {"name": "c"}}]}');
    await fs.writeFile(path.join(dir, 'k8s/.x/pod.yaml'), pod('hidden'));
    await fs.writeFile(path.join(dir, '.github/workflows/ci.yml'), 'on: push\njobs: {x: {runs-on: "${{ matrix.os }}", steps: [{run: "echo {{ x }}"}]}}\n');
    // A policy kept in a dot folder and read through a link is analysed: no error for it.
    await fs.mkdir(path.join(dir, '.policies'));
    await fs.writeFile(path.join(dir, '.policies/np.yaml'), 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np}\nspec: {podSelector: {}}\n');
    await fs.symlink('../.policies/np.yaml', path.join(dir, 'k8s/linked.yaml'));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'dot paths');
    for (const r of [await readGitTree('HEAD', undefined, dir), await readManifestFiles([dir], undefined, dir)]) {
      expect(r.files.map((f) => f.path).sort()).toEqual(['k8s/app.yaml', 'k8s/linked.yaml']);
      expect(r.skipped.map((s) => [s.path, s.code, s.severity, s.reason.split(' in a dot')[0]]).sort()).toEqual([
        ['k8s/.open.yaml', 'dot-path-policy', undefined, 'holds NetworkPolicy open'],
        ['k8s/.x/list.json', 'dot-path-policy', undefined, 'holds CiliumNetworkPolicy c'],
      ]);
    }
  });

  it('reports a dot-path file above the size limit, whose policies cannot be told, alike in a revision and on disk', async () => {
    const dir = await fs.realpath(await tempDir());
    git(dir, 'init', '-q');
    await fs.writeFile(path.join(dir, '.big.yaml'), Buffer.alloc(MAX_FILE_BYTES + 1, '#'));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'big dot file');
    for (const r of [await readGitTree('HEAD', undefined, dir), await readManifestFiles([dir], undefined, dir)]) {
      expect(r.skipped.map((s) => [s.path, s.code, s.severity])).toEqual([['.big.yaml', 'dot-path-too-large', undefined]]);
    }
  });

  it('reports a blob above the size limit without reading it into the analysis', async () => {
    const dir = await tempDir();
    git(dir, 'init', '-q');
    await fs.writeFile(path.join(dir, 'big.yaml'), Buffer.alloc(MAX_FILE_BYTES + 1, 'a'));
    await fs.writeFile(path.join(dir, 'small.yaml'), pod('small'));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'big');
    const r = await readGitTree('HEAD', undefined, dir);
    expect(r.files.map((f) => f.path)).toEqual(['small.yaml']);
    expect(r.skipped).toEqual([expect.objectContaining({ path: 'big.yaml', code: 'file-too-large' })]);
  });

  const hostile = (canary: string) => [
    `--output=${canary}`,
    `--output=${canary} HEAD`,
    '-h',
    '--help',
    '',
    'HEAD;rm -rf /',
    `HEAD;touch ${canary}`,
    `$(touch ${canary})`,
    `\`touch ${canary}\``,
    `HEAD\n--output=${canary}`,
    'HEAD\u0000',
    'HEAD|id',
    'no-such-branch',
  ];

  it('rejects a hostile or unknown ref as a user error, and runs nothing', async () => {
    const canary = path.join(await tempDir(), 'pwned');
    for (const ref of hostile(canary)) {
      await expect(readGitTree(ref, undefined, repo), JSON.stringify(ref)).rejects.toThrow(UserError);
    }
    expect(existsSync(canary)).toBe(false);
    // A real revision expression still works.
    expect((await readGitTree('HEAD~0', undefined, repo)).files.map((f) => f.path)).toEqual(['k8s/app.yaml', 'k8s/readme.yaml']);
  });

  it('the CLI turns a hostile ref into exit 2 with a message, and no stack trace', async () => {
    const canary = path.join(await tempDir(), 'pwned');
    for (const ref of hostile(canary)) {
      const run = await cli(repo, 'reach', `git:${ref}`);
      expect(run.code, JSON.stringify(ref)).toBe(2);
      expect(run.stderr).toMatch(/^flowgate: git:/);
      expect(run.stderr).not.toMatch(/^\s+at /m);
    }
    // And as a real process, through the bundle (built by test/global-setup.ts).
    let status = 0;
    try {
      execFileSync(process.execPath, [CLI, 'diff', `git:--output=${canary}`, 'git:HEAD'], { cwd: repo, stdio: 'pipe' });
    } catch (e) {
      status = (e as { status: number }).status;
    }
    expect(status).toBe(2);
    expect(existsSync(canary)).toBe(false);
  });
});
