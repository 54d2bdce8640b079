import { changeIndex } from '../../diff/change-pairs';
import type { DiffResult } from '../../diff/compute-diff';
import type { Conns } from '../../model/conns';
import { mergeBlocks, type Block } from './merge-blocks';

/** Up to this many endpoints, the reachability after the change is a matrix. */
export const MATRIX_LIMIT = 12;
/** Beyond this many classes in the head state, the grouped lists are left to the JSON output. */
export const LIST_CLASS_LIMIT = 200;

export interface MatrixCell {
  /** Null on the diagonal (A-29: self pairs are not flows) and between two external ranges. */
  conns: Conns | null;
  /** The pair changed in this diff. */
  changed: boolean;
}

/** The reachability of the head state, in the shape a report shows it. */
export type ReachAfter =
  | { kind: 'matrix'; endpoints: number[]; cells: MatrixCell[][] }
  | { kind: 'lists'; endpoints: number[]; blocks: Block<Conns>[] }
  | { kind: 'too-large'; endpoints: number[]; classes: number };

/** The endpoints that exist after the change: workloads of head and every external range. */
export function headEndpoints(diff: DiffResult): number[] {
  const out: number[] = [];
  diff.endpoints.forEach((e, i) => {
    if (e.head >= 0) out.push(i);
  });
  return out;
}

function matrix(diff: DiffResult, endpoints: number[]): ReachAfter {
  const changeAt = changeIndex(diff);
  const cells = endpoints.map((i) => {
    const a = diff.endpoints[i]!;
    return endpoints.map((j): MatrixCell => {
      const b = diff.endpoints[j]!;
      if (i === j || (a.kind === 'External' && b.kind === 'External')) return { conns: null, changed: false };
      return { conns: diff.head.classConns(a.head, b.head), changed: changeAt(a.joint, b.joint) !== undefined };
    });
  });
  return { kind: 'matrix', endpoints, cells };
}

function lists(diff: DiffResult, endpoints: number[]): ReachAfter {
  const members = new Map<number, number[]>();
  for (const i of endpoints) {
    const c = diff.endpoints[i]!.head;
    const list = members.get(c);
    if (list) list.push(i);
    else members.set(c, [i]);
  }
  const classes = [...members.keys()];
  const external = (c: number) => diff.head.classification.classes[c]!.external;
  const blocks: Block<Conns>[] = [];
  for (const a of classes) {
    for (const b of classes) {
      if (external(a) && external(b)) continue;
      const id = diff.head.classConnsId(a, b);
      if (id !== 0) blocks.push({ sources: members.get(a)!, targets: members.get(b)!, key: String(id), value: diff.head.table.get(id) });
    }
  }
  const merged = mergeBlocks(blocks).sort((x, y) => x.sources[0]! - y.sources[0]! || x.targets[0]! - y.targets[0]!);
  return { kind: 'lists', endpoints, blocks: merged };
}

/**
 * The reachability after the change: a matrix of every head endpoint while there are at most
 * MATRIX_LIMIT, else lists of allowed flows between groups of endpoints (pairs not listed allow
 * nothing), else (too many classes to read) only the size.
 */
export function buildReachAfter(diff: DiffResult): ReachAfter {
  const endpoints = headEndpoints(diff);
  if (endpoints.length <= MATRIX_LIMIT) return matrix(diff, endpoints);
  const classes = new Set(endpoints.map((i) => diff.endpoints[i]!.head)).size;
  if (classes > LIST_CLASS_LIMIT) return { kind: 'too-large', endpoints, classes };
  return lists(diff, endpoints);
}
