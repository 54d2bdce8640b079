import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARKER, renderMarkdown } from '../../src/report/render/markdown';
import { escapeMarkdown, escapeMermaid, escapeText } from '../../src/report/render/escape';
import { ALL_CONNS } from '../../src/model/conns';
import { renderText } from '../../src/report/render/text';
import { parseMarkdown, rule, runCase, tables, violation, withViolations } from './helpers';

const shop = runCase(path.resolve('test/fixtures/namespace-default-deny'));

describe('renderMarkdown stages', () => {
  const full = renderMarkdown(shop);

  it('says nothing was left out when everything fits', () => {
    expect(full).not.toContain('Left out');
    expect(full).toContain('<details><summary>Reachability after this change');
    expect(full).toContain('```mermaid');
  });

  it('drops the reachability first, and says so', () => {
    const md = renderMarkdown(shop, { maxChars: full.length - 1 });
    expect(md.length).toBeLessThan(full.length);
    expect(md).not.toContain('Reachability after this change');
    expect(md).toContain("**Left out to stay under GitHub's comment size limit:** the reachability after the change.");
    expect(md).toContain('```mermaid');
  });

  it('then the graph (and group members, when there are any), keeping every row', () => {
    const noReach = renderMarkdown(shop, { maxChars: full.length - 1 });
    const md = renderMarkdown(shop, { maxChars: noReach.length - 1 });
    expect(md).not.toContain('```mermaid');
    expect(md).toContain('the reachability after the change; the graph.');
    const [table] = tables(parseMarkdown(md));
    const [fullTable] = tables(parseMarkdown(full));
    expect(table!.children.length).toBe(fullTable!.children.length);
  });

  it('always starts with the marker and keeps the verdict', () => {
    for (const max of [3000, 1500]) {
      const md = renderMarkdown(shop, { maxChars: max });
      expect(md.length).toBeLessThanOrEqual(max);
      expect(md.startsWith(`${MARKER}\n`)).toBe(true);
      expect(md).toContain('**❌ Fail — 1 new rule violation; 1 violation fixed**');
      expect(md).toContain('the frontend reaches checkout');
    }
  });
});

describe('violation lines', () => {
  it('say what each kind of rule objects to, new ones first, and a loose violation by its message', () => {
    const r = withViolations(shop, [
      violation(shop, rule('old forbid'), 'web/frontend[Deployment]', 'shop/cart[Deployment]', false),
      violation(shop, rule('needs a connection', 'require'), 'web/frontend[Deployment]', 'shop/db[Deployment]', true, ALL_CONNS),
      { rule: rule('nothing matches', 'require', 20), sources: [], targets: [], pairs: 0, ports: ALL_CONNS, isNew: true, message: 'no pair matches both ends of the rule' },
    ]);
    const lines = renderMarkdown(r).split('\n').filter((l) => l.startsWith('- ⛔') || l.startsWith('- pre-existing'));
    expect(lines).toEqual([
      '- ⛔ **new**: require rule **needs a connection** (flowgate.yml&#58;3): web/frontend → shop/db allows nothing',
      '- ⛔ **new**: require rule **nothing matches** (flowgate.yml&#58;20): no pair matches both ends of the rule',
      '- pre-existing: forbid rule **old forbid** (flowgate.yml&#58;3): web/frontend → shop/cart allows TCP 80',
    ]);
    expect(renderText(r)).toContain('  NEW require rule "needs a connection" (flowgate.yml:3): web/frontend -> shop/db allows nothing\n');
  });
});

describe('escaping', () => {
  it.each([
    ['- item', '&#45; item'],
    ['1. item', '1&#46; item'],
    ['    code', '&#32;&#32;&#32;&#32;code'],
    ['www.evil.com', 'www&#8203;&#46;evil.com'],
    ['http://evil', 'http&#58;&#8203;//evil'],
    ['@user #12', '@&#8203;user #&#8203;12'],
    ['a|b', 'a&#124;b'],
    ['x\ny', 'x&#92;u&#123;a&#125;y'],
  ])('escapeMarkdown(%j) = %j', (input, out) => {
    expect(escapeMarkdown(input)).toBe(out);
  });

  it('escapeMermaid leaves only a safe alphabet and Mermaid entity codes', () => {
    const s = escapeMermaid('a"]-->x[<b>`@#;|\n');
    expect(s).toMatch(/^[A-Za-z0-9 .,/:_+#;-]*$/);
    expect(s).not.toMatch(/["[\]<>`|]/);
    expect(s).toBe('a#34;#93;--#62;x#91;#60;b#62;#96;#64;#35;#59;#124;#92;u#123;a#125;');
  });

  it('escapeText shows control characters instead of sending them to the terminal', () => {
    expect(escapeText('red\u001b[31m\u202e')).toBe('red\\u{1b}[31m\\u{202e}');
  });
});
