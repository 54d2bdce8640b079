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
