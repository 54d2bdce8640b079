import { describe, expect, test } from 'vitest';
import { read, said } from './read-manifest';

/**
 * src/manifests/build-workload.ts and build-cluster.ts field by field: the pod template of each
 * kind, container ports, metadata, namespaces, duplicates and the
 * not-analysed warning, with the exact words of each diagnostic.
 */
const pod = (spec: string, meta = '{name: w, namespace: ns}') => `apiVersion: v1\nkind: Pod\nmetadata: ${meta}\nspec:\n  ${spec.split('\n').join('\n  ')}\n`;

describe('container ports (A-26)', () => {
  test.each<[string, string, string]>([
    ['a container that is not a mapping', 'containers: [5]', 'error invalid-field 5: Pod ns/w: a container must be a mapping, not the number 5'],
    ['a container port that is not a mapping', 'containers: [{name: c, ports: [80]}]', 'error invalid-port 5: Pod ns/w: a container port must be a mapping, not the number 80'],
    ['containerPort 0', 'containers: [{name: c, ports: [{containerPort: 0}]}]', 'error invalid-port 5: Pod ns/w: containerPort must be a port number 1-65535, not the number 0'],
    ['containerPort 65536', 'containers: [{name: c, ports: [{containerPort: 65536}]}]', 'error invalid-port 5: Pod ns/w: containerPort must be a port number 1-65535, not the number 65536'],
    ['a fractional containerPort', 'containers: [{name: c, ports: [{containerPort: 80.5}]}]', 'error invalid-port 5: Pod ns/w: containerPort must be a port number 1-65535, not the number 80.5'],
    ['a quoted containerPort', 'containers: [{name: c, ports: [{containerPort: "80"}]}]', 'error invalid-port 5: Pod ns/w: containerPort must be a port number 1-65535, not the string "80"'],
    ['no containerPort', 'containers: [{name: c, ports: [{name: http}]}]', 'error invalid-port 5: Pod ns/w: containerPort must be a port number 1-65535, not nothing'],
    ['an unknown protocol', 'containers: [{name: c, ports: [{containerPort: 80, protocol: ICMP}]}]', 'error invalid-port 5: Pod ns/w: protocol must be TCP, UDP or SCTP, not the string "ICMP"'],
    ['a protocol that is not a string', 'initContainers: [{name: c, restartPolicy: Always, ports: [{containerPort: 80, protocol: 17}]}]', 'error invalid-port 5: Pod ns/w: protocol must be TCP, UDP or SCTP, not the number 17'],
    ['hostNetwork that is not a boolean', 'hostNetwork: "true"\ncontainers: []', 'error invalid-field 5: Pod ns/w: hostNetwork must be true or false, not the string "true"'],
    ['containers that are not a list', 'containers: {name: c}', 'error invalid-field 5: Pod ns/w: spec.containers must be a list, not a mapping'],
  ])('%s is an error; the workload is left out', (_name, spec, diagnostic) => {
    const c = read(pod(spec));
    expect(said(c.diagnostics)).toEqual([diagnostic]);
    expect(c.workloads).toEqual([]);
  });

  test('A-26: ports of every container and of sidecar init containers, in order; a name only when it is a non-empty string; protocol null is TCP', () => {
    const c = read(pod('containers:\n- {name: a, ports: [{containerPort: 1, name: ""}, {containerPort: 65535, name: 5, protocol: null}]}\n- {name: b, ports: [{containerPort: 53, protocol: UDP, name: dns}]}\ninitContainers:\n- {name: i, restartPolicy: OnFailure, ports: [{containerPort: 9}]}\n- {name: s, restartPolicy: Always, ports: [{containerPort: 7, protocol: SCTP}]}\n- {name: t, ports: [{containerPort: 8}]}\nhostNetwork: true'));
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.workloads.map((w) => [w.ports, w.hostNetwork])).toEqual([
      [
        [
          { port: 1, protocol: 'TCP' },
          { port: 65535, protocol: 'TCP' },
          { port: 53, protocol: 'UDP', name: 'dns' },
          { port: 7, protocol: 'SCTP' },
        ],
        true,
      ],
    ]);
  });

  test('an error in one object leaves out that object only', () => {
    const c = read(`${pod('containers: [{name: c, ports: [{containerPort: 0}]}]', '{name: bad, namespace: ns}')}---\n${pod('containers: [{name: c}]')}`);
    expect(c.diagnostics.map((d) => d.severity)).toEqual(['error']);
    expect(c.workloads.map((w) => w.name)).toEqual(['w']);
  });

  test('hostNetwork null is false; a workload reads into kind, namespace, name, labels, ports and source', () => {
    const c = read(pod('hostNetwork: null\ncontainers: [{name: c}]', '{name: w, namespace: ns, labels: {app: a}}'));
    expect(c.workloads).toEqual([{ kind: 'Pod', namespace: 'ns', name: 'w', labels: { app: 'a' }, ports: [], hostNetwork: false, source: { file: 'm.yaml', line: 1 } }]);
  });
});

