import type { SourceFile } from '../model/types';

/** One document of a rendered stream: its lines, its first line in the stream, where it came from. */
interface RenderedDoc {
  lines: string[];
  /** 1-based line of its first line in the stream. */
  start: number;
  /** The repository file it came from; null when the tool did not say. */
  origin: string | null;
}

const SEPARATOR = /^---(\s.*)?$/;
const HELM_SOURCE = /^# Source: (.+)$/;
const ORIGIN_KEY = /^(\s+)config\.kubernetes\.io\/origin: *\|[-+]?\s*$/;

function splitDocs(text: string): RenderedDoc[] {
  const lines = text.split('\n');
  const docs: RenderedDoc[] = [];
  let cur: RenderedDoc = { lines: [], start: 1, origin: null };
  lines.forEach((line, i) => {
    if (SEPARATOR.test(line)) {
      docs.push(cur);
      cur = { lines: [], start: i + 2, origin: null };
    } else cur.lines.push(line);
  });
  docs.push(cur);
  return docs.filter((d) => d.lines.some((l) => l.trim() && !l.trimStart().startsWith('#')) || d.lines.some((l) => HELM_SOURCE.test(l)));
}

/**
 * Helm: `# Source: CHART/templates/FILE` names the template by the chart's name; the file is
 * that path with the chart's name replaced by its folder in the repository.
 */
function helmOrigin(doc: RenderedDoc, chartFolder: string): string | null {
  const m = doc.lines.map((l) => HELM_SOURCE.exec(l)).find((x) => x);
  if (!m) return null;
  const rest = m[1]!.trim().split('/').slice(1);
  // A template's path never climbs out of its chart; a comment that does is not believed.
  if (!rest.length || rest.some((s) => s === '..' || s === '.' || s === '')) return null;
  return chartFolder === '.' ? rest.join('/') : `${chartFolder}/${rest.join('/')}`;
}

/**
 * Kustomize: the `config.kubernetes.io/origin` annotation (buildMetadata: [originAnnotations])
 * holds `path:` (or, for a generated object, `configuredIn:`) relative to the wrapper
 * kustomization. The annotation's lines are blanked (the stream keeps its line numbers), and an
 * `annotations:` key left with nothing under it goes with them.
 */
function kustomizeOrigin(doc: RenderedDoc, toRepoPath: (p: string) => string | null): string | null {
  const at = doc.lines.findIndex((l) => ORIGIN_KEY.test(l));
  if (at < 0) return null;
  const indent = ORIGIN_KEY.exec(doc.lines[at]!)![1]!.length;
  let end = at + 1;
  let origin: string | null = null;
  let configuredIn: string | null = null;
  for (; end < doc.lines.length; end++) {
    const l = doc.lines[end]!;
    if (l.trim() && l.length - l.trimStart().length <= indent) break;
    const m = /^\s*(path|configuredIn): *(.+?)\s*$/.exec(l);
    if (m && m[1] === 'path') origin = m[2]!;
    if (m && m[1] === 'configuredIn') configuredIn = m[2]!;
  }
  for (let i = at; i < end; i++) doc.lines[i] = '';
  const parent = at - 1;
  const next = doc.lines.slice(end).find((l) => l.trim());
  const parentLine = doc.lines[parent];
  if (parentLine !== undefined && /^\s*annotations:\s*$/.test(parentLine) && (next === undefined || next.length - next.trimStart().length < indent)) doc.lines[parent] = '';
  const raw = origin ?? configuredIn;
  return raw === null ? null : toRepoPath(raw.replace(/^["']|["']$/g, ''));
}

export type Provenance = { tool: 'helm'; chartFolder: string } | { tool: 'kustomize'; toRepoPath: (originPath: string) => string | null } | { tool: 'none' };

/** Blank lines a part of one file may hold between two of its documents (comment-only documents); past it, a new part. */
const MAX_GAP = 50;

/**
 * Issue 13: a rendered YAML stream as source files that keep where each object came from, so
 * that "why" cells and annotations point at the file the author edits. Each document goes to
 * the file its tool names (Helm's `# Source:` comment, Kustomize's origin annotation), at its
 * line in the rendered stream; a document whose origin is unknown goes to `fallback`. Documents
 * keep their order. Consecutive documents of one file make one part, whose `firstLine` is its
 * line in the stream: a file's documents far apart in the stream are parts of their own (the
 * stream is never copied once per file, which made a chart of a thousand templates quadratic).
 */
export function splitRendered(text: string, provenance: Provenance, fallback: string): SourceFile[] {
  const parts: { path: string; lines: string[]; firstLine: number; next: number }[] = [];
  const last = new Map<string, (typeof parts)[number]>();
  for (const doc of splitDocs(text.replace(/\r\n/g, '\n'))) {
    const origin = provenance.tool === 'helm' ? helmOrigin(doc, provenance.chartFolder) : provenance.tool === 'kustomize' ? kustomizeOrigin(doc, provenance.toRepoPath) : null;
    const file = origin ?? fallback;
    const part = last.get(file);
    // A part continues when the document follows its last one closely: a separator, then blank lines up to its first line.
    if (part && doc.start - 1 >= part.next && doc.start - 1 - part.next <= MAX_GAP) {
      while (part.next < doc.start - 1) {
        part.lines.push('');
        part.next++;
      }
      part.lines.push('---', ...doc.lines);
      part.next = doc.start + doc.lines.length;
    } else {
      const p = { path: file, lines: [...doc.lines], firstLine: doc.start, next: doc.start + doc.lines.length };
      parts.push(p);
      last.set(file, p);
    }
  }
  return parts.map((p) => ({ path: p.path, text: `${p.lines.join('\n')}\n`, firstLine: p.firstLine }));
}
