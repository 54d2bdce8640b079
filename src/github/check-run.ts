import type { GitHubClient } from './client';
import { repoParams, type RepoRef } from './pull-request';

/** The Checks API takes at most 50 annotations a request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** The Checks API limit for output.title, output.summary and output.text. */
export const MAX_OUTPUT_CHARS = 65_535;

export type AnnotationLevel = 'notice' | 'warning' | 'failure';

/** An annotation on a line of a file of the checked commit. */
export interface CheckAnnotation {
  path: string;
  startLine: number;
  endLine?: number;
  level: AnnotationLevel;
  title?: string;
  message: string;
}

export type CheckConclusion = 'success' | 'failure' | 'neutral';

export interface CheckRunInput {
  name: string;
  headSha: string;
  conclusion: CheckConclusion;
  title: string;
  summary: string;
  text?: string;
  annotations: readonly CheckAnnotation[];
  detailsUrl?: string;
}

export interface CheckRunResult {
  id: number;
  url: string;
  /** Requests made: one create and one update per further batch of 50. */
  requests: number;
}

function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  // Never cut a surrogate pair in half: a lone surrogate is not Unicode, and the API may refuse it.
  const end = /[\ud800-\udbff]/.test(s[max - 2]!) ? max - 2 : max - 1;
  return `${s.slice(0, end)}…`;
}

function toApi(a: CheckAnnotation) {
  return {
    path: a.path,
    start_line: a.startLine,
    end_line: a.endLine ?? a.startLine,
    annotation_level: a.level,
    // The API rejects over-long fields: title 255, message 64 KiB.
    message: clip(a.message, 4096),
    ...(a.title ? { title: clip(a.title, 255) } : {}),
  };
}

/**
 * Creates a completed check run on the head commit with its first 50 annotations, then adds
 * the rest 50 at a time by updating it (GitHub appends annotations on each update).
 */
export async function writeCheckRun(client: GitHubClient, repo: RepoRef, input: CheckRunInput): Promise<CheckRunResult> {
  const output = (batch: readonly CheckAnnotation[]) => ({
    title: clip(input.title, 255),
    summary: clip(input.summary, MAX_OUTPUT_CHARS),
    ...(input.text ? { text: clip(input.text, MAX_OUTPUT_CHARS) } : {}),
    annotations: batch.map(toApi),
  });
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < input.annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(input.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const { data } = await client.rest.checks.create({
    ...repoParams(repo),
    name: input.name,
    head_sha: input.headSha,
    status: 'completed',
    conclusion: input.conclusion,
    ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
    output: output(batches[0] ?? []),
  });
  for (const batch of batches.slice(1)) {
    await client.rest.checks.update({ ...repoParams(repo), check_run_id: data.id, output: output(batch) });
  }
  return { id: data.id, url: data.html_url ?? '', requests: Math.max(1, batches.length) };
}
