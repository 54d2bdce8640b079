import type { AnalysisWarning, DiffAnalysis } from '../../analysis-result';
import type { Because } from '../../diff/compute-diff';
import { formatConns } from '../../model/conns';
import type { Diagnostic } from '../../model/types';
import type { Violation } from '../../rules/types';
import { changeIndex } from '../../diff/change-pairs';

type ChangeAt = ReturnType<typeof changeIndex>;
import { LINT_TITLES } from '../model/warning-groups';

/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`). GitHub keeps the
 * first 5,000 results of a run and refuses files over 10 MB gzipped; a log is kept under both by
 * construction: at most MAX_SARIF_RESULTS results (the last one summarising what was left out)
 * and at most MAX_SARIF_CHARS characters before compression (gzip only makes it smaller).
 */
export const MAX_SARIF_RESULTS = 5_000;
export const MAX_SARIF_CHARS = 10_000_000;

const TOOL_URI = 'https://github.com/flowgate/flowgate';

type Level = 'error' | 'warning' | 'note';

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri?: string;
}

interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
}

/** A SARIF result, with `rank` (not written) to keep the most important ones when cutting. */
interface Entry {
  rank: number;
  rule: SarifRule;
  result: {
    ruleId: string;
    level: Level;
    message: { text: string };
    locations: SarifLocation[];
    relatedLocations?: (SarifLocation & { id: number; message: { text: string } })[];
    baselineState?: 'new' | 'unchanged';
    partialFingerprints: Record<string, string>;
  };
}

export interface SarifOptions {
  /** flowgate's version, written as the tool's version. */
  version?: string;
}

/** 64 bits of FNV-1a (two 32-bit lanes) as hex: a stable fingerprint without node:crypto. */
function fingerprint(parts: readonly string[]): string {
  const text = parts.join('\u0000');
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}

function location(file: string, line: number): SarifLocation {
  // A URI reference relative to the repository root; startLine is 1-based and at least 1.
  const uri = file.split('/').map(encodeURIComponent).join('/');
  return { physicalLocation: { artifactLocation: { uri }, region: { startLine: Math.max(1, line) } } };
}

/** The policy behind a violation block: the head-side policy of the change of its first pair, else none. */
function policyOf(run: DiffAnalysis, changeAt: ChangeAt, v: Violation): Because | null {
  const from = v.sources[0];
  const to = v.targets[0];
  if (from === undefined || to === undefined) return null;
  const joint = (i: number) => run.diff.endpoints[i]!.joint;
  const because = changeAt(joint(from), joint(to))?.because ?? [];
  return because.find((b) => b.side === 'head') ?? null;
}

/** One end of a violation block: its endpoint ids, up to three, then how many more. */
function endIds(run: DiffAnalysis, list: readonly number[]): string {
  const ids = list.slice(0, list.length > 3 ? 2 : 3).map((i) => run.diff.endpoints[i]!.id);
  return list.length > 3 ? `${ids.join(', ')} and ${list.length - 2} more` : ids.join(', ');
}

/** One result per violation block (a block of one pair reads as that pair). */
function violationEntry(run: DiffAnalysis, changeAt: ChangeAt, v: Violation): Entry {
  const ruleId = `flowgate/${v.rule.kind}/${v.rule.name}`;
  const rule: SarifRule = { id: ruleId, name: v.rule.name, shortDescription: { text: `${v.rule.kind} rule ${v.rule.name} (${v.rule.source.file}:${v.rule.source.line})` } };
  const verb = v.rule.kind === 'forbid' ? `allows ${formatConns(v.ports)}` : v.rule.ports === null ? 'allows nothing' : `does not allow ${formatConns(v.ports)}`;
  const onPairs = v.sources.length > 0 && v.targets.length > 0;
  const what = onPairs ? `${endIds(run, v.sources)} → ${endIds(run, v.targets)} ${verb}${v.pairs > 1 ? ` (${v.pairs} pairs)` : ''}` : v.message;
  const policy = policyOf(run, changeAt, v);
  const ruleAt = location(v.rule.source.file, v.rule.source.line);
  const text = `${v.isNew ? 'New' : 'Pre-existing'} violation of ${v.rule.kind} rule "${v.rule.name}": ${what}${policy ? ` (policy ${policy.policy})` : ''}.`;
  const ids = (list: readonly number[]) => list.map((i) => run.diff.endpoints[i]!.id).join(',');
  return {
    rank: v.isNew ? 0 : 2,
    rule,
    result: {
      ruleId,
      level: v.isNew ? 'error' : 'warning',
      message: { text },
      locations: [policy ? location(policy.file, policy.line) : ruleAt],
      relatedLocations: [{ id: 1, ...ruleAt, message: { text: `the ${v.rule.kind} rule "${v.rule.name}"` } }],
      baselineState: v.isNew ? 'new' : 'unchanged',
      partialFingerprints: { 'flowgateViolation/v1': fingerprint([ruleId, ids(v.sources), ids(v.targets)]) },
    },
  };
}

function diagnosticEntry(d: Diagnostic): Entry {
  const ruleId = `flowgate/input/${d.code}`;
  const level: Level = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'note';
  return {
    rank: d.severity === 'error' ? 1 : 3,
    rule: { id: ruleId, name: d.code, shortDescription: { text: `Input problem: ${d.code}` } },
    result: {
      ruleId,
      level,
      message: { text: `${d.side ? `(${d.side}) ` : ''}${d.message}` },
      locations: [location(d.file, d.line)],
      partialFingerprints: { 'flowgateInput/v1': fingerprint([ruleId, d.side ?? '', d.file, d.message]) },
    },
  };
}

function warningEntry({ warning: w, isNew }: AnalysisWarning): Entry {
  const ruleId = `flowgate/lint/${w.code}`;
  return {
    rank: isNew ? 3 : 4,
    rule: { id: ruleId, name: w.code, shortDescription: { text: LINT_TITLES[w.code] } },
    result: {
      ruleId,
      level: isNew ? 'warning' : 'note',
      message: { text: `${w.subject}: ${w.message} (${w.ref})` },
      locations: [location(w.file, w.line)],
      baselineState: isNew ? 'new' : 'unchanged',
      partialFingerprints: { 'flowgateLint/v1': fingerprint([ruleId, w.subject, w.message]) },
    },
  };
}

function summaryEntry(left: number, total: number, at: SarifLocation): Entry {
  const ruleId = 'flowgate/left-out';
  return {
    rank: 0,
    rule: { id: ruleId, name: 'left-out', shortDescription: { text: 'Results left out to stay within code scanning limits' } },
    result: {
      ruleId,
      level: 'warning',
      message: { text: `${left} of ${total} results were left out to stay within GitHub code scanning's limits (5,000 results, 10 MB); the JSON report (flowgate diff --format json) has them all.` },
      locations: [at],
      partialFingerprints: { 'flowgateLeftOut/v1': fingerprint([ruleId]) },
    },
  };
}

