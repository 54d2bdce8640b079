import * as core from '@actions/core';
import type { DiffAnalysis } from '../analysis-result';
import { writeCheckRun, type CheckConclusion } from '../github/check-run';
import { httpStatus, isPermissionError, isRateLimitError, type GitHubClient } from '../github/client';
import type { PullRequestRef } from '../github/pull-request';
import { upsertComment } from '../github/sticky-comment';
import { MARKER } from '../report/render/markdown';
import type { Annotation } from './annotations';

/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;
/** The job summary of a step may hold at most 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Workflow-command annotations shown per level (GitHub itself shows 10 per step and level). */
const LOG_ANNOTATIONS = 50;
/** Check-run annotations: 20 requests of 50 at most. */
const CHECK_ANNOTATIONS = 1000;

/**
 * The check run's name: not "flowgate", which is often the job's name too; two checks of one
 * name would be ambiguous as a required status check.
 */
export const CHECK_NAME = 'flowgate report';

/** The action's outputs (action.yml lists them). */
export interface Outputs {
  opened: number;
  closed: number;
  changed: number;
  violations: number;
  newViolations: number;
  reportJson: string;
  reportMarkdown: string;
  /** The SARIF log (always written, empty when there is nothing to report). */
  sarifFile: string;
}

export const ZERO_OUTPUTS: Outputs = { opened: 0, closed: 0, changed: 0, violations: 0, newViolations: 0, reportJson: '', reportMarkdown: '', sarifFile: '' };

export function setOutputs(o: Outputs): void {
  core.setOutput('opened', o.opened);
  core.setOutput('closed', o.closed);
  core.setOutput('changed', o.changed);
  core.setOutput('violations', o.violations);
  core.setOutput('new-violations', o.newViolations);
  core.setOutput('report-json', o.reportJson);
  core.setOutput('report-markdown', o.reportMarkdown);
  core.setOutput('sarif-file', o.sarifFile);
}

/** Appends Markdown to the job summary; a runner without one (a local run) only logs it. */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set: no job summary written');
    return;
  }
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (e) {
    core.warning(`could not write the job summary (${(e as Error).message})`);
  } finally {
    core.summary.emptyBuffer();
  }
}

/**
 * Renders within a size limit: `render(budget)` must honour its character budget; the budget
 * shrinks until the text also fits `limit` in the unit that the limit counts (multi-byte
 * characters make bytes exceed characters).
 */
export function renderWithin(render: (maxChars: number) => string, budget: number, limit: number, size: (s: string) => number, marker = MARKER): string {
  let b = budget;
  for (let i = 0; i < 8; i++) {
    const text = render(b);
    if (size(text) < limit) return text;
    b = Math.floor(b * 0.7);
  }
  return `${marker}\nThe flowgate report is too large to show here; it is in the job summary and the JSON report.\n`;
}

/**
 * The comment's last line: the comment is flowgate's, rewritten whole on every push, so nothing a
 * person writes into it survives; saying so keeps reviewers from losing their notes.
 */
export const COMMENT_FOOTER = '\n\n_flowgate rewrites this comment on every push: anything edited into it is lost. Reply in a comment of your own._\n';

/** A rendered comment with its footer (the renderer is given the footer's length less). */
export function withFooter(body: string): string {
  return `${body.replace(/\n+$/, '')}${COMMENT_FOOTER}`;
}

/**
 * Posts or edits the sticky comment, written by `author` (the token's own login). Never throws:
 * a failure leaves the report in the summary.
 */
export async function publishComment(client: GitHubClient, pr: PullRequestRef, body: string, author: string, marker = MARKER): Promise<string | null> {
  try {
    const r = await upsertComment(client, pr, pr.number, marker, body, author);
    core.info(`comment ${r.action}: ${r.url}`);
    return r.url;
  } catch (e) {
    if (isPermissionError(e)) {
      core.warning(
        `flowgate cannot comment on pull request #${pr.number}: the token is read-only${pr.fromFork ? ' (a pull request from a fork gets a read-only token on pull_request)' : ' (grant `pull-requests: write`)'}. ` +
          'The report is in the job summary; the README shows the trusted set-up (pull_request_target) that comments on forks.',
      );
    } else if (isRateLimitError(e)) {
      core.warning(`GitHub's rate limit kept flowgate from posting its comment on pull request #${pr.number} (${(e as Error).message}); the report is in the job summary.`);
    } else {
      core.warning(`flowgate could not post its comment on pull request #${pr.number} (${httpStatus(e) ?? ''} ${(e as Error).message}); the report is in the job summary.`);
    }
    return null;
  }
}

