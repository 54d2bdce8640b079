import type { DiffAnalysis } from '../analyze';
import { environmentChanged, type EnvironmentsAnalysis } from '../analyze-environments';
import type { FailOn } from '../model/types';
import { environmentsJson, renderEnvironmentsSarif } from '../report/render/environments';
import { escapeText } from '../report/render/escape';
import { diffJsonChunks } from '../report/render/json';
import { renderMarkdown, type MarkdownOptions } from '../report/render/markdown';
import { renderEnvironmentsMarkdown } from '../report/render/markdown-environments';
import { renderSarif } from '../report/render/sarif';
import { version } from '../../package.json';
import { buildAnnotations, type Annotation } from './annotations';

/** What the action reports, from one analysis or from one per environment (issue 13). */
export interface ReportSource {
  verdict: Pick<DiffAnalysis, 'exitCode' | 'reason' | 'counts'>;
  markdown(options: MarkdownOptions): string;
  /** The JSON report, in chunks (never one string). */
  jsonChunks(): Iterable<string>;
  sarif(): string;
  annotations(failOn: FailOn): Annotation[];
  /** A flow, a violation (new or fixed) or an input error changed. */
  worthAComment: boolean;
}

export function singleSource(run: DiffAnalysis): ReportSource {
  return {
    verdict: run,
    markdown: (o) => renderMarkdown(run, o),
    jsonChunks: () => diffJsonChunks(run),
    sarif: () => renderSarif(run, { version }),
    annotations: (failOn) => buildAnnotations(run, failOn),
    worthAComment: run.diff.groups.length > 0 || run.counts.newViolations > 0 || run.counts.resolved > 0 || run.counts.errors > 0,
  };
}

export function environmentsSource(a: EnvironmentsAnalysis): ReportSource {
  return {
    verdict: a,
    markdown: (o) => renderEnvironmentsMarkdown(a, o),
    jsonChunks: () => environmentsJson(a),
    sarif: () => renderEnvironmentsSarif(a, { version }),
    annotations: (failOn) => a.environments.flatMap((e) => buildAnnotations(e.run, failOn).map((x) => (a.environments.length > 1 ? { ...x, title: `[${escapeText(e.spec.name)}] ${x.title}` } : x))),
    worthAComment: a.environments.some((e) => environmentChanged(e.run)),
  };
}
