import { MAX_DOCUMENTS, MAX_FAST_CHARS, MAX_FAST_DEPTH, MAX_FAST_KEY, textProblem } from './guards';
import type { Path } from './lines';
import { parseDocuments, type ParsedFile, type RawDocument } from './parse-documents';

/**
 * A fast path for the YAML that Kubernetes repositories are made of: block mappings and
 * sequences, plain and quoted one-line scalars, one-line flow collections of scalars, comments and
 * `---` between documents. It gives the same values as the yaml library reading YAML 1.1 and the
 * same lines (the line where the library's node starts), and gives up (null) on anything else:
 * anchors, aliases, tags, block scalars, multi-line scalars, duplicate keys, tabs, CR, templates,
 * BOM, JSON files. The caller then uses the full parser, which also reports every problem; so
 * this path never produces a diagnostic.
 */
class GiveUp extends Error {}
const giveUp = (): never => {
  throw new GiveUp();
};

/** Lines of a block node, built only when a caller asks for a line below the document's root. */
interface LineNode {
  line: number;
  /** The line of the key that holds this node, when a mapping does (`key:` above the block). */
  keyLine?: number;
  /** Per key (mappings) or index (sequences): a child collection, or the line of a scalar. */
  children: Map<string, LineNode | number> | (LineNode | number)[];
}

