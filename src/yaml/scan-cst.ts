import type { CST } from 'yaml';

/** What parse-documents needs to know about a file's concrete syntax tree. */
export interface CstScan {
  /** Sorted, disjoint [start, end) offsets of comments and quoted or block scalars: text that is data, not YAML structure. */
  dataRanges: [number, number][];
  /** Sorted start offsets of quoted scalars and flow collections that are never closed. */
  unclosed: number[];
}

const DATA_TOKENS = new Set(['comment', 'double-quoted-scalar', 'single-quoted-scalar', 'block-scalar']);

function quoteClosed(source: string): boolean {
  const q = source[0]!;
  if (source.length < 2 || !source.endsWith(q)) return false;
  if (q === '"') {
    // The closing quote must not be escaped: an even run of backslashes before it.
    let n = 0;
    for (let i = source.length - 2; i > 0 && source[i] === '\\'; i--) n++;
    return n % 2 === 0;
  }
  // In single quotes '' is an escaped quote: the run of quotes after the opening one is odd.
  let n = 0;
  for (let i = source.length - 1; i > 0 && source[i] === "'"; i--) n++;
  return n % 2 === 1;
}

function flowClosed(token: CST.FlowCollection): boolean {
  const end = token.end[0]?.source;
  return end === ']' || end === '}';
}

/**
 * Walks the tokens of a parsed file, one top-level token at a time and iteratively (the tree may
 * be deep), and collects the ranges that hold data and the openers that were never closed.
 */
export class CstScanner {
  private readonly ranges: [number, number][] = [];
  private readonly unclosed: number[] = [];

  add(token: CST.Token): void {
    const stack: unknown[] = [token];
    while (stack.length) {
      const o = stack.pop();
      if (typeof o !== 'object') continue;
      // Stryker disable next-line ConditionalExpression: yaml 2.x tokens hold no null; this keeps the walk safe if one ever does
      if (o === null) continue;
      const t = o as { type?: string; offset: number; source: string };
      if (DATA_TOKENS.has(t.type!)) {
        // A block scalar's offset is its header's, and its source (the body) follows its props:
        // the header, maybe a comment, the line break.
        const props = t.type === 'block-scalar' ? (o as CST.BlockScalar).props : [];
        const last = props[props.length - 1] as CST.SourceToken | undefined;
        this.ranges.push([t.offset, (last ? last.offset + last.source.length : t.offset) + t.source.length]);
        if ((t.type === 'double-quoted-scalar' || t.type === 'single-quoted-scalar') && !quoteClosed(t.source)) this.unclosed.push(t.offset);
      } else if (t.type === 'flow-collection' && !flowClosed(o as CST.FlowCollection)) this.unclosed.push(t.offset);
      // Arrays (items, props) and objects (tokens, pairs) alike: their values.
      for (const v of Object.values(o)) stack.push(v);
    }
  }

  finish(): CstScan {
    const ranges = [...this.ranges].sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    }
    // Stryker disable next-line MethodExpression,ArrowFunction,ArithmeticOperator: an unclosed quote or bracket takes the rest of its document, so a later one lies inside it and the walk (a parent before its children) meets them in order already
    return { dataRanges: merged, unclosed: [...this.unclosed].sort((a, b) => a - b) };
  }
}

/** The scan of a whole file's tokens at once. */
export function scanCst(tokens: readonly CST.Token[]): CstScan {
  const s = new CstScanner();
  for (const t of tokens) s.add(t);
  return s.finish();
}

/** Index of the last range starting at or before `offset` (binary search), or -1. */
function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  // Stryker disable next-line ArithmeticOperator: an index past the end reads undefined, which is never at or before an offset, so the search moves below it
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The end of the sorted, disjoint range that holds `offset`, or -1 when none does. */
export function rangeEndAt(ranges: readonly [number, number][], offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = ranges[mid]!;
    if (offset < s) hi = mid - 1;
    else if (offset >= e) lo = mid + 1;
    else return e;
  }
  return -1;
}

/** The start of the last unclosed quote or flow collection at or before `offset`, or null. */
export function openerBefore(scan: CstScan, offset: number): number | null {
  const i = lastAtOrBefore(scan.unclosed, offset);
  return i < 0 ? null : scan.unclosed[i]!;
}

/**
 * The offset of the first Go template expression (`{{ … }}`) that stands in YAML structure
 * rather than inside a quoted or block string or a comment, or null. A rendered manifest may
 * carry templates as data (Prometheus rules, Grafana dashboards in a ConfigMap); that is fine.
 * Linear: one pass of indexOf that skips each data range, a binary search per hit.
 */
export function findTemplate(text: string, dataRanges: readonly [number, number][]): number | null {
  const lastClose = text.lastIndexOf('}}');
  // Stryker disable next-line EqualityOperator: `{{` cannot start where the last `}}` does
  for (let i = text.indexOf('{{'); i >= 0 && i < lastClose; ) {
    const end = rangeEndAt(dataRanges, i);
    // Stryker disable next-line EqualityOperator: a range ends past its start, so an end is never 0
    if (end < 0) return i;
    i = text.indexOf('{{', end);
  }
  return null;
}
