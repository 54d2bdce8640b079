import { MAX_DOCUMENTS, MAX_FAST_CHARS, MAX_FAST_DEPTH, MAX_FAST_KEY, textProblem } from './guards';
import type { Path } from './lines';
import type { ParsedFile, RawDocument } from './parse-documents';
import { resolvePlainV2 } from './resolve-v2';

/**
 * A fast path for the YAML that Kubernetes repositories are made of: block mappings and
 * sequences, plain and quoted one-line scalars, one-line flow collections of scalars, comments and
 * `---` between documents. It gives the same values as the yaml library reading YAML 1.1 and the
 * same lines (the line where the library's node starts), and gives up (null) on anything else:
 * anchors, aliases, tags, block scalars, multi-line scalars, duplicate keys, tabs, CR, templates,
 * BOM, control characters, JSON files. The caller then uses the full parser, which also reports
 * every problem; so this path never produces a diagnostic.
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

/** A plain key that YAML 1.1 reads as that string (`on` and `yes` are booleans, `~` null). */
function plainKey(k: string): boolean {
  return PLAIN_KEY.test(k) && typeof resolvePlainV2(k) === 'string';
}

/**
 * The value of a plain scalar exactly as parseDocuments reads it (YAML 1.1 as Kubernetes does:
 * `yes` is true, `0755` is 493): the full parser gives every plain, untagged scalar the value
 * resolvePlainV2 gives its text (guards.ts, resolveAsKubectl), so the two paths cannot disagree
 * on resolution. Text that is no plain scalar there is the full parser's.
 */
function plainValue(s: string): unknown {
  if (s[0] === '-' && (s.length === 1 || s[1] === ' ')) giveUp(); // `-` and `- x` are not scalars
  if ('&*!|>%@`?#,[]{}"\''.includes(s[0]!)) giveUp();
  const v = resolvePlainV2(s);
  // `.nan` and `.inf`: kubectl refuses the document (JSON has neither), which the full parser reports.
  if (typeof v === 'number' && !Number.isFinite(v)) giveUp();
  return v;
}

/** One-line quoted scalars: only JSON escapes in double quotes, `''` for a quote in single quotes. */
const DOUBLE_QUOTED = /"(?:[^"\\]|\\["\\nt])*"/y;
const SINGLE_QUOTED = /'(?:[^']|'')*'/y;

/** The end and value of the quoted scalar that starts at `i`; gives up on any other (unclosed, other escapes). */
function quoted(s: string, i: number): [number, string] {
  const double = s[i] === '"';
  const pattern = double ? DOUBLE_QUOTED : SINGLE_QUOTED;
  pattern.lastIndex = i;
  const t = (pattern.exec(s) ?? giveUp())[0];
  // The file holds no control character (parseSimpleDocuments gives up on them), so `t` is a JSON string.
  return [i + t.length, double ? (JSON.parse(t) as string) : t.slice(1, -1).replaceAll("''", "'")];
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
  let end = hash === -1 ? s.length : hash;
  // s[i] is no space: the scan stops there at the latest.
  while (s.charCodeAt(end - 1) === 32) end--;
  return end;
}

/** A plain scalar in a flow collection, with the spaces after it; what follows it is checked by the caller. */
const FLOW_PLAIN = /[A-Za-z0-9_./-][A-Za-z0-9_./ -]*/y;

