import { Composer, LineCounter, isNode, type Document, type Tags, type YAMLError } from 'yaml';
import type { Diagnostic } from '../model/types';
import { CstScanner, findTemplate, openerBefore, type CstScan } from './scan-cst';
import { capComposerErrors, checkComposed, MAX_DEPTH, MAX_LEXEMES, parseStream } from './guards';

export type Path = readonly (string | number)[];

/** One YAML or JSON document of a file, as plain data, with a way back to its lines. */
export interface RawDocument {
  file: string;
  value: unknown;
  /** The 1-based line of the node at `path`, or of its nearest existing ancestor. */
  lineOf(path: Path): number;
}

export interface ParsedFile {
  documents: RawDocument[];
  diagnostics: Diagnostic[];
}

/** The yaml library's alias budget, for small files parsed directly (the rules file). */
export const MAX_ALIAS_COUNT = 1000;
/** Diagnostics one file may give: past this, a broken file would bury everything else. */
export const MAX_FILE_DIAGNOSTICS = 20;
/** YAML errors kept for one file (the rest are counted); past this many error tokens, reading stops. */
export const MAX_YAML_ERRORS = 200;
/** Documents one file may hold: each costs the yaml library a kilobyte or so. */
export const MAX_DOCUMENTS = 100_000;

function diag(file: string, line: number, code: string, message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return { severity, code, file, line, message };
}

function lineFinder(doc: Document, lc: LineCounter, startLine: number): (path: Path) => number {
  return (path) => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lc.linePos(node.range[0]).line;
    }
    return startLine;
  };
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

/** A syntax error's line; an unclosed quote or bracket is reported where it opens, not at the end of the file. */
function syntaxError(file: string, err: YAMLError, scan: CstScan, lineAt: (offset: number) => number): Diagnostic {
  const at = lineAt(err.pos[0]);
  const opener = err.code === 'MISSING_CHAR' || err.code === 'BAD_INDENT' ? openerBefore(scan, err.pos[0]) : null;
  if (opener !== null && lineAt(opener) < at) {
    return diag(file, lineAt(opener), 'yaml-syntax', `YAML syntax error: ${firstLine(err.message)} (opened on this line, still open on line ${at})`);
  }
  return diag(file, at, 'yaml-syntax', `YAML syntax error: ${firstLine(err.message)}`);
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

/**
 * Parses every document of a YAML or JSON file (YAML 1.1, as Kubernetes reads it: a bare `y` is
 * a boolean). Syntax errors become diagnostics with their line; the file's other documents are
 * still returned. Hostile input stays bounded: no recursion deeper than MAX_DEPTH, no quadratic
 * step, alias expansion capped.
 */
export function parseDocuments(file: string, text: string): ParsedFile {
  const diagnostics: Diagnostic[] = [];
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000')) {
    return { documents: [], diagnostics: [diag(file, 1, 'binary-file', 'file holds binary data (a NUL byte), not YAML or JSON text')] };
  }
  if (text.includes('\ufffd')) {
    const line = text.slice(0, text.indexOf('\ufffd')).split('\n').length;
    return { documents: [], diagnostics: [diag(file, line, 'not-utf8', 'file is not valid UTF-8 text')] };
  }
  const lc = new LineCounter();
  const lineAt = (offset: number) => lc.linePos(offset).line;
  // Parsed, scanned and composed token by token: the syntax tree of one document at a time.
  // uniqueKeys is checked by checkComposed in linear time (the library's check is quadratic);
  // logLevel 'error', as the library would print its warnings with process.emitWarning.
  const composer = new Composer({ version: '1.1', uniqueKeys: false, customTags: withoutTimes, logLevel: 'error' });
  const dropped = capComposerErrors(composer, MAX_YAML_ERRORS);
  const scanner = new CstScanner();
  const docs: Document.Parsed[] = [];
  let documentTokens = 0;
  let errorTokens = 0;
  const stream = parseStream(text, lc.addNewLine, (token) => {
    if (token.type === 'document' && ++documentTokens > MAX_DOCUMENTS) return false;
    if (token.type === 'error' && ++errorTokens > MAX_YAML_ERRORS) return false;
    scanner.add(token);
    for (const d of composer.next(token)) docs.push(d as Document.Parsed);
    return true;
  });
  if (stream.end === 'too-deep') {
    return { documents: [], diagnostics: [diag(file, lineAt(stream.offset), 'yaml-too-deep', `collections nest more than ${MAX_DEPTH} levels deep here; the file is not read`)] };
  }
  if (stream.end === 'stopped' || stream.end === 'too-large') {
    // The whole file is refused, so the diagnostic is on its first line, as for a file too big.
    const what =
      stream.end === 'too-large' ? `more than ${MAX_LEXEMES} YAML tokens` : documentTokens > MAX_DOCUMENTS ? `more than ${MAX_DOCUMENTS} documents` : `more than ${MAX_YAML_ERRORS} YAML errors`;
    return { documents: [], diagnostics: [diag(file, 1, 'yaml-too-large', `the file holds ${what} (the limit is passed on line ${lineAt(stream.offset)}); it is not read`)] };
  }
  for (const d of composer.end()) docs.push(d as Document.Parsed);
  for (const err of composer.streamInfo().errors) diagnostics.push(diag(file, lineAt(err.pos[0]), 'yaml-syntax', `YAML syntax error: ${firstLine(err.message)}`));
  const scan = scanner.finish();
  const template = findTemplate(text, scan.dataRanges);
  if (template !== null) {
    return {
      documents: [],
      diagnostics: [
        diag(
          file,
          lineAt(template),
          'template',
          'file holds a Go template (`{{ … }}`) and cannot be analysed as it is: render it first (helm template, kustomize build) or leave it out of the manifest globs',
        ),
      ],
    };
  }
  const documents: RawDocument[] = [];
  for (const doc of docs) {
    const startLine = lineAt(doc.range?.[0] ?? 0);
    if (doc.errors.length) {
      for (const err of doc.errors) diagnostics.push(syntaxError(file, err, scan, lineAt));
      continue;
    }
    if (doc.contents === null) continue;
    const problems = checkComposed(doc, lineAt);
    if (problems.length) {
      for (const p of problems) diagnostics.push(diag(file, lineAt(p.offset), p.code, `${p.message}; the document is not read`));
      continue;
    }
    let value: unknown;
    try {
      // checkComposed has bounded the aliases; the library's own count (-1 turns it off) walks
      // the whole document once per anchor.
      value = doc.toJS({ maxAliasCount: -1 });
    } catch (e) {
      // An alias before its anchor, for one.
      diagnostics.push(diag(file, startLine, 'yaml-syntax', `document cannot be read: ${firstLine((e as Error).message)}`));
      continue;
    }
    // Warnings (an unknown tag such as !!python/object) matter only in Kubernetes objects; other
    // YAML in the repository (CloudFormation's !Ref) is none of our business.
    if (looksLikeObject(value)) {
      for (const w of doc.warnings) diagnostics.push(diag(file, lineAt(w.pos[0]), 'yaml-warning', `YAML: ${firstLine(w.message)}`, 'warning'));
    }
    documents.push({ file, value, lineOf: lineFinder(doc, lc, startLine) });
  }
  return { documents, diagnostics: capped(file, diagnostics, dropped()) };
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}
