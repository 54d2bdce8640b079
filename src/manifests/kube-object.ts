import { WORKLOAD_KINDS, type Diagnostic, type SourceRef } from '../model/types';
import type { Path, RawDocument } from '../yaml/parse-documents';
import { isRecord } from '../yaml/plain-data';

/** A Kubernetes object found in a document (a `List` gives one per item). */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  value: Record<string, unknown>;
  file: string;
  /** Line of a field of this object (path relative to the object). */
  lineOf(path: Path): number;
  source: SourceRef;
}

function toObject(doc: RawDocument, value: unknown, prefix: Path): KubeObject | null {
  if (!isRecord(value) || typeof value.apiVersion !== 'string' || typeof value.kind !== 'string') return null;
  // A Kustomize patch that deletes an object (`$patch: delete`) names the object; it is not one.
  if (value.$patch === 'delete') return null;
  const lineOf = (path: Path) => doc.lineOf([...prefix, ...path]);
  return { apiVersion: value.apiVersion, kind: value.kind, value, file: doc.file, lineOf, source: { file: doc.file, line: doc.lineOf(prefix) } };
}

const ANALYSED_KINDS = new Set<string>([...WORKLOAD_KINDS, 'NetworkPolicy', 'Namespace']);

/**
 * Why a mapping that means to be a Kubernetes object cannot be read as one, or null. Other YAML
 * stays quiet (a Helm Chart.yaml has an apiVersion and no kind), but a policy or workload must
 * never drop out of the analysis without a word.
 */
function objectProblem(value: Record<string, unknown>): { field: string; message: string } | null {
  const { apiVersion, kind } = value;
  if (apiVersion !== undefined && kind !== undefined) {
    if (typeof kind !== 'string') return { field: 'kind', message: `kind must be a string, not ${typeName(kind)}` };
    if (typeof apiVersion !== 'string') return { field: 'apiVersion', message: `${kind}: apiVersion must be a string, not ${typeName(apiVersion)}` };
  }
  if (apiVersion === undefined && ANALYSED_KINDS.has(kind as string)) {
    return { field: 'kind', message: `${kind as string} has no apiVersion, so Kubernetes cannot read it (it is left out of the analysis)` };
  }
  return null;
}

function reportProblem(doc: RawDocument, value: unknown, prefix: Path, diagnostics: Diagnostic[]): void {
  const p = isRecord(value) ? objectProblem(value) : null;
  if (p) diagnostics.push({ severity: 'error', code: 'invalid-object', file: doc.file, line: doc.lineOf([...prefix, p.field]), message: p.message });
}

/**
 * The Kubernetes objects of a document. `List` and `*List` kinds are flattened. Documents that
 * are not Kubernetes objects (no apiVersion and kind) are ignored quietly: a repository holds
 * workflow files and other YAML too.
 */
export function objectsOf(doc: RawDocument, diagnostics: Diagnostic[]): KubeObject[] {
  const obj = toObject(doc, doc.value, []);
  if (!obj) {
    reportProblem(doc, doc.value, [], diagnostics);
    return [];
  }
  if (obj.kind === 'List' || (obj.kind.endsWith('List') && 'items' in obj.value)) {
    const items = obj.value.items;
    if (items === null || items === undefined) return [];
    if (!Array.isArray(items)) {
      diagnostics.push({ severity: 'error', code: 'invalid-field', file: doc.file, line: obj.lineOf(['items']), message: `${obj.kind}: items must be a list` });
      return [];
    }
    const out: KubeObject[] = [];
    items.forEach((item, i) => {
      const o = toObject(doc, item, ['items', i]);
      if (o) {
        // `PodList` items may leave out kind and apiVersion; they are implied by the list kind.
        out.push(o);
      } else if (isRecord(item) && obj.kind !== 'List') {
        const implied = { apiVersion: obj.apiVersion, kind: obj.kind.slice(0, -'List'.length), ...item };
        const io = toObject(doc, implied, ['items', i]);
        if (io) out.push(io);
        else reportProblem(doc, implied, ['items', i], diagnostics);
      } else reportProblem(doc, item, ['items', i], diagnostics);
    });
    return out;
  }
  return [obj];
}

/**
 * Typed access to an object's fields that turns every wrong type into a diagnostic with the
 * field's line, instead of a crash.
 */
export class FieldReader {
  constructor(
    readonly obj: KubeObject,
    readonly diagnostics: Diagnostic[],
    private readonly what: string,
  ) {}

  error(path: Path, message: string, code = 'invalid-field'): void {
    this.diagnostics.push({ severity: 'error', code, file: this.obj.file, line: this.obj.lineOf(path), message: `${this.what}: ${message}` });
  }

  warn(path: Path, message: string, code: string): void {
    this.diagnostics.push({ severity: 'warning', code, file: this.obj.file, line: this.obj.lineOf(path), message: `${this.what}: ${message}` });
  }

  get(path: Path): unknown {
    let v: unknown = this.obj.value;
    for (const k of path) {
      if (typeof k === 'number') v = Array.isArray(v) ? v[k] : undefined;
      else v = isRecord(v) ? v[k] : undefined;
    }
    return v;
  }

  /** A mapping, or undefined when absent or null; a diagnostic (and null) for another type. */
  map(path: Path): Record<string, unknown> | undefined | null {
    const v = this.get(path);
    if (v === undefined || v === null) return undefined;
    if (isRecord(v)) return v;
    this.error(path, `${fieldName(path)} must be a mapping, not ${typeName(v)}`);
    return null;
  }

  list(path: Path): unknown[] | undefined | null {
    const v = this.get(path);
    if (v === undefined || v === null) return undefined;
    if (Array.isArray(v)) return v;
    this.error(path, `${fieldName(path)} must be a list, not ${typeName(v)}`);
    return null;
  }

  string(path: Path): string | undefined | null {
    const v = this.get(path);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    this.error(path, `${fieldName(path)} must be a string, not ${typeName(v)}`);
    return null;
  }
}

export function fieldName(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('') || 'object';
}

export function typeName(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the string "${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  return `the ${typeof v} ${String(v)}`;
}
