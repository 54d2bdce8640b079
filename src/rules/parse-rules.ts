import { isRecord } from '../yaml/plain-data';
import type { Diagnostic, Labels } from '../model/types';
import { buildLabelMap, buildSelector, buildCidrs } from './parse-selector';
import { parsePort, unionPorts } from './parse-ports';
import { RuleReporter } from './rule-reporter';
import { MAX_RULES_DEPTH, MAX_RULES_FILE_CHARS } from './text-limits';
import type { FlowRule, RuleKind, RulesConfig } from './types';
import { validateRulesShape } from './validate-schema';
import { buildEnvironments } from '../environments/parse-environments';
import type { Path } from '../yaml/lines';
import { parseDocuments, type RawDocument } from '../yaml/parse-documents';

type Result = { config: RulesConfig | null; diagnostics: Diagnostic[] };

const fail = (file: string, line: number, code: string, message: string): Result => ({ config: null, diagnostics: [{ severity: 'error', code, file, line, message }] });

function buildRule(raw: unknown, kind: RuleKind, path: Path, file: string, report: RuleReporter): FlowRule | null {
  if (!isRecord(raw)) return null;
  const from = buildSelector(raw.from, [...path, 'from'], report);
  const to = buildSelector(raw.to, [...path, 'to'], report);
  let ports: FlowRule['ports'] = null;
  if (Array.isArray(raw.ports)) {
    const parsed = raw.ports.map((p, i) => {
      if (typeof p !== 'string') return null;
      const r = parsePort(p);
      if (!r.ok) report.error([...path, 'ports', i], 'rules-invalid-port', r.error);
      return r.ok ? r.conns : null;
    });
    if (parsed.every((c) => c !== null)) ports = unionPorts(parsed);
  }
  // A rule with any problem is left out whole: half a rule could pass or fail for the wrong reason.
  // Past this check the selectors and the name are there: buildSelector gives null only with an
  // error reported within `path` (its own or the schema's), and the schema requires a string name.
  if (report.hasErrorWithin(path)) return null;
  const rule: FlowRule = { name: raw.name as string, kind, from: from!, to: to!, ports, source: { file, line: report.line(path) } };
  if (Array.isArray(raw.environments)) rule.environments = raw.environments.map(String);
  return rule;
}

function buildNamespaces(raw: unknown, report: RuleReporter): RulesConfig['namespaces'] {
  const out: Record<string, { labels: Labels }> = {};
  if (!isRecord(raw)) return out;
  for (const name of Object.keys(raw)) {
    const entry = raw[name];
    const labels = isRecord(entry) && entry.labels !== undefined ? buildLabelMap(entry.labels, ['namespaces', name, 'labels'], report) : {};
    if (labels && !report.hasErrorWithin(['namespaces', name])) out[name] = { labels };
  }
  return out;
}

/** Names must be unique across forbid and require, so that a violation names one rule. */
function checkUniqueNames(raw: Record<string, unknown>, file: string, report: RuleReporter): void {
  const first = new Map<string, number>();
  for (const kind of ['forbid', 'require'] as const) {
    const list = raw[kind];
    if (!Array.isArray(list)) continue;
    list.forEach((item, i) => {
      if (!isRecord(item) || typeof item.name !== 'string') return;
      const line = report.line(['rules', kind, i]);
      const seen = first.get(item.name);
      if (seen === undefined) first.set(item.name, line);
      else report.error(['rules', kind, i, 'name'], 'rules-duplicate-name', `rule name "${item.name}" is used twice (first at ${file}:${seen}); names must be unique so that a violation names one rule`);
    });
  }
}

function buildRules(raw: unknown, file: string, report: RuleReporter): FlowRule[] {
  const rules: FlowRule[] = [];
  if (!isRecord(raw)) return rules;
  checkUniqueNames(raw, file, report);
  for (const kind of ['forbid', 'require'] as const) {
    const list = raw[kind];
    if (!Array.isArray(list)) continue;
    list.forEach((item, i) => {
      const rule = buildRule(item, kind, ['rules', kind, i], file, report);
      if (rule) rules.push(rule);
    });
  }
  // File order, whichever of forbid and require comes first.
  return rules.sort((a, b) => a.source.line - b.source.line);
}

