import type { Diagnostic, Severity } from '../model/types';
import { formatPath, type LineOf, type Path } from '../yaml/lines';

const samePrefix = (prefix: Path, path: Path): boolean => prefix.length <= path.length && prefix.every((s, i) => String(s) === String(path[i]));

/**
 * Collects the diagnostics of one rules file. Schema problems come first; a semantic check on a
 * value that the schema already rejected (or inside it) stays quiet, so each mistake is told once.
 */
export class RuleReporter {
  readonly diagnostics: Diagnostic[] = [];
  private readonly errorPaths: Path[] = [];
  private readonly schemaPaths: Path[] = [];

  constructor(
    private readonly file: string,
    private readonly lineOf: LineOf,
  ) {}

  /** A problem the JSON Schema found. */
  schema(path: Path, atKey: boolean, code: string, message: string): void {
    this.schemaPaths.push(path);
    this.push('error', path, atKey, code, message);
  }

  /** A semantic error at `path`; `where` prefixes the message with the path. */
  error(path: Path, code: string, message: string, options: { atKey?: boolean; where?: boolean } = {}): void {
    if (this.schemaPaths.some((s) => samePrefix(path, s))) return;
    this.push('error', path, options.atKey ?? false, code, options.where === false ? message : `${formatPath(path)}: ${message}`);
  }

  warn(path: Path, code: string, message: string, where = true): void {
    this.push('warning', path, false, code, where ? `${formatPath(path)}: ${message}` : message);
  }

  /** Whether an error was reported at `path` or inside it. */
  hasErrorWithin(path: Path): boolean {
    return this.errorPaths.some((e) => samePrefix(path, e));
  }

  line(path: Path, atKey = false): number {
    return this.lineOf(path, atKey ? 'key' : 'value');
  }

  private push(severity: Severity, path: Path, atKey: boolean, code: string, message: string): void {
    if (severity === 'error') this.errorPaths.push(path);
    this.diagnostics.push({ severity, code, file: this.file, line: this.line(path, atKey), message });
  }
}
