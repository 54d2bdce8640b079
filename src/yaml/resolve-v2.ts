/**
 * Plain (unquoted, untagged) scalars resolved as go-yaml v2 resolves them (gopkg.in/yaml.v2
 * resolve.go), which is how kubectl reads a manifest: sigs.k8s.io/yaml decodes with v2 and
 * turns the result into JSON. Where the yaml library's YAML 1.1 schema reads otherwise (`0o17`,
 * `0X50`, `080`, `+12`, `0b11` are numbers to v2, strings or other numbers to the library),
 * this is what counts. Timestamps stay the text written (v2 gives them to an interface{} as
 * strings); floats and ints are both JSON numbers.
 */

// Stryker disable ArrowFunction: `() => undefined` makes `new Map` throw when the module loads, which fails every test that imports it; Stryker's vitest runner counts a run with no test result as survived
const MAP = new Map<string, unknown>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((s): [string, unknown] => [s, true]),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map((s): [string, unknown] => [s, false]),
  ...['', '~', 'null', 'Null', 'NULL'].map((s): [string, unknown] => [s, null]),
  ...['.nan', '.NaN', '.NAN'].map((s): [string, unknown] => [s, NaN]),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((s): [string, unknown] => [s, Infinity]),
  ...['-.inf', '-.Inf', '-.INF'].map((s): [string, unknown] => [s, -Infinity]),
]);
// Stryker restore ArrowFunction

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;
/** strconv.ParseInt(s, 0, 64): a sign, then 0x / 0o / 0b digits, a leading 0 for octal, or decimal. */
const GO_INT = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;

/**
 * strconv.ParseInt(s, 0, 64), then ParseUint(s, 0, 64): -2^63 … 2^64-1, no `+` on the unsigned
 * part (ParseUint takes no sign). Past that range a decimal is still a float (the caller's next
 * step) and any other base the string written, so the range is checked exactly, on a BigInt.
 */
function goInt(s: string): number | null {
  if (!GO_INT.test(s)) return null;
  const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
  const body = s.slice(sign.length);
  // BigInt reads 0x, 0o and 0b (either case) but a leading 0 as decimal: octal is made 0o0….
  const n = BigInt(/^0[0-7]/.test(body) ? `0o${body}` : body);
  if (n > (sign === '-' ? 2n ** 63n : sign === '+' ? 2n ** 63n - 1n : 2n ** 64n - 1n)) return null;
  // An int: `-0` is 0 (ParseInt), unlike the float `-0.0`.
  return Number(sign === '-' ? -n : n);
}

/** The value go-yaml v2 gives a plain scalar's text (a string when nothing else fits). */
export function resolvePlainV2(s: string): unknown {
  if (MAP.has(s)) return MAP.get(s);
  // v2 hands text starting with `.` to strconv.ParseFloat, which refuses one past the largest double (`.5e400` stays a string).
  if (s[0] === '.') return DOT_FLOAT.test(s) && Number.isFinite(Number(s)) ? Number(s) : s;
  // v2 looks for a number only in text that starts with a digit or a sign (resolve.go's hint
  // table), and drops underscores only there: `_1` stays a string. A timestamp (`2024-01-01`, v2
  // gives it to an interface{} as the text written) is neither an int nor a float below.
  if (!/^[-+0-9]/.test(s)) return s;
  const plain = s.replace(/_/g, '');
  const int = goInt(plain);
  if (int !== null) return int;
  // strconv.ParseFloat refuses a float past the largest double (`1e400`): v2 keeps the string.
  if (YAML_STYLE_FLOAT.test(plain) && Number.isFinite(Number(plain))) return Number(plain);
  return s;
}
