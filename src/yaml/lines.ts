import { isAlias, isMap, isNode, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

/** A path into the rules file's data: mapping keys and list indices. */
export type DataPath = readonly (string | number)[];

/** Finds the 1-based line of a value, or of its key, in a parsed YAML document. */
export interface LineLookup {
  /** Line of the value at `path`, or of its nearest existing ancestor. */
  valueLine(path: DataPath): number;
  /** Line of the key that holds the value at `path` (where an unknown key should be reported). */
  keyLine(path: DataPath): number;
}

function child(doc: Document, node: unknown, seg: string | number): { key: Node | null; value: unknown } | null {
  const n = isAlias(node) ? node.resolve(doc) : node;
  if (isMap(n)) {
    for (const pair of n.items) {
      const k = isScalar(pair.key) ? pair.key.value : pair.key;
      if (String(k) === String(seg)) return { key: isNode(pair.key) ? pair.key : null, value: pair.value };
    }
    return null;
  }
  if (isSeq(n) && typeof seg === 'number') return seg < n.items.length ? { key: null, value: n.items[seg] } : null;
  if (isSeq(n) && /^\d+$/.test(String(seg))) return child(doc, n, Number(seg));
  return null;
}

function lineOf(lc: LineCounter, node: unknown): number | null {
  return isNode(node) && node.range ? lc.linePos(node.range[0]).line : null;
}

/** Line lookups for one document; paths that do not exist fall back to their deepest ancestor. */
export function lineLookup(doc: Document, lc: LineCounter): LineLookup {
  const walk = (path: DataPath, wantKey: boolean): number => {
    let node: unknown = doc.contents;
    let line = lineOf(lc, node) ?? 1;
    for (let i = 0; i < path.length; i++) {
      const c = child(doc, node, path[i]!);
      if (!c) return line;
      const last = i === path.length - 1;
      line = (last && wantKey ? lineOf(lc, c.key) : null) ?? lineOf(lc, c.value) ?? lineOf(lc, c.key) ?? line;
      node = c.value;
    }
    return line;
  };
  return { valueLine: (p) => walk(p, false), keyLine: (p) => walk(p, true) };
}

/** Parses an ajv instancePath (`/rules/forbid/0/from`, JSON Pointer) into a data path. */
export function pointerToPath(pointer: string): DataPath {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

/** `rules.forbid[0].from.namespace`, for messages. */
export function formatPath(path: DataPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${/^[A-Za-z_][\w-]*$/.test(seg) ? seg : JSON.stringify(seg)}` : seg;
  }
  return out || 'the top level';
}
