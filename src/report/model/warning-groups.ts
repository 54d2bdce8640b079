import type { LintCode, LintWarning } from '../../engine/lint';
import type { AnalysisWarning } from '../../analysis-result';

export const LINT_TITLES: Record<LintCode, string> = {
  'dns-blocked': 'DNS blocked by egress isolation (A-33)',
  'dangling-policy': 'Policies that select no workload (A-14)',
  'unresolved-named-port': 'Named ports that no container serves (A-26)',
  'host-network': 'hostNetwork workloads: NetworkPolicy behaviour undefined (A-31)',
  'implicit-policy-types': 'policyTypes not written (A-3e)',
  'ipblock-some-pods': 'ipBlocks over part of the pod CIDRs (A-22)',
  'dangling-tiered-policy': 'Cluster policies that select no workload (T-7)',
  'cilium-deny-unreachable': 'Cilium deny rules with nothing to deny (C-23)',
  'networks-some-pods': 'Cluster policy networks that may hold pod addresses (T-9)',
  'equal-priority': 'Cluster policies of equal priority that overlap (T-14)',
  'shadowed-deny': 'Deny rules shadowed by a higher-precedence Accept (T-4)',
  'pass-to-nothing': 'Pass rules with nothing after them (T-4)',
};

/** Lint warnings that say the same thing about several subjects. */
export interface WarningItem {
  message: string;
  isNew: boolean;
  subjects: { subject: string; file: string; line: number }[];
}

export interface WarningSection {
  code: LintCode;
  title: string;
  count: number;
  newCount: number;
  items: WarningItem[];
}

/** Groups lint warnings by code, then by message (new ones first): shared by the Markdown and text reports. */
export function groupWarnings(warnings: readonly AnalysisWarning[]): WarningSection[] {
  const sections = new Map<LintCode, { items: Map<string, WarningItem>; count: number; newCount: number }>();
  const sorted = [...warnings].sort((a, b) => Number(b.isNew) - Number(a.isNew));
  for (const { warning: w, isNew } of sorted) {
    const s = sections.get(w.code) ?? { items: new Map(), count: 0, newCount: 0 };
    sections.set(w.code, s);
    s.count++;
    if (isNew) s.newCount++;
    const key = `${isNew}|${w.message}`;
    const item = s.items.get(key) ?? { message: w.message, isNew, subjects: [] };
    s.items.set(key, item);
    item.subjects.push(subjectOf(w));
  }
  return (Object.keys(LINT_TITLES) as LintCode[])
    .filter((code) => sections.has(code))
    .map((code) => {
      const s = sections.get(code)!;
      return { code, title: LINT_TITLES[code], count: s.count, newCount: s.newCount, items: [...s.items.values()] };
    });
}

function subjectOf(w: LintWarning): WarningItem['subjects'][number] {
  return { subject: w.subject, file: w.file, line: w.line };
}
