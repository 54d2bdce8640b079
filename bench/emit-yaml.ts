/**
 * A small block-style YAML writer for the generated manifests: mappings, sequences, strings,
 * numbers and booleans, the way people write Kubernetes YAML by hand. Strings that YAML 1.1 could
 * read as something else (`on`, `8080`, `a: b`) are quoted.
 */
const PLAIN = /^[A-Za-z_/][A-Za-z0-9_./-]*$/;
const YAML11_WORDS = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/;

function scalar(v: unknown): string {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = String(v);
  return PLAIN.test(s) && !YAML11_WORDS.test(s) ? s : JSON.stringify(s);
}

function isScalar(v: unknown): boolean {
  return v === null || typeof v !== 'object';
}

function isEmpty(v: unknown): boolean {
  return Array.isArray(v) ? v.length === 0 : typeof v === 'object' && v !== null && Object.keys(v).length === 0;
}

function emit(v: unknown, indent: string, out: string[]): void {
  if (Array.isArray(v)) {
    for (const item of v) {
      if (isScalar(item) || isEmpty(item)) {
        out.push(`${indent}- ${isEmpty(item) ? (Array.isArray(item) ? '[]' : '{}') : scalar(item)}`);
        continue;
      }
      // The first line of a mapping item sits on the dash line.
      const sub: string[] = [];
      emit(item, `${indent}  `, sub);
      out.push(`${indent}- ${sub[0]!.trimStart()}`, ...sub.slice(1));
    }
    return;
  }
  for (const [k, val] of Object.entries(v as Record<string, unknown>)) {
    const key = scalar(k);
    if (isScalar(val)) out.push(`${indent}${key}: ${scalar(val)}`);
    else if (isEmpty(val)) out.push(`${indent}${key}: ${Array.isArray(val) ? '[]' : '{}'}`);
    else {
      out.push(`${indent}${key}:`);
      emit(val, Array.isArray(val) ? indent : `${indent}  `, out);
    }
  }
}

/** One document as YAML text, ending in a newline. */
export function toYaml(doc: Record<string, unknown>): string {
  const out: string[] = [];
  emit(doc, '', out);
  return `${out.join('\n')}\n`;
}

/** Several documents of one file, separated by `---`. */
export function toYamlFile(docs: readonly Record<string, unknown>[], header?: string): string {
  return (header ? `# ${header}\n` : '') + docs.map(toYaml).join('---\n');
}