describe('pod templates and selectors (A-20)', () => {
  test.each<[string, string, string[]]>([
    ['a Deployment without template', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: w, namespace: ns}\nspec: {replicas: 1}\n', ['error invalid-field 4: Deployment ns/w: Deployment has no pod template at spec.template']],
    ['a CronJob without template', 'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: w, namespace: ns}\nspec: {jobTemplate: {spec: {}}}\n', ['error invalid-field 4: CronJob ns/w: CronJob has no pod template at spec.jobTemplate.spec.template']],
    ['a template that is not a mapping', 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: w, namespace: ns}\nspec: {template: []}\n', ['error invalid-field 4: DaemonSet ns/w: spec.template must be a mapping, not a list', 'error invalid-field 4: DaemonSet ns/w: DaemonSet has no pod template at spec.template']],
    [
      'a selector that does not select the template',
      'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: w, namespace: ns}\nspec:\n  selector: {matchLabels: {app: a}}\n  template: {metadata: {labels: {app: b}}}\n',
      ['error selector-mismatch 5: StatefulSet ns/w: spec.selector does not match the pod template\'s labels, so Kubernetes rejects this object ("selector does not match template labels")'],
    ],
    ['an invalid selector', 'apiVersion: apps/v1\nkind: ReplicaSet\nmetadata: {name: w, namespace: ns}\nspec:\n  selector: {matchLabels: 5}\n  template: {metadata: {labels: {app: b}}}\n', ['error invalid-field 5: ReplicaSet ns/w: spec.selector.matchLabels must be a mapping, not the number 5']],
    ['invalid template labels', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: w, namespace: ns}\nspec:\n  selector: {matchLabels: {app: a}}\n  template: {metadata: {labels: {app: "a b"}}}\n', ['error invalid-label 6: Deployment ns/w: label "app" has an invalid value "a b": a label value is at most 63 characters of letters, digits, "-", "_" and ".", starting and ending with a letter or digit']],
  ])('%s is an error; the workload is left out', (_name, text, diagnostics) => {
    const c = read(text);
    expect(said(c.diagnostics)).toEqual(diagnostics);
    expect(c.workloads).toEqual([]);
  });

  test('A-20: a Job and a ReplicationController are not checked against a selector; a selecting kind without selector is kept', () => {
    const c = read(
      'apiVersion: batch/v1\nkind: Job\nmetadata: {name: j, namespace: ns}\nspec:\n  selector: {matchLabels: {x: y}}\n  template: {metadata: {labels: {app: b}}}\n---\napiVersion: v1\nkind: ReplicationController\nmetadata: {name: r, namespace: ns}\nspec:\n  selector: {matchLabels: {x: y}}\n  template: {metadata: {labels: {app: b}}}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d, namespace: ns}\nspec:\n  template: {metadata: {labels: {app: b}}}\n',
    );
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.workloads.map((w) => `${w.kind}/${w.name} ${JSON.stringify(w.labels)}`)).toEqual(['Deployment/d {"app":"b"}', 'Job/j {"job-name":"j","app":"b"}', 'ReplicationController/r {"app":"b"}']);
  });
});

