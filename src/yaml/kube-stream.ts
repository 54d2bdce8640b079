/**
 * How Kubernetes tools cut a manifest file before any YAML is parsed. kubectl (and Helm, Argo CD)
 * read a stream with apimachinery's YAMLOrJSONDecoder (k8s.io/apimachinery/pkg/util/yaml,
 * decoder.go): a stream whose first non-blank character is `{` is a sequence of JSON values;
 * any other stream is cut by YAMLReader into chunks on every line that starts with `---`, and
 * each chunk is converted by sigs.k8s.io/yaml (go-yaml v2) on its own, so a byte-order mark at
 * a chunk's start is dropped and only the chunk's first document is read. go-yaml v2 also ends a
 * line (and so a comment) at U+2028, U+2029, U+0085 and a lone CR, as YAML 1.1 says.
 * Compared with the reference reader in test/yaml/reference-reader (kubectl-differential.test.ts).
 */

/** A piece of the file parsed on its own: a `---` chunk, or one JSON value of a JSON stream. */
export interface Chunk {
  /** The text to parse: the file's text with the BOM dropped and YAML 1.1 line breaks made `\n`. */
  text: string;
  /** Offset in the file of text[0]. */
  offset: number;
}

/** A problem of the stream itself, found before parsing, at an offset of the file. */
export interface StreamProblem {
  offset: number;
  code: string;
  message: string;
  severity?: 'warning';
}

export interface KubeStream {
  chunks: Chunk[];
  problems: StreamProblem[];
  /** Whether the file is read as a JSON stream (kubectl's JSON decoder). */
  json: boolean;
}

/** YAML 1.1 line breaks that go-yaml v2 honours and the yaml library (YAML 1.2) does not. */
const ODD_BREAK = /[\u2028\u2029\u0085]|\r(?!\n)/;

/**
 * The text with U+2028, U+2029, U+0085 and lone CRs made `\n` where go-yaml v2 breaks the line
 * there: everywhere but inside a quoted scalar, where it keeps them as characters. Same length,
 * so offsets stay those of the file.
 */
function withYaml11Breaks(text: string): string {
  if (!ODD_BREAK.test(text)) return text;
  const out = text.split('');
  let quote: string | null = null;
  let comment = false;
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    const odd = c === '\u2028' || c === '\u2029' || c === '\u0085' || (c === '\r' && out[i + 1] !== '\n');
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (odd || c === '\n') {
      out[i] = '\n';
      comment = false;
      continue;
    }
    if (comment) continue;
    if (c === '#' && (i === 0 || /\s/.test(out[i - 1]!))) comment = true;
    else if ((c === '"' || c === "'") && opensQuote(out, i)) quote = c;
  }
  return out.join('');
}

/** Whether a quote character starts a quoted scalar (after a line start, a blank, or `: - [ { , ?`), not an apostrophe in a word. */
function opensQuote(chars: readonly string[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const p = chars[j]!;
    if (p === ' ' || p === '\t') continue;
    return p === '\n' || p === ':' || p === '-' || p === '[' || p === '{' || p === ',' || p === '?';
  }
  return true;
}

/** The offsets where top-level JSON values start and end, by brace depth outside strings; null when unbalanced. */
function jsonValues(text: string): [number, number][] | null {
  const out: [number, number][] = [];
  let depth = 0;
  let start = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth++ === 0) start = i;
    } else if (c === '}' || c === ']') {
      if (--depth === 0) out.push([start, i + 1]);
      if (depth < 0) return null;
    } else if (depth === 0 && !/\s/.test(c)) return null;
  }
  return depth === 0 ? out : null;
}

/** A JSON stream (`{…}{…}`, kubectl's JSON decoder): each value is a chunk; tabs between tokens are blanks to JSON. */
function jsonChunks(text: string, base: number): KubeStream | null {
  const values = jsonValues(text);
  if (values === null) return null;
  const problems: StreamProblem[] = [];
  // kubectl's decoder is encoding/json: a value that is not JSON (a raw line break or tab inside a
  // string, a trailing comma, a comment) makes it refuse the file, where the yaml library would
  // read it. Valid JSON holds no raw tab inside a string, so every tab is then a blank: the yaml
  // library, which refuses tabs as indentation, reads the same values with spaces.
  for (const [s, e] of values) {
    try {
      JSON.parse(text.slice(s, e));
    } catch {
      problems.push({ offset: base + s, code: 'json-syntax', message: 'kubectl refuses this file: it reads a file that starts with { as JSON, and this value is not valid JSON' });
    }
  }
  if (values.length > 1) {
    problems.push({
      offset: base + values[1]![0],
      code: 'json-stream',
      severity: 'warning',
      message: `this file is a stream of ${values.length} JSON objects: kubectl applies them all (and so does flowgate), kustomize reads only the first`,
    });
  }
  return { chunks: values.map(([s, e]) => ({ text: text.slice(s, e).replace(/\t/g, ' '), offset: base + s })), problems, json: true };
}

