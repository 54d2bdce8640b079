import { parseAllDocuments, YAMLMap, YAMLSeq } from 'yaml';
import type { SourceFile } from '../../../src/analyze';
import type { Cluster } from '../../../src/model/types';

/**
 * np-guard convention 3 (np-guard README): hostNetwork is not modelled, so host-network pods are
 * selected like any pod. flowgate flags them as policy-undefined and leaves them out of selectors
 * (SEMANTICS.md A-31). To compare, the test reads such cases the np-guard way.
 */
export function ignoreHostNetwork(cluster: Cluster): Cluster {
  return { ...cluster, workloads: cluster.workloads.map((w) => ({ ...w, hostNetwork: false })) };
}

const MISSPELT_PORT = /^( *)- name: \S+\r?\n\1 {2}containerport: \d+\r?\n(?:\1 {2}protocol: [A-Z]+\r?\n)?/gm;

/**
 * The named-port cases hold a container port whose `containerPort` key is misspelt
 * `containerport`. The API server rejects that Deployment (containerPort is required; strict field
 * validation also rejects the unknown key), and flowgate reports an error and leaves the
 * workload out. np-guard decodes leniently: the entry becomes port 0, which no named port resolves
 * to, so it means nothing. Dropping the entry gives flowgate np-guard's reading.
 */
export function dropMisspeltContainerPort(files: readonly SourceFile[]): SourceFile[] {
  let found = 0;
  const out = files.map((f) => ({
    path: f.path,
    text: f.text.replace(MISSPELT_PORT, () => {
      found++;
      return '';
    }),
  }));
  if (found === 0) throw new Error('no misspelt containerport entry found: the adaptation is stale');
  return out;
}

const TIERED_KINDS = new Set(['AdminNetworkPolicy', 'BaselineAdminNetworkPolicy']);

/** Adds `{}` for a missing podSelector or namespaceSelector of a `pods` mapping; counts the fills. */
function fillPods(pods: unknown, count: { n: number }): void {
  if (!isMap(pods)) return;
  for (const key of ['namespaceSelector', 'podSelector']) {
    if (!pods.has(key)) {
      pods.set(key, new YAMLMap());
      count.n++;
    }
  }
}

function isMap(v: unknown): v is YAMLMap {
  return v instanceof YAMLMap;
}

/**
 * np-guard convention 13: a `pods` subject or peer that leaves out podSelector or
 * namespaceSelector is read as `{}` (all). The v1alpha1 CRD requires both, so flowgate reports an
 * error (T-12) and leaves the policy out. Writing the `{}` in gives flowgate np-guard's reading.
 */
export function fillMissingPodsSelectors(files: readonly SourceFile[]): SourceFile[] {
  const count = { n: 0 };
  const out = files.map((f) => {
    if (!/(Baseline)?AdminNetworkPolicy/.test(f.text)) return f;
    const docs = parseAllDocuments(f.text);
    for (const doc of docs) {
      if (!TIERED_KINDS.has(String(doc.get('kind')))) continue;
      const spec = doc.get('spec');
      if (!isMap(spec)) continue;
      const subject = spec.get('subject');
      if (isMap(subject)) fillPods(subject.get('pods'), count);
      for (const dir of ['ingress', 'egress']) {
        const rules = spec.get(dir);
        if (!(rules instanceof YAMLSeq)) continue;
        for (const rule of rules.items) {
          if (!isMap(rule)) continue;
          const peers = rule.get(dir === 'ingress' ? 'from' : 'to');
          if (peers instanceof YAMLSeq) for (const peer of peers.items) if (isMap(peer)) fillPods(peer.get('pods'), count);
        }
      }
    }
    return { path: f.path, text: docs.map((d) => d.toString()).join('---\n') };
  });
  if (count.n === 0) throw new Error('no pods selector was missing: the adaptation is stale');
  return out;
}
