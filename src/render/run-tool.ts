import { spawn } from 'node:child_process';

/** The most a render may print: a rendered environment is megabytes, never this. */
export const MAX_RENDER_BYTES = 64 * 1024 * 1024;
/** The most of stderr kept for a message. */
const MAX_STDERR_CHARS = 4000;
/** The time limit of one render. */
export const RENDER_TIMEOUT_MS = 120_000;

export type ToolResult = { ok: true; stdout: string; stderr: string } | { ok: false; error: string };

export interface ToolRun {
  program: string;
  args: readonly string[];
  cwd: string;
  env: Readonly<Record<string, string>>;
  timeoutMs?: number;
  maxBytes?: number;
}

function tail(s: string): string {
  const t = s.trim();
  return t.length > MAX_STDERR_CHARS ? `…${t.slice(-MAX_STDERR_CHARS)}` : t;
}

/**
 * Runs a program without a shell (argv as given), with a time limit and a cap on its output.
 * A non-zero exit, a signal, a time-out or too much output is a failure carrying the tool's own
 * message (its stderr); text on stderr alone is not a failure (issue 13).
 */
export function runTool(run: ToolRun): Promise<ToolResult> {
  const timeoutMs = run.timeoutMs ?? RENDER_TIMEOUT_MS;
  const maxBytes = run.maxBytes ?? MAX_RENDER_BYTES;
  return new Promise((resolve) => {
    const child = spawn(run.program, [...run.args], { cwd: run.cwd, env: { ...run.env }, stdio: ['ignore', 'pipe', 'pipe'], shell: false });
    const out: Buffer[] = [];
    let outBytes = 0;
    let err = '';
    let stopped: string | null = null;
    const stop = (why: string) => {
      if (stopped) return;
      stopped = why;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop(`timed out after ${timeoutMs / 1000} s`), timeoutMs);
    child.stdout.on('data', (b: Buffer) => {
      outBytes += b.length;
      if (outBytes > maxBytes) stop(`printed more than ${Math.round(maxBytes / 1024 / 1024)} MiB`);
      else out.push(b);
    });
    child.stderr.on('data', (b: Buffer) => {
      if (err.length < 4 * MAX_STDERR_CHARS) err += b.toString('utf8');
      else err = err.slice(-2 * MAX_STDERR_CHARS) + b.toString('utf8');
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ ok: false, error: e.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const msg = tail(err);
      if (stopped) resolve({ ok: false, error: `${stopped}${msg ? `: ${msg}` : ''}` });
      else if (code !== 0) resolve({ ok: false, error: `exited with ${code === null ? `signal ${signal}` : `status ${code}`}${msg ? `: ${msg}` : ''}` });
      else resolve({ ok: true, stdout: Buffer.concat(out).toString('utf8'), stderr: msg });
    });
  });
}