const SEPARATOR = '---';

/** Go's strings.TrimSpace (unicode.IsSpace: U+0085 included, U+FEFF not), which kubectl applies to the text after `---`. */
const GO_SPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const GO_TRIM = new RegExp(`^${GO_SPACE}+|${GO_SPACE}+$`, 'g');

/**
 * Cuts a file as kubectl does. A `---` line followed by more than blanks and a comment is
 * refused by kubectl ("invalid Yaml document separator"). `---#c` is a separator to kubectl and
 * to `kubectl kustomize` alike (checked by the reference reader), though not to the yaml library.
 */
export function splitKubeStream(fileText: string): KubeStream {
  if (fileText[fileText.search(/\S/)] === '{') {
    const json = jsonChunks(fileText, 0);
    if (json) return json;
  }
  const text = withYaml11Breaks(fileText);
  const chunks: Chunk[] = [];
  const problems: StreamProblem[] = [];
  // go-yaml's reader refuses the whole file at a character outside YAML's printable set ("control
  // characters are not allowed"): C0 but tab, LF and CR, DEL, C1 but NEL, U+FFFE and U+FFFF. (A JSON
  // stream is checked by JSON.parse above, which refuses raw C0 characters in strings as Go does.)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what it finds
  const control = fileText.search(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/);
  if (control >= 0) {
    const hex = fileText.charCodeAt(control).toString(16).toUpperCase().padStart(4, '0');
    problems.push({ offset: control, code: 'yaml-control-character', message: `kubectl refuses this file: YAML allows no control character here (U+${hex}; "control characters are not allowed")` });
  }
  let start = 0;
  const push = (from: number, to: number) => {
    const bom = text.charCodeAt(from) === 0xfeff ? 1 : 0;
    if (to > from + bom) chunks.push({ text: text.slice(from + bom, to), offset: from + bom });
  };
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf('\n', at) + 1 || text.length;
    if (text[at] === '%') {
      problems.push({ offset: at, code: 'yaml-directive', message: 'kubectl refuses this file: it cuts the file at `---` lines, so this % directive stands alone in its section ("did not find expected <document start>")' });
    }
    // kubectl's LineReader ends a line at `\n` only: a `---` after a YAML 1.1 break does not cut
    // the file. go-yaml v2 reads it as a second document of the section, which kubectl ignores.
    if ((at === 0 || fileText[at - 1] === '\n') && text.startsWith(SEPARATOR, at)) {
      const lineEnd = fileText.indexOf('\n', at) + 1 || text.length;
      const rest = fileText.slice(at + SEPARATOR.length, lineEnd).replace(GO_TRIM, '');
      if (rest && rest[0] !== '#') {
        problems.push({ offset: at, code: 'yaml-separator', message: `kubectl refuses this file: a line that starts with --- may hold only a comment after it ("invalid Yaml document separator: ${rest.slice(0, 40)}")` });
      }
      push(start, at);
      start = lineEnd;
      at = lineEnd;
      continue;
    }
    at = end;
  }
  push(start, text.length);
  return { chunks, problems, json: false };
}

/**
 * The chunk with the lines inside a flow collection or a quoted scalar indented past the line
 * where it opened, tabs there made spaces; or null when no line needed it. go-yaml v2 reads
 * `spec: {` + a tab-indented line + `}`, or a single-quoted annotation whose next line sits at
 * the key's indent; the yaml library wants such lines indented more than their parent (YAML 1.2).
 * Inside a flow collection or a quoted scalar, leading blanks are not content (they are folded
 * away), so the values stay those written. Lines (`\n`) are kept; offsets are not.
 */
export function reindentContinuations(text: string): string | null {
  const lines = text.split('\n');
  let quote: string | null = null;
  let depth = 0;
  let openIndent = 0;
  let changed = false;
  for (let n = 0; n < lines.length; n++) {
    let line = lines[n]!;
    const inside = quote !== null || depth > 0;
    if (inside) {
      const content = line.search(/[^ \t]/);
      const lead = content < 0 ? line : line.slice(0, content);
      const want = Math.max(lead.length, openIndent + 1);
      if (lead.includes('\t') || lead.length < want) {
        line = ' '.repeat(want) + line.slice(lead.length);
        lines[n] = line;
        changed = true;
      }
    } else openIndent = line.search(/[^ ]|$/);
    const chars = line.split('');
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i]!;
      if (quote) {
        if (c === '\\' && quote === '"') i++;
        else if (c === quote) quote = null;
        continue;
      }
      if (c === '#' && (i === 0 || /\s/.test(chars[i - 1]!))) break;
      if ((c === '"' || c === "'") && opensQuote(chars, i)) quote = c;
      else if (c === '[' || c === '{') depth++;
      else if ((c === ']' || c === '}') && depth > 0) depth--;
    }
  }
  return changed ? lines.join('\n') : null;
}
