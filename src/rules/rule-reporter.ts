import type { Diagnostic, Severity } from '../model/types';
import { formatPath, type DataPath, type LineLookup } from '../yaml/lines';

const samePrefix = (prefix: DataPath, path: DataPath): boolean => prefix.length <= path.length && prefix.every((s, i) => String(s) === String(path[i]));

/**
 * Collects the diagnostics of one rules file. Schema problems come first; a semantic check on a
 * value that the schema already rejected (or inside it) stays quiet, so each mistake is told once.
 */
export class RuleReporter {
  readonly diagnostics: Diagnostic[] = [];
  private readonly errorPaths: DataPath[] = [];
  private readonly schemaPaths: DataPath[] = [];

  constructor(
    private readonly file: string,
    private readonly lines: LineLookup,
  ) {}

  /** A problem the JSON Schema found. */
  schema(path: DataPath, atKey: boolean, code: string, message: string): void {
    this.schemaPaths.push(path);
    this.push('error', path, atKey, code, message);
  }

  /** A semantic error at `path`; `where` prefixes the message with the path. */
  error(path: DataPath, code: string, message: string, options: { atKey?: boolean; where?: boolean } = {}): void {
    if (this.schemaPaths.some((s) => samePrefix(path, s))) return;
    this.push('error', path, options.atKey ?? false, code, options.where === false ? message : `${formatPath(path)}: ${message}`);
  }

  warn(path: DataPath, code: string, message: string, where = true): void {
    this.push('warning', path, false, code, where ? `${formatPath(path)}: ${message}` : message);
  }

  /** Whether an error was reported at `path` or inside it. */
  hasErrorWithin(path: DataPath): boolean {
    return this.errorPaths.some((e) => samePrefix(path, e));
  }

  line(path: DataPath, atKey = false): number {
    return atKey ? this.lines.keyLine(path) : this.lines.valueLine(path);
  }

  private push(severity: Severity, path: DataPath, atKey: boolean, code: string, message: string): void {
    if (severity === 'error') this.errorPaths.push(path);
    this.diagnostics.push({ severity, code, file: this.file, line: this.line(path, atKey), message });
  }
}