/** A rule limited to an environment that the file does not define could never apply: an error. */
function checkRuleEnvironments(config: RulesConfig, report: RuleReporter): void {
  if (!config.environments) return;
  const names = new Set(config.environments.map((e) => e.name));
  for (const r of config.rules) {
    const unknown = (r.environments ?? []).filter((n) => !names.has(n));
    if (unknown.length) {
      report.diagnostics.push({ severity: 'error', code: 'rules-unknown-environment', file: r.source.file, line: r.source.line, message: `rule "${r.name}" names environment${unknown.length === 1 ? '' : 's'} ${unknown.map((n) => `"${n}"`).join(', ')} that environments: does not define (defined: ${[...names].join(', ')})` });
    }
  }
}

/** Codes of src/yaml's reading problems as the rules file names them. */
function rulesCode(code: string): string {
  if (code === 'yaml-too-deep') return 'rules-too-deep';
  if (code === 'yaml-too-large') return 'rules-too-large';
  return 'rules-yaml-syntax';
}

/**
 * The rules file's one document, read through src/yaml as manifests are (YAML 1.1, the same
 * guards and the same line lookup), with nesting bounded by MAX_RULES_DEPTH; or the diagnostics
 * that say why it cannot be read.
 */
function readRulesDocument(file: string, text: string): RawDocument | Result {
  const parsed = parseDocuments(file, text, { maxDepth: MAX_RULES_DEPTH });
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) return { config: null, diagnostics: errors.map((d) => ({ ...d, code: rulesCode(d.code) })) };
  if (parsed.documents.length > 1) {
    return fail(file, parsed.documents[1]!.lineOf([]), 'rules-yaml-syntax', 'the rules file holds more than one YAML document (---); keep all rules in one');
  }
  const doc = parsed.documents[0];
  if (doc === undefined || doc.value === null) return fail(file, 1, 'rules-empty', 'the rules file is empty; write at least "rules: { forbid: [...] }" or leave the file out');
  return doc;
}

/**
 * Parses and validates a rules file (PRODUCT.md part 3). The JSON Schema
 * (schema/flowgate-rules.schema.json) checks the shape; this adds labels, CIDRs, ports,
 * conflicting selector fields and unique names. Every problem is an error diagnostic with the
 * file:line of the offending node. An unreadable file gives config null; otherwise the config
 * holds the parts that are valid (a rule with any error is left out), and the errors still fail
 * the run (exit 2), so an invalid rules file is never silently ignored. The file is read as
 * Kubernetes-style YAML 1.1, like the manifests (`yes` is a boolean: quote it), and as one document.
 */
export function parseRulesFile(file: string, text: string): Result {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length > MAX_RULES_FILE_CHARS) return fail(file, 1, 'rules-too-large', `the rules file has more than ${MAX_RULES_FILE_CHARS} characters; a rules file is a page of YAML`);
  const doc = readRulesDocument(file, text);
  if (!('value' in doc)) return doc;
  const value = doc.value;
  const report = new RuleReporter(file, doc.lineOf);
  if (!isRecord(value)) {
    return fail(file, report.line([]), 'rules-not-mapping', 'the rules file must be a mapping with "rules" (and optionally "defaultNamespace" and "namespaces")');
  }
  for (const p of validateRulesShape(value)) report.schema(p.path, p.atKey, p.code, p.message);

  const config: RulesConfig = { namespaces: buildNamespaces(value.namespaces, report), rules: buildRules(value.rules, file, report) };
  if (typeof value.defaultNamespace === 'string' && !report.hasErrorWithin(['defaultNamespace'])) config.defaultNamespace = value.defaultNamespace;
  // Values of their one valid type are free of schema errors: no check of the reporter needed.
  if (value.notAnalysed === 'warn' || value.notAnalysed === 'fail') config.notAnalysed = value.notAnalysed;
  if (typeof value.exposure === 'boolean') config.exposure = value.exposure;
  // A string is a schema error here (a list is wanted); absent, empty or [] gives no pod CIDRs.
  if (!report.hasErrorWithin(['podCidrs'])) {
    const podCidrs = buildCidrs(value.podCidrs, ['podCidrs'], report);
    if (podCidrs) config.podCidrs = podCidrs;
  }
  const environments = buildEnvironments(value.environments, report);
  if (environments) config.environments = environments;
  checkRuleEnvironments(config, report);
  const hasRules = isRecord(value.rules) && ['forbid', 'require'].some((k) => Array.isArray((value.rules as Record<string, unknown>)[k]) && ((value.rules as Record<string, unknown[]>)[k]!).length > 0);
  // Without rules: at the top (a missing key's line is its mapping's).
  if (!hasRules) report.warn(['rules'], 'rules-none', 'the rules file has no forbid or require rule, so nothing is gated', false);
  const diagnostics = [...report.diagnostics].sort((a, b) => a.line - b.line);
  return { config, diagnostics };
}
