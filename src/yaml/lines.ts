import { isAlias, isMap, isNode, isScalar, isSeq, type Document, type Node } from 'yaml';

/** A path into a document's data: mapping keys and list indices (an index may be written as a string). */
export type Path = readonly (string | number)[];

/**
 * The one line contract of src/yaml: the 1-based line of the value at `path` in a document, or,
 * with `at: 'key'`, of the key that holds it (where an unknown key is reported). A path that does
 * not exist gives the line of its deepest existing ancestor. Both the full parser and the fast
 * path give documents this lookup, and they agree (test/yaml/parse-simple-yaml.test.ts).
 */
export type LineOf = (path: Path, at?: 'value' | 'key') => number;

/** The key and value nodes one step below `node`, resolving an alias to the node its anchor names. */
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

/** The line lookup of a document composed by the yaml library; `lineAt` turns a source offset into a line. */
export function documentLines(doc: Document, lineAt: (offset: number) => number, fallback = 1): LineOf {
  const lineOf = (node: unknown): number | null => (isNode(node) && node.range ? lineAt(node.range[0]) : null);
  return (path, at = 'value') => {
    let node: unknown = doc.contents;
    let line = lineOf(node) ?? fallback;
    for (let i = 0; i < path.length; i++) {
      const c = child(doc, node, path[i]!);
      if (!c) return line;
      const last = i === path.length - 1;
      line = (last && at === 'key' ? lineOf(c.key) : null) ?? lineOf(c.value) ?? lineOf(c.key) ?? line;
      node = c.value;
    }
    return line;
  };
}

/** Parses an ajv instancePath (`/rules/forbid/0/from`, JSON Pointer) into a data path. */
export function pointerToPath(pointer: string): Path {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

/** `rules.forbid[0].from.namespace`, for messages. */
export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${/^[A-Za-z_][\w-]*$/.test(seg) ? seg : JSON.stringify(seg)}` : seg;
  }
  return out || 'the top level';
}
