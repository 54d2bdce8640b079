import { Composer, type CollectionTag, type Document, type ScalarTag, type Tags, type YAMLError } from 'yaml';
import { resolvePlainV2 } from './resolve-v2';
import type { Diagnostic } from '../model/types';
import { capComposerErrors, checkComposed, MAX_DEPTH, MAX_DOCUMENTS, MAX_FILE_DIAGNOSTICS, MAX_LEXEMES, MAX_YAML_ERRORS, parseStream, textProblem, type StreamEnd } from './guards';
import { documentLines, type LineOf, type Path } from './lines';
import { reindentContinuations, splitKubeStream, type Chunk } from './kube-stream';
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

/** `!!int 80` and `!!float 80` as go-yaml v2 reads them (a number when the text is one; JSON has one kind of number). */
const EXPLICIT_NUMBERS: ScalarTag[] = ['int', 'float'].map((t) => ({
  tag: `tag:yaml.org,2002:${t}`,
  resolve: (text: string, onError: (message: string) => void) => {
    const v = resolvePlainV2(text);
    if (typeof v !== 'number') onError(`cannot decode \`${text}\` as a !!${t}`);
    return v;
  },
}));

/**
 * The YAML 1.1 tags less its times: Kubernetes decodes with go-yaml v2, which keeps a timestamp
 * (`2024-01-01`) or a sexagesimal number (`12:30`) as the string written, so a label value
 * `2024-01-01` is valid there and must stay a string here. The 1.1 schema hands over its tag
 * objects (never tag names).
 */
function withoutTimes(tags: Tags): Tags {
  return [...EXPLICIT_NUMBERS, ...(tags as (ScalarTag | CollectionTag)[]).filter((t) => t.tag !== 'tag:yaml.org,2002:timestamp' && t.format !== 'TIME')];
}

/** What reading one file needs everywhere: its name, its lines, the diagnostics so far, and the budgets spent. */
interface FileContext {
  file: string;
  lineAt: (offset: number) => number;
  diagnostics: Diagnostic[];
  maxDepth: number;
  /** Spent across the file's chunks (shared by the copies of the context that a retry makes). */
  spent: { documentTokens: number; errorTokens: number; lexemes: number; dropped: number };
}

/** Lines of one chunk (offsets in the chunk's text) and where its problems go. */
type ChunkContext = Pick<FileContext, 'file' | 'lineAt' | 'diagnostics'>;

/** The documents of one chunk composed by the yaml library, and the scan of its syntax tree. */
interface Composed {
  docs: Document.Parsed[];
  scan: CstScan;
  /** Composer errors past MAX_YAML_ERRORS, not kept. */
  dropped: number;
}

