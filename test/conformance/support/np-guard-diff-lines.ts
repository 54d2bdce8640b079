import { formatConnSet, parseConnSet, isEmpty } from './conn-set';
import { FlowCollector, parsePeer, type FlowsByMeaning } from './np-guard-flows';

/** The value of a diff line by meaning: `before → after`, plus the added or removed workloads. */
export function diffValue(before: string, after: string, info: readonly string[]): string {
  return `${before} → ${after}${info.length ? ` [${[...info].sort().join(', ')}]` : ''}`;
}

export const UNCHANGED = 'unchanged';

const LINE = /^diff-type: (changed|added|removed), source: (\S+), destination: (\S+), ref1: (.+?), ref2: (.+?)(?:, workloads-diff-info: (.+))?$/;
const INFO = /^workload (\S+)(?: and (\S+))? (added|removed)$/;

/** Parses a diff expected.txt (np-guard README "Grammar of diff"); an empty file is no change. */
export function parseNpGuardDiff(text: string): FlowsByMeaning {
  const c = new FlowCollector();
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  if (lines.length && lines[0] !== 'Connectivity diff:') throw new Error(`diff output starts "${lines[0]}"`);
  for (const line of lines.slice(1)) {
    const m = LINE.exec(line);
    if (!m) throw new Error(`not a diff line: "${line}"`);
    const [, type, src, dst, ref1, ref2, infoText] = m as unknown as [string, string, string, string, string, string, string | undefined];
    const before = parseConnSet(ref1);
    const after = parseConnSet(ref2);
    // The category follows from the sets; a line that disagrees would mean a misread grammar.
    const want = isEmpty(before) ? 'added' : isEmpty(after) ? 'removed' : 'changed';
    if (type !== want) throw new Error(`line says ${type} but its sets say ${want}: "${line}"`);
    const info: string[] = [];
    if (infoText) {
      const im = INFO.exec(infoText);
      if (!im) throw new Error(`cannot read workloads-diff-info "${infoText}"`);
      info.push(`${im[1]} ${im[3]}`);
      if (im[2]) info.push(`${im[2]} ${im[3]}`);
    }
    c.add(parsePeer(src), parsePeer(dst), diffValue(formatConnSet(before), formatConnSet(after), info));
  }
  if (c.problems.length) throw new Error(c.problems.join('; '));
  return c.result(UNCHANGED);
}
