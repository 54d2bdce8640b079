/** A rules file is a page of hand-written YAML; these bounds leave room for any real one. */
export const MAX_RULES_FILE_CHARS = 1024 * 1024;
export const MAX_FLOW_DEPTH = 64;

/**
 * The deepest nesting of flow collections (`[` / `{`) outside quotes and comments. The YAML
 * parser recurses per level and, on absurd nesting, exhausts the stack or worse, so the text is
 * measured before it is parsed. Brackets inside plain scalars count too: that can only
 * overestimate, and real files stay far below the limit.
 */
export function flowDepth(text: string): { depth: number; line: number } {
  let depth = 0;
  let max = 0;
  let maxLine = 1;
  let line = 1;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if (c === '[' || c === '{') {
      depth++;
      if (depth > max) [max, maxLine] = [depth, line];
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return { depth: max, line: maxLine };
}