/** A one-line flow collection of scalars: `[a, "b"]`, `{app: web}`, `[]`, `{}`. */
function flow(s: string, i: number): [number, unknown] {
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
      const [end, v] = quoted(s, j);
      j = end;
      return v;
    }
    // Any other character (`:`, `#`, a bracket) ends the scalar: the caller then finds no `, `,
    // closing bracket or `: ` it expects, and gives up.
    FLOW_PLAIN.lastIndex = j;
    const m = FLOW_PLAIN.exec(s) ?? giveUp();
    j += m[0].length;
    const text = m[0].trimEnd();
    if (key && !plainKey(text)) giveUp();
    return key ? text : plainValue(text);
  };
  skip();
  if (s[j] === close) return [j + 1, isMap ? map : out];
  for (;;) {
    if (isMap) {
      const key = scalar(true) as string;
      if (key === '__proto__' || Object.prototype.hasOwnProperty.call(map, key)) giveUp();
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

  /** Compact mappings (`- name: x`) replace their line with a shifted copy: the parser owns the array. */
  constructor(
    private readonly lines: Line[],
    private readonly withLines: boolean,
  ) {}

  /** The root node; throws GiveUp when anything is outside the subset. */
  root(): { value: unknown; lines: LineNode | number } {
    const first = this.lines[0]!;
    const r = this.node(first.indent, 0);
    if (this.i < this.lines.length) giveUp();
    return r;
  }

  private node(indent: number, depth: number): { value: unknown; lines: LineNode | number } {
    const line = this.lines[this.i]!;
    if (isItem(line.text)) return this.seq(indent, depth);
    return this.map(indent, depth);
  }

  /** An inline value after `key: ` or `- ` (never empty). */
  private inline(s: string, i: number): unknown {
    const c = s[i]!;
    if (c === '"' || c === "'") {
      const [end, v] = quoted(s, i);
      expectEnd(s, end);
      return v;
    }
    if (c === '[' || c === '{') {
      const [end, v] = flow(s, i);
      expectEnd(s, end);
      return v;
    }
    const end = plainEnd(s, i);
    const text = s.slice(i, end);
    // `a: b: c` and `a: b:` are nested mappings or errors, not scalars.
    if (text.includes(': ') || text.endsWith(':')) giveUp();
    return plainValue(text);
  }

  /** A value whose text is empty on its own line: the block below it, or null. */
  private below(parentIndent: number, line: number, depth: number, seqAtSameIndent: boolean): { value: unknown; lines: LineNode | number } {
    const next = this.lines[this.i];
    if (next && next.indent > parentIndent) return this.node(next.indent, depth + 1);
    // Kubernetes style: a sequence under a key at the key's own indentation.
    if (seqAtSameIndent && next && next.indent === parentIndent && isItem(next.text)) return this.seq(parentIndent, depth + 1);
    return { value: null, lines: line };
  }

  /** The next line of the block at `indent`, or null where the block ends; a deeper line is not for the fast path. */
  private nextAt(indent: number): Line | null {
    const line = this.lines[this.i];
    if (!line || line.indent < indent) return null;
    if (line.indent > indent) giveUp();
    return line;
  }

  /** Checked where a mapping or sequence starts: a compact mapping and a sequence at its key's indent start there too. */
  private checkDepth(depth: number): void {
    if (depth > MAX_FAST_DEPTH) giveUp();
  }

  private map(indent: number, depth: number): { value: unknown; lines: LineNode | number } {
    this.checkDepth(depth);
    const value: Record<string, unknown> = {};
    const children = this.withLines ? new Map<string, LineNode | number>() : null;
    const start = this.lines[this.i]!.no;
    for (let line = this.nextAt(indent); line; line = this.nextAt(indent)) {
      const s = line.text;
      let key: string;
      let j: number;
      if (s[0] === '"' || s[0] === "'") {
        [j, key] = quoted(s, 0);
      } else {
        // No colon (-1) or an empty key is refused below, as no plain key or no `:` at s[j].
        j = s.indexOf(':');
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
        // A deeper line after it (a multi-line scalar) is refused by nextAt.
        value[key] = this.inline(s, k);
        children?.set(key, line.no);
      }
    }
    return { value, lines: children ? { line: start, children } : start };
  }

  private seq(indent: number, depth: number): { value: unknown; lines: LineNode | number } {
    this.checkDepth(depth);
    const value: unknown[] = [];
    const children: (LineNode | number)[] | null = this.withLines ? [] : null;
    const start = this.lines[this.i]!.no;
    for (let line = this.nextAt(indent); line; line = this.nextAt(indent)) {
      const s = line.text;
      if (!isItem(s)) break;
      let k = 1;
      while (s.charCodeAt(k) === 32) k++;
      if (k >= s.length || s[k] === '#') {
        this.i++;
        const r = this.below(indent, line.no, depth, false);
        value.push(r.value);
        children?.push(r.lines);
        continue;
      }
      // A compact sequence (`- - a`) is refused by plainValue (`- a` is no scalar).
      const rest = s.slice(k);
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
    }
    return { value, lines: children ? { line: start, children } : start };
  }
}

/** A sequence item: `-` alone or followed by a space. */
function isItem(s: string): boolean {
  return s[0] === '-' && (s.length === 1 || s[1] === ' ');
}

/**
 * Whether the text starts with `key:` followed by a space or the end of the line. A quoted key
 * followed by `:` and other text is taken as a key line too: map() then refuses it, as inline()
 * would refuse it as a value; and a quote that is no scalar here is refused by either.
 */
function isKeyLine(s: string): boolean {
  if (s[0] === '"' || s[0] === "'") return s[quoted(s, 0)[0]] === ':';
  const j = s.indexOf(':');
  return (j + 1 === s.length || s[j + 1] === ' ') && plainKey(s.slice(0, j));
}

/**
 * The line contract of src/yaml/lines.ts on the line tree: an index (a number, or a string of
 * digits) steps into a sequence, a key (a number as its string) into a mapping.
 */
function lineAt(root: LineNode | number, rootLine: number, path: Path, at?: 'value' | 'key'): number {
  let node: LineNode | number = root;
  let best = rootLine;
  for (const [i, key] of path.entries()) {
    if (typeof node === 'number') break;
    const child = Array.isArray(node.children) ? (/^\d+$/.test(String(key)) ? node.children[Number(key)] : undefined) : node.children.get(String(key));
    if (child === undefined) break;
    node = child;
    best = typeof child === 'number' ? child : at === 'key' && i === path.length - 1 ? (child.keyLine ?? child.line) : child.line;
  }
  return best;
}

/** Content lines (blank and comment lines left out) of raw lines [from, to). */
function contentLines(raw: readonly string[], from: number, to: number): Line[] {
  const out: Line[] = [];
  for (let n = from; n < to; n++) {
    // CRLF files are read as LF files: the line breaks give the same lines and values.
    const s = raw[n]!.endsWith('\r') ? raw[n]!.slice(0, -1) : raw[n]!;
    let indent = 0;
    while (s.charCodeAt(indent) === 32) indent++;
    if (indent === s.length || s[indent] === '#') continue;
    out.push({ no: n + 1, indent, text: indent ? s.slice(indent) : s });
  }
  return out;
}

// Stryker disable next-line Regex: an optimisation (see `policy` below): lines kept from the start or built on demand are the same lines
const POLICY_KIND = /^kind: *NetworkPolicy\b/;
/** What may follow `---` on a marker line: blanks and a comment. */
const AFTER_MARKER = /^(?:\s+#.*)?\s*$/;

/**
 * Splits raw lines into documents, as [from, to) ranges of raw lines between `---` markers. A `%`
 * directive or a `...` end marker is no key and no item: the document parser refuses it.
 */
function documentRanges(raw: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  let from = 0;
  for (let n = 0; n < raw.length; n++) {
    const s = raw[n]!;
    if (s.startsWith('---')) {
      if (!AFTER_MARKER.test(s.slice(3))) giveUp();
      ranges.push([from, n]);
      // So many documents are the full parser's to refuse (MAX_DOCUMENTS), with a diagnostic.
      if (ranges.length >= MAX_DOCUMENTS) giveUp();
      from = n + 1;
    }
  }
  ranges.push([from, raw.length]);
  return ranges;
}

/**
 * Parses a file on the fast path, or returns null when the file needs the full parser. Values
 * and lines are those of parseDocuments; documents with no content are left out as there.
 */
export function parseSimpleDocuments(file: string, text: string): ParsedFile | null {
  // Tabs, BOMs, templates, the YAML 1.1 line breaks (U+2028, U+2029, U+0085, a lone CR) and the
  // characters kubectl refuses ("control characters are not allowed": C0 but tab, LF and CR, DEL,
  // C1, U+FFFE, U+FFFF) are the full parser's.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what it finds
  if (textProblem(text) || /[\u0001-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\ufffe\uffff\u2028\u2029]|\{\{|\r(?!\n)/.test(text)) return null;
  // A file that might pass the full parser's token limit is its to refuse. A JSON file (a first
  // content line that opens a flow collection) is no key and no item: the document parser refuses it.
  if (text.length > MAX_FAST_CHARS) return null;
  try {
    const raw = text.split('\n');
    // Lines below a document's root are wanted for a few documents only (rules, problems): those
    // are read a second time, keeping lines, from the file's lines split again once.
    let again: string[] | null = null;
    const documents: RawDocument[] = [];
    for (const [from, to] of documentRanges(raw)) {
      const lines = contentLines(raw, from, to);
      // As kubectl: a `---` section with nothing in it is no document.
      if (!lines.length) continue;
      const rootLine = lines[0]!.no;
      // A policy's rules are each given a line: keep the lines of policies from the start. (Built
      // here or on demand below, the lines are the same.)
      // Stryker disable next-line MethodExpression,ArrowFunction,ConditionalExpression,LogicalOperator,EqualityOperator: an optimisation: lines kept from the start or built on demand are the same lines
      const policy = lines.some((l) => l.indent === lines[0]!.indent && POLICY_KIND.test(l.text));
      const parsed = new DocParser(lines, policy).root();
      let tree: LineNode | number | null = policy ? parsed.lines : null;
      documents.push({
        file,
        value: parsed.value,
        lineOf: (path, at) => {
          if (!path.length) return rootLine;
          tree ??= new DocParser(contentLines((again ??= text.split('\n')), from, to), true).root().lines;
          return lineAt(tree, rootLine, path, at);
        },
      });
    }
    return { documents, diagnostics: [] };
  } catch {
    // GiveUp, or anything else this path did not foresee: the full parser reads the file (and
    // reports its problems).
    return null;
  }
}
