import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { analyzeDiff, type DiffAnalysis } from '../analyze';
import type { Rename } from '../diff/moved-out';
import { UserError } from '../errors';
import { createClient, type GitHubClient } from '../github/client';
import { listPullFiles, MAX_PULL_FILES, renamesOf, type PullFiles } from '../github/pull-files';
import { fetchMergeBase, fetchPullRequest, pullRequestRef, type PullRequestRef } from '../github/pull-request';
import { findComment } from '../github/sticky-comment';
import { readHeadCommit, renamedSince } from '../io/git';
import { globMatcher } from '../io/globs';
import { escapeMarkdown } from '../report/render/escape';
import { MARKER, MAX_COMMENT_CHARS, renderMarkdown } from '../report/render/markdown';
import { diffJsonChunks } from '../report/render/json';
import { writeChunksToFile } from '../io/write-chunks';
import { buildAnnotations } from './annotations';
import { readRunContext, type RunContext } from './context';
import { workflowEditNote, workflowPath } from './workflow-ref';
import { DEFAULT_RULES_FILE, parseInputs, type ActionInputs } from './inputs';
import { COMMENT_LIMIT, logAnnotations, publishCheckRun, publishComment, renderWithin, setOutputs, SUMMARY_LIMIT_BYTES, writeSummary, ZERO_OUTPUTS } from './publish';
import { readBase, readHead, readWorkTreeFile } from './read-sides';
import { chooseBase } from './resolve-base';

/** Character budget of the job summary handed to the renderer (it folds detail to stay within it). */
const SUMMARY_BUDGET = 1_000_000;

/** What the pipeline can be given instead of the real thing (tests inject a client). */
export interface RunDeps {
  env?: Readonly<Record<string, string | undefined>>;
  client?: GitHubClient;
}

const coreLog = { debug: core.debug, info: core.info, warn: (m: string) => core.warning(m), error: (m: string) => core.error(m) };

async function resolvePullRequest(ctx: RunContext, inputs: ActionInputs, client: GitHubClient | null): Promise<PullRequestRef | null> {
  const pr = ctx.payload.pull_request as Parameters<typeof pullRequestRef>[1] | undefined;
  if (pr) return pullRequestRef(ctx.repo, pr);
  if (inputs.prNumber === null) {
    if (ctx.eventName === 'workflow_dispatch') throw new UserError('on workflow_dispatch, give the pull request to analyse as the pr-number input');
    return null;
  }
  if (!client) throw new UserError('reading pull request by pr-number needs a token');
  return fetchPullRequest(client, ctx.repo, inputs.prNumber);
}

async function listChanged(client: GitHubClient | null, pr: PullRequestRef): Promise<PullFiles | null> {
  if (!client) return null;
  try {
    const changed = await listPullFiles(client, pr, pr.number);
    if (changed.truncated) {
      core.warning(`GitHub lists at most ${MAX_PULL_FILES.toLocaleString('en-US')} changed files of a pull request, and this one reaches that: the list may be truncated, so the whole base and head trees are compared`);
    }
    return changed;
  } catch (e) {
    core.warning(`could not list the pull request's changed files (${(e as Error).message}); analysing the whole tree`);
    return null;
  }
}

/** A PR that touches no manifest: say so, and refresh an earlier report rather than leave it stale. */
async function finishWithoutManifests(client: GitHubClient, pr: PullRequestRef, inputs: ActionInputs, changed: PullFiles, workflowNote: string | null): Promise<void> {
  const none = `This pull request changes ${changed.files.length} file${changed.files.length === 1 ? '' : 's'}, none of them a Kubernetes manifest (${inputs.manifests.join(', ')}): no network flow changes.`;
  core.info(none);
  // The globs and the workflow's path may be the pull request's own (it can edit the workflow).
  const note = [none, workflowNote].filter(Boolean).map((n) => escapeMarkdown(n!)).join('\n\n');
  setOutputs(ZERO_OUTPUTS);
  await writeSummary(`### flowgate\n\n${note}\n`);
  if (inputs.comment === 'update') {
    const earlier = await findComment(client, pr, pr.number, MARKER).catch(() => null);
    if (earlier) await publishComment(client, pr, `${MARKER}\n### flowgate: network flows changed by this pull request\n\n${note}\n`);
  }
}

