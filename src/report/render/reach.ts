import { markdownTable } from 'markdown-table';
import { formatConns } from '../../model/conns';
import { flowPairs, type ReachResult } from '../../engine/reach-result';
import { escapeMarkdown } from './escape';
// Up to this many endpoints a matrix, beyond a list per source: the same limit as the diff report.
import { MATRIX_LIMIT } from '../model/reach-after';


export function renderReachText(r: ReachResult): string {
  const lines: string[] = [];
  for (const f of flowPairs(r)) lines.push(`${r.endpoints[f.from]!.id} => ${r.endpoints[f.to]!.id} : ${formatConns(f.conns)}`);
  if (!lines.length) lines.push('no flow is allowed');
  const diags = r.diagnostics.map((d) => `${d.file}:${d.line}: ${d.severity}: ${d.message}`);
  return `${[...lines, ...(diags.length ? ['', ...diags] : [])].join('\n')}\n`;
}

export function renderReachMarkdown(r: ReachResult): string {
  const out: string[] = ['### Reachability', ''];
  if (r.endpoints.length <= MATRIX_LIMIT) {
    const conns = new Map([...flowPairs(r)].map((f) => [`${f.from}:${f.to}`, formatConns(f.conns)]));
    const names = r.endpoints.map((e) => escapeMarkdown(e.id));
    const rows = r.endpoints.map((a, i) => [
      names[i]!,
      ...r.endpoints.map((b, j) => (i === j ? 'n/a' : a.kind === 'External' && b.kind === 'External' ? '' : escapeMarkdown(conns.get(`${i}:${j}`) ?? 'none'))),
    ]);
    out.push('Rows are sources, columns destinations.', '', markdownTable([['from \\ to', ...names], ...rows]));
  } else {
    // Pairs come in source order: one list item per source.
    let from = -1;
    let reached: string[] = [];
    const flush = () => {
      if (reached.length) out.push(`- **${escapeMarkdown(r.endpoints[from]!.id)}** reaches ${reached.join(', ')}`);
    };
    for (const f of flowPairs(r)) {
      if (f.from !== from) {
        flush();
        from = f.from;
        reached = [];
      }
      reached.push(`${escapeMarkdown(r.endpoints[f.to]!.id)} (${escapeMarkdown(formatConns(f.conns))})`);
    }
    flush();
  }
  if (r.diagnostics.length) {
    out.push('', '### Diagnostics', '');
    for (const d of r.diagnostics) out.push(`- ${d.severity}: ${escapeMarkdown(`${d.file}:${d.line}`)}: ${escapeMarkdown(d.message)}`);
  }
  return `${out.join('\n')}\n`;
}
