import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { closest } from '../../src/cli/args';
import { runCli } from '../../src/cli/run';

async function cli(args: string[], tty = false): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s), isTTY: tty }, cwd: path.resolve('.') };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

const BASE = 'test/fixtures/three-tier/base';
const HEAD = 'test/fixtures/three-tier/head';

describe('flowgate CLI', () => {
  it('prints its version', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `flowgate ${version}\n`, stderr: '' });
  });

  it('help names every option with its default', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/--format text\|md\|json\|ndjson\|sarif +report format .*\(default: text\)/);
    expect(stdout).toMatch(/--fail-on new\|any\|never +.*\(default: new\)/);
    expect(stdout).toContain('3 internal error');
  });

  it('an unknown option: "did you mean", the usage, exit 2', async () => {
    const { code, stderr } = await cli(['diff', BASE, HEAD, '--fromat', 'md']);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('flowgate: unknown option --fromat (did you mean --format?)');
    expect(stderr).toContain('usage:');
  });

  it('a bad value of a choice: the choices and a guess', async () => {
    const { code, stderr } = await cli(['diff', BASE, HEAD, '--fail-on', 'nwe']);
    expect(code).toBe(2);
    expect(stderr).toContain('--fail-on must be one of new, any, never, not "nwe" (did you mean new?)');
  });

  it('--out to a missing directory: a clear error, no stack, no usage, exit 2', async () => {
    const { code, stderr } = await cli(['diff', BASE, HEAD, '--out', '/nonexistent/dir/out.md']);
    expect(code).toBe(2);
    expect(stderr).toBe('flowgate: --out /nonexistent/dir/out.md: cannot write the report (the directory /nonexistent/dir does not exist)\n');
  });

  it('writes --out, and shows progress on a terminal only', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'flowgate-cli-')), 'r.sarif');
    const piped = await cli(['diff', BASE, HEAD, '--format', 'sarif', '--out', out]);
    expect(piped).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
    const tty = await cli(['diff', BASE, HEAD, '--out', out], true);
    expect(tty.stderr).toContain('flowgate: read ');
    expect(tty.stderr.endsWith('\r\u001b[K')).toBe(true);
  });

  it('reach shows lint warnings in every format', async () => {
    const dir = 'test/fixtures/ipblock-except/head';
    for (const format of ['text', 'md'] as const) expect((await cli(['reach', dir, '--format', format])).stdout).toContain('DNS blocked by egress isolation (A-33)');
    const json = JSON.parse((await cli(['reach', dir, '--format', 'json'])).stdout) as { warnings: { code: string }[] };
    expect(json.warnings.map((w) => w.code)).toContain('dns-blocked');
  });

  it.each([
    ['fromat', ['format', 'fail-on', 'out'], 'format'],
    ['ruels', ['rules', 'format'], 'rules'],
    ['xyz', ['rules', 'format'], null],
  ])('closest(%s) is %s', (word, known, want) => {
    expect(closest(word, known)).toBe(want);
  });
});
