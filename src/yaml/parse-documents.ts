import { Composer, LineCounter, type Document, type Tags, type YAMLError } from 'yaml';
import type { Diagnostic } from '../model/types';
import { capComposerErrors, checkComposed, MAX_DEPTH, MAX_DOCUMENTS, MAX_FILE_DIAGNOSTICS, MAX_LEXEMES, MAX_YAML_ERRORS, parseStream, textProblem, type StreamEnd } from './guards';
import { documentLines, type LineOf, type Path } from './lines';
import { CstScanner, findTemplate, openerBefore, type CstScan } from './scan-cst';

export type { LineOf, Path };

/** One YAML or JSON document of a file, as plain data, with a way back to its lines. */
export interface RawDocument {
  file: string;
  value: unknown;
  /** The 1-based line of the node at `path` (or of its key), or of its nearest existing ancestor. */
  lineOf: LineOf;
}

export interface ParsedFile {
  documents: RawDocument[];
  diagnostics: Diagnostic[];
}

/** How a file is read; the defaults are those of Kubernetes manifests. */
export interface ReadOptions {
  /** Deepest nesting of collections (MAX_DEPTH); the rules file takes less. */
  maxDepth?: number;
}

function diag(file: string, line: number, code: string, message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return { severity, code, file, line, message };
}

function looksLikeObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'apiVersion' in value && 'kind' in value;
}

/**
 * The YAML 1.1 tags less its times: Kubernetes decodes with go-yaml v2, which keeps a timestamp
 * (`2024-01-01`) or a sexagesimal number (`12:30`) as the string written, so a label value
 * `2024-01-01` is valid there and must stay a string here.
 */
const TIME_TAGS = new Set(['timestamp', 'intTime', 'floatTime']);

function withoutTimes(tags: Tags): Tags {
  return tags.filter((t) => (typeof t === 'string' ? !TIME_TAGS.has(t) : t.tag !== 'tag:yaml.org,2002:timestamp' && t.format !== 'TIME'));
}

/** What reading one file needs everywhere: its name, its lines, and the diagnostics so far. */
interface FileContext {
  file: string;
  lineAt: (offset: number) => number;
  diagnostics: Diagnostic[];
}

/** The documents of a file composed by the yaml library, the scan of its syntax tree, and how many errors were dropped. */
interface Composed {
  docs: Document.Parsed[];
  scan: CstScan;
  dropped: () => number;
}

/** A syntax error's line; an unclosed quote or bracket is reported where it opens, not at the end of the file. */
function syntaxError(ctx: FileContext, err: YAMLError, scan: CstScan): Diagnostic {
  const at = ctx.lineAt(err.pos[0]);
  const opener = err.code === 'MISSING_CHAR' || err.code === 'BAD_INDENT' ? openerBefore(scan, err.pos[0]) : null;
  if (opener !== null && ctx.lineAt(opener) < at) {
    return diag(ctx.file, ctx.lineAt(opener), 'yaml-syntax', `YAML syntax error: ${firstLine(err.message)} (opened on this line, still open on line ${at})`);
  }
  return diag(ctx.file, at, 'yaml-syntax', `YAML syntax error: ${firstLine(err.message)}`);
}

/** The first MAX_FILE_DIAGNOSTICS diagnostics by line, then one that counts the rest (and those never kept). */
function capped(file: string, diagnostics: Diagnostic[], uncounted: number): Diagnostic[] {
  const sorted = diagnostics.map((d, i) => ({ d, i })).sort((a, b) => a.d.line - b.d.line || a.i - b.i).map((x) => x.d);
  if (sorted.length <= MAX_FILE_DIAGNOSTICS && !uncounted) return sorted;
  const rest = sorted.length - MAX_FILE_DIAGNOSTICS + uncounted;
  const kept = sorted.slice(0, MAX_FILE_DIAGNOSTICS);
  const severity = uncounted || sorted.slice(MAX_FILE_DIAGNOSTICS).some((d) => d.severity === 'error') ? 'error' : 'warning';
  kept.push(diag(file, kept[kept.length - 1]?.line ?? 1, 'too-many-diagnostics', `${rest} more problem${rest === 1 ? '' : 's'} in this file not shown`, severity));
  return kept;
}

/** The diagnostic of a stream that was cut short (the whole file is refused), or null when it ran to its end. */
function streamRefusal(ctx: FileContext, stream: StreamEnd, tooManyDocuments: boolean, maxDepth: number): Diagnostic | null {
  if (stream.end === 'done') return null;
  if (stream.end === 'too-deep') {
    return diag(ctx.file, ctx.lineAt(stream.offset), 'yaml-too-deep', `collections nest more than ${maxDepth} levels deep here; the file is not read`);
  }
  // The whole file is refused, so the diagnostic is on its first line, as for a file too big.
  const what = stream.end === 'too-large' ? `more than ${MAX_LEXEMES} YAML tokens` : tooManyDocuments ? `more than ${MAX_DOCUMENTS} documents` : `more than ${MAX_YAML_ERRORS} YAML errors`;
  return diag(ctx.file, 1, 'yaml-too-large', `the file holds ${what} (the limit is passed on line ${ctx.lineAt(stream.offset)}); it is not read`);
}

