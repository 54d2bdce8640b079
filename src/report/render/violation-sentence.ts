import { formatConns } from '../../model/conns';
import { formatBecause, type ReportModel } from '../model/report-model';
import { violationVerb, type ViolationGroup } from '../model/violation-groups';
import type { GroupLabeler } from './group-labeler';

/** A violation of head, new or not, or one of base that the change fixed. */
export type ViolationState = 'new' | 'pre-existing' | 'fixed';

/** What the pairs of a fixed violation do now: the rule holds again. */
function fixedVerb(g: ViolationGroup, ports: string): string {
  if (g.rule.kind === 'forbid') return `no longer allows ${ports}`;
  return g.rule.ports === null ? 'now allows something' : `now allows ${ports}`;
}

/** How a format writes the parts of a violation sentence. */
export interface SentenceStyle {
  /** The format's escaping of text from manifests and rules files. */
  escape: (s: string) => string;
  /** The mark of a new, pre-existing or fixed violation, e.g. `⛔ **new**:` or `NEW`. */
  tag: (state: ViolationState) => string;
  /** A rule's name, escaped and set off, e.g. `**name**` or `"name"`. */
  ruleName: (escaped: string) => string;
  arrow: string;
}

/**
 * One violation group as a sentence, the same in every format: new, pre-existing or fixed, the
 * rule and where it is written, then the pairs and what they allow (or the rule's message when
 * the group names no pair).
 */
export function violationSentence(model: ReportModel, g: ViolationGroup, labeler: GroupLabeler, style: SentenceStyle, fixed = false): string {
  const esc = style.escape;
  const state: ViolationState = fixed ? 'fixed' : g.isNew ? 'new' : 'pre-existing';
  const rule = `${style.tag(state)} ${g.rule.kind} rule ${style.ruleName(esc(g.rule.name))} (${esc(`${g.rule.source.file}:${g.rule.source.line}`)})`;
  if (!g.sources.length) return `${rule}: ${esc(g.message ?? '')}`;
  const pairs = g.pairs > 1 ? ` (${g.pairs} pairs)` : '';
  const what = (fixed ? fixedVerb : violationVerb)(g, esc(formatConns(g.ports)));
  const why = !fixed && g.because?.length ? `; why: ${esc(formatBecause(g.because))}` : '';
  return `${rule}: ${labeler.set(g.sources, model.sets)} ${style.arrow} ${labeler.set(g.targets, model.sets)} ${what}${pairs}${why}`;
}