/** Offset → 1-based line, counting `\n` only (the lines an editor and GitHub show). */
function lineCounter(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

/** A syntax error's line; an unclosed quote or bracket is reported where it opens, not at the end of the file. */
function syntaxError(ctx: ChunkContext, err: YAMLError, scan: CstScan): Diagnostic {
  const at = ctx.lineAt(err.pos[0]);
  const opener = err.code === 'MISSING_CHAR' || err.code === 'BAD_INDENT' ? openerBefore(scan, err.pos[0]) : null;
  if (opener !== null && ctx.lineAt(opener) < at) {
    return diag(ctx.file, ctx.lineAt(opener), 'yaml-syntax', `YAML syntax error: ${firstLine(err.message)} (opened on this line, still open on line ${at})`);
  }
  return diag(ctx.file, at, 'yaml-syntax', `YAML syntax error: ${firstLine(err.message)}`);
}

/** The first MAX_FILE_DIAGNOSTICS diagnostics by line, then one that counts the rest (and those never kept). */
function capped(file: string, diagnostics: Diagnostic[], uncounted: number): Diagnostic[] {
  // A stable sort: diagnostics of one line keep their order.
  const sorted = diagnostics.sort((a, b) => a.line - b.line);
  if (sorted.length <= MAX_FILE_DIAGNOSTICS && !uncounted) return sorted;
  const rest = sorted.length - MAX_FILE_DIAGNOSTICS + uncounted;
  const kept = sorted.slice(0, MAX_FILE_DIAGNOSTICS);
  const severity = uncounted || sorted.slice(MAX_FILE_DIAGNOSTICS).some((d) => d.severity === 'error') ? 'error' : 'warning';
  // Stryker disable next-line OptionalChaining: one diagnostic at least is kept (dropped errors belong to a document whose errors, or the warning that ignores it, are kept)
  kept.push(diag(file, kept[kept.length - 1]?.line ?? 1, 'too-many-diagnostics', `${rest} more problem${rest === 1 ? '' : 's'} in this file not shown`, severity));
  return kept;
}

/** The diagnostic of a stream that was cut short: the whole file is refused. */
function streamRefusal(ctx: FileContext, stream: Exclude<StreamEnd, { end: 'done' }>, at: (offset: number) => number): Diagnostic {
  if (stream.end === 'too-deep') {
    return diag(ctx.file, at(stream.offset), 'yaml-too-deep', `collections nest more than ${ctx.maxDepth} levels deep here; the file is not read`);
  }
  // The whole file is refused, so the diagnostic is on its first line, as for a file too big.
  const what =
    stream.end === 'too-large' ? `more than ${MAX_LEXEMES} YAML tokens` : ctx.spent.documentTokens > MAX_DOCUMENTS ? `more than ${MAX_DOCUMENTS} documents` : `more than ${MAX_YAML_ERRORS} YAML errors`;
  return diag(ctx.file, 1, 'yaml-too-large', `the file holds ${what} (the limit is passed on line ${at(stream.offset)}); it is not read`);
}

/**
 * Parses, scans and composes one chunk token by token: the syntax tree of one document at a time.
 * uniqueKeys is checked by checkComposed in linear time (the library's check is quadratic);
 * logLevel 'error', as the library would print its warnings with process.emitWarning.
 */
function composeChunk(ctx: FileContext, chunk: Chunk, at: (offset: number) => number): Composed | Diagnostic {
  const composer = new Composer({
    version: '1.1',
    uniqueKeys: false,
    customTags: withoutTimes,
    // Stryker disable next-line StringLiteral: any level but 'warn' and 'debug' prints nothing; the warnings stay in doc.warnings
    logLevel: 'error',
  });
  const dropped = capComposerErrors(composer, MAX_YAML_ERRORS);
  const scanner = new CstScanner();
  const docs: Document.Parsed[] = [];
  const stream = parseStream(
    chunk.text,
    () => {},
    (token) => {
      if (token.type === 'document' && ++ctx.spent.documentTokens > MAX_DOCUMENTS) return false;
      if (token.type === 'error' && ++ctx.spent.errorTokens > MAX_YAML_ERRORS) return false;
      scanner.add(token);
      for (const d of composer.next(token)) docs.push(d as Document.Parsed);
      return true;
    },
    ctx.maxDepth,
    MAX_LEXEMES - ctx.spent.lexemes,
  );
  if (stream.end !== 'done') return streamRefusal(ctx, stream, at);
  ctx.spent.lexemes += stream.lexemes;
  for (const d of composer.end()) docs.push(d as Document.Parsed);
  for (const err of composer.streamInfo().errors) ctx.diagnostics.push(diag(ctx.file, at(err.pos[0]), 'yaml-syntax', `YAML syntax error: ${firstLine(err.message)}`));
  return { docs, scan: scanner.finish(), dropped: dropped() };
}

function templateDiagnostic(ctx: FileContext, line: number): Diagnostic {
  return diag(
    ctx.file,
    line,
    'template',
    'file holds a Go template (`{{ … }}`) and cannot be analysed as it is: render it first (helm template, kustomize build) or leave it out of the manifest globs',
  );
}

/** The path to the first NaN or infinity in plain data, or null when it holds none. */
function nonFinitePath(v: unknown): Path | null {
  // Stryker disable next-line ArrayDeclaration: a path one step longer than the value's names no node, and lineOf gives the line of the deepest one it names
  if (typeof v === 'number') return Number.isFinite(v) ? null : [];
  if (typeof v !== 'object' || v === null) return null;
  for (const [k, x] of Object.entries(v)) {
    const p = nonFinitePath(x);
    if (p) return [k, ...p];
  }
  return null;
}

/** One composed document as plain data, or null (its problems are added to the context's diagnostics). */
function readDocument(ctx: ChunkContext, doc: Document.Parsed, scan: CstScan): RawDocument | null {
  const startLine = ctx.lineAt(doc.range[0]);
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
  const lineOf = documentLines(doc, ctx.lineAt, startLine);
  // sigs.k8s.io/yaml turns a document into JSON, which has no NaN or infinity (`.nan`, `-.inf`,
  // `!!float .inf`): kubectl refuses the document ("json: unsupported value: +Inf", reference reader).
  const odd = nonFinitePath(value);
  if (odd) {
    ctx.diagnostics.push(diag(ctx.file, lineOf(odd), 'yaml-not-json', 'kubectl refuses this document: JSON has no NaN or infinity (`.nan`, `.inf`), and kubectl reads a document as JSON; the document is not read'));
    return null;
  }
  // Warnings (an unknown tag such as !!python/object) matter only in Kubernetes objects; other
  // YAML in the repository (CloudFormation's !Ref) is none of our business.
  if (looksLikeObject(value)) {
    for (const w of doc.warnings) ctx.diagnostics.push(diag(ctx.file, ctx.lineAt(w.pos[0]), 'yaml-warning', `YAML: ${firstLine(w.message)}`, 'warning'));
  }
  return { file: ctx.file, value, lineOf };
}

const failed = (c: Composed | Diagnostic, diagnostics: Diagnostic[]): boolean => !('docs' in c) || diagnostics.length > 0 || c.docs.some((d) => d.errors.length > 0);

/**
 * Composes a chunk; when YAML refuses it and reindentContinuations changes it (a tab-indented
 * flow collection, a quoted scalar continued at its key's indent: go-yaml v2 reads both), the
 * changed text is used if it composes without error. Its lines are the chunk's lines; `text` is
 * the text composed (offsets of the scan are in it).
 */
function composeReindented(ctx: FileContext, chunk: Chunk): { composed: Composed | Diagnostic; at: (offset: number) => number; text: string } {
  const at = (offset: number) => ctx.lineAt(chunk.offset + offset);
  const own: Diagnostic[] = [];
  const composed = composeChunk({ ...ctx, diagnostics: own }, chunk, at);
  const again = failed(composed, own) ? reindentContinuations(chunk.text) : null;
  if (again !== null) {
    const first = at(0);
    const lineIn = lineCounter(again);
    const atAgain = (offset: number) => first + lineIn(offset) - 1;
    const trial: Diagnostic[] = [];
    const retried = composeChunk({ ...ctx, diagnostics: trial }, { text: again, offset: chunk.offset }, atAgain);
    if (!failed(retried, trial)) return { composed: retried, at: atAgain, text: again };
  }
  ctx.diagnostics.push(...own);
  return { composed, at, text: chunk.text };
}

/**
 * The documents of one chunk as kubectl reads them: the first document only; text after a `...`
 * end marker, or after a `---` that a YAML 1.1 break starts (kube-stream.ts does not cut there),
 * is ignored by kubectl and kustomize alike, so it is ignored here, with a warning.
 */
function readChunk(ctx: FileContext, chunk: Chunk): RawDocument[] | Diagnostic {
  const { composed, at, text } = composeReindented(ctx, chunk);
  if (!('docs' in composed)) return composed;
  // Only the composition kept counts its dropped errors (a retry that composes had none).
  ctx.spent.dropped += composed.dropped;
  const template = findTemplate(text, composed.scan.dataRanges);
  if (template !== null) return templateDiagnostic(ctx, at(template));
  const [first, ...rest] = composed.docs;
  const ignored = rest.find((d) => d.contents !== null || d.errors.length);
  if (ignored) {
    ctx.diagnostics.push(
      diag(ctx.file, at(ignored.range[0]), 'yaml-ignored-document', 'this text is a second document in the same `---` section (after a `...` end marker, or a `---` that only a YAML 1.1 line break such as U+2028 puts at a line start): kubectl and kustomize read only the first document of a section, so it is ignored', 'warning'),
    );
  }
  const read = first ? readDocument({ file: ctx.file, lineAt: at, diagnostics: ctx.diagnostics }, first, composed.scan) : null;
  return read ? [read] : [];
}

/** A file holding `{{` and `}}` that YAML cannot read is a template (Helm), whatever the parser says first. */
const TEMPLATE_LINE = /^[ \t]*\{\{-?\s/m;

/**
 * Parses every document of a YAML or JSON file as kubectl reads it (src/yaml/kube-stream.ts: cut
 * on `---` lines or read as a JSON stream; YAML 1.1 scalars as go-yaml v2 resolves them, so a bare
 * `y` is a boolean and `0o17` a number). Syntax errors become diagnostics with their line; the
 * file's other documents are still returned. Hostile input stays bounded: no recursion deeper
 * than MAX_DEPTH, no quadratic step, alias expansion capped (src/yaml/guards.ts).
 */
export function parseDocuments(file: string, text: string, options: ReadOptions = {}): ParsedFile {
  const bad = textProblem(text);
  if (bad) return { documents: [], diagnostics: [diag(file, text.slice(0, bad.offset).split('\n').length, bad.code, bad.message)] };
  const stream = splitKubeStream(text);
  const spent = { documentTokens: 0, errorTokens: 0, lexemes: 0, dropped: 0 };
  const ctx: FileContext = { file, lineAt: lineCounter(text), diagnostics: [], maxDepth: options.maxDepth ?? MAX_DEPTH, spent };
  if (stream.chunks.length > MAX_DOCUMENTS) {
    const line = ctx.lineAt(stream.chunks[MAX_DOCUMENTS]!.offset);
    return { documents: [], diagnostics: [diag(file, 1, 'yaml-too-large', `the file holds more than ${MAX_DOCUMENTS} documents (the limit is passed on line ${line}); it is not read`)] };
  }
  for (const p of stream.problems) ctx.diagnostics.push(diag(file, ctx.lineAt(p.offset), p.code, p.message, p.severity ?? 'error'));
  const documents: RawDocument[] = [];
  for (const chunk of stream.chunks) {
    const read = readChunk(ctx, chunk);
    if (!Array.isArray(read)) {
      // A Helm template fails to parse long before its first `{{` in YAML structure is seen.
      if (read.code === 'yaml-too-large' && TEMPLATE_LINE.test(text)) return { documents: [], diagnostics: [templateDiagnostic(ctx, ctx.lineAt(TEMPLATE_LINE.exec(text)!.index))] };
      return { documents: [], diagnostics: [read] };
    }
    documents.push(...read);
  }
  return { documents, diagnostics: capped(file, ctx.diagnostics, ctx.spent.dropped) };
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}
