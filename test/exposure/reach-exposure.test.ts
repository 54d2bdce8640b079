import { describe, expect, it } from 'vitest';
import { analyzeReach, DEFAULT_OPTIONS, type SourceFile } from '../../src/analyze';
import { renderReachJson } from '../../src/report/render/json';
import { renderReachMarkdown, renderReachText } from '../../src/report/render/reach';
import { HEAD_FILES } from './scenario';

const files = (m: Record<string, string>): SourceFile[] => Object.entries(m).map(([path, text]) => ({ path, text }));

const deployment = (ns: string, name: string) => `---
apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name}, namespace: ${ns} }
spec:
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec: { containers: [{ name: c, image: i }] }
`;

const denyAll = (ns: string) => `---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: deny, namespace: ${ns} }
spec: { podSelector: {}, policyTypes: [Ingress, Egress] }
`;

describe('reach: exposure per workload (issue 11)', () => {
  it('lists what the whole cluster and external addresses may open to each workload and it to them, and the directions no policy isolates', () => {
    const a = analyzeReach({ files: files(HEAD_FILES), options: DEFAULT_OPTIONS });
    const json = JSON.parse(renderReachJson(a)) as { exposure: unknown };
    expect(json.exposure).toEqual([
      {
        workloads: ['prod/api[Deployment]'],
        ingress: { cluster: { TCP: [[1, 65535]], UDP: [[1, 65535]], SCTP: [[1, 65535]] }, external: { TCP: [[1, 65535]], UDP: [[1, 65535]], SCTP: [[1, 65535]] }, isolated: false },
        egress: { cluster: { TCP: [[1, 65535]], UDP: [[1, 65535]], SCTP: [[1, 65535]] }, external: { TCP: [[1, 65535]], UDP: [[1, 65535]], SCTP: [[1, 65535]] }, isolated: false },
      },
      {
        workloads: ['prod/db[Deployment]'],
        ingress: { cluster: { TCP: [[3306, 3306]] }, external: {}, isolated: true },
        egress: { cluster: { TCP: [[1, 65535]], UDP: [[1, 65535]], SCTP: [[1, 65535]] }, external: { TCP: [[1, 65535]], UDP: [[1, 65535]], SCTP: [[1, 65535]] }, isolated: false },
      },
    ]);
    const md = renderReachMarkdown(a);
    expect(md).toContain('### Exposure');
    expect(md).toMatch(/\| prod\/db&#91;Deployment&#93; +\| TCP 3306 +\| none +\| all &#40;not isolated&#41; +\| all &#40;not isolated&#41; +\|/);
    const text = renderReachText(a);
    expect(text).toContain('  prod/db[Deployment]\n      ingress: from the whole cluster TCP 3306; from external addresses none\n      egress: to the whole cluster all (not isolated); to external addresses all (not isolated)\n');
  });

  it('groups workloads with the same exposure (a large repository stays readable), and counts the ones exposed to nothing', () => {
    const many = Array.from({ length: 12 }, (_, i) => deployment(`team-${i}`, `svc-${i}`)).join('');
    const closed = deployment('vault', 'secrets') + denyAll('vault');
    const a = analyzeReach({ files: files({ 'k8s/all.yaml': many + closed }), options: DEFAULT_OPTIONS });
    const groups = (JSON.parse(renderReachJson(a)) as { exposure: { workloads: string[] }[] }).exposure;
    expect(groups.map((g) => g.workloads.length)).toEqual([12, 1]);
    const md = renderReachMarkdown(a);
    expect(md).toContain('team-0/svc-0&#91;Deployment&#93;, team-1/svc-1&#91;Deployment&#93;, team-10/svc-10&#91;Deployment&#93;, team-11/svc-11&#91;Deployment&#93;, team-2/svc-2&#91;Deployment&#93; and 7 more');
    expect(md).toContain('1 workload is exposed neither to the whole cluster nor to external addresses.');
    expect(md.split('\n').filter((l) => l.startsWith('| team-'))).toHaveLength(1);
  });

  it('with exposure off there is no exposure (the whole cluster is unknown)', () => {
    const a = analyzeReach({ files: files(HEAD_FILES), options: { ...DEFAULT_OPTIONS, exposure: false } });
    expect(JSON.parse(renderReachJson(a))).not.toHaveProperty('exposure');
    expect(renderReachMarkdown(a)).not.toContain('Exposure');
    expect(renderReachText(a)).not.toContain('Exposure');
  });
});
