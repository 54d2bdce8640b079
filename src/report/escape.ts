/**
 * Makes a string from a manifest inert in GitHub Markdown, inside or outside a table cell: no
 * HTML, links, images, emphasis, table breaks, autolinks, @-mentions or #-references survive.
 * Characters are written as numeric entities, which GitHub shows as the characters themselves.
 */
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  '[': '&#91;',
  ']': '&#93;',
  '(': '&#40;',
  ')': '&#41;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  '\\': '&#92;',
  '!': '&#33;',
  ':': '&#58;',
  '"': '&quot;',
  '=': '&#61;',
  // A zero-width space after @ and # keeps GitHub from making mentions and issue references.
  '@': '@&#8203;',
  '#': '#&#8203;',
  '$': '&#36;',
};

// Invisible and control characters are shown as \u{…}, so that nothing is hidden from the reviewer.
// eslint-disable-next-line no-control-regex -- control characters are exactly what it finds
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/gu;

export function escapeMarkdown(s: string): string {
  return s
    .replace(INVISIBLE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`)
    .replace(/[&<>|[\]()`*_~\\!:"=@#$]/g, (c) => ENTITY[c]!)
    .replace(/\\u\{/g, '&#92;u{')
    .replace(/\b(www)\./gi, '$1&#46;')
    .replace(/^([-+]|\d+\.)(\s)/, (_m, a: string, b: string) => `${a.replace('.', '&#46;').replace('-', '&#45;').replace('+', '&#43;')}${b}`);
}
