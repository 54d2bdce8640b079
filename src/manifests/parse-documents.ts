import { LineCounter, parseAllDocuments, isNode, type Document } from 'yaml';
import type { Diagnostic } from '../model/types';

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

/** Limits that keep hostile input bounded (an alias bomb, a huge file). */
export const MAX_ALIAS_COUNT = 1000;

const TEMPLATE = /\{\{[\s\S]*?\}\}/;

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

/**
 * Parses every document of a YAML or JSON file (YAML 1.1, as Kubernetes reads it: a bare `y` is
 * a boolean). Syntax errors become diagnostics with their line; the file's other documents are
 * still returned.
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
  const tm = TEMPLATE.exec(text);
  if (tm) {
    const line = text.slice(0, tm.index).split('\n').length;
    return {
      documents: [],
      diagnostics: [
        diag(
          file,
          line,
          'template',
          'file holds a Go template (`{{ … }}`) and cannot be analysed as it is: render it first (helm template, kustomize build) or leave it out of the manifest globs',
        ),
      ],
    };
  }
  const lc = new LineCounter();
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { lineCounter: lc, version: '1.1', prettyErrors: false, uniqueKeys: true }) as Document.Parsed[];
  } catch (e) {
    return { documents: [], diagnostics: [diag(file, 1, 'yaml-syntax', `cannot parse: ${(e as Error).message}`)] };
  }
  if (!Array.isArray(docs)) docs = [docs];
  const documents: RawDocument[] = [];
  for (const doc of docs) {
    const startLine = lc.linePos(doc.range?.[0] ?? 0).line;
    if (doc.errors.length) {
      for (const err of doc.errors) {
        const line = err.linePos?.[0]?.line ?? lc.linePos(err.pos[0]).line;
        diagnostics.push(diag(file, line, 'yaml-syntax', `YAML syntax error: ${firstLine(err.message)}`));
      }
      continue;
    }
    if (doc.contents === null) continue;
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      const msg = (e as Error).message;
      const code = /alias/i.test(msg) ? 'yaml-alias-limit' : 'yaml-syntax';
      diagnostics.push(diag(file, startLine, code, `document cannot be read: ${firstLine(msg)}`));
      continue;
    }
    documents.push({ file, value, lineOf: lineFinder(doc, lc, startLine) });
  }
  return { documents, diagnostics };
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}
