import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { detectEnvironments, mergeDetected } from '../environments/detect-environments';
import type { EnvironmentSpec } from '../environments/types';
import { UserError } from '../errors';
import { globMatcher, inSkippedDir } from '../io/globs';
import { listTree } from './list-tree';
import { renderEnvironment, type RenderedSide } from './render-environment';
import type { RenderTools } from './tools';
import { toolVersions } from './tools';

/** Renders at once: both sides of an environment, and a second environment, on two cores. */
const CONCURRENCY = 4;

/** Both sides of one environment. */
export interface EnvironmentSides {
  spec: EnvironmentSpec;
  base: RenderedSide;
  head: RenderedSide;
}

export interface RenderedEnvironments {
  environments: EnvironmentSides[];
  /** The environments were detected (the rules file names none). */
  detected: boolean;
  /** Versions of the tools used (`helm v3.16.2`), for the log and the report's footer. */
  tools: string[];
}

export interface RenderRequest {
  /** The rules file's environments; undefined: detect them. */
  specs: readonly EnvironmentSpec[] | undefined;
  /** `--environment`: only these (by name). */
  only?: readonly string[];
  /** The base commit's tree (extracted to a folder) and the head's (the work tree). */
  baseRoot: string;
  headRoot: string;
  /** The manifest globs: what the detected plain environment reads. */
  globs: readonly string[];
  tools: RenderTools;
}

async function pool<T>(jobs: (() => Promise<T>)[], n: number): Promise<T[]> {
  const out: T[] = new Array<T>(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, jobs.length) }, worker));
  return out;
}

async function detect(req: RenderRequest): Promise<EnvironmentSpec[]> {
  const match = globMatcher(req.globs);
  const isManifest = (p: string) => !inSkippedDir(p) && match(p);
  const [base, head] = await Promise.all([listTree(req.baseRoot), listTree(req.headRoot)]);
  return mergeDetected(detectEnvironments(base, req.globs, isManifest), detectEnvironments(head, req.globs, isManifest));
}

function folderOf(spec: EnvironmentSpec): string | null {
  const s = spec.source;
  return s.kind === 'helm' ? s.chart : s.kind === 'kustomize' ? s.path : null;
}

/**
 * Issue 13: the environments to analyse (the rules file's, or detected in both trees), each
 * rendered on both sides, both sides at once. Returns null when the rules file names none and
 * neither tree holds a Helm chart or a kustomization: the manifests are read as they are.
 */
export async function renderEnvironments(req: RenderRequest): Promise<RenderedEnvironments | null> {
  // Every entry of the rules file's list was invalid: its errors are reported, and the manifests read as they are.
  if (req.specs && !req.specs.length) return null;
  const detected = req.specs === undefined;
  let specs = req.specs ? [...req.specs] : await detect(req);
  if (detected && !specs.some((s) => s.source.kind !== 'manifests')) {
    if (req.only?.length) throw new UserError(`--environment: the rules file names no environments, and neither tree holds a Helm chart or a kustomization`);
    return null;
  }
  if (req.only?.length) {
    const unknown = req.only.filter((n) => !specs.some((s) => s.name === n));
    if (unknown.length) throw new UserError(`--environment ${unknown.join(', ')}: no such environment (${detected ? 'detected' : 'defined'}: ${specs.map((s) => s.name).join(', ')})`);
    specs = specs.filter((s) => req.only!.includes(s.name));
  }
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'flowgate-render-'));
  try {
    const jobs = specs.flatMap((spec, i) =>
      (['base', 'head'] as const).map((side) => () => renderEnvironment(spec, side === 'base' ? req.baseRoot : req.headRoot, side, req.tools, path.join(scratch, `${i}-${side}`))),
    );
    const sides = await pool(jobs, CONCURRENCY);
    const environments = specs.map((spec, i) => {
      const base = sides[2 * i]!;
      let head = sides[2 * i + 1]!;
      if (spec.line !== null && !base.absent && head.absent) {
        // A-PR must not empty an environment the base's rules name by removing (or moving) its folder: the rules change first.
        const folder = folderOf(spec)!;
        head = { ...head, diagnostics: [{ severity: 'error', code: 'render-failed', file: folder, line: 1, message: `environment ${spec.name}: the pull request removes ${folder}/, which the rules file names; change the environments in the rules file first (in its own pull request)`, side: 'head' }] };
      }
      if (base.absent && head.absent) {
        const folder = folderOf(spec)!;
        head = { ...head, diagnostics: [{ severity: 'error', code: 'render-failed', file: folder, line: 1, message: `environment ${spec.name}: ${folder}/ exists on neither side`, side: 'head' }] };
      }
      return { spec, base, head };
    });
    const used = { helm: specs.some((s) => s.source.kind === 'helm' || (s.source.kind === 'kustomize' && s.source.enableHelm)), kustomize: specs.some((s) => s.source.kind === 'kustomize') };
    return { environments, detected, tools: await toolVersions(req.tools, used, path.join(scratch, 'versions')) };
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
}
