/**
 * Plain (unquoted, untagged) scalars resolved as go-yaml v2 resolves them (gopkg.in/yaml.v2
 * resolve.go), which is how kubectl reads a manifest: sigs.k8s.io/yaml decodes with v2 and
 * turns the result into JSON. Where the yaml library's YAML 1.1 schema reads otherwise (`0o17`,
 * `0X50`, `080`, `+12`, `0b11` are numbers to v2, strings or other numbers to the library),
 * this is what counts. Timestamps stay the text written (v2 gives them to an interface{} as
 * strings); floats and ints are both JSON numbers.
 */

const MAP = new Map<string, unknown>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((s): [string, unknown] => [s, true]),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map((s): [string, unknown] => [s, false]),
  ...['', '~', 'null', 'Null', 'NULL'].map((s): [string, unknown] => [s, null]),
  ...['.nan', '.NaN', '.NAN'].map((s): [string, unknown] => [s, NaN]),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((s): [string, unknown] => [s, Infinity]),
  ...['-.inf', '-.Inf', '-.INF'].map((s): [string, unknown] => [s, -Infinity]),
]);

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;
/** strconv.ParseInt(s, 0, 64): a sign, then 0x / 0o / 0b digits, a leading 0 for octal, or decimal. */
const GO_INT = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
/** v2's timestamp check: YYYY- then a date (and time) time.Parse accepts; kept as the string written. */
const TIMESTAMP = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/;

function goInt(s: string): number | null {
  if (!GO_INT.test(s)) return null;
  const neg = s[0] === '-';
  const body = s[0] === '-' || s[0] === '+' ? s.slice(1) : s;
  let n: number;
  const p = body.slice(0, 2).toLowerCase();
  if (p === '0x') n = parseInt(body.slice(2), 16);
  else if (p === '0o') n = parseInt(body.slice(2), 8);
  else if (p === '0b') n = parseInt(body.slice(2), 2);
  else if (body.length > 1 && body[0] === '0') n = parseInt(body, 8);
  else n = Number(body);
  // Past int64 ParseInt fails (and ParseUint takes no sign); such ports and labels are invalid anyway.
  if (!Number.isFinite(n) || n > 2 ** 64) return null;
  return neg ? -n : n;
}

/** The value go-yaml v2 gives a plain scalar's text (a string when nothing else fits). */
export function resolvePlainV2(s: string): unknown {
  const c = s.charCodeAt(0);
  const digitOrSign = (c >= 48 && c <= 57) || c === 43 || c === 45;
  if (!digitOrSign && c !== 46 && !'yYnNtTfFoO~'.includes(s[0] ?? '~')) return s;
  const mapped = MAP.get(s);
  if (mapped !== undefined || MAP.has(s)) return mapped;
  if (c === 46) return DOT_FLOAT.test(s) ? Number(s) : s;
  if (!digitOrSign) return s;
  if (TIMESTAMP.test(s)) return s;
  const plain = s.replace(/_/g, '');
  const int = goInt(plain);
  if (int !== null) return int;
  if (YAML_STYLE_FLOAT.test(plain)) return Number(plain);
  if (/^-0b[01]+$/.test(plain)) return -parseInt(plain.slice(3), 2);
  return s;
}