/**
 * Parses, scans and composes the file token by token: the syntax tree of one document at a time.
 * uniqueKeys is checked by checkComposed in linear time (the library's check is quadratic);
 * logLevel 'error', as the library would print its warnings with process.emitWarning.
 */
function composeFile(ctx: FileContext, text: string, onNewLine: (offset: number) => void, maxDepth: number): Composed | Diagnostic {
  const composer = new Composer({ version: '1.1', uniqueKeys: false, customTags: withoutTimes, logLevel: 'error' });
  const dropped = capComposerErrors(composer, MAX_YAML_ERRORS);
  const scanner = new CstScanner();
  const docs: Document.Parsed[] = [];
  let documentTokens = 0;
  let errorTokens = 0;
  const stream = parseStream(
    text,
    onNewLine,
    (token) => {
      if (token.type === 'document' && ++documentTokens > MAX_DOCUMENTS) return false;
      if (token.type === 'error' && ++errorTokens > MAX_YAML_ERRORS) return false;
      scanner.add(token);
      for (const d of composer.next(token)) docs.push(d as Document.Parsed);
      return true;
    },
    maxDepth,
  );
  const refused = streamRefusal(ctx, stream, documentTokens > MAX_DOCUMENTS, maxDepth);
  if (refused) return refused;
  for (const d of composer.end()) docs.push(d as Document.Parsed);
  for (const err of composer.streamInfo().errors) ctx.diagnostics.push(diag(ctx.file, ctx.lineAt(err.pos[0]), 'yaml-syntax', `YAML syntax error: ${firstLine(err.message)}`));
  return { docs, scan: scanner.finish(), dropped };
}

function templateDiagnostic(ctx: FileContext, offset: number): Diagnostic {
  return diag(
    ctx.file,
    ctx.lineAt(offset),
    'template',
    'file holds a Go template (`{{ … }}`) and cannot be analysed as it is: render it first (helm template, kustomize build) or leave it out of the manifest globs',
  );
}

/** One composed document as plain data, or null (its problems are added to the context's diagnostics). */
function readDocument(ctx: FileContext, doc: Document.Parsed, scan: CstScan): RawDocument | null {
  const startLine = ctx.lineAt(doc.range?.[0] ?? 0);
  if (doc.errors.length) {
    for (const err of doc.errors) ctx.diagnostics.push(syntaxError(ctx, err, scan));
    return null;
  }
  if (doc.contents === null) return null;
  const problems = checkComposed(doc, ctx.lineAt);
  if (problems.length) {
    for (const p of problems) ctx.diagnostics.push(diag(ctx.file, ctx.lineAt(p.offset), p.code, `${p.message}; the document is not read`));
    return null;
  }
  let value: unknown;
  try {
    // checkComposed has bounded the aliases; the library's own count (-1 turns it off) walks
    // the whole document once per anchor.
    value = doc.toJS({ maxAliasCount: -1 });
  } catch (e) {
    // An alias before its anchor, for one.
    ctx.diagnostics.push(diag(ctx.file, startLine, 'yaml-syntax', `document cannot be read: ${firstLine((e as Error).message)}`));
    return null;
  }
  // Warnings (an unknown tag such as !!python/object) matter only in Kubernetes objects; other
  // YAML in the repository (CloudFormation's !Ref) is none of our business.
  if (looksLikeObject(value)) {
    for (const w of doc.warnings) ctx.diagnostics.push(diag(ctx.file, ctx.lineAt(w.pos[0]), 'yaml-warning', `YAML: ${firstLine(w.message)}`, 'warning'));
  }
  return { file: ctx.file, value, lineOf: documentLines(doc, ctx.lineAt, startLine) };
}

/**
 * Parses every document of a YAML or JSON file (YAML 1.1, as Kubernetes reads it: a bare `y` is
 * a boolean). Syntax errors become diagnostics with their line; the file's other documents are
 * still returned. Hostile input stays bounded: no recursion deeper than MAX_DEPTH, no quadratic
 * step, alias expansion capped (src/yaml/guards.ts).
 */
export function parseDocuments(file: string, text: string, options: ReadOptions = {}): ParsedFile {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const bad = textProblem(text);
  if (bad) return { documents: [], diagnostics: [diag(file, text.slice(0, bad.offset).split('\n').length, bad.code, bad.message)] };
  const lc = new LineCounter();
  const ctx: FileContext = { file, lineAt: (offset) => lc.linePos(offset).line, diagnostics: [] };
  const composed = composeFile(ctx, text, lc.addNewLine, options.maxDepth ?? MAX_DEPTH);
  if (!('docs' in composed)) return { documents: [], diagnostics: [composed] };
  const template = findTemplate(text, composed.scan.dataRanges);
  if (template !== null) return { documents: [], diagnostics: [templateDiagnostic(ctx, template)] };
  const documents: RawDocument[] = [];
  for (const doc of composed.docs) {
    const read = readDocument(ctx, doc, composed.scan);
    if (read) documents.push(read);
  }
  return { documents, diagnostics: capped(file, ctx.diagnostics, composed.dropped()) };
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}
