import { parseArgs } from 'node:util';
import { UsageError } from '../errors';

/** One option of a command: what `parseArgs` needs, plus what help says about it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  /** The value's placeholder in help, e.g. `FILE`. */
  value?: string;
  help: string;
  /** The default, as help names it. */
  default?: string;
  /** The values the option takes, when it is a choice. */
  choices?: readonly string[];
}

export type OptionSpecs = Record<string, OptionSpec>;

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_x, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

/** The closest of `known` to `word`, if it is close enough to be a typo (or a prefix of it). */
export function closest(word: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const k of known) {
    const d = k.startsWith(word) && word.length >= 2 ? 0 : distance(word, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best !== null && bestD <= Math.max(2, Math.floor(best.length / 3)) ? best : null;
}

function unknownOption(arg: string, specs: OptionSpecs): UsageError {
  const name = arg.replace(/^-+/, '').split('=')[0]!;
  const guess = closest(name, Object.keys(specs));
  return new UsageError(`unknown option ${arg.split('=')[0]}${guess ? ` (did you mean --${guess}?)` : ''}`);
}

/**
 * Parses a command's arguments with node:util.parseArgs (strict), turning its errors into usage
 * errors with flowgate's wording ("unknown option --fromat (did you mean --format?)"), and
 * checking choices.
 */
export function parseCommandArgs(args: readonly string[], specs: OptionSpecs): { values: Record<string, string | string[] | boolean | undefined>; positionals: string[] } {
  const options = Object.fromEntries(Object.entries(specs).map(([k, s]) => [k, { type: s.type, ...(s.multiple ? { multiple: true } : {}) }]));
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, strict: true, options });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const arg = args.find((a) => a.startsWith('-') && a !== '--' && !(a.replace(/^-+/, '').split('=')[0]! in specs)) ?? String((e as Error).message);
      throw unknownOption(arg, specs);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = Object.keys(specs).find((k) => (e as Error).message.includes(`--${k}`));
      throw new UsageError(name ? `--${name} needs a value${specs[name]!.value ? ` (${specs[name]!.value})` : ''}` : (e as Error).message);
    }
    throw new UsageError((e as Error).message);
  }
  for (const [k, s] of Object.entries(specs)) {
    const v = parsed.values[k];
    if (s.choices && typeof v === 'string' && !s.choices.includes(v)) {
      const guess = closest(v, s.choices);
      throw new UsageError(`--${k} must be one of ${s.choices.join(', ')}, not "${v}"${guess ? ` (did you mean ${guess}?)` : ''}`);
    }
  }
  return { values: parsed.values as Record<string, string | string[] | boolean | undefined>, positionals: parsed.positionals };
}

/** Help lines for a command's options: name, value, what it does, its default. */
export function optionHelp(specs: OptionSpecs): string[] {
  const rows = Object.entries(specs).map(([k, s]) => {
    const value = s.choices ? ` ${s.choices.join('|')}` : s.value ? ` ${s.value}` : '';
    const flag = `  --${k}${value}${s.multiple ? ' (repeatable)' : ''}`;
    return [flag, `${s.help}${s.default !== undefined ? ` (default: ${s.default})` : ''}`] as const;
  });
  const width = Math.max(...rows.map(([f]) => f.length));
  return rows.map(([f, h]) => `${f.padEnd(width)}  ${h}`);
}
