/**
 * A rectangle of endpoint pairs that share one key (the same change, or the same violation):
 * every source to every target, except a source to itself (A-29: self pairs are never flows).
 */
export interface Block<T> {
  sources: number[];
  targets: number[];
  key: string;
  value: T;
}

function setKey(s: readonly number[]): string {
  return s.join(',');
}

function sortedUnique(parts: readonly (readonly number[])[]): number[] {
  if (parts.length === 1) return [...parts[0]!];
  const all = parts.flat().sort((a, b) => a - b);
  return all.filter((x, i) => i === 0 || all[i - 1] !== x);
}

/** Merges blocks with the same key and the same `side` set, uniting the other side. */
function mergeOn<T>(blocks: readonly Block<T>[], side: 'sources' | 'targets', combine: (a: T, b: T) => T): Block<T>[] {
  const other = side === 'sources' ? 'targets' : 'sources';
  const byKey = new Map<string, { block: Block<T>; parts: number[][] }>();
  const out: { block: Block<T>; parts: number[][] }[] = [];
  for (const b of blocks) {
    const k = `${b.key}\u0000${setKey(b[side])}`;
    const m = byKey.get(k);
    if (!m) {
      const entry = { block: { ...b }, parts: [b[other]] };
      byKey.set(k, entry);
      out.push(entry);
    } else {
      m.parts.push(b[other]);
      m.block.value = combine(m.block.value, b.value);
    }
  }
  return out.map(({ block, parts }) => ({ ...block, [other]: sortedUnique(parts) }));
}

/** Number of pairs a block stands for: sources × targets without self pairs. */
export function blockPairs(b: Pick<Block<unknown>, 'sources' | 'targets'>): number {
  const all = b.sources.length * b.targets.length;
  if (b.sources.length === 1) return all - (b.targets.includes(b.sources[0]!) ? 1 : 0);
  if (b.targets.length === 1) return all - (b.sources.includes(b.targets[0]!) ? 1 : 0);
  const t = new Set(b.targets);
  let self = 0;
  for (const s of b.sources) if (t.has(s)) self++;
  return all - self;
}

/**
 * Merges blocks of the same key into fewer, larger rectangles: first sources with the same targets
 * ("every workload in namespace shop → prod/db"), then targets with the same sources. The pairs
 * covered stay exactly the same. `sources` and `targets` must be sorted ascending; the result is
 * in first-appearance order, so a sorted input gives a deterministic output.
 */
export function mergeBlocks<T>(blocks: readonly Block<T>[], combine: (a: T, b: T) => T = (a) => a): Block<T>[] {
  return mergeSides(blocks.filter((b) => blockPairs(b) > 0), combine);
}

/**
 * mergeBlocks without dropping blocks of no pair: for rectangles of classes (disjoint sets of
 * endpoints), where a class to itself holds pairs when it has two members. Merging classes gives
 * the blocks that merging their members would (equal class sets have equal member sets), without
 * listing the members.
 */
export function mergeSides<T>(blocks: readonly Block<T>[], combine: (a: T, b: T) => T = (a) => a): Block<T>[] {
  return mergeOn(mergeOn(blocks, 'targets', combine), 'sources', combine);
}
