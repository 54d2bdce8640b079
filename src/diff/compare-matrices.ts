import type { Reachability } from '../engine/compute-reachability';
import { type Conns, connsEqual, connsSubset, isEmptyConns, subtractConns } from '../model/conns';
import type { MatchedEndpoints } from './match-endpoints';
import type { ChangeGroup, ChangeKind } from './types';

function changeKind(before: Conns, after: Conns): ChangeKind {
  if (isEmptyConns(before)) return 'opened';
  if (isEmptyConns(after)) return 'closed';
  if (connsSubset(before, after)) return 'widened';
  if (connsSubset(after, before)) return 'narrowed';
  return 'changed';
}

/** The two matrices seen through the joint classes, and the groups found so far. */
interface Comparison {
  base: Reachability;
  head: Reachability;
  /** Base and head class of each joint class (-1 where it has no member on that side). */
  jb: Int32Array;
  jh: Int32Array;
  /** 1 for the joint classes of external ranges. */
  ext: Uint8Array;
  /** Members per joint class. */
  size: Int32Array;
  /** Both states interned into one table: equal ids mean equal sets. */
  shared: boolean;
  groups: ChangeGroup[];
}

/**
 * Stage 2 of a diff: every ordered pair of joint classes whose connections differ between base
 * and head, as a change group (in row, then column order; `because` is left empty for stage 3).
 */
export function compareMatrices(base: Reachability, head: Reachability, { endpoints, jointClasses }: MatchedEndpoints): ChangeGroup[] {
  const c: Comparison = {
    base,
    head,
    jb: Int32Array.from(jointClasses, (j) => j.base),
    jh: Int32Array.from(jointClasses, (j) => j.head),
    ext: Uint8Array.from(jointClasses, (j) => (endpoints[j.members[0]!]!.kind === 'External' ? 1 : 0)),
    size: Int32Array.from(jointClasses, (j) => j.members.length),
    shared: base.table === head.table,
    groups: [],
  };
  const J = jointClasses.length;
  // Joint classes present on both sides (most of them), by their base and head columns; the
  // rest (added or removed workloads) are compared one by one.
  const both: number[] = [];
  const partial: number[] = [];
  for (let t = 0; t < J; t++) (c.jb[t]! >= 0 && c.jh[t]! >= 0 ? both : partial).push(t);
  const bothT = Int32Array.from(both);
  const bCol = Int32Array.from(both, (t) => c.jb[t]!);
  const hCol = Int32Array.from(both, (t) => c.jh[t]!);
  const bd = base.matrix.data;
  const hd = head.matrix.data;
  const differing: number[] = [];
  for (let f = 0; f < J; f++) {
    if (!(c.jb[f]! >= 0 && c.jh[f]! >= 0 && c.shared)) {
      for (let t = 0; t < J; t++) consider(c, f, t);
      continue;
    }
    // The hot loop: equal ids mean equal sets, so only differing cells go further.
    const br = c.jb[f]! * base.matrix.n;
    const hr = c.jh[f]! * head.matrix.n;
    differing.length = 0;
    for (let k = 0; k < bothT.length; k++) if (bd[br + bCol[k]!] !== hd[hr + hCol[k]!]) differing.push(bothT[k]!);
    // Merged with the partial columns, in column order.
    let i = 0;
    let j = 0;
    while (i < differing.length || j < partial.length) {
      const t = j >= partial.length || (i < differing.length && differing[i]! < partial[j]!) ? differing[i++]! : partial[j++]!;
      consider(c, f, t);
    }
  }
  return c.groups;
}

/** Adds the group of joint classes (f, t) when their connections differ and the pair is a flow. */
function consider(c: Comparison, f: number, t: number): void {
  const { jb, jh } = c;
  const b = jb[f]! >= 0 && jb[t]! >= 0 ? c.base.matrix.data[jb[f]! * c.base.matrix.n + jb[t]!]! : 0;
  const h = jh[f]! >= 0 && jh[t]! >= 0 ? c.head.matrix.data[jh[f]! * c.head.matrix.n + jh[t]!]! : 0;
  if (c.ext[f] && c.ext[t]) return;
  // a class with one member only pairs with itself, which is not a flow.
  if (f === t && c.size[f]! < 2) return;
  if (c.shared ? b === h : connsEqual(c.base.table.get(b), c.head.table.get(h))) return;
  const before = c.base.table.get(b);
  const after = c.head.table.get(h);
  c.groups.push({ fromClass: f, toClass: t, before, after, opened: subtractConns(after, before), closed: subtractConns(before, after), kind: changeKind(before, after), because: [] });
}
