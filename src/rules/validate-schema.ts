import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../schema/flowgate-rules.schema.json' with { type: 'json' };
import { formatPath, pointerToPath, type Path } from '../yaml/lines';

/** A shape problem found by the JSON Schema, at a path of the data. */
export interface SchemaProblem {
  path: Path;
  /** Report at the key (unknown keys) rather than at the value. */
  atKey: boolean;
  code: string;
  message: string;
}

/** The rules file's JSON Schema: the one description of its shape, for editors and for the parser. */
export const RULES_SCHEMA: object = schema;

/**
 * A validator of RULES_SCHEMA that reports every error (not only the first), each with the data
 * and the schema it met (the messages quote both); the schema's `["string", "array"]` types need
 * allowUnionTypes.
 */
export function compileRulesSchema(): ValidateFunction {
  return new Ajv({ allErrors: true, verbose: true, allowUnionTypes: true }).compile(RULES_SCHEMA);
}

let compiled: ValidateFunction | null = null;

function validator(): ValidateFunction {
  // Compiled on first use: the CLI pays for it only when a rules file is given.
  compiled ??= compileRulesSchema();
  return compiled;
}

function describe(v: unknown): string {
  // ajv's data is the value that failed: null at most (YAML's empty value), never undefined.
  if (v === null) return 'nothing (an empty value)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the string "${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  return `the ${typeof v} ${String(v)}`;
}

const TYPE_NAMES: Record<string, string> = { object: 'a mapping', array: 'a list', string: 'a string', null: 'empty', boolean: 'true or false', number: 'a number', integer: 'an integer' };

function typeList(t: unknown): string {
  const types = (Array.isArray(t) ? t : [t]).filter((x) => x !== 'null').map((x) => TYPE_NAMES[String(x)] ?? String(x));
  return types.join(' or ');
}

/** The closest expected key, for "did you mean" hints on typos. */
function closest(word: string, candidates: readonly string[]): string | null {
  const dist = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const cur = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
        prev = cur;
      }
    }
    return row[b.length]!;
  };
  let best: string | null = null;
  let bestDist = 3;
  for (const c of candidates) {
    const d = dist(word, c);
    if (d < bestDist) [best, bestDist] = [c, d];
  }
  return best;
}

/**
 * What the schema expected, as a phrase for a message ("a workload kind"). A capitalised
 * description is a sentence for editors (the top-level keys' help), not such a phrase: none then.
 */
function parentDescription(e: ErrorObject): string {
  // verbose: every error carries its parentSchema.
  const d = (e.parentSchema as { description?: unknown }).description;
  return typeof d === 'string' && /^[a-z]/.test(d) ? d : '';
}

function problemOf(e: ErrorObject): SchemaProblem | null {
  const base = pointerToPath(e.instancePath);
  const where = formatPath(base);
  const expected = parentDescription(e);
  const params = e.params as Record<string, unknown>;
  // An error on a mapping key (propertyNames) carries the key; report it there.
  if (e.propertyName !== undefined) {
    const path = [...base, e.propertyName];
    return { path, atKey: true, code: 'rules-invalid-value', message: `${formatPath(path)}: "${e.propertyName}" is not ${expected || 'a valid key'}` };
  }
  switch (e.keyword) {
    case 'if':
    case 'propertyNames':
      // Summaries of the errors of their subschemas, which are reported themselves.
      return null;
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      // Every mapping of the schema that refuses other keys lists its own (verbose: parentSchema is set).
      const known = Object.keys((e.parentSchema as { properties: object }).properties);
      const guess = closest(key, known);
      const hint = guess ? ` (did you mean "${guess}"?)` : ` (expected one of: ${known.join(', ')})`;
      return { path: [...base, key], atKey: true, code: 'rules-unknown-key', message: `${where}: unknown key "${key}"${hint}` };
    }
    case 'required':
      return { path: base, atKey: false, code: 'rules-missing-key', message: `${where} needs "${String(params.missingProperty)}"` };
    case 'type': {
      const quote = typeof e.data === 'number' || typeof e.data === 'boolean' ? ' (quote it in YAML to make it a string)' : '';
      const hint = Array.isArray(params.type) || params.type !== 'string' ? '' : quote;
      return { path: base, atKey: false, code: 'rules-wrong-type', message: `${where} must be ${typeList(params.type)}, not ${describe(e.data)}${hint}` };
    }
    case 'minProperties':
      return {
        path: base,
        atKey: false,
        code: 'rules-empty-selector',
        message: `${where} is an empty selector; name what it selects (namespace, workload, labels, cidr, ...) or write "any: true" to mean every endpoint`,
      };
    case 'minItems':
      return { path: base, atKey: false, code: 'rules-invalid-value', message: `${where} is an empty list${expected ? `; expected ${expected}` : ''}` };
    case 'minLength':
      return { path: base, atKey: false, code: 'rules-invalid-value', message: `${where} must not be empty` };
    case 'const':
      return { path: base, atKey: false, code: 'rules-invalid-value', message: `${where} must be true, not ${describe(e.data)} (leave it out instead)` };
    default: {
      // A port's own value (ports[i]): the list itself fails only by type or length, told above.
      const what = base[base.length - 2] === 'ports' ? 'rules-invalid-port' : base.includes('cidr') || base[0] === 'podCidrs' ? 'rules-invalid-cidr' : 'rules-invalid-value';
      // Only enum errors carry allowedValues.
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues.join(', ') : '';
      // Without a phrase for what was expected, ajv's own words ("must NOT have more than 50 items").
      if (!expected && !allowed) return { path: base, atKey: false, code: what, message: `${where} ${String(e.message)}` };
      const want = expected ? `${expected}${allowed ? ` (one of ${allowed})` : ''}` : `one of ${allowed}`;
      return { path: base, atKey: false, code: what, message: `${where}: ${describe(e.data)} is not ${want}` };
    }
  }
}

/**
 * A value that fits none of a oneOf's forms (an environment's `helm`) gets an error from every
 * form besides the oneOf's own. When it is of some form's type, the errors of that form say what
 * is wrong (a bad path, an unknown key): those are kept, without the forms of other types and the
 * oneOf. When it is of no form's type, the oneOf's own error says what was expected: only that.
 */
function oneErrorPerMistake(errors: ErrorObject[]): ErrorObject[] {
  let out = errors;
  for (const o of errors.filter((e) => e.keyword === 'oneOf')) {
    const within = (e: ErrorObject) => e !== o && (e.instancePath === o.instancePath || e.instancePath.startsWith(`${o.instancePath}/`));
    const otherType = (e: ErrorObject) => e.keyword === 'type' && e.instancePath === o.instancePath;
    const fitting = errors.some((e) => within(e) && !otherType(e));
    out = out.filter((e) => (fitting ? e !== o && !(within(e) && otherType(e)) : !within(e)));
  }
  return out;
}

/**
 * Validates the rules file's data against its JSON Schema and turns ajv's errors into readable
 * problems, one per offending value, at the data path where each belongs.
 */
export function validateRulesShape(value: unknown): SchemaProblem[] {
  const validate = validator();
  validate(value);
  const out: SchemaProblem[] = [];
  // errors is null when the value is valid.
  for (const e of oneErrorPerMistake(validate.errors ?? [])) {
    const p = problemOf(e);
    if (p) out.push(p);
  }
  return out;
}