function commandProps(a: Annotation): core.AnnotationProperties {
  return { title: a.title, ...(a.at ? { file: a.at.file, startLine: a.at.line } : {}) };
}

/** Workflow-command annotations (`::error file=...,line=...::`), the first 50 of each level. */
export function logAnnotations(annotations: readonly Annotation[]): void {
  const shown = { failure: 0, warning: 0, notice: 0 };
  for (const a of annotations) {
    if (shown[a.level]++ >= LOG_ANNOTATIONS) continue;
    const emit = a.level === 'failure' ? core.error : a.level === 'warning' ? core.warning : core.notice;
    emit(a.message, commandProps(a));
  }
  for (const level of ['failure', 'warning', 'notice'] as const) {
    if (shown[level] > LOG_ANNOTATIONS) core.info(`${shown[level] - LOG_ANNOTATIONS} more ${level} annotations are in the check run and the report`);
  }
}

function conclusion(run: CheckRequest['run']): CheckConclusion {
  if (run.exitCode !== 0) return 'failure';
  return run.counts.violations ? 'neutral' : 'success';
}

export interface CheckRequest {
  /** One analysis, or the verdict over environments (issue 13). */
  run: Pick<DiffAnalysis, 'exitCode' | 'reason' | 'counts'>;
  pr: PullRequestRef;
  annotations: readonly Annotation[];
  text: string;
  detailsUrl: string | null;
}

/**
 * A check run (CHECK_NAME) on the PR's head commit, with the annotations that have a line.
 * Without `checks: write` (403) it is skipped with a notice: the step's own annotations remain.
 */
export async function publishCheckRun(client: GitHubClient, req: CheckRequest): Promise<void> {
  const { run } = req;
  const pinned = req.annotations.filter((a) => a.at).slice(0, CHECK_ANNOTATIONS);
  const c = run.counts;
  const summary = [
    `**${run.exitCode === 0 ? 'Pass' : 'Fail'}: ${run.reason}**`,
    '',
    `Opened: ${c.opened} · Closed: ${c.closed} · Changed: ${c.portsChanged} · Rule violations: ${c.violations} (${c.newViolations} new) · Input errors: ${c.errors}`,
  ].join('\n');
  const write = (annotations: typeof pinned) =>
    writeCheckRun(client, req.pr, {
      name: CHECK_NAME,
      headSha: req.pr.headSha,
      conclusion: conclusion(run),
      title: run.reason,
      summary,
      text: req.text,
      annotations: annotations.map((a) => ({ path: a.at!.file, startLine: a.at!.line, level: a.level, title: a.title, message: a.message })),
      ...(req.detailsUrl ? { detailsUrl: req.detailsUrl } : {}),
    });
  try {
    let r;
    try {
      r = await write(pinned);
    } catch (e) {
      // 422: an annotation GitHub refuses (a path outside the commit); the verdict still counts.
      if (httpStatus(e) !== 422 || !pinned.length) throw e;
      core.warning(`GitHub refused the check run's annotations (${(e as Error).message}); wrote it without them.`);
      r = await write([]);
    }
    core.info(`check run written: ${r.url} (${pinned.length} annotations, ${r.requests} requests)`);
  } catch (e) {
    if (isPermissionError(e)) core.notice('flowgate wrote no check run: the token lacks `checks: write`. The annotations are on this step.');
    else if (isRateLimitError(e)) core.warning(`GitHub's rate limit kept flowgate from writing its check run (${(e as Error).message}); the annotations are on this step.`);
    else core.warning(`flowgate could not write its check run (${httpStatus(e) ?? ''} ${(e as Error).message}).`);
  }
}
