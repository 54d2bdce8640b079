import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Root, RootContent, Table } from 'mdast';
import { DEFAULT_OPTIONS, analyzeDiff, type DiffAnalysis, type SourceFile } from '../../src/analyze';
import { type Conns, connsOf } from '../../src/model/conns';
import type { FlowRule, Violation } from '../../src/rules/types';

export type Files = Record<string, string>;

const toFiles = (files: Files): SourceFile[] => Object.entries(files).map(([path, text]) => ({ path, text }));

/**
 * analyzeDiff over in-memory files (paths as the action sees them: the same on both sides). These
 * tests are about wording and layout over listed workloads, so exposure (issue 11) is off unless
 * asked for; test/exposure covers the stand-ins.
 */
export function diffOf(base: Files, head: Files, rules: string | null = null, exposure = false): DiffAnalysis {
  return analyzeDiff({ base: toFiles(base), head: toFiles(head), rules: rules === null ? null : { path: 'flowgate.yml', text: rules }, options: { ...DEFAULT_OPTIONS, exposure }, failOn: 'new' });
}

export function rule(name: string, kind: FlowRule['kind'] = 'forbid', line = 3): FlowRule {
  return { name, kind, from: { any: true }, to: { any: true }, ports: null, source: { file: 'flowgate.yml', line } };
}

/** A DiffAnalysis with violations added, counts and verdict recomputed as analyzeDiff would (fail-on new). */
export function withViolations(run: DiffAnalysis, violations: Violation[]): DiffAnalysis {
  const newViolations = violations.filter((v) => v.isNew).length;
  const counts = { ...run.counts, violations: violations.length, newViolations };
  const failing = run.exitCode === 2 ? 2 : newViolations ? 1 : 0;
  const reason = failing === 2 ? run.reason : newViolations ? `${newViolations} new rule violation${newViolations === 1 ? '' : 's'}` : 'no rule is violated';
  return { ...run, hasRulesFile: true, violations, counts, exitCode: failing, reason };
}

/** The endpoint index of an id in the run's diff. */
export function endpoint(run: DiffAnalysis, id: string): number {
  const i = run.diff.endpoints.findIndex((e) => e.id === id);
  if (i < 0) throw new Error(`no endpoint ${id}`);
  return i;
}

export function violation(run: DiffAnalysis, r: FlowRule, from: string, to: string, isNew = true, ports: Conns = connsOf('TCP', [[80, 80]])): Violation {
  return { rule: r, sources: [endpoint(run, from)], targets: [endpoint(run, to)], pairs: 1, ports, isNew, message: `${from} reaches ${to}, which "${r.name}" forbids` };
}

export function parseMarkdown(md: string): Root {
  return fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** Every node of the tree, depth first. */
export function nodes(root: Root): (Root | RootContent)[] {
  const out: (Root | RootContent)[] = [];
  const walk = (n: Root | RootContent) => {
    out.push(n);
    if ('children' in n) for (const c of n.children) walk(c);
  };
  walk(root);
  return out;
}

export function tables(root: Root): Table[] {
  return nodes(root).filter((n): n is Table => n.type === 'table');
}

/** The plain text of a table cell. */
export function cellText(table: Table, row: number, col: number): string {
  const cell = table.children[row]!.children[col]!;
  const text = (n: RootContent): string => ('value' in n ? n.value : 'children' in n ? n.children.map((c) => text(c as RootContent)).join('') : '');
  return cell.children.map((c) => text(c as RootContent)).join('');
}

/** A Deployment manifest (one document). */
export function deployment(ns: string, name: string, labels: Record<string, string>, port = 8080): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${JSON.stringify(name)}, namespace: ${JSON.stringify(ns)} }
spec:
  template:
    metadata: { labels: ${JSON.stringify(labels)} }
    spec:
      containers: [{ name: c, image: x, ports: [{ containerPort: ${port} }] }]
`;
}

/** Every file under `dir`, with paths relative to it: the same on both sides, as in a repository. */
export function readTree(dir: string, prefix = ''): SourceFile[] {
  return readdirSync(path.join(dir, prefix))
    .sort()
    .flatMap((name) => {
      const rel = prefix ? `${prefix}/${name}` : name;
      const full = path.join(dir, rel);
      return statSync(full).isDirectory() ? readTree(dir, rel) : [{ path: rel, text: readFileSync(full, 'utf8') }];
    });
}

/**
 * analyzeDiff over a fixture case: base/, head/ and an optional rules.yml (test/fixtures/<case>).
 * Exposure (issue 11) is on for the `exposure-*` cases only: the others show the listed workloads.
 */
export function runCase(caseDir: string): DiffAnalysis {
  const rulesPath = path.join(caseDir, 'rules.yml');
  return analyzeDiff({
    base: readTree(path.join(caseDir, 'base')),
    head: readTree(path.join(caseDir, 'head')),
    rules: existsSync(rulesPath) ? { path: 'rules.yml', text: readFileSync(rulesPath, 'utf8') } : null,
    options: { ...DEFAULT_OPTIONS, exposure: path.basename(caseDir).startsWith('exposure-') },
    failOn: 'new',
  });
}
