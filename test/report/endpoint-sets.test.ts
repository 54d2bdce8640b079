import { describe, expect, it } from 'vitest';
import { formatSet, SetDescriber } from '../../src/report/model/endpoint-sets';
import { escapeMarkdown } from '../../src/report/render/escape';
import { GroupLabeler } from '../../src/report/render/group-labeler';
import { groupsSection } from '../../src/report/render/markdown-parts';
import { buildReportModel } from '../../src/report/model/report-model';
import { deployment, diffOf } from './helpers';

const apps = [
  ...Array.from({ length: 10 }, (_x, i) => deployment('shop', `s${i}`, { app: `s${i}` })),
  deployment('web', 'frontend', { app: 'frontend' }),
].join('---\n');
const egress = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: e, namespace: web }
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress: [{ to: [{ ipBlock: { cidr: 10.0.0.0/8 } }] }]
`;
const run = diffOf({ 'a.yaml': apps, 'e.yaml': egress }, { 'a.yaml': apps, 'e.yaml': egress });
const ids = run.diff.endpoints.map((e) => e.id);
const idx = (pred: (id: string) => boolean) => ids.flatMap((id, i) => (pred(id) ? [i] : []));
const sets = new SetDescriber(run.diff.endpoints, ids.map((_x, i) => i));
const text = (members: number[]) => formatSet(sets.describe(members), (s) => s);

describe('SetDescriber', () => {
  const shop = idx((id) => id.startsWith('shop/'));
  const ext = idx((id) => !id.includes('/') || /^\d|:/.test(id.split('/')[0]!));

  it.each([
    ['a whole namespace', shop, 'all 10 workloads in namespace shop'],
    ['a namespace but two', shop.slice(2), 'the 8 workloads in namespace shop other than shop/s0[Deployment], shop/s1[Deployment]'],
    ['every workload', idx((id) => id.includes('[')), 'every workload in the cluster (11)'],
    ['four names', shop.slice(0, 4), 'shop/s0[Deployment], shop/s1[Deployment], shop/s2[Deployment], shop/s3[Deployment]'],
    ['five names', shop.slice(0, 5), 'shop/s0[Deployment], shop/s1[Deployment], shop/s2[Deployment], and 2 more'],
  ])('%s', (_name, members, expected) => {
    expect(text(members)).toBe(expected);
  });

  it('names external ranges: every one, every IPv4 one, all but one', () => {
    expect(ext.map((i) => ids[i])).toEqual(['0.0.0.0-9.255.255.255', '10.0.0.0/8', '11.0.0.0-255.255.255.255', '::/0']);
    expect(text(ext)).toBe('any external address');
    expect(text(ext.slice(0, 3))).toBe('any external IPv4 address');
    expect(text([ext[0]!, ext[2]!, ext[3]!])).toBe('0.0.0.0-9.255.255.255, 11.0.0.0-255.255.255.255, ::/0');
  });

  it('labels a folded set in Markdown and lists its members once', () => {
    const labeler = new GroupLabeler(escapeMarkdown);
    const members = shop.slice(0, 5);
    expect(labeler.set(members, sets)).toBe('shop/s0&#91;Deployment&#93;, shop/s1&#91;Deployment&#93;, shop/s2&#91;Deployment&#93;, and 2 more (G1)');
    expect(labeler.set(members, sets)).toContain('(G1)');
    expect(groupsSection(buildReportModel(run), labeler)).toBe(
      [
        '<details><summary>Members of the groups named G1, G2, …</summary>',
        '',
        '- **G1** (5): shop/s0, shop/s1, shop/s2, shop/s3, shop/s4',
        '',
        '</details>',
      ].join('\n'),
    );
    expect(new GroupLabeler(escapeMarkdown, false).set(members, sets)).not.toContain('(G');
  });
});
