import type { Diagnostic, SourceFile } from '../model/types';

/**
 * Issue 10 item 10: Helm templates are found before any YAML is parsed. A file under
 * `<chart>/templates/` of a folder that holds `Chart.yaml` is a template of that chart; when it
 * holds a template expression (`{{`), it cannot be read before it is rendered, and the
 * diagnostic names the chart folder (instead of "more than 200 YAML errors" per file).
 */
export function helmTemplateDiagnostics(files: readonly SourceFile[]): Map<string, Diagnostic> {
  const charts = files.filter((f) => f.path === 'Chart.yaml' || f.path.endsWith('/Chart.yaml')).map((f) => f.path.slice(0, -'Chart.yaml'.length));
  const out = new Map<string, Diagnostic>();
  for (const f of files) {
    const chart = charts.find((dir) => f.path.startsWith(`${dir}templates/`));
    if (chart === undefined || !f.text.includes('{{')) continue;
    const line = f.text.slice(0, f.text.indexOf('{{')).split('\n').length;
    const folder = chart ? chart.slice(0, -1) : '.';
    out.set(f.path, {
      severity: 'error',
      code: 'template',
      file: f.path,
      line,
      message: `file is a template of the Helm chart in ${folder}/ (${chart}Chart.yaml) and cannot be analysed as it is: render the chart first (helm template ${folder}) or leave ${folder}/ out of the manifest globs`,
    });
  }
  return out;
}
