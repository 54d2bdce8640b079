import { formatConns } from '../model/port-set';
import type { DiffResult } from '../diff/compute-diff';

export function renderDiffText(d: DiffResult): string {
  const lines = d.changes.map((c) => {
    const g = c.group;
    return `${g.kind.padEnd(8)} ${d.endpoints[c.from]!.id} => ${d.endpoints[c.to]!.id} : ${formatConns(g.before)} -> ${formatConns(g.after)}`;
  });
  if (!lines.length) lines.push('no flow changed');
  return `${lines.join('\n')}\n`;
}
