import type { Html, Image, Link, Text } from 'mdast';
import { expect } from 'vitest';
import { nodes, parseMarkdown } from '../../report/helpers';

export { nodes, parseMarkdown };

/** The text a reader sees: every text node, in order. */
export function visibleText(md: string): string {
  return nodes(parseMarkdown(md))
    .filter((n): n is Text => n.type === 'text')
    .map((t) => t.value)
    .join(' ');
}

/** The HTML flowgate itself writes: its marker, folds and the small print. */
const OWN_HTML = /^(<!-- flowgate-report -->|<details><summary>[^<>]*<\/summary>|<\/details>|<sub>|<\/sub>)$/;

/**
 * A link flowgate writes to a policy's line: the repository's file at a commit, every path
 * segment percent-encoded (nothing in it can end the link or start markup).
 */
const SOURCE_LINK = /^https?:\/\/[A-Za-z0-9.:-]+\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/blob\/[0-9a-f]{40}\/[A-Za-z0-9%._~/-]+#L\d+$/;

/**
 * Asserts that a report rendered from hostile input holds nothing flowgate did not put there:
 * no HTML but its own, no link but to `allowedUrl` or to a policy's line (SOURCE_LINK), no image, reference, footnote or math, no
 * @-mention, #-reference or autolink in the text, no line break or bidi control inside a text
 * node, tables of even width. GitHub finds mentions and autolinks in the decoded text, so the
 * text nodes (entities decoded by the parser) are what is checked.
 */
export function expectInert(md: string, allowedUrl?: string): void {
  const tree = parseMarkdown(md);
  const all = nodes(tree);
  const banned = ['image', 'imageReference', 'linkReference', 'definition', 'footnoteReference', 'footnoteDefinition', 'delete', 'math', 'inlineMath'];
  expect(all.filter((n) => banned.includes(n.type)).map((n) => n.type)).toEqual([]);
  for (const h of all.filter((n): n is Html => n.type === 'html')) expect(h.value).toMatch(OWN_HTML);
  for (const l of all.filter((n): n is Link => n.type === 'link')) expect(l.url === allowedUrl || SOURCE_LINK.test(l.url), l.url).toBe(true);
  expect(all.filter((n): n is Image => n.type === 'image')).toEqual([]);
  for (const t of all.filter((n): n is Text => n.type === 'text')) {
    expect(t.value).not.toMatch(/@[\w-]/);
    expect(t.value).not.toMatch(/#\d/);
    expect(t.value).not.toMatch(/(https?|ftp|mailto):\/\//i);
    expect(t.value).not.toMatch(/www\./i);
    expect(t.value).not.toMatch(/[\r\n\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    // The only zero-width spaces are those escaping puts after @, # and ':' (before //) and www.
    expect(t.value.replace(/([@#:]|www)\u200b/gi, '')).not.toContain('\u200b');
  }
  for (const t of all.filter((n) => n.type === 'table')) {
    const rows = (t as { children: { children: unknown[] }[] }).children;
    for (const row of rows) expect(row.children).toHaveLength(rows[0]!.children.length);
  }
}
