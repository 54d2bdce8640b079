import { describe, expect, it } from 'vitest';
import { computeReachability } from '../../src/engine/compute-reachability';
import { buildReachResult, flowPairs } from '../../src/engine/reach-result';
import { formatConns } from '../../src/model/conns';
import { load } from '../manifests/load-yaml';

const POD = (name: string, port: number) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: prod\n  labels:\n    app: ${name}\nspec:\n  containers:\n  - name: c\n    image: x\n    ports:\n    - name: http\n      containerPort: ${port}\n`;
const CLIENT = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: client\n  namespace: dev\nspec:\n  containers:\n  - name: c\n    image: x\n';
const DENY_HTTP =
  'apiVersion: policy.networking.k8s.io/v1alpha2\nkind: ClusterNetworkPolicy\nmetadata:\n  name: no-http\nspec:\n  tier: Admin\n  priority: 1\n  subject:\n    namespaces:\n      matchLabels:\n        kubernetes.io/metadata.name: prod\n  ingress:\n  - action: Deny\n    from:\n    - namespaces: {}\n    protocols:\n    - destinationNamedPort: http\n';

describe('the engine through the tiers', () => {
  it('T-11, A-26: an ingress named port resolves at each subject, even where two subjects share their policies', () => {
    const cluster = load([POD('a', 80), POD('b', 8080), CLIENT, DENY_HTTP].join('---\n'));
    const r = buildReachResult(computeReachability(cluster));
    const ids = r.endpoints.map((e) => e.id);
    const flows = new Map([...flowPairs(r)].map((f) => [`${ids[f.from]} -> ${ids[f.to]}`, formatConns(f.conns)]));
    expect(flows.get('dev/client[Pod] -> prod/a[Pod]')).toBe('TCP 1-79,81-65535, UDP all, SCTP all');
    expect(flows.get('dev/client[Pod] -> prod/b[Pod]')).toBe('TCP 1-8079,8081-65535, UDP all, SCTP all');
  });
});
