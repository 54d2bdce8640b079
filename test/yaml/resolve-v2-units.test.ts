import { describe, expect, it } from 'vitest';
import { keyAsKubectl, resolvePlainV2 } from '../../src/yaml/resolve-v2';

// Plain scalars as kubectl reads them: sigs.k8s.io/yaml on go-yaml v2 (resolve.go), then JSON.
// Every expected value is what test/yaml/reference-reader (kubectl's path, built from Debian's
// sigs.k8s.io/yaml and gopkg.in/yaml.v2) printed for `k: <scalar>`. A mutant that reads one of
// these otherwise would let flowgate see a port, a label or a boolean that Kubernetes does not.

describe('resolvePlainV2: YAML 1.1 words as go-yaml v2 reads them', () => {
  it.each([
    ...['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'true', 'True', 'TRUE'].map((s) => [s, true] as const),
    ...['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF', 'false', 'False', 'FALSE'].map((s) => [s, false] as const),
    ...['~', 'null', 'Null', 'NULL', ''].map((s) => [s, null] as const),
    // Mixed case is no word: the string written.
    ...['yES', 'nO', 'oN', 'tRUE', 'nULL', 'fAlse', 'Nope', 'yess', 'onn', 'o', 't', 'f', 'F', 'T', 'O'].map((s) => [s, s] as const),
  ])('%j is %j', (s, v) => {
    expect(resolvePlainV2(s)).toBe(v);
  });
});

describe('resolvePlainV2: numbers as strconv.ParseInt(s, 0, 64), ParseUint and ParseFloat read them', () => {
  it.each([
    ['0', 0],
    ['00', 0],
    ['+0', 0],
    ['7', 7],
    ['+12', 12],
    ['-3', -3],
    ['80', 80],
    ['100', 100],
    ['1000', 1000],
    ['0755', 493],
    ['-0755', -493],
    ['0o17', 15],
    ['0O17', 15],
    ['0x1F', 31],
    ['0X1f', 31],
    ['-0x10', -16],
    ['+0x10', 16],
    ['0b101', 5],
    ['0B101', 5],
    ['-0b101', -5],
    ['+0b101', 5],
    // Underscores are dropped first.
    ['1_000', 1000],
    ['0x_1F', 31],
    ['1__0', 10],
    ['1_', 1],
    ['0b_1', 1],
    ['0o_17', 15],
    ['1_e3', 1000],
    // Not octal (a digit 8 or 9): a float, so decimal.
    ['080', 80],
    ['09', 9],
    ['20240101', 20240101],
    // Floats.
    ['1e3', 1000],
    ['1E3', 1000],
    ['1.5e-2', 0.015],
    ['.5', 0.5],
    ['.5e1', 5],
    ['-.5', -0.5],
    ['+.5', 0.5],
    ['1.', 1],
    ['1.e2', 100],
    ['-1.', -1],
    ['+1.5', 1.5],
    ['0.0', 0],
    ['1e308', 1e308],
    ['9e-400', 0],
    // The edges of int64 and uint64: exact for other bases, floats past them for decimals.
    ['9223372036854775807', Number(2n ** 63n - 1n)],
    ['-9223372036854775808', -Number(2n ** 63n)],
    ['+9223372036854775808', Number(2n ** 63n)],
    ['-9223372036854775809', -Number(2n ** 63n + 1n)],
    ['18446744073709551616', Number(2n ** 64n)],
    ['99999999999999999999', 1e20],
    ['0x8000000000000000', Number(2n ** 63n)],
    ['0xFFFFFFFFFFFFFFFF', Number(2n ** 64n - 1n)],
    ['-0x8000000000000000', -Number(2n ** 63n)],
    ['+0x7FFFFFFFFFFFFFFF', Number(2n ** 63n - 1n)],
    ['01777777777777777777777', Number(2n ** 64n - 1n)],
    ['0b1111111111111111111111111111111111111111111111111111111111111111', Number(2n ** 64n - 1n)],
    // A decimal octal past uint64 is a float of the digits read as decimal.
    ['02000000000000000000000', 2e21],
  ])('%s is %d', (s, v) => {
    expect(resolvePlainV2(s)).toBe(v);
  });

  it.each([
    ['.nan', NaN],
    ['.NaN', NaN],
    ['.NAN', NaN],
    ['.inf', Infinity],
    ['.Inf', Infinity],
    ['.INF', Infinity],
    ['+.inf', Infinity],
    ['+.Inf', Infinity],
    ['+.INF', Infinity],
    ['-.inf', -Infinity],
    ['-.Inf', -Infinity],
    ['-.INF', -Infinity],
  ])('%s is the float %d (which kubectl then cannot write as JSON)', (s, v) => {
    expect(resolvePlainV2(s)).toBe(v);
  });

  it('reads -0 as the int 0 (ParseInt) and -0.0 as the float -0 (ParseFloat)', () => {
    expect(Object.is(resolvePlainV2('-0'), 0)).toBe(true);
    expect(Object.is(resolvePlainV2('-0.0'), -0)).toBe(true);
  });
});

describe('resolvePlainV2: what v2 keeps as the string written', () => {
  it.each([
    // Times and dates: v2 gives them to an interface{} as the text.
    '2024-01-01',
    '2024-1-1',
    '2024-01-01T10:00:00Z',
    '2024-01-01 10:00:00',
    '2024-01-01t10:00:00.5+01:00',
    '12:30',
    '1:20:30',
    // Past int64/uint64 in a base other than ten, and past the largest double.
    '0x10000000000000000',
    '+0x8000000000000000',
    '-0x8000000000000001',
    '-0b1000000000000000000000000000000000000000000000000000000000000001',
    '1e400',
    '-1e400',
    // Not numbers at all.
    '.Nan',
    '.iNf',
    '.x',
    '.',
    '._5',
    '.1.2',
    '-.',
    '+',
    '--',
    '+-',
    '_1',
    '0b2',
    '0o8',
    '0x',
    '0o',
    '0b',
    '00x1',
    '0x1.8p1',
    '0b1.1',
    '1.2.3',
    '1e',
    '1e+',
    '1-2',
    '10.0.0.1',
    'web',
    'Web-1',
    '100m',
    'x80',
  ])('%s', (s) => {
    expect(resolvePlainV2(s)).toBe(s);
  });
});

// Found by mutation testing with the module-level patterns mutated (MUTATION_STATIC=1): floats
// written from a dot, with several digits, a signed exponent, or past the largest double. Each
// expected value is what the reference reader printed for `k: <scalar>` (kubectl and kustomize agree).
describe('resolvePlainV2: floats that start with a dot, and their range', () => {
  it.each([
    ['.15', 0.15],
    ['.5e+3', 500],
    ['.5E3', 500],
    ['.5e10', 5000000000],
    ['-.15', -0.15],
    ['+.5e2', 50],
    ['.5e400', '.5e400'],
    ['-.5e400', '-.5e400'],
  ])('%j is %j', (s, v) => {
    expect(resolvePlainV2(s)).toBe(v);
  });
});

// The JSON key kubectl (sigs.k8s.io/yaml) makes of a plain mapping key: each checked with the
// reference reader on `a: {<key>: x}`.
describe('keyAsKubectl: number keys as strconv.FormatInt and FormatFloat(f, \'g\', -1, 32) write them, and which are floats', () => {
  it.each<[string, string | null, boolean]>([
    ['web', 'web', false],
    ['yes', 'true', false],
    ['-0', '0', false],
    ['+12', '12', false],
    // v2 reads 08 as no octal int, then as the float 8.
    ['08', '8', true],
    ['0o17', '15', false],
    ['0x10', '16', false],
    ['1_000', '1000', false],
    ['9007199254740993', '9007199254740993', false],
    ['9223372036854775807', '9223372036854775807', false],
    ['-9223372036854775808', '-9223372036854775808', false],
    ['9223372036854775808', null, false],
    ['18446744073709551616', '1.8446744e+19', true],
    ['100000000000000000000', '1e+20', true],
    ['1.5', '1.5', true],
    ['0.1', '0.1', true],
    ['2.5e+2', '250', true],
    ['1e3', '1000', true],
    ['123456.7', '123456.7', true],
    ['1e6', '1e+06', true],
    ['1234567.0', '1.234567e+06', true],
    ['16777217.0', '1.6777216e+07', true],
    ['123456789.0', '1.2345679e+08', true],
    ['3.14159265', '3.1415927', true],
    ['1e21', '1e+21', true],
    ['0.0001', '0.0001', true],
    ['0.00001', '1e-05', true],
    ['0.000123456789', '0.00012345679', true],
    ['1e-7', '1e-07', true],
    ['-1.5e-10', '-1.5e-10', true],
    ['-0.0', '-0', true],
    ['1e39', '.inf', true],
    ['.inf', '.inf', true],
    ['-.Inf', '-.inf', true],
    ['.nan', '.nan', true],
    ['0.0', '0', true],
    ['-1e39', '-.inf', true],
    // No tie: the closer of two shortest decimals, with an odd last digit.
    ['5967.4395', '5967.4395', true],
    // Ties between two shortest decimals go to the even last digit.
    ['3608551.360', '3.6085512e+06', true],
    ['-3514305.351', '-3.5143052e+06', true],
    ['3608551.75', '3.6085518e+06', true],
  ])('%s', (text, key, float) => {
    expect(keyAsKubectl(text)).toEqual(key === null ? null : { key, float });
  });
});
