import { formatConns } from '../../model/conns';
import type { ReportModel } from '../model/report-model';
import { violationVerb, type ViolationGroup } from '../model/violation-groups';
import type { GroupLabeler } from './group-labeler';

/** How a format writes the parts of a violation sentence. */
export interface SentenceStyle {
  /** The format's escaping of text from manifests and rules files. */
  escape: (s: string) => string;
  /** The mark of a new or pre-existing violation, e.g. `⛔ **new**:` or `NEW`. */
  tag: (isNew: boolean) => string;
  /** A rule's name, escaped and set off, e.g. `**name**` or `"name"`. */
  ruleName: (escaped: string) => string;
  arrow: string;
}

/**
 * One violation group as a sentence, the same in every format: new or pre-existing, the rule and
 * where it is written, then the pairs and what they allow (or the rule's message when the group
 * names no pair).
 */
export function violationSentence(model: ReportModel, g: ViolationGroup, labeler: GroupLabeler, style: SentenceStyle): string {
  const esc = style.escape;
  const rule = `${style.tag(g.isNew)} ${g.rule.kind} rule ${style.ruleName(esc(g.rule.name))} (${esc(`${g.rule.source.file}:${g.rule.source.line}`)})`;
  if (!g.sources.length) return `${rule}: ${esc(g.message ?? '')}`;
  const pairs = g.pairs > 1 ? ` (${g.pairs} flows)` : '';
  const what = violationVerb(g, esc(formatConns(g.ports)));
  return `${rule}: ${labeler.set(g.sources, model.sets)} ${style.arrow} ${labeler.set(g.targets, model.sets)} ${what}${pairs}`;
}