describe('metadata, API groups and namespaces (A-1, A-19)', () => {
  test.each<[string, string, string[]]>([
    ['no metadata', 'apiVersion: v1\nkind: Pod\nspec: {}\n', ['error missing-name 1: Pod: Pod has no metadata.name']],
    ['metadata that is not a mapping', 'apiVersion: v1\nkind: Pod\nmetadata: [a]\n', ['error invalid-field 3: Pod: metadata must be a mapping, not a list']],
    ['a name that is not a string', 'apiVersion: v1\nkind: Pod\nmetadata: {name: 5}\n', ['error invalid-field 3: Pod: metadata.name must be a string, not the number 5']],
    ['an empty name', 'apiVersion: v1\nkind: Namespace\nmetadata: {name: ""}\n', ['error missing-name 3: Namespace: Namespace has no metadata.name']],
    ['a namespace that is not a string', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: 5}\n', ['error invalid-field 3: Pod: metadata.namespace must be a string, not the number 5']],
    ['an invalid namespace name', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: Prod}\n', ['error invalid-name 3: Pod: "Prod" is not a valid namespace name (lower-case letters, digits and "-")']],
    ['a namespace ending in -', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: prod-}\n', ['error invalid-name 3: Pod: "prod-" is not a valid namespace name (lower-case letters, digits and "-")']],
    ['a namespace starting with -', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: -prod}\n', ['error invalid-name 3: Pod: "-prod" is not a valid namespace name (lower-case letters, digits and "-")']],
    ['a namespace with a dot', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: a.b}\n', ['error invalid-name 3: Pod: "a.b" is not a valid namespace name (lower-case letters, digits and "-")']],
    ['an old NetworkPolicy version', 'apiVersion: extensions/v1beta1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: ns}\nspec: {}\n', ['error unsupported-api-version 1: NetworkPolicy ns/p: apiVersion extensions/v1beta1 is no longer served by Kubernetes; use networking.k8s.io/v1 (the policy is left out of the analysis)']],
  ])('%s', (_name, text, diagnostics) => {
    const c = read(text);
    expect(said(c.diagnostics)).toEqual(diagnostics);
    expect([c.workloads, c.policies]).toEqual([[], []]);
  });

  test.each<[string, string, boolean]>([
    ['v1', 'Pod', true],
    ['apps/v1', 'Deployment', true],
    ['extensions/v1beta1', 'DaemonSet', true],
    ['extensions/v1beta1', 'StatefulSet', false],
    ['apps/v1', 'Pod', false],
    ['batch/v1', 'CronJob', true],
    ['batch.volcano.sh/v1alpha1', 'Job', false],
    ['v1', 'Deployment', false],
    ['example.com/apps/v1', 'Deployment', false],
  ])('%s %s is a workload: %s', (apiVersion, kind, workload) => {
    const template = kind === 'Pod' ? 'spec: {}' : kind === 'CronJob' ? 'spec: {jobTemplate: {spec: {template: {}}}}' : 'spec: {template: {}}';
    const c = read(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: w, namespace: ns}\n${template}\n`);
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.workloads.map((w) => w.kind)).toEqual(workload ? [kind] : []);
  });

  test('A-1: a namespace written empty is the default one; A-19: referenced namespaces exist with their name label and configured labels', () => {
    const c = read('apiVersion: v1\nkind: Pod\nmetadata: {name: a, namespace: ""}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: b, namespace: shop}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: shop, labels: {team: s}}\n', { defaultNamespace: 'home', namespaceLabels: { home: { team: 'h' }, extra: { team: 'e' }, shop: { team: 'ignored' } } });
    expect(said(c.diagnostics)).toEqual([]);
    expect(c.workloads.map((w) => `${w.namespace}/${w.name}`)).toEqual(['home/a', 'shop/b']);
    expect(Object.fromEntries([...c.namespaces].map(([k, v]) => [k, v.labels]))).toEqual({
      shop: { team: 's', 'kubernetes.io/metadata.name': 'shop' },
      home: { team: 'h', 'kubernetes.io/metadata.name': 'home' },
      extra: { team: 'e', 'kubernetes.io/metadata.name': 'extra' },
    });
  });

  test('C-2: a CCNP brings no namespace of its own; a CNP brings its namespace', () => {
    const c = read('apiVersion: cilium.io/v2\nkind: CiliumClusterwideNetworkPolicy\nmetadata: {name: c}\nspec: {endpointSelector: {}, ingress: [{}]}\n---\napiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: p, namespace: shop}\nspec: {endpointSelector: {}, ingress: [{}]}\n');
    expect([...c.namespaces.keys()].sort()).toEqual(['default', 'shop']);
    expect(c.policies.map((p) => p.name)).toEqual(['c', 'p']);
  });

  test('C-2: a CCNP with a namespace is warned about; a CNP without one lands in the default namespace', () => {
    const c = read('apiVersion: cilium.io/v2\nkind: CiliumClusterwideNetworkPolicy\nmetadata:\n  name: c\n  namespace: shop\nspec: {endpointSelector: {}, ingress: [{}]}\n---\napiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: p}\nspec: {endpointSelector: {}, ingress: [{}]}\n', { defaultNamespace: 'home' });
    expect(said(c.diagnostics)).toEqual(['warning cilium-clusterwide-namespace 5: CiliumClusterwideNetworkPolicy c is cluster-scoped: metadata.namespace "shop" is ignored, and it selects pods of every namespace (C-2)']);
    expect(c.policies.map((p) => `${p.cilium!.kind} ${p.namespace}`)).toEqual(['CiliumClusterwideNetworkPolicy ', 'CiliumNetworkPolicy home']);
  });

  test('the not-analysed warning names the object, its family and where it applies', () => {
    const c = read('apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: g}\n---\napiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata: {name: a}\n', { defaultNamespace: 'home' });
    expect(said(c.diagnostics)).toEqual([
      'warning not-analysed 1: GlobalNetworkPolicy g (projectcalico.org/v3, Calico) decides traffic in the whole cluster but is not analysed: the result does not include its effect',
      'warning not-analysed 5: AuthorizationPolicy a (security.istio.io/v1, Istio) decides traffic in namespace home but is not analysed: the result does not include its effect',
    ]);
  });
});

describe('duplicates and order', () => {
  test.each<[string, string]>([
    ['Namespace', 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a, labels: {x: "1"}}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: a, labels: {x: "2"}}\n'],
    ['NetworkPolicy', 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: a, namespace: ns}\nspec: {}\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: a, namespace: ns}\nspec: {policyTypes: [Egress]}\n'],
    ['AdminNetworkPolicy', 'apiVersion: policy.networking.k8s.io/v1alpha1\nkind: AdminNetworkPolicy\nmetadata: {name: a}\nspec: {priority: 1, subject: {namespaces: {}}}\n---\napiVersion: policy.networking.k8s.io/v1alpha1\nkind: AdminNetworkPolicy\nmetadata: {name: a}\nspec: {priority: 2, subject: {namespaces: {}}}\n'],
    ['CiliumNetworkPolicy', 'apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: a, namespace: ns}\nspec: {endpointSelector: {}, ingress: [{}]}\n---\napiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: a, namespace: ns}\nspec: {endpointSelector: {}, egress: [{}]}\n'],
    ['CiliumClusterwideNetworkPolicy', 'apiVersion: cilium.io/v2\nkind: CiliumClusterwideNetworkPolicy\nmetadata: {name: a}\nspec: {endpointSelector: {}, ingress: [{}]}\n---\napiVersion: cilium.io/v2\nkind: CiliumClusterwideNetworkPolicy\nmetadata: {name: a}\nspec: {endpointSelector: {}, egress: [{}]}\n'],
  ])('a second %s with other content is an error naming the first; the first is kept', (kind, text) => {
    const c = read(text);
    const what = kind === 'Namespace' || kind === 'AdminNetworkPolicy' || kind === 'CiliumClusterwideNetworkPolicy' ? `${kind} a` : `${kind} ns/a`;
    const second = text.split('\n').indexOf('---') + 2;
    expect(said(c.diagnostics)).toEqual([`error duplicate-object ${second}: ${what} is defined twice (first at m.yaml:1); this one is ignored`]);
  });

  test('the same object twice with its fields in another order is one object, quietly', () => {
    const c = read('apiVersion: v1\nkind: Namespace\nmetadata: {name: a, labels: {x: "1", y: "2"}}\n---\nkind: Namespace\napiVersion: v1\nmetadata: {labels: {y: "2", x: "1"}, name: a}\n');
    expect(said(c.diagnostics)).toEqual([]);
    expect([...c.namespaces.keys()]).toEqual(['a', 'default']);
  });

  test('workloads and policies are sorted by id, whatever the order of the documents', () => {
    const c = read('apiVersion: v1\nkind: Pod\nmetadata: {name: b, namespace: ns}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: a, namespace: ns}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: c, namespace: a}\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: pz, namespace: ns}\nspec: {}\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: py, namespace: ns}\nspec: {}\n');
    expect(c.workloads.map((w) => `${w.namespace}/${w.name}`)).toEqual(['a/c', 'ns/a', 'ns/b']);
    expect(c.policies.map((p) => p.name)).toEqual(['py', 'pz']);
    expect(c.tieredPolicies).toBeUndefined();
  });
});
