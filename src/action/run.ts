import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { analyzeDiff } from '../analyze';
import type { Rename } from '../diff/moved-out';
import { UserError } from '../errors';
import { createClient, type GitHubClient } from '../github/client';
import { listPullFiles, MAX_PULL_FILES, renamesOf, type PullFiles } from '../github/pull-files';
import { fetchPullRequest, pullRequestRef, type PullRequestRef } from '../github/pull-request';
import { findComment } from '../github/sticky-comment';
import { readTokenLogin } from '../github/token-identity';
import { renamedSince } from '../io/git';
import { dotPathMatcher, dotPathPolicy } from '../io/dot-paths';
import { globMatcher } from '../io/globs';
import { MAX_FILE_BYTES } from '../io/read-result';
import { escapeMarkdown } from '../report/render/escape';
import { markerFor, MAX_COMMENT_CHARS } from '../report/render/markdown';
import { writeChunksToFile } from '../io/write-chunks';
import { renderEmptySarif } from '../report/render/sarif';
import { version } from '../../package.json';
import { analyzeEnvironmentsOfPullRequest, rendersFromWorkTree } from './environments';
import { environmentsSource, singleSource, type ReportSource } from './report-source';
import { readRunContext, type RunContext } from './context';
import { DEFAULT_RULES_FILE, parseInputs, type ActionInputs } from './inputs';
import { withLinkedManifests } from './linked-manifests';
import { identifyWorkTree, mergeBaseOf, readLivePullRequest, stillCurrent } from './pull-request-head';
import { COMMENT_FOOTER, COMMENT_LIMIT, logAnnotations, publishCheckRun, publishComment, renderWithin, setOutputs, SUMMARY_LIMIT_BYTES, withFooter, writeSummary, ZERO_OUTPUTS } from './publish';
import { readBase, readHead, readWorkTreeFile } from './read-sides';
import { workflowEditNote, workflowPath } from './workflow-ref';

/** Character budget of the job summary handed to the renderer (it folds detail to stay within it). */
const SUMMARY_BUDGET = 1_000_000;

/**
 * Said in the report of a pull_request_target run: the workflow and its inputs are the base
 * branch's, so the pull request can change neither the gate nor what is posted.
 */
const TRUSTED_NOTE =
  "Trusted mode (pull_request_target): this workflow, its inputs and the rules come from the base branch; the pull request's files were read as data only, and nothing from them ran.";

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
async function finishWithoutManifests(ctx: RunContext, client: GitHubClient, pr: PullRequestRef, inputs: ActionInputs, changed: PullFiles, notes: (string | null)[]): Promise<void> {
  const none = `This pull request changes ${changed.files.length} file${changed.files.length === 1 ? '' : 's'}, none of them a Kubernetes manifest (${inputs.manifests.join(', ')}): no network flow changes.`;
  core.info(none);
  // The globs and the workflow's path may be the pull request's own (it can edit the workflow).
  const note = [none, ...notes].filter(Boolean).map((n) => escapeMarkdown(n!)).join('\n\n');
  setOutputs({ ...ZERO_OUTPUTS, sarifFile: await writeEmptySarif(ctx) });
  await writeSummary(`### flowgate\n\n${note}\n`);
  // update and on-change alike refresh an earlier report; neither posts a new one here.
  if (inputs.comment === 'off') return;
  const author = await readTokenLogin(client, inputs.appSlug, core.debug);
  const marker = markerFor(inputs.commentId);
  const earlier = await findComment(client, pr, pr.number, marker, author).catch(() => null);
  if (earlier && (await stillCurrent(client, pr))) await publishComment(client, pr, withFooter(`${marker}\n### flowgate: network flows changed by this pull request\n\n${note}`), author, marker);
}