async function pickBaseSha(workspace: string, pr: PullRequestRef, client: GitHubClient | null): Promise<string> {
  const choice = chooseBase(await readHeadCommit(workspace), pr);
  if (choice.kind === 'merge') core.info(`work tree: the test merge commit of #${pr.number}; base: its first parent ${choice.baseSha}`);
  if (choice.kind === 'other') core.warning(`the work tree is neither the head ${pr.headSha} of #${pr.number} nor its merge commit; comparing it with base ${pr.baseSha}`);
  if (choice.baseSha) return choice.baseSha;
  // The work tree is the PR head: compare with the merge base, as GitHub's PR diff does.
  if (client) {
    try {
      const mergeBase = await fetchMergeBase(client, pr, pr.baseSha, pr.headSha);
      core.info(`work tree: the head of #${pr.number}; base: the merge base ${mergeBase}`);
      return mergeBase;
    } catch (e) {
      core.warning(`could not find the merge base (${(e as Error).message}); comparing with the base branch tip ${pr.baseSha}`);
    }
  }
  return pr.baseSha;
}

function rulesNoteOf(inputs: ActionInputs, pr: PullRequestRef, baseRules: string | null, headRules: string | null): string {
  const where = `${inputs.rulesFile} on the base branch ${pr.baseRef}`;
  if (baseRules === null) return `No rules file at ${where}: no rule was checked.`;
  if (headRules !== baseRules) {
    return `Rules: ${where}. This pull request changes the rules file; the base branch's rules were applied (a pull request cannot change the rules that judge it).`;
  }
  return `Rules: ${where}.`;
}

/** Whether a repository path is a manifest: it matches the globs and is not the rules file. */
function manifestMatcher(inputs: ActionInputs): { keep: (p: string) => boolean; isManifest: (p: string) => boolean } {
  const matches = globMatcher(inputs.manifests);
  const keep = (p: string) => p !== inputs.rulesFile;
  return { keep, isManifest: (p) => keep(p) && matches(p) };
}

/**
 * The files the PR renames: GitHub's list when it is complete, else git's rename detection
 * between the base commit and the work tree (exact moves are always found). Both can be had
 * whenever the analysis runs: the API fallback for the base needs a complete list.
 */
async function renamesIn(workspace: string, baseSha: string, via: 'git' | 'api', changed: PullFiles | null): Promise<Rename[]> {
  if (changed && !changed.truncated) return renamesOf(changed);
  if (via !== 'git') return [];
  try {
    return await renamedSince(workspace, baseSha);
  } catch (e) {
    core.warning(`could not list the files this pull request renames (${(e as Error).message}); manifests moved out of the analysed paths are not detected`);
    return [];
  }
}

async function analyzePullRequest(ctx: RunContext, inputs: ActionInputs, pr: PullRequestRef, client: GitHubClient | null, changed: PullFiles | null): Promise<{ run: DiffAnalysis; rulesNote: string }> {
  const { keep, isManifest } = manifestMatcher(inputs);
  const head = await readHead(ctx.workspace, inputs.manifests, keep);
  const baseSha = await pickBaseSha(ctx.workspace, pr, client);
  const base = await readBase({ workspace: ctx.workspace, baseSha, globs: inputs.manifests, keep, isManifest, rulesFile: inputs.rulesFile, head, changed, client, repo: ctx.repo });
  if (base.via === 'api') core.warning(`git could not fetch the base commit (${base.gitError}); read the base versions of the changed files through the API instead`);
  core.info(`base ${baseSha} (${base.via}): ${base.files.length} manifest files; head (work tree): ${head.files.length}`);
  if (base.rules === null && inputs.rulesFile !== DEFAULT_RULES_FILE) core.warning(`the rules file ${inputs.rulesFile} does not exist on the base branch: no rule was checked`);
  const headRules = await readWorkTreeFile(ctx.workspace, inputs.rulesFile);
  const renames = await renamesIn(ctx.workspace, baseSha, base.via, changed);
  const run = analyzeDiff({
    base: base.files,
    head: head.files,
    baseDiagnostics: base.diagnostics,
    headDiagnostics: head.diagnostics,
    rules: base.rules === null ? null : { path: inputs.rulesFile, text: base.rules },
    options: { defaultNamespace: inputs.defaultNamespace },
    failOn: inputs.failOn,
    movedOut: { renames, globs: inputs.manifests },
  });
  return { run, rulesNote: rulesNoteOf(inputs, pr, base.rules, headRules) };
}

/** The rendered comment, for the fork pattern (README): a small file, written first. */
async function writeCommentFile(dir: string, comment: string): Promise<string> {
  const markdown = path.join(dir, 'comment.md');
  await fs.writeFile(markdown, comment);
  return markdown;
}

