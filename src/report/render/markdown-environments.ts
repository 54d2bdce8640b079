import type { EnvironmentsAnalysis } from '../../analyze-environments';
import { environmentChanged } from '../../analyze-environments';
import { describeSource, pinnedEntry } from '../../environments/types';
import { escapeMarkdown as esc } from './escape';
import { verdict } from '../model/headline';
import { MARKER, MAX_COMMENT_CHARS, renderMarkdown, toolsNote, type MarkdownOptions } from './markdown';

/** Room kept for the header and the unchanged environments' lines. */
const HEADER_ROOM = 6_000;

/** How the report says what it detected, and the rules-file entry that pins it. */
function detectedNote(a: EnvironmentsAnalysis): string[] {
  if (!a.detected) return [];
  const pins = a.environments.map((e) => `  - ${pinnedEntry(e.spec)}`);
  return [
    `_The rules file names no environments, so flowgate detected ${a.environments.length}: Helm charts (default values), kustomizations no other one refers to, and the plain manifests outside them. To pin them (or to choose values files, namespaces and overlays), add to the rules file:_`,
    '',
    '```yaml',
    'environments:',
    ...pins,
    '```',
    '',
  ];
}

/**
 * Issue 13: the PR comment over several environments: one verdict (any failing environment
 * fails), then each environment that changed (a flow, a violation, an input error) as its own
 * section, and one line for each that did not. With one environment named by the rules file,
 * it is the single-environment comment (with the tools in its footer).
 */
export function renderEnvironmentsMarkdown(a: EnvironmentsAnalysis, options: MarkdownOptions = {}): string {
  const max = options.maxChars ?? MAX_COMMENT_CHARS;
  if (a.environments.length === 1 && !a.detected) return renderMarkdown(a.environments[0]!.run, { ...options, tools: a.tools });
  const pass = a.exitCode === 0;
  const out = [options.marker ?? MARKER, '### flowgate: network flows changed by this pull request', ''];
  out.push(`**${pass ? '✅ Pass' : '❌ Fail'} — ${esc(a.reason)}**`, '');
  if (options.rulesNote) out.push(`_${esc(options.rulesNote)}_`, '');
  out.push(...detectedNote(a));
  const changed = a.environments.filter((e) => environmentChanged(e.run));
  const quiet = a.environments.filter((e) => !environmentChanged(e.run));
  if (quiet.length) {
    out.push(`**Unchanged environments (${quiet.length}):**`, '');
    for (const e of quiet) out.push(`- ✅ ${esc(e.spec.name)} (${esc(describeSource(e.spec.source))}): no flow changed; ${esc(verdict(e.run).text)}`);
    out.push('');
  }
  const share = Math.max(2_000, Math.floor((max - HEADER_ROOM) / Math.max(1, changed.length)));
  for (const e of changed) {
    const section = `### Environment ${esc(e.spec.name)}\n\n_${esc(describeSource(e.spec.source))}_`;
    out.push(renderMarkdown(e.run, { ...options, maxChars: share, section }).trimEnd(), '');
  }
  if (!changed.length) out.push('No environment changed a flow, a violation or an input error.', '');
  out.push(`<sub>${a.environments.length} environment${a.environments.length === 1 ? '' : 's'}, each analysed on its own.${toolsNote(a.tools)}</sub>`);
  return `${out.join('\n')}\n`;
}
