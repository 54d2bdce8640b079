import { promises as fs } from 'node:fs';
import path from 'node:path';
import { findProgram, isInside } from './find-program';
import { runTool } from './run-tool';

/** The render programs found on PATH, and the environment they run in. */
export interface RenderTools {
  helm: string | null;
  /** `kustomize build` or `kubectl kustomize`: the program and the arguments before the folder. */
  kustomize: { program: string; args: readonly string[] } | null;
  /** The PATH entries a render may use (absolute, outside the repository). */
  path: string;
  /** Folders whose programs never run: the work tree, the extracted base. */
  untrusted: readonly string[];
  /** Milliseconds per render. */
  timeoutMs?: number;
}

/**
 * Finds helm and kustomize (or kubectl, whose `kustomize` subcommand is the same code) on PATH,
 * skipping every folder of the repository (find-program.ts).
 */
export async function findTools(pathVar: string, untrusted: readonly string[], timeoutMs?: number): Promise<RenderTools> {
  const entries = pathVar.split(path.delimiter).filter((d) => d && path.isAbsolute(d) && !untrusted.some((u) => isInside(path.resolve(d), path.resolve(u))));
  const safePath = entries.join(path.delimiter);
  const [helm, kustomize, kubectl] = await Promise.all(['helm', 'kustomize', 'kubectl'].map((n) => findProgram(n, safePath, untrusted)));
  const k = kustomize ? { program: kustomize, args: ['build'] } : kubectl ? { program: kubectl, args: ['kustomize'] } : null;
  return { helm: helm ?? null, kustomize: k, path: safePath, untrusted, ...(timeoutMs ? { timeoutMs } : {}) };
}

/** The environment variables of a render: a safe PATH, a scratch home, no cluster, none of the runner's secrets. */
export function toolEnv(tools: RenderTools, scratch: string): Record<string, string> {
  return {
    PATH: tools.path,
    HOME: scratch,
    TMPDIR: scratch,
    HELM_CACHE_HOME: path.join(scratch, 'helm-cache'),
    HELM_CONFIG_HOME: path.join(scratch, 'helm-config'),
    HELM_DATA_HOME: path.join(scratch, 'helm-data'),
    KUBECONFIG: path.join(scratch, 'no-kubeconfig'),
    XDG_CONFIG_HOME: path.join(scratch, 'config'),
  };
}

async function firstLine(program: string, args: readonly string[], tools: RenderTools, scratch: string, clean: (s: string) => string): Promise<string> {
  const r = await runTool({ program, args, cwd: scratch, env: toolEnv(tools, scratch), timeoutMs: 20_000, maxBytes: 64 * 1024 });
  if (!r.ok) return `unknown version (${r.error.split('\n')[0]})`;
  return clean(r.stdout.trim()) || 'unknown version';
}

/** The versions of the tools a run used, for the log and the report's footer: `helm v3.16.2`, `kustomize v5.5.0 (kubectl v1.32.4)`. */
export async function toolVersions(tools: RenderTools, used: { helm: boolean; kustomize: boolean }, scratch: string): Promise<string[]> {
  const out: string[] = [];
  await fs.mkdir(scratch, { recursive: true });
  if (used.helm && tools.helm) out.push(`helm ${await firstLine(tools.helm, ['version', '--short'], tools, scratch, (s) => s.split('\n')[0]!.replace(/\+g[0-9a-f]+$/, ''))}`);
  if (used.kustomize && tools.kustomize) {
    const k = tools.kustomize;
    if (k.args[0] === 'build') out.push(`kustomize ${await firstLine(k.program, ['version'], tools, scratch, (s) => s.split('\n')[0]!.replace(/^\{?Version:/, '').replace(/^kustomize\//, ''))}`);
    else {
      const v = await firstLine(k.program, ['version', '--client'], tools, scratch, (s) => s);
      const kv = /Kustomize Version: (\S+)/.exec(v)?.[1];
      const cv = /Client Version: (\S+)/.exec(v)?.[1];
      out.push(kv || cv ? `kustomize ${kv ?? 'unknown version'} (kubectl ${cv ?? 'unknown version'})` : `kubectl kustomize ${v.split('\n')[0]}`);
    }
  }
  return out;
}
