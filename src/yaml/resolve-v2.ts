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
function goBigInt(s: string): bigint | null {
  if (!GO_INT.test(s)) return null;
  const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
  const body = s.slice(sign.length);
  // BigInt reads 0x, 0o and 0b (either case) but a leading 0 as decimal: octal is made 0o0….
  const n = BigInt(/^0[0-7]/.test(body) ? `0o${body}` : body);
  if (n > (sign === '-' ? 2n ** 63n : sign === '+' ? 2n ** 63n - 1n : 2n ** 64n - 1n)) return null;
  return sign === '-' ? -n : n;
}

/** goBigInt as a number: an int is a JSON number (`-0` is 0, as ParseInt reads it, unlike the float `-0.0`). */
function goInt(s: string): number | null {
  const n = goBigInt(s);
  return n === null ? null : Number(n);
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

/**
 * strconv.FormatFloat(f, 'g', -1, 32): the shortest decimal that reads back as the same float32,
 * in exponent form below 1e-4 and from 1e6 (`1e+06`, `1.2345679e+08`, `1e-05`), with
 * sigs.k8s.io/yaml's names for the infinities and NaN.
 */
function goFloat32(f: number): string {
  const x = Math.fround(f);
  if (Number.isNaN(x)) return '.nan';
  if (x === Infinity) return '.inf';
  if (x === -Infinity) return '-.inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  // The fewest significant digits that read back as x (a float32 needs 9 at most, so the loop ends).
  let e: string;
  for (let p = 0; ; p++) {
    const t = x.toExponential(p);
    if (Math.fround(Number(t)) !== x) continue;
    // At a tie (x is exact with one more digit, a 5) toExponential rounds up, Go to an even last
    // digit: an odd one was rounded up from an even one.
    const longer = x.toExponential(p + 1);
    const tie = Number(longer) === x && longer.split('e')[0]!.endsWith('5');
    const last = t.indexOf('e') - 1;
    e = tie && Number(t[last]) % 2 === 1 ? `${t.slice(0, last)}${Number(t[last]) - 1}${t.slice(last + 1)}` : t;
    break;
  }
  const [mantissa, power] = e.split('e') as [string, string];
  const sign = mantissa[0] === '-' ? '-' : '';
  const digits = mantissa.slice(sign.length).replace('.', '');
  const exp = Number(power);
  // Go writes the exponent's sign and two digits at least.
  if (exp < -4 || exp >= 6) return `${sign}${digits[0]}${digits.length > 1 ? `.${digits.slice(1)}` : ''}e${power[0]}${power.slice(1).padStart(2, '0')}`;
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const whole = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const fraction = digits.slice(exp + 1);
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}

/**
 * The JSON key sigs.k8s.io/yaml (kubectl) makes of a plain mapping key's text
 * (convertToJSONableObject): an int in decimal, exactly (`9007199254740993`); a float as
 * strconv.FormatFloat(f, 'g', -1, 32) (`3.14159265` is "3.1415927", `-0.0` is "-0", `.inf` is
 * ".inf"); a boolean as "true" or "false"; any other text as written. `float` tells a float key.
 * Null when kubectl refuses the key: an int past int64, which v2 makes a uint64 ("Unsupported
 * map key of type: uint64").
 */
export function keyAsKubectl(s: string): { key: string; float: boolean } | null {
  const v = resolvePlainV2(s);
  if (typeof v !== 'number') return { key: String(v), float: false };
  // (A number that starts with `.` is no int to goBigInt, underscores or not.)
  const int = goBigInt(s.replace(/_/g, ''));
  if (int === null) return { key: goFloat32(v), float: true };
  return int < 2n ** 63n ? { key: int.toString(), float: false } : null;
}