function rulesNoteOf(inputs: ActionInputs, pr: PullRequestRef, baseRules: string | null, headRules: string | null): string {
  const where = `${inputs.rulesFile} on the base branch ${pr.baseRef}`;
  if (baseRules === null) return `No rules file at ${where}: no rule was checked.`;
  if (headRules !== baseRules) {
    return `Rules: ${where}. This pull request changes the rules file; the base branch's rules were applied (a pull request cannot change the rules that judge it).`;
  }
  return `Rules: ${where}.`;
}

/**
 * Whether the pull request may touch a policy in a dot path that the globs skip (io/dot-paths.ts):
 * `kubectl apply -f` applies it, so the pull request is analysed, and the analysis names it. A
 * dot-path file removed or renamed away counts whatever it held: the work tree no longer shows it,
 * and a policy the cluster applied from it may go with it.
 */
async function touchesDotPathPolicy(workspace: string, inputs: ActionInputs, changed: PullFiles | null): Promise<boolean> {
  const dotPath = dotPathMatcher(inputs.manifests);
  for (const f of changed?.files ?? []) {
    if (f.previousPath !== undefined && dotPath(f.previousPath)) return true;
    if (!dotPath(f.path)) continue;
    if (f.status === 'removed') return true;
    // A regular file (a link is not followed: the readers handle links).
    const full = path.join(workspace, f.path);
    const st = await fs.lstat(full).catch(() => null);
    if (!st?.isFile()) continue;
    // Too large to tell: the readers report it (dot-paths.ts dotPathTooLarge).
    if (st.size > MAX_FILE_BYTES) return true;
    if (dotPathPolicy(f.path, await fs.readFile(full, 'utf8'))) return true;
  }
  return false;
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

interface Analysed {
  run: ReportSource;
  rulesNote: string;
  /** The commit the base side was read from (links in the report point into it). */
  baseSha: string;
}

async function analyzePullRequest(ctx: RunContext, inputs: ActionInputs, pr: PullRequestRef, baseSha: string, client: GitHubClient | null, changed: PullFiles | null): Promise<Analysed> {
  const { keep, isManifest } = manifestMatcher(inputs);
  const head = await readHead(ctx.workspace, inputs.manifests, keep);
  const base = await readBase({ workspace: ctx.workspace, baseSha, globs: inputs.manifests, keep, isManifest, rulesFile: inputs.rulesFile, head, changed, client, repo: ctx.repo });
  if (base.via === 'api') core.warning(`git could not fetch the base commit (${base.gitError}); read the base versions of the changed files through the API instead`);
  core.info(`base ${baseSha} (${base.via}): ${base.files.length} manifest files; head (work tree): ${head.files.length}`);
  if (base.rules === null && inputs.rulesFile !== DEFAULT_RULES_FILE) core.warning(`the rules file ${inputs.rulesFile} does not exist on the base branch: no rule was checked`);
  const headRules = await readWorkTreeFile(ctx.workspace, inputs.rulesFile);
  const renames = await renamesIn(ctx.workspace, baseSha, base.via, changed);
  const rulesSource = base.rules === null ? null : { path: inputs.rulesFile, text: base.rules };
  const envs = await analyzeEnvironmentsOfPullRequest({ workspace: ctx.workspace, runnerTemp: ctx.runnerTemp, baseSha, via: base.via, client, repo: ctx.repo, changed, globs: inputs.manifests, rules: rulesSource, failOn: inputs.failOn, defaultNamespace: inputs.defaultNamespace });
  if (envs) return { run: environmentsSource(envs), rulesNote: rulesNoteOf(inputs, pr, base.rules, headRules), baseSha };
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
  return { run: singleSource(run), rulesNote: rulesNoteOf(inputs, pr, base.rules, headRules), baseSha };
}

/**
 * The JSON report, written in chunks to a file stream (never one string: a report of millions of
 * pairs would not fit in one), and the SARIF log. They are written after the comment, the check
 * run and the summary, and a failure is a warning: the reviewer still sees the report, and the
 * verdict stands.
 */
async function writeFileReports(dir: string, run: ReportSource): Promise<{ json: string; sarif: string }> {
  const json = path.join(dir, 'report.json');
  const sarif = path.join(dir, 'report.sarif');
  const attempt = async (file: string, what: string, write: () => Promise<void>): Promise<string> => {
    try {
      await write();
      return file;
    } catch (e) {
      core.warning(`flowgate could not write the ${what} in full (${(e as Error).message}); the comment, the check run and the job summary hold the report.`);
      await fs.rm(file, { force: true }).catch(() => undefined);
      return '';
    }
  };
  return {
    json: await attempt(json, 'JSON report', () => writeChunksToFile(json, run.jsonChunks())),
    sarif: await attempt(sarif, 'SARIF log', () => fs.writeFile(sarif, run.sarif())),
  };
}

/** An empty SARIF log, so that an upload-sarif step after the action always finds its file. */
async function writeEmptySarif(ctx: RunContext): Promise<string> {
  const file = path.join(await fs.mkdtemp(path.join(ctx.runnerTemp, 'flowgate-')), 'report.sarif');
  await fs.writeFile(file, renderEmptySarif({ version }));
  return file;
}

/** comment: update posts or edits; on-change edits an earlier comment always, and posts a new one only when something changed. */
async function postComment(client: GitHubClient, pr: PullRequestRef, inputs: ActionInputs, run: ReportSource, comment: string): Promise<void> {
  if (inputs.comment === 'off') return;
  const author = await readTokenLogin(client, inputs.appSlug, core.debug);
  const marker = markerFor(inputs.commentId);
  if (inputs.comment === 'on-change' && !run.worthAComment) {
    const earlier = await findComment(client, pr, pr.number, marker, author).catch(() => null);
    if (!earlier) {
      core.info('comment: on-change, and no flow or violation changed: no comment posted');
      return;
    }
  }
  await publishComment(client, pr, comment, author, marker);
}

/**
 * Summary, annotations, the comment and the check run (while the head is still the one analysed),
 * then the JSON and SARIF files and the outputs.
 */
async function report(ctx: RunContext, inputs: ActionInputs, pr: PullRequestRef, client: GitHubClient | null, analysed: Analysed): Promise<void> {
  const { run: result, rulesNote } = analysed;
  const summaryUrl = ctx.runUrl ?? undefined;
  // The head side is the work tree, pr.headSha its commit: the report's links point into it.
  const links = { serverUrl: ctx.serverUrl, repository: `${ctx.repo.owner}/${ctx.repo.repo}`, headSha: pr.headSha, baseSha: analysed.baseSha };
  const marker = markerFor(inputs.commentId);
  const comment = renderWithin((maxChars) => withFooter(result.markdown({ maxChars: maxChars - COMMENT_FOOTER.length, summaryUrl, rulesNote, links, marker })), MAX_COMMENT_CHARS, COMMENT_LIMIT, (s) => s.length, marker);
  const summary = renderWithin((maxChars) => result.markdown({ maxChars, rulesNote, links, marker }), SUMMARY_BUDGET, SUMMARY_LIMIT_BYTES, (s) => Buffer.byteLength(s), marker);
  const dir = await fs.mkdtemp(path.join(ctx.runnerTemp, 'flowgate-'));
  // The comment as a file first (small), for the fork pattern (README).
  const reportMarkdown = path.join(dir, 'comment.md');
  await fs.writeFile(reportMarkdown, comment);
  const c = result.verdict.counts;
  await writeSummary(summary);
  core.info(`flowgate: ${result.verdict.reason} (opened ${c.opened}, closed ${c.closed}, changed ${c.portsChanged}, violations ${c.violations}, new ${c.newViolations}, input errors ${c.errors})`);
  const annotations = result.annotations(inputs.failOn);
  logAnnotations(annotations);
  if (client && (await stillCurrent(client, pr))) {
    await postComment(client, pr, inputs, result, comment);
    await publishCheckRun(client, { run: result.verdict, pr, annotations, text: comment, detailsUrl: ctx.runUrl });
  }
  // The JSON report and the SARIF log last, and on their own: the reviewer has the comment and the check by then.
  const files = await writeFileReports(dir, result);
  setOutputs({ opened: c.opened, closed: c.closed, changed: c.portsChanged, violations: c.violations, newViolations: c.newViolations, reportJson: files.json, reportMarkdown, sarifFile: files.sarif });
}

/**
 * The action: inputs → pull request → what is checked out (from git; anything but the pull
 * request's code is an error) → changed files → base and head trees → analyzeDiff → JSON report,
 * job summary and outputs (always), sticky comment and check run (when the token may, and the
 * head has not moved on), annotations, and the verdict (setFailed with the one-line reason).
 */
export async function run(deps: RunDeps = {}): Promise<void> {
  const env = deps.env ?? process.env;
  const inputs = parseInputs((name) => core.getInput(name));
  if (inputs.token) core.setSecret(inputs.token);
  const ctx = readRunContext(env);
  const client = deps.client ?? (inputs.token ? createClient({ token: inputs.token, baseUrl: ctx.apiUrl, log: coreLog }) : null);
  if (!client) core.warning('no token: no comment, no check run, and the base can only be fetched with git');
  const event = await resolvePullRequest(ctx, inputs, client);
  if (!event) {
    core.notice(`flowgate analyses pull requests; the ${ctx.eventName || 'current'} event has none (on workflow_dispatch, give pr-number).`);
    setOutputs({ ...ZERO_OUTPUTS, sarifFile: await writeEmptySarif(ctx) });
    await writeSummary(`### flowgate\n\nNothing to analyse: the ${ctx.eventName || 'current'} event is not about a pull request.\n`);
    return;
  }
  const trusted = ctx.eventName === 'pull_request_target';
  const live = await readLivePullRequest(client, event);
  const checkout = await identifyWorkTree(ctx.workspace, event, live);
  if (trusted) core.info(TRUSTED_NOTE);
  // From here on, the pull request is the commit the work tree holds.
  const pr: PullRequestRef = { ...event, headSha: checkout.headSha };
  const { isManifest } = manifestMatcher(inputs);
  const changed = await withLinkedManifests(ctx.workspace, await listChanged(client, pr), isManifest);
  // On pull_request_target the workflow is the base branch's: the pull request cannot edit it.
  const workflowNote = trusted ? null : workflowEditNote(workflowPath(env.GITHUB_WORKFLOW_REF, ctx.repo), changed);
  if (workflowNote) core.warning(workflowNote);
  const notes = [trusted ? TRUSTED_NOTE : null, workflowNote];
  // fail-on: any judges the whole tree, so even a PR without manifest changes is analysed.
  // The work tree's rules file is the base's only when the pull request leaves it alone: one that
  // edits it (say, to drop a command environment) is analysed in full, with the base's rules.
  const rulesEdited = !changed || changed.files.some((f) => f.path === inputs.rulesFile || f.previousPath === inputs.rulesFile);
  const touchesManifest = changed?.files.some((f) => isManifest(f.path) || (f.previousPath !== undefined && isManifest(f.previousPath))) || (await touchesDotPathPolicy(ctx.workspace, inputs, changed));
  // Issue 13: where anything renders (environments in the rules file, a chart or a kustomization in
  // the tree), any file may change what renders, whatever the globs say: no fast path.
  if (client && changed && !changed.truncated && inputs.failOn !== 'any' && !rulesEdited && !touchesManifest && !(await rendersFromWorkTree(ctx.workspace, inputs.rulesFile))) {
    await finishWithoutManifests(ctx, client, pr, inputs, changed, notes);
    return;
  }
  const baseSha = checkout.baseSha ?? (await mergeBaseOf(client, pr, live, checkout.headSha));
  const analysed = await analyzePullRequest(ctx, inputs, pr, baseSha, client, changed);
  await report(ctx, inputs, pr, client, { ...analysed, rulesNote: [analysed.rulesNote, ...notes].filter(Boolean).join(' ') });
  if (analysed.run.verdict.exitCode !== 0) core.setFailed(analysed.run.verdict.reason);
}