function logOf(entries: readonly Entry[], options: SarifOptions): string {
  const rules = new Map<string, SarifRule>();
  for (const e of entries) if (!rules.has(e.rule.id)) rules.set(e.rule.id, e.rule);
  const ids = [...rules.keys()].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const driver = { name: 'flowgate', informationUri: TOOL_URI, ...(options.version ? { version: options.version } : {}), rules: ids.map((id) => rules.get(id)!) };
  const results = entries.map((e) => ({ ...e.result, ruleIndex: index.get(e.rule.id)! }));
  const log = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [{ tool: { driver }, results }] };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A SARIF log with no results: written when there is nothing to analyse, so the file always exists. */
export function renderEmptySarif(options: SarifOptions = {}): string {
  return logOf([], options);
}

/**
 * The SARIF log of a diff: one result per rule violation block (error when new, warning when
 * pre-existing, with `baselineState`), per input diagnostic and per lint warning, each at the
 * file:line of the policy (or rule, or manifest) it is about, with stable partial fingerprints.
 * Always a full log: `results` is empty when there is nothing to say. Past the limits, the most
 * important results are kept (new violations, input errors, pre-existing violations, warnings)
 * and one more result counts the rest.
 */
export function renderSarif(run: DiffAnalysis, options: SarifOptions = {}): string {
  const changeAt = changeIndex(run.diff);
  const entries = [...run.violations.map((v) => violationEntry(run, changeAt, v)), ...run.diagnostics.map(diagnosticEntry), ...run.warnings.map(warningEntry)];
  const ranked = entries.map((e, i) => ({ e, i })).sort((a, b) => a.e.rank - b.e.rank || a.i - b.i).map(({ e }) => e);
  let keep = Math.min(ranked.length, MAX_SARIF_RESULTS);
  for (;;) {
    const left = ranked.length - keep;
    const kept = ranked.slice(0, keep);
    const first = ranked[0]?.result.locations[0] ?? location('.', 1);
    const text = logOf(left ? [...kept.slice(0, keep - 1), summaryEntry(left + 1, ranked.length, first)] : kept, options);
    if (text.length <= MAX_SARIF_CHARS || keep <= 1) return text;
    keep = Math.max(1, Math.floor(keep * 0.8));
  }
}
