import { formatConns } from '../../model/conns';
import { rowBreak, type ChangeRow } from '../model/change-rows';
import { formatSet, type SetDescriber } from '../model/endpoint-sets';
import { escapeMermaid } from './escape';

/** At most this many edges (rows of the change table) are drawn; more is not readable. */
export const MERMAID_EDGE_LIMIT = 15;

function edgeLabel(r: ChangeRow): string {
  const what = r.kind === 'opened' ? formatConns(r.after) : r.kind === 'closed' ? formatConns(r.before) : `${formatConns(r.before)} to ${formatConns(r.after)}`;
  const broken = rowBreak(r);
  const prefix = broken ? `${broken.forbidden ? 'FORBIDDEN' : 'REQUIRED'} ` : '';
  return `${prefix}${r.kind}: ${what}`;
}

/**
 * A Mermaid flowchart of the changed flows, one node per distinct set of endpoints and one edge
 * per row: opened solid, closed dotted, rule breaks thick. Null when there are too many rows.
 * Every label is quoted and escaped with escapeMermaid, so manifest text cannot break the diagram.
 */
export function renderMermaid(rows: readonly ChangeRow[], sets: SetDescriber): string | null {
  if (!rows.length || rows.length > MERMAID_EDGE_LIMIT) return null;
  const nodes = new Map<string, string>();
  const lines = ['```mermaid', 'flowchart LR'];
  const node = (members: readonly number[]): string => {
    const key = members.join(',');
    let id = nodes.get(key);
    if (id === undefined) {
      id = `n${nodes.size}`;
      nodes.set(key, id);
      lines.push(`  ${id}["${escapeMermaid(formatSet(sets.describe(members), (s) => s))}"]`);
    }
    return id;
  };
  const edges: string[] = [];
  for (const r of rows) {
    const from = node(r.sources);
    const to = node(r.targets);
    const arrow = r.breaks.length ? '==>' : r.kind === 'closed' ? '-.->' : '-->';
    edges.push(`  ${from} ${arrow}|"${escapeMermaid(edgeLabel(r))}"| ${to}`);
  }
  return [...lines, ...edges, '```'].join('\n');
}
