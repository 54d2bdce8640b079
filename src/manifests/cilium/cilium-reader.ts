import type { CiliumKind } from '../../model/cilium';
import type { Path } from '../../yaml/parse-documents';
import { fieldName, type FieldReader } from '../kube-object';

/** Reads one Cilium policy object: its diagnostics name the field (`specs[1].ingress[0]…`), C-22, C-24. */
export class CiliumReader {
  ok = true;
  constructor(
    readonly r: FieldReader,
    readonly kind: CiliumKind,
    /** The CNP's namespace; null for a CCNP. */
    readonly namespace: string | null,
    /** `CiliumNetworkPolicy ns/name`, as messages name it. */
    readonly what: string,
  ) {}

  /** C-22: an error: Cilium refuses the object, so it is left out of the analysis. */
  error(path: Path, message: string, code = 'invalid-field'): null {
    this.r.error(path, `${fieldName(path)}: ${message}`, code);
    this.ok = false;
    return null;
  }

  /** A field or peer that is not analysed (C-16 … C-18): named with its place, never dropped in silence. */
  notAnalysed(path: Path, message: string): void {
    this.r.warn(path, `${fieldName(path)}: ${message}`, 'not-analysed');
  }

  note(path: Path, message: string, code: string): void {
    this.r.diagnostics.push({ severity: 'info', code, file: this.r.obj.file, line: this.r.obj.lineOf(path), message: `${this.what}: ${fieldName(path)}: ${message}` });
  }

  warn(path: Path, message: string, code: string): void {
    this.r.warn(path, `${fieldName(path)}: ${message}`, code);
  }

  /** Reports every key of `raw` that is not in `known` (the API would refuse or drop it). */
  knownFields(path: Path, raw: Record<string, unknown>, known: readonly string[], what: string): void {
    for (const k of Object.keys(raw)) if (!known.includes(k)) this.error([...path, k], `unknown field "${k}" in ${what} (${known.join(', ')})`);
  }
}