const PLAIN_KEY = /^[A-Za-z_/][A-Za-z0-9_./-]*$/;
const TRUE = /^(?:y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
const FALSE = /^(?:n|N|no|No|NO|false|False|FALSE|off|Off|OFF)$/;
const NULL = /^(?:~|null|Null|NULL)$/;
const SMALL_INT = /^-?(?:0|[1-9][0-9]{0,14})$/;

/** A plain key that YAML 1.1 reads as that string (`on` and `yes` are booleans, `~` null). */
function plainKey(k: string): boolean {
  return PLAIN_KEY.test(k) && !(k.length <= 5 && (TRUE.test(k) || FALSE.test(k) || NULL.test(k)));
}

/**
 * Plain scalars other than words and small integers, resolved once per file by the full parser.
 * One cache per call, not per module: a long-running process (the action, a test run) keeps
 * no state between files, and the cache cannot grow past one file's scalars.
 */
type Resolved = Map<string, unknown>;

/**
 * The value of a plain scalar exactly as parseDocuments reads it (YAML 1.1 as Kubernetes does:
 * `yes` is true, `0755` is 493). Words that start with a letter are strings unless they are one
 * of the boolean or null words; small decimal integers are numbers; the rest (and those words)
 * are asked of the full parser once each, so the two paths cannot disagree on resolution.
 */
function plainValue(s: string, resolved: Resolved): unknown {
  const c = s.charCodeAt(0);
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 47;
  if (letter && !(s.length <= 5 && (TRUE.test(s) || FALSE.test(s) || NULL.test(s)))) return s;
  if (SMALL_INT.test(s) && s !== '-0') return Number(s);
  if (c === 45 && (s.length === 1 || s.charCodeAt(1) === 32)) giveUp(); // `-` and `- x` are not scalars
  if ('&*!|>%@`?#,[]{}"\''.includes(s[0]!)) giveUp();
  if (resolved.has(s)) return resolved.get(s);
  const full = parseDocuments('', `k: ${s}\n`);
  const doc = full.documents[0]?.value as { k?: unknown } | undefined;
  if (full.diagnostics.length || full.documents.length !== 1 || !doc || typeof doc !== 'object' || Object.keys(doc).length !== 1) giveUp();
  const value = doc!.k;
  if (typeof value === 'object' && value !== null) giveUp(); // a timestamp as a Date, or anything odd
  if (resolved.size < 10_000) resolved.set(s, value);
  return value;
}

/** The end of a double-quoted scalar starting at `i`, and its value; only JSON escapes are taken. */
function doubleQuoted(s: string, i: number): [number, string] {
  let j = i + 1;
  let escapes = false;
  while (j < s.length && s[j] !== '"') {
    if (s[j] === '\\') {
      if (!'"\\nt'.includes(s[j + 1] ?? '')) giveUp();
      escapes = true;
      j += 2;
    } else j++;
  }
  if (j >= s.length) giveUp();
  const raw = s.slice(i + 1, j);
  return [j + 1, escapes ? (JSON.parse(`"${raw}"`) as string) : raw];
}

function singleQuoted(s: string, i: number): [number, string] {
  let j = i + 1;
  let out = '';
  for (;;) {
    const q = s.indexOf("'", j);
    if (q < 0) giveUp();
    out += s.slice(j, q);
    if (s[q + 1] === "'") {
      out += "'";
      j = q + 2;
    } else return [q + 1, out];
  }
}

/** Only spaces and a comment may follow a value on its line. */
function expectEnd(s: string, i: number): void {
  let j = i;
  while (s.charCodeAt(j) === 32) j++;
  if (j < s.length && !(s[j] === '#' && j > i)) giveUp();
}

/** The end of the value text on a line: before ` #`, without trailing spaces. */
function plainEnd(s: string, i: number): number {
  const hash = s.indexOf(' #', i);
  let end = hash < 0 ? s.length : hash;
  while (end > i && s.charCodeAt(end - 1) === 32) end--;
  return end;
}

const FLOW_PLAIN = /^[A-Za-z0-9_./-][A-Za-z0-9_./ -]*$/;

/** A one-line flow collection of scalars: `[a, "b"]`, `{app: web}`, `[]`, `{}`. */
function flow(s: string, i: number, resolved: Resolved): [number, unknown] {
  const close = s[i] === '[' ? ']' : '}';
  const isMap = close === '}';
  const out: unknown[] = [];
  const map: Record<string, unknown> = {};
  let j = i + 1;
  const skip = () => {
    while (s.charCodeAt(j) === 32) j++;
  };
  const scalar = (key: boolean): unknown => {
    skip();
    if (s[j] === '"' || s[j] === "'") {
      const [end, v] = s[j] === '"' ? doubleQuoted(s, j) : singleQuoted(s, j);
      j = end;
      return v;
    }
    let k = j;
    while (k < s.length && !',[]{}#'.includes(s[k]!) && !(s[k] === ':' && (key || s[k + 1] === ' ' || s[k + 1] === ',' || s[k + 1] === close))) k++;
    let e = k;
    while (e > j && s.charCodeAt(e - 1) === 32) e--;
    const text = s.slice(j, e);
    if (!text || !FLOW_PLAIN.test(text)) giveUp();
    j = k;
    if (key && !plainKey(text)) giveUp();
    return key ? text : plainValue(text, resolved);
  };
  skip();
  if (s[j] === close) return [j + 1, isMap ? map : out];
  for (;;) {
    if (isMap) {
      const key = scalar(true) as string;
      if (typeof key !== 'string' || key === '__proto__' || Object.prototype.hasOwnProperty.call(map, key)) giveUp();
      skip();
      if (s[j] !== ':' || s[j + 1] !== ' ') giveUp();
      j++;
      map[key] = scalar(false);
    } else out.push(scalar(false));
    skip();
    if (s[j] === ',') {
      j++;
      continue;
    }
    if (s[j] === close) return [j + 1, isMap ? map : out];
    return giveUp();
  }
}

/** A content line: its number (1-based), indentation and text. `col` is where its content starts. */
interface Line {
  no: number;
  indent: number;
  text: string;
}

class DocParser {
  private i = 0;

  private readonly lines: Line[];

  constructor(
    lines: readonly Line[],
    private readonly withLines: boolean,
    private readonly resolved: Resolved,
  ) {
    // Compact mappings (`- name: x`) replace their line with a shifted copy: copy the array.
    this.lines = lines.slice();
  }

  /** The root node; throws GiveUp when anything is outside the subset. */
  root(): { value: unknown; lines: LineNode | number } {
    const first = this.lines[0]!;
    const r = this.node(first.indent, 0);
    if (this.i < this.lines.length) giveUp();
    return r;
  }

  private node(indent: number, depth: number): { value: unknown; lines: LineNode | number } {
    if (depth > MAX_FAST_DEPTH) giveUp();
    const line = this.lines[this.i]!;
    if (line.text[0] === '-' && (line.text.length === 1 || line.text[1] === ' ')) return this.seq(indent, depth);
    return this.map(indent, depth);
  }

  /** An inline value after `key: ` or `- ` (never empty). */
  private inline(s: string, i: number): unknown {
    const c = s[i]!;
    if (c === '"' || c === "'") {
      const [end, v] = c === '"' ? doubleQuoted(s, i) : singleQuoted(s, i);
      expectEnd(s, end);
      return v;
    }
    if (c === '[' || c === '{') {
      const [end, v] = flow(s, i, this.resolved);
      expectEnd(s, end);
      return v;
    }
    const end = plainEnd(s, i);
    const text = s.slice(i, end);
    // `a: b: c` and `a: b:` are nested mappings or errors, not scalars.
    if (text.includes(': ') || text.endsWith(':')) giveUp();
    return plainValue(text, this.resolved);
  }

  /** A value whose text is empty on its own line: the block below it, or null. */
  private below(parentIndent: number, line: number, depth: number, seqAtSameIndent: boolean): { value: unknown; lines: LineNode | number } {
    const next = this.lines[this.i];
    if (next && next.indent > parentIndent) return this.node(next.indent, depth + 1);
    // Kubernetes style: a sequence under a key at the key's own indentation.
    if (seqAtSameIndent && next && next.indent === parentIndent && next.text[0] === '-' && (next.text.length === 1 || next.text[1] === ' ')) return this.seq(parentIndent, depth + 1);
    return { value: null, lines: line };
  }

  /** The next line of the block at `indent`, or null where the block ends; a deeper line is not for the fast path. */
  private nextAt(indent: number): Line | null {
    const line = this.lines[this.i];
    if (!line || line.indent < indent) return null;
    if (line.indent > indent) giveUp();
    return line;
  }

  private map(indent: number, depth: number): { value: unknown; lines: LineNode | number } {
    const value: Record<string, unknown> = {};
    const children = this.withLines ? new Map<string, LineNode | number>() : null;
    const start = this.lines[this.i]!.no;
    for (let line = this.nextAt(indent); line; line = this.nextAt(indent)) {
      const s = line.text;
      let key: string;
      let j: number;
      if (s[0] === '"' || s[0] === "'") {
        [j, key] = s[0] === '"' ? doubleQuoted(s, 0) : singleQuoted(s, 0);
      } else {
        j = s.indexOf(':');
        if (j <= 0) giveUp();
        key = s.slice(0, j);
        if (!plainKey(key)) giveUp();
      }
      if (s[j] !== ':' || (j + 1 < s.length && s[j + 1] !== ' ') || key.length > MAX_FAST_KEY || key === '__proto__') giveUp();
      if (Object.prototype.hasOwnProperty.call(value, key)) giveUp();
      let k = j + 1;
      while (s.charCodeAt(k) === 32) k++;
      this.i++;
      if (k >= s.length || s[k] === '#') {
        const r = this.below(indent, line.no, depth, true);
        value[key] = r.value;
        if (typeof r.lines !== 'number') r.lines.keyLine = line.no;
        children?.set(key, r.lines);
      } else {
        value[key] = this.inline(s, k);
        children?.set(key, line.no);
        const next = this.lines[this.i];
        if (next && next.indent > indent) giveUp();
      }
    }
    return { value, lines: children ? { line: start, children } : start };
  }

  private seq(indent: number, depth: number): { value: unknown; lines: LineNode | number } {
    const value: unknown[] = [];
    const children: (LineNode | number)[] | null = this.withLines ? [] : null;
    const start = this.lines[this.i]!.no;
    for (let line = this.nextAt(indent); line; line = this.nextAt(indent)) {
      const s = line.text;
      if (!(s[0] === '-' && (s.length === 1 || s[1] === ' '))) break;
      let k = 1;
      while (s.charCodeAt(k) === 32) k++;
      if (k >= s.length || s[k] === '#') {
        this.i++;
        const r = this.below(indent, line.no, depth, false);
        value.push(r.value);
        children?.push(r.lines);
        continue;
      }
      const rest = s.slice(k);
      if (rest[0] === '-' && (rest.length === 1 || rest[1] === ' ')) giveUp();
      if (isKeyLine(rest)) {
        // A compact mapping: `- name: x` starts a mapping at the column of `name`.
        this.lines[this.i] = { no: line.no, indent: indent + k, text: rest };
        const r = this.map(indent + k, depth + 1);
        value.push(r.value);
        children?.push(r.lines);
        continue;
      }
      this.i++;
      value.push(this.inline(s, k));
      children?.push(line.no);
      const next = this.lines[this.i];
      if (next && next.indent > indent) giveUp();
    }
    return { value, lines: children ? { line: start, children } : start };
  }
}

/** Whether the text starts with `key:` followed by a space or the end of the line. */
function isKeyLine(s: string): boolean {
  if (s[0] === '"' || s[0] === "'") {
    try {
      const [j] = s[0] === '"' ? doubleQuoted(s, 0) : singleQuoted(s, 0);
      return s[j] === ':' && (j + 1 === s.length || s[j + 1] === ' ');
    } catch {
      return false;
    }
  }
  const j = s.indexOf(':');
  return j > 0 && (j + 1 === s.length || s[j + 1] === ' ') && plainKey(s.slice(0, j));
}

/** The line contract of src/yaml/lines.ts on the line tree: a number indexes a sequence, a key a mapping. */
function lineAt(root: LineNode | number, path: Path, at: 'value' | 'key' = 'value'): number {
  let node: LineNode | number = root;
  let best = typeof root === 'number' ? root : root.line;
  for (const [i, key] of path.entries()) {
    if (typeof node === 'number') break;
    let child: LineNode | number | undefined;
    if (Array.isArray(node.children)) {
      const idx = typeof key === 'string' && key !== '' ? Number(key) : key;
      if (typeof idx === 'number' && Number.isInteger(idx) && idx >= 0) child = node.children[idx];
    } else if (typeof key === 'string') child = node.children.get(key);
    if (child === undefined) break;
    node = child;
    best = typeof child === 'number' ? child : at === 'key' && i === path.length - 1 && child.keyLine !== undefined ? child.keyLine : child.line;
  }
  return best;
}

/** Content lines (blank and comment lines left out) of raw lines [from, to). */
function contentLines(raw: readonly string[], from: number, to: number): Line[] {
  const out: Line[] = [];
  for (let n = from; n < to; n++) {
    const s = raw[n]!;
    let indent = 0;
    while (s.charCodeAt(indent) === 32) indent++;
    if (indent === s.length || s[indent] === '#') continue;
    out.push({ no: n + 1, indent, text: indent ? s.slice(indent) : s });
  }
  return out;
}

const POLICY_KIND = /^kind: *NetworkPolicy\b/;
const MARKER = /^---(?:\s+#.*)?\s*$/;

/**
 * Splits raw lines into documents, as [from, to) ranges of raw lines between `---` markers, each
 * with the index of the marker that opens it (-1 for the text before the first marker).
 */
function documentRanges(raw: readonly string[]): [number, number, number][] {
  const ranges: [number, number, number][] = [];
  let from = 0;
  let marker = -1;
  for (let n = 0; n < raw.length; n++) {
    const s = raw[n]!;
    const c = s.charCodeAt(0);
    if (c === 37 /* % */ || s.startsWith('...')) giveUp();
    if (c === 45 /* - */ && s.startsWith('---')) {
      if (!MARKER.test(s)) giveUp();
      ranges.push([from, n, marker]);
      // So many documents are the full parser's to refuse (MAX_DOCUMENTS), with a diagnostic.
      if (ranges.length >= MAX_DOCUMENTS) giveUp();
      from = n + 1;
      marker = n;
    }
  }
  ranges.push([from, raw.length, marker]);
  return ranges;
}

/**
 * Parses a file on the fast path, or returns null when the file needs the full parser. Values
 * and lines are those of parseDocuments; documents with no content are left out as there.
 */
export function parseSimpleDocuments(file: string, text: string): ParsedFile | null {
  // Tabs, BOMs, templates and the YAML 1.1 line breaks (U+2028, U+2029, U+0085, a lone CR) are the full parser's.
  if (textProblem(text) || /[\t\ufeff\u2028\u2029\u0085]|\{\{|\r(?!\n)/.test(text)) return null;
  // A file that might pass the full parser's token limit is its to refuse.
  if (text.length > MAX_FAST_CHARS) return null;
  // CRLF files are read as LF files: the line breaks give the same lines and values.
  const eol = text.includes('\r') ? /\r?\n/ : '\n';
  const first = /\S/.exec(text);
  if (first && (text[first.index] === '{' || text[first.index] === '[')) return null;
  try {
    const raw = text.split(eol);
    // Lines below a document's root are wanted for a few documents only (rules, problems): those
    // are read a second time, keeping lines, from the file's lines split again once.
    let again: string[] | null = null;
    const resolved: Resolved = new Map();
    const documents: RawDocument[] = [];
    for (const [from, to] of documentRanges(raw)) {
      const lines = contentLines(raw, from, to);
      // As kubectl: a `---` section with nothing in it is no document.
      if (!lines.length) continue;
      // A policy's rules are each given a line: keep the lines of policies from the start.
      const policy = lines.some((l) => l.indent === lines[0]!.indent && POLICY_KIND.test(l.text));
      const parsed = new DocParser(lines, policy, resolved).root();
      const value = parsed.value;
      const rootLine = lines[0]!.no;
      let tree: LineNode | number | null = policy ? parsed.lines : null;
      documents.push({
        file,
        value,
        lineOf: (path, at) => {
          if (!path.length) return rootLine;
          if (tree === null) {
            again ??= text.split(eol);
            tree = new DocParser(contentLines(again, from, to), true, resolved).root().lines;
          }
          return lineAt(tree, path, at);
        },
      });
    }
    return { documents, diagnostics: [] };
  } catch (e) {
    if (e instanceof GiveUp) return null;
    throw e;
  }
}