/**
 * The JSON report, written in chunks to a file stream (never one string: a report of millions of
 * pairs would not fit in one). It is written after the comment, the check run and the summary, and
 * a failure is a warning: the reviewer still sees the report, and the verdict stands.
 */
async function writeJsonReport(dir: string, run: DiffAnalysis): Promise<string> {
  const json = path.join(dir, 'report.json');
  try {
    await writeChunksToFile(json, diffJsonChunks(run));
    return json;
  } catch (e) {
    core.warning(`flowgate could not write the JSON report in full (${(e as Error).message}); the comment, the check run and the job summary hold the report.`);
    await fs.rm(json, { force: true }).catch(() => undefined);
    return '';
  }
}

/**
 * The action: inputs → pull request → changed files → base and head trees → analyzeDiff → job
 * summary (always), annotations, sticky comment and check run (when the token may), then the JSON
 * report and the outputs, and the verdict (setFailed with the one-line reason).
 */
export async function run(deps: RunDeps = {}): Promise<void> {
  const env = deps.env ?? process.env;
  const inputs = parseInputs((name) => core.getInput(name));
  if (inputs.token) core.setSecret(inputs.token);
  const ctx = readRunContext(env);
  const client = deps.client ?? (inputs.token ? createClient({ token: inputs.token, baseUrl: ctx.apiUrl, log: coreLog }) : null);
  if (!client) core.warning('no token: no comment, no check run, and the base can only be fetched with git');
  const pr = await resolvePullRequest(ctx, inputs, client);
  if (!pr) {
    core.notice(`flowgate analyses pull requests; the ${ctx.eventName || 'current'} event has none (on workflow_dispatch, give pr-number).`);
    setOutputs(ZERO_OUTPUTS);
    await writeSummary(`### flowgate\n\nNothing to analyse: the ${ctx.eventName || 'current'} event is not about a pull request.\n`);
    return;
  }
  const changed = await listChanged(client, pr);
  const workflowNote = workflowEditNote(workflowPath(env.GITHUB_WORKFLOW_REF, ctx.repo), changed);
  if (workflowNote) core.warning(workflowNote);
  const { isManifest } = manifestMatcher(inputs);
  // fail-on: any judges the whole tree, so even a PR without manifest changes is analysed.
  if (client && changed && !changed.truncated && inputs.failOn !== 'any' && !changed.files.some((f) => isManifest(f.path) || (f.previousPath !== undefined && isManifest(f.previousPath)))) {
    await finishWithoutManifests(client, pr, inputs, changed, workflowNote);
    return;
  }
  const analysed = await analyzePullRequest(ctx, inputs, pr, client, changed);
  const result = analysed.run;
  const rulesNote = workflowNote ? `${analysed.rulesNote} ${workflowNote}` : analysed.rulesNote;
  const summaryUrl = ctx.runUrl ?? undefined;
  const comment = renderWithin((maxChars) => renderMarkdown(result, { maxChars, summaryUrl, rulesNote }), MAX_COMMENT_CHARS, COMMENT_LIMIT, (s) => s.length);
  const summary = renderWithin((maxChars) => renderMarkdown(result, { maxChars, rulesNote }), SUMMARY_BUDGET, SUMMARY_LIMIT_BYTES, (s) => Buffer.byteLength(s));
  const dir = await fs.mkdtemp(path.join(ctx.runnerTemp, 'flowgate-'));
  const reportMarkdown = await writeCommentFile(dir, comment);
  const c = result.counts;
  await writeSummary(summary);
  core.info(`flowgate: ${result.reason} (opened ${c.opened}, closed ${c.closed}, changed ${c.portsChanged}, violations ${c.violations}, new ${c.newViolations}, input errors ${c.errors})`);
  const annotations = buildAnnotations(result, inputs.failOn);
  logAnnotations(annotations);
  if (client && inputs.comment === 'update') await publishComment(client, pr, comment);
  if (client) await publishCheckRun(client, { run: result, pr, annotations, text: comment, detailsUrl: ctx.runUrl });
  // The JSON report last, and on its own: the reviewer has the comment and the check by then.
  const reportJson = await writeJsonReport(dir, result);
  setOutputs({ opened: c.opened, closed: c.closed, changed: c.portsChanged, violations: c.violations, newViolations: c.newViolations, reportJson, reportMarkdown });
  if (result.exitCode !== 0) core.setFailed(result.reason);
}
