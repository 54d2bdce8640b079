import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, parseCluster, analyzeDiff } from '../../src/analyze';
import { runCli } from '../../src/cli/run';
import { computeReachability } from '../../src/engine/compute-reachability';
import { lintReachability } from '../../src/engine/lint';
import { buildReachResult, flowPairs } from '../../src/engine/reach-result';
import { parseCidr } from '../../src/model/cidr';
import { formatConns } from '../../src/model/conns';
import type { IpRange } from '../../src/model/types';
import { parseRulesFile } from '../../src/rules/parse-rules';
import { renderText } from '../../src/report/render/text';

const range = (c: string): IpRange => {
  const p = parseCidr(c);
  if (!p.ok) throw new Error(p.error);
  return p.range;
};

const pod = (name: string, extra = '') => `apiVersion: v1
kind: Pod
metadata: { name: ${name}, namespace: app, labels: { app: ${name} } }
spec:${extra}
  containers: [{ name: c, image: x, ports: [{ containerPort: 80 }] }]
---
`;

const egressOnlyTo = (cidr: string, except: string[] = []) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: out, namespace: app }
spec:
  podSelector: { matchLabels: { app: client } }
  policyTypes: [Egress]
  egress:
    - to: [{ ipBlock: { cidr: "${cidr}"${except.length ? `, except: [${except.map((e) => `"${e}"`).join(', ')}]` : ''} } }]
`;

function flow(text: string, podCidrs: string[], from = 'app/client[Pod]', to = 'app/server[Pod]'): string {
  const cluster = parseCluster([{ path: 'm.yaml', text }], DEFAULT_OPTIONS);
  const r = buildReachResult(computeReachability(cluster, { podCidrs: podCidrs.map(range) }));
  const f = [...flowPairs(r)].find((x) => r.endpoints[x.from]!.id === from && r.endpoints[x.to]!.id === to);
  return f ? formatConns(f.conns) : 'none';
}

describe('A-22 option: ipBlocks against pod CIDRs', () => {
  const twoPods = pod('client') + pod('server');

  it.each([
    ['by default an ipBlock never matches a pod', '0.0.0.0/0', [], [], 'none'],
    ['an ipBlock that holds the pod CIDR matches every pod', '0.0.0.0/0', [], ['10.244.0.0/16'], 'all'],
    ['the pod CIDR itself', '10.244.0.0/16', [], ['10.244.0.0/16'], 'all'],
    ['an except inside the pod CIDR: which pods fall in it is unknown, so none is matched', '10.0.0.0/8', ['10.244.1.0/24'], ['10.244.0.0/16'], 'none'],
    ['an except elsewhere leaves the pod CIDR held', '10.0.0.0/8', ['10.1.0.0/16'], ['10.244.0.0/16'], 'all'],
    ['A-23: an IPv4 block does not hold an IPv6 pod CIDR', '0.0.0.0/0', [], ['10.244.0.0/16', 'fd00:10:244::/56'], 'none'],
    ['both families held', '::/0', [], ['fd00:10:244::/56'], 'all'],
  ])('%s', (_name, cidr, except, podCidrs, want) => {
    expect(flow(twoPods + egressOnlyTo(cidr, except), podCidrs)).toBe(want);
  });

  it('A-31: host-network pods have node addresses and are not matched', () => {
    const text = pod('client') + pod('server', '\n  hostNetwork: true') + egressOnlyTo('0.0.0.0/0');
    expect(flow(text, ['10.244.0.0/16'])).toBe('none');
  });

  it('warns about an ipBlock that covers part of the pod CIDRs', () => {
    const cluster = parseCluster([{ path: 'm.yaml', text: twoPods + egressOnlyTo('10.244.0.0/17') }], DEFAULT_OPTIONS);
    const warnings = lintReachability(computeReachability(cluster, { podCidrs: [range('10.244.0.0/16')] }));
    expect(warnings.filter((w) => w.code === 'ipblock-some-pods')).toEqual([
      expect.objectContaining({ ref: 'A-22', file: 'm.yaml', line: 20, subject: 'app/out' }),
    ]);
    expect(lintReachability(computeReachability(cluster)).filter((w) => w.code === 'ipblock-some-pods')).toEqual([]);
  });

  it('comes from the rules file (podCidrs) and is said in the report', () => {
    const rules = { path: 'flowgate.yml', text: 'podCidrs: [10.244.0.0/16]\nrules:\n  forbid:\n    - name: no client to server\n      from: { workload: client, namespace: app }\n      to: { workload: server, namespace: app }\n' };
    const run = analyzeDiff({ base: [{ path: 'm.yaml', text: twoPods }], head: [{ path: 'm.yaml', text: twoPods + egressOnlyTo('0.0.0.0/0') }], rules, options: DEFAULT_OPTIONS, failOn: 'new' });
    // Base: no policy, client reaches server (pre-existing violation); head: still reaches it through the ipBlock.
    expect(run.violations.map((v) => v.isNew)).toEqual([false]);
    expect(run.diff.head.classification.podCidrs).toHaveLength(1);
    expect(renderText(run)).toContain('against pods when they hold all the pod CIDRs (10.244.0.0/16)');
    const withoutPods = analyzeDiff({ base: [{ path: 'm.yaml', text: twoPods }], head: [{ path: 'm.yaml', text: twoPods + egressOnlyTo('0.0.0.0/0') }], rules: null, options: DEFAULT_OPTIONS, failOn: 'new' });
    expect(withoutPods.counts.closed).toBeGreaterThan(0);
  });

  it('rejects an invalid pod CIDR in the rules file with its line, and on the command line', async () => {
    const { diagnostics } = parseRulesFile('r.yml', 'podCidrs:\n  - 10.244.0.0/33\nrules: {}\n');
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', line: 2, code: 'rules-invalid-cidr' }));
    const err: string[] = [];
    const code = await runCli(['reach', 'examples/three-tier/base', '--pod-cidr', 'nope'], { stdout: { write: () => true }, stderr: { write: (s: string) => err.push(s) }, cwd: process.cwd() });
    expect(code).toBe(2);
    expect(err.join('')).toContain('--pod-cidr');
  });
});
