import { Lexer, Parser, isAlias, isCollection, isMap, isPair, isScalar, isSeq, type Alias, type Composer, type CST, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { keyAsKubectl, resolvePlainV2 } from './resolve-v2';

/**
 * Deepest nesting of collections a document may have. The yaml composer and `toJS` recurse once
 * per level at about 1 KB of stack each, so a file of 100,000 `[` overflows the stack (measured:
 * ~900 levels with Node's default stack, ~450 with half of it). No manifest or CRD schema comes
 * near 256 levels.
 */
export const MAX_DEPTH = 256;

/**
 * Aliases (and anchors) one document may hold. A few are normal; the yaml library resolves each
 * alias by a scan of all anchors and aliases, so their product must stay bounded.
 */
export const MAX_ALIASES = 10_000;

/** Diagnostics one file may give: past this, a broken file would bury everything else. */
export const MAX_FILE_DIAGNOSTICS = 20;

/** YAML errors kept for one file (the rest are counted); past this many error tokens, reading stops. */
export const MAX_YAML_ERRORS = 200;

/** Documents one file may hold: each costs the yaml library a kilobyte or so. */
export const MAX_DOCUMENTS = 100_000;

/**
 * Nesting the fast path takes: it recurses a few frames per level, and it gives up well below
 * MAX_DEPTH so that a file near the limit is the full parser's to read or refuse.
 */
export const MAX_FAST_DEPTH = 100;

/** Mapping keys longer than this are the full parser's to read (the fast path gives up). */
export const MAX_FAST_KEY = 1000;

/** A problem found in a document, as a source offset (the caller turns it into a line). */
export interface YamlProblem {
  offset: number;
  code: string;
  message: string;
}

/**
 * Lexical tokens one file may have. The yaml library holds 100-250 bytes of heap per token until
 * the document is read (measured), so this keeps one file near a gigabyte at worst; dense YAML
 * has about one token per two bytes, so it is reached only past 10 MiB or so.
 */
export const MAX_LEXEMES = 6_000_000;

/** Characters of a file the fast path reads: past this a file might pass MAX_LEXEMES (a few lexemes a byte at most). */
export const MAX_FAST_CHARS = MAX_LEXEMES / 3;

/**
 * Why a text cannot be YAML or JSON at all (a NUL byte: binary data; U+FFFD: the bytes were not
 * UTF-8), with the offset where it shows, or null. Both paths refuse such text before parsing.
 */
export function textProblem(text: string): YamlProblem | null {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { offset: 0, code: 'binary-file', message: 'file holds binary data (a NUL byte), not YAML or JSON text' };
  const bad = text.indexOf('\ufffd');
  if (bad >= 0) return { offset: bad, code: 'not-utf8', message: 'file is not valid UTF-8 text' };
  return null;
}

/** How parseStream ended: at the end of the text, at a nesting too deep, past MAX_LEXEMES, or when told to stop. */
export type StreamEnd = { end: 'done'; lexemes: number } | { end: 'too-deep' | 'too-large' | 'stopped'; offset: number };

/**
 * Lexes and parses a file, handing each top-level token (a document, a comment, an error …) to
 * `onToken` as soon as it is complete, so that no more than one document's syntax tree is held
 * at a time; `onToken` returns false to stop. The depth is checked on the parser's stack as each
 * lexeme arrives: the parser spends microseconds and an object per level, so a 16 MiB file of `[`
 * or `- ` is stopped at once instead of costing minutes and gigabytes, and nothing recursive
 * ever sees it.
 */
export function parseStream(text: string, onNewLine: (offset: number) => void, onToken: (token: CST.Token) => boolean, limit = MAX_DEPTH, maxLexemes = MAX_LEXEMES): StreamEnd {
  const parser = new Parser(onNewLine);
  onNewLine(0);
  let lexemes = 0;
  for (const lexeme of new Lexer().lex(text)) {
    if (++lexemes > maxLexemes) return { end: 'too-large', offset: parser.offset };
    for (const t of parser.next(lexeme)) if (!onToken(t)) return { end: 'stopped', offset: t.offset };
    // The stack holds the document and one entry per open collection.
    if (parser.stack.length > limit + 1) return { end: 'too-deep', offset: parser.offset };
  }
  for (const t of parser.end()) if (!onToken(t)) return { end: 'stopped', offset: t.offset };
  return { end: 'done', lexemes };
}

/**
 * Makes the composer keep at most `max` errors and warnings and count the rest. It keeps every
 * one it meets, each an Error with a stack trace, and hostile text makes millions (a quoted
 * string of 8 million bad escapes): gigabytes, and a crash. Returns how many were dropped.
 */
export function capComposerErrors(composer: Composer, max: number): () => number {
  // The handler is a private field of the Composer (yaml 2.x); without it, nothing is capped.
  const c = composer as unknown as { onError?: (source: unknown, code: unknown, message: string, warning?: boolean) => void };
  const keep = c.onError;
  let seen = 0;
  if (typeof keep === 'function') {
    c.onError = (source, code, message, warning) => {
      if (++seen <= max) keep(source, code, message, warning);
    };
  }
  return () => Math.max(0, seen - max);
}

function startOf(node: Node | null | undefined): number {
  return node?.range?.[0] ?? 0;
}

/** Nodes a document may stand for once its aliases are expanded, at least (see expansionLimit). */
export const MIN_EXPANSION_LIMIT = 1_000_000;

/**
 * How many nodes aliases may expand a document to: ten times what is written, and never less than
 * MIN_EXPANSION_LIMIT. A billion-laughs document (nine aliases of nine aliases …) goes far past it.
 */
export function expansionLimit(writtenNodes: number): number {
  return Math.max(MIN_EXPANSION_LIMIT, 10 * writtenNodes);
}

/**
 * Checks a composed document before it is turned into plain data, in one iterative pass in
 * document order (an alias names the last anchor before it):
 * - duplicate keys in a mapping (Kubernetes rejects them; checked here with a set, because the
 *   yaml library's `uniqueKeys` compares every pair of keys and is quadratic on a big mapping);
 * - a list or mapping as a key (`? [a, b]`), which JSON cannot hold;
 * - an alias inside the node its anchor names (`&a [*a]`): plain data with a cycle;
 * - more than MAX_ALIASES aliases or anchors (the library resolves each alias by a scan of them);
 * - an alias bomb: more nodes once aliases are expanded than expansionLimit allows;
 * - nesting deeper than MAX_DEPTH once aliases are expanded (`&b [*a]`, `&c [*b]`, …).
 * With this done, `toJS` can run without the library's own alias accounting, which walks the
 * whole document once per anchor.
 */
export function checkComposed(doc: Document.Parsed, lineOf: (offset: number) => number, maxProblems = 100, depthLimit = MAX_DEPTH, aliasLimit = MAX_ALIASES): YamlProblem[] {
  const walk = new ComposedWalk(lineOf);
  walk.run(doc.contents, maxProblems);
  if (walk.problems.length) return walk.problems;
  return walk.limitProblems(startOf(doc.contents), depthLimit, aliasLimit);
}

/** The state of checkComposed's one pass: anchors seen, collections open, and per node its expanded height and size. */
class ComposedWalk {
  readonly problems: YamlProblem[] = [];
  private readonly anchors = new Map<string, Node>();
  private readonly open = new Set<Node>();
  // Per node: levels of collections (height) and nodes (size), with aliases expanded.
  private readonly height = new Map<unknown, number>();
  private readonly size = new Map<unknown, number>();
  private aliases = 0;
  private anchored = 0;
  private written = 0;
  private root: unknown = null;

  constructor(private readonly lineOf: (offset: number) => number) {}

  /** Walks the tree in document order (an alias names the last anchor before it), iteratively. */
  run(contents: unknown, maxProblems: number): void {
    this.root = contents;
    const stack: [unknown, boolean][] = [[contents, false]];
    // Past maxProblems the document is known to be unreadable: no need to look further.
    while (stack.length && this.problems.length < maxProblems) {
      const [n, exit] = stack.pop()!;
      if (isPair(n)) this.visitPair(n, stack);
      else if (!n) continue;
      else if (isAlias(n)) this.visitAlias(n);
      else if (!isCollection(n)) this.visitScalar(n as Node);
      else if (exit) this.leaveCollection(n);
      else this.enterCollection(n, stack);
    }
  }

  /** The limits on the whole document: alias and anchor counts, expansion (an alias bomb), expanded depth. */
  limitProblems(at: number, depthLimit: number, aliasLimit: number): YamlProblem[] {
    const problems: YamlProblem[] = [];
    if (this.aliases > aliasLimit || this.anchored > aliasLimit) {
      problems.push({ offset: at, code: 'yaml-alias-limit', message: `the document holds ${this.aliases} aliases and ${this.anchored} anchors; at most ${aliasLimit} of each are read` });
      return problems;
    }
    const expanded = this.sizeOf(this.root);
    if (expanded > expansionLimit(this.written)) {
      problems.push({ offset: at, code: 'yaml-alias-limit', message: `its aliases expand ${this.written} written nodes to ${expanded.toPrecision(3)} (an alias bomb?)` });
    }
    const depth = this.heightOf(this.root);
    if (depth > depthLimit) {
      problems.push({ offset: at, code: 'yaml-too-deep', message: `with its aliases expanded the document nests ${depth} levels deep, more than the limit of ${depthLimit}` });
    }
    return problems;
  }

  private heightOf(n: unknown): number {
    return this.height.get(n) ?? 0;
  }

  private sizeOf(n: unknown): number {
    return this.size.get(n) ?? (n ? 1 : 0);
  }

  private visitPair(n: Pair, stack: [unknown, boolean][]): void {
    const key = isAlias(n.key) ? this.anchors.get(n.key.source) : n.key;
    if (isCollection(key)) {
      this.problems.push({ offset: startOf(n.key as Node), code: 'yaml-complex-key', message: 'a mapping key that is itself a list or a mapping cannot be JSON, so Kubernetes cannot read it' });
    }
    stack.push([n.value, false]);
    // Stryker disable next-line BooleanLiteral: a key is a scalar, or a list or mapping refused above, so whether it is entered changes no answer
    stack.push([n.key, false]);
  }

  private visitAlias(n: Alias): void {
    this.written++;
    this.aliases++;
    const target = this.anchors.get(n.source);
    if (target && this.open.has(target)) {
      this.problems.push({ offset: startOf(n), code: 'yaml-alias-cycle', message: `alias *${n.source} stands inside the node its anchor names: the value would contain itself` });
    } else {
      // An alias of no anchor counts for nothing here: toJS refuses its document ("document cannot be read").
      this.height.set(n, this.heightOf(target));
      this.size.set(n, this.sizeOf(target));
    }
  }

  private visitScalar(n: Node): void {
    this.written++;
    resolveAsKubectl(n);
    if (isScalar(n) && n.anchor) this.anchor(n.anchor, n);
  }

  private anchor(name: string, n: Node): void {
    this.anchored++;
    this.anchors.set(name, n);
  }

  private enterCollection(n: YAMLMap | YAMLSeq, stack: [unknown, boolean][]): void {
    this.written++;
    if (n.anchor) this.anchor(n.anchor, n);
    this.open.add(n);
    stack.push([n, true]);
    if (isMap(n)) checkKeys(n, this.problems, this.lineOf, (a) => this.anchors.get(a.source));
    // Stryker disable next-line ArithmeticOperator: starting past the end pushes undefined items, which the walk skips
    for (let i = n.items.length - 1; i >= 0; i--) stack.push([n.items[i], false]);
  }

  private leaveCollection(n: YAMLMap | YAMLSeq): void {
    this.open.delete(n);
    let h = 0;
    let total = 1;
    for (const item of n.items) {
      const parts = isPair(item) ? [item.key, item.value] : [item];
      for (const x of parts) {
        h = Math.max(h, this.heightOf(x));
        total += this.sizeOf(x);
      }
    }
    this.height.set(n, h + 1);
    this.size.set(n, total);
  }
}

/**
 * Mapping keys given the JSON key kubectl makes of them (keyOf), each with whether it is a float
 * written otherwise: the walk, which resolves every scalar, leaves them so.
 */
const KEYED = new WeakMap<Node, boolean>();

/** Gives a plain, untagged scalar the value go-yaml v2 (kubectl) gives it; the `<<` merge key stays the library's. */
function resolveAsKubectl(n: Node): void {
  if (!isScalar(n) || n.type !== 'PLAIN' || n.tag || typeof n.value === 'symbol' || KEYED.has(n)) return;
  // Stryker disable next-line ConditionalExpression: the composer sets every scalar's source (compose-scalar.js); the check only tells TypeScript so
  if (typeof n.source === 'string') n.value = resolvePlainV2(n.source);
}

/**
 * Gives a plain, untagged mapping key the JSON key kubectl makes of it (`3.14159265` is
 * "3.1415927", `.inf` is ".inf": keyAsKubectl) and returns it, with whether it is a float key
 * written otherwise; null when kubectl refuses it. A quoted or tagged key keeps the library's value,
 * as a string.
 */
function keyOf(n: Scalar): { key: string; rewritten: boolean } | null {
  if (n.type === 'PLAIN' && !n.tag && !KEYED.has(n)) {
    // The composer sets every scalar's source (compose-scalar.js).
    const source = n.source as string;
    const k = keyAsKubectl(source);
    if (k === null) return null;
    n.value = k.key;
    KEYED.set(n, k.float && k.key !== source);
  }
  return { key: String(n.value), rewritten: KEYED.get(n) ?? false };
}

const short = (key: string) => (key.length > 40 ? `${key.slice(0, 40)}…` : key);

/**
 * The keys a `<<` merge value brings: a mapping (with the keys of its own merges), an alias of
 * one, or a list of those. `seen` stops a merge that names its own mapping (a cycle, refused later).
 */
function mergedKeys(value: unknown, resolve: (alias: Alias) => Node | undefined, seen = new Set<unknown>()): string[] {
  const target = isAlias(value) ? resolve(value) : value;
  if (seen.has(target)) return [];
  seen.add(target);
  if (isMap(target)) {
    // Resolved as kubectl reads them: `<<: {0o17: b}` replaces a key 15 written before it. An
    // inline mapping's keys are not walked yet (an anchored one's are), so they are resolved here.
    return target.items.flatMap((p) => {
      // Stryker disable next-line ConditionalExpression,ArrayDeclaration: a list or mapping as a key is refused (yaml-complex-key) when its mapping is walked, and a made-up key name replaces no key written
      if (!isScalar(p.key)) return [];
      if (typeof p.key.value === 'symbol') return mergedKeys(p.value, resolve, seen);
      const k = keyOf(p.key);
      // Stryker disable next-line ArrayDeclaration: a key kubectl refuses is reported where its own mapping is walked, and a made-up key name replaces no key written
      if (k === null) return [];
      return [k.key];
    });
  }
  if (isSeq(target)) return target.items.flatMap((x) => mergedKeys(x, resolve, seen));
  // Stryker disable next-line ArrayDeclaration: kubectl and the yaml library refuse a merge of a scalar, and a made-up key name replaces no key written
  return [];
}

function checkKeys(map: YAMLMap, problems: YamlProblem[], lineOf: (offset: number) => number, resolve: (alias: Alias) => Node | undefined): void {
  const pairs = map.items;
  const first = new Map<string, Node>();
  const replaced = new Set<Node | undefined>();
  let merge: Node | null = null;
  for (const p of pairs) {
    if (isScalar(p.key) && p.key.value === null) {
      // sigs.k8s.io/yaml has no JSON key for a null (`~`, `null`, `? ` with nothing): kubectl refuses the document.
      problems.push({ offset: startOf(p.key), code: 'yaml-null-key', message: 'a mapping key that is null (`~`, `null` or nothing) cannot be a JSON key, so kubectl refuses the document' });
      continue;
    }
    if (!isScalar(p.key)) continue;
    if (typeof p.key.value === 'symbol') {
      // A YAML 1.1 merge key (`<<: *base`). go-yaml v2 (kubectl) applies it in order, so it
      // replaces a key written before it; the yaml library keeps the written key, so that key is
      // dropped. (kustomize 5.5 keeps the written key: see the report of issue 18.) A second `<<`
      // in one mapping kustomize refuses ("duplicate merge key"), and v2 lets it replace the
      // first's keys, which the yaml library does not: it is a duplicate key.
      if (merge) problems.push({ offset: startOf(p.key), code: 'yaml-duplicate-key', message: `duplicate merge key "<<" in a mapping (first on line ${lineOf(startOf(merge))}): kubectl applies both in order and kustomize refuses the file, so it is read differently by kubectl and kustomize` });
      else merge = p.key;
      // A key not written before adds undefined, which is no pair's key.
      for (const k of mergedKeys(p.value, resolve)) replaced.add(first.get(k));
      continue;
    }
    // Keys become JSON object keys, so 1 and "1" collide as the API server sees them.
    const k = keyOf(p.key);
    if (k === null) {
      problems.push({ offset: startOf(p.key), code: 'yaml-uint64-key', message: 'a mapping key that is an int past int64 cannot be a JSON key to kubectl ("Unsupported map key of type: uint64"), so it refuses the document' });
      continue;
    }
    const key = k.key;
    if (k.rewritten) {
      // kubectl writes a float key as a float32 (strconv.FormatFloat(f, 'g', -1, 32)); kustomize
      // keeps the text or refuses a key that is no string: the two read the document differently.
      problems.push({
        offset: startOf(p.key),
        code: 'yaml-float-key',
        message: `mapping key ${short(p.key.source as string)} is a float, which kubectl makes the key "${short(key)}" and kustomize reads otherwise, so it is read differently by kubectl and kustomize: quote it`,
      });
    }
    const seen = first.get(key);
    if (seen) {
      problems.push({
        offset: startOf(p.key),
        code: 'yaml-duplicate-key',
        message: `duplicate key "${short(key)}" in a mapping (first on line ${lineOf(startOf(seen))}): kubectl keeps the last value and kustomize refuses the file, so it is read differently by kubectl and kustomize`,
      });
    } else first.set(key, p.key);
  }
  map.items = map.items.filter((p) => !replaced.has(p.key as Node));
}
