/**
 * Escaping of everything taken from manifests and rules files (names, labels, file paths,
 * messages) before it reaches a report. Three targets: GitHub Markdown, Mermaid labels and the
 * terminal.
 */

/** Characters that Markdown (GFM) or GitHub would give a meaning, written as numeric entities. */
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  '[': '&#91;',
  ']': '&#93;',
  '(': '&#40;',
  ')': '&#41;',
  '{': '&#123;',
  '}': '&#125;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  '\\': '&#92;',
  '!': '&#33;',
  ':': '&#58;',
  '"': '&quot;',
  "'": '&#39;',
  '=': '&#61;',
  '^': '&#94;',
  $: '&#36;',
  // GitHub finds @-mentions, #-references and autolinks in the text *after* entities are decoded
  // (its filters run on the rendered HTML), so an entity alone does not stop them: a zero-width
  // space right after @ and # keeps a word character from following them.
  '@': '@&#8203;',
  '#': '#&#8203;',
};

/**
 * Invisible, control and direction-changing characters (bidi overrides, zero-width characters,
 * line separators, tag characters, fillers): shown as `\u{…}` so that nothing is hidden from the
 * reviewer and no line break reaches the output.
 */
// eslint-disable-next-line no-control-regex, no-misleading-character-class -- control and combining characters are exactly what it finds
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb\u{e0000}-\u{e0fff}]/gu;

function showInvisible(s: string): string {
  return s.replace(INVISIBLE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/**
 * Makes a string inert in GitHub Markdown, inline or inside a table cell or a `<summary>`: no HTML,
 * links, images, autolinks, emphasis, code, math, footnotes, table breaks, line breaks,
 * @-mentions or #-references survive. GitHub shows the entities as the characters themselves.
 */
export function escapeMarkdown(s: string): string {
  return (
    showInvisible(s)
      .replace(/[&<>|[\](){}`*_~\\!:"'=^$@#]/g, (c) => ENTITY[c]!)
      // Autolinks (GFM `www.`, `http://`, and GitHub's own autolinking of decoded text).
      .replace(/\b(www)\./gi, '$1&#8203;&#46;')
      .replace(/&#58;\/\//g, '&#58;&#8203;//')
      // A leading list marker or indentation (the string may start a list item or a line).
      .replace(/^([-+]|\d+\.)/, (m) => m.replace('.', '&#46;').replace('-', '&#45;').replace('+', '&#43;'))
      .replace(/^ +/, (m) => '&#32;'.repeat(m.length))
  );
}

/**
 * Makes a string safe inside a quoted Mermaid label (`id["…"]`): every character outside a small
 * safe set becomes a Mermaid entity code (`#60;`), so no quote, bracket, backtick, HTML tag or
 * code fence can leave the label, the diagram or the fenced block.
 */
export function escapeMermaid(s: string): string {
  let out = '';
  for (const ch of showInvisible(s)) out += /^[A-Za-z0-9 .,/:_+-]$/.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  return out;
}

/** Makes a string safe for a terminal: no control characters (escape sequences), no hidden text. */
export function escapeText(s: string): string {
  return showInvisible(s);
}
