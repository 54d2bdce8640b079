import { describe, expect, test } from 'vitest';
import { helmTemplateDiagnostics } from '../../src/manifests/helm-charts';
import { notAnalysedPolicy } from '../../src/manifests/not-analysed';
import { portNameProblem } from '../../src/manifests/port-name';

/** src/manifests/{port-name,not-analysed,helm-charts}.ts, each called directly. */

describe('portNameProblem (A-6: apimachinery IsValidPortName, an IANA service name)', () => {
  test.each<[string, string | null]>([
    ['a', null],
    ['http', null],
    ['a-b', null],
    ['1a', null],
    ['abcdefghijklmno', null],
    ['', 'a port name is 1-15 characters'],
    ['abcdefghijklmnop', 'a port name is 1-15 characters'],
    ['HTTP', 'a port name has only lower-case letters, digits and "-"'],
    ['a_b', 'a port name has only lower-case letters, digits and "-"'],
    ['a b', 'a port name has only lower-case letters, digits and "-"'],
    ['80', 'a port name has at least one letter'],
    ['8-0', 'a port name has at least one letter'],
    ['-ab', 'a port name does not start or end with "-" or hold "--"'],
    ['ab-', 'a port name does not start or end with "-" or hold "--"'],
    ['a--b', 'a port name does not start or end with "-" or hold "--"'],
  ])('%j: %s', (name, problem) => {
    expect(portNameProblem(name)).toBe(problem);
  });
});

describe('notAnalysedPolicy (issue 10 item 9: what decides traffic is never dropped in silence)', () => {
  test.each<[string, string, { family: string; clusterWide: boolean } | null]>([
    ['networking.k8s.io/v1', 'NetworkPolicy', null],
    ['extensions/v1beta1', 'NetworkPolicy', null],
    ['networking.k8s.io/v1beta1', 'NetworkPolicy', null],
    ['policy.networking.k8s.io/v1alpha1', 'AdminNetworkPolicy', null],
    ['policy.networking.k8s.io/v1alpha2', 'ClusterNetworkPolicy', null],
    ['cilium.io/v2', 'CiliumNetworkPolicy', null],
    ['cilium.io/v2alpha1', 'CiliumNetworkPolicy', null],
    ['cilium.io/v2', 'CiliumNetworkPolicies', null],
    ['cilium.io/v2', 'CiliumLocalRedirectPolicy', { family: 'Cilium', clusterWide: false }],
    ['cilium.io/v2', 'CiliumClusterwideEnvoyPolicy', { family: 'Cilium', clusterWide: true }],
    ['cilium.io/v2', 'CiliumEnvoyConfig', null],
    ['projectcalico.org/v3', 'NetworkPolicy', { family: 'Calico', clusterWide: false }],
    ['crd.projectcalico.org/v1', 'GlobalNetworkPolicy', { family: 'Calico', clusterWide: true }],
    ['projectcalico.org/v3', 'StagedNetworkPolicies', { family: 'Calico', clusterWide: false }],
    ['projectcalico.org/v3', 'NetworkSet', null],
    ['projectcalico.org/v3', 'PolicyReport', null],
    ['policy.networking.k8s.io/v1alpha9', 'AdminNetworkPolicy', { family: 'Kubernetes admin network policy', clusterWide: true }],
    ['policy.networking.k8s.io/v1alpha9', 'BaselineAdminNetworkPolicy', { family: 'Kubernetes admin network policy', clusterWide: true }],
    ['policy.networking.k8s.io/v1', 'ClusterNetworkPolicy', { family: 'Kubernetes admin network policy', clusterWide: true }],
    ['security.istio.io/v1', 'AuthorizationPolicy', { family: 'Istio', clusterWide: false }],
    ['security.istio.io/v1', 'PeerAuthentication', null],
    ['security.istio.io/v1', 'RequestPolicy', null],
    ['example.com/v1', 'FancyNetworkPolicy', { family: 'example.com/v1', clusterWide: false }],
    ['example.com/v1', 'GlobalNetworkPolicies', { family: 'example.com/v1', clusterWide: true }],
    ['example.com/v1', 'FancyPolicy', null],
    ['example.com/v1', 'NetworkPolicyReport', null],
    ['example.projectcalico.org/v3', 'NetworkPolicy', { family: 'example.projectcalico.org/v3', clusterWide: false }],
    ['example.com/cilium.io/v2', 'LocalPolicy', null],
  ])('%s %s', (apiVersion, kind, want) => {
    expect(notAnalysedPolicy({ apiVersion, kind })).toEqual(want);
  });
});

describe('helmTemplateDiagnostics (issue 10 item 10)', () => {
  const TEMPLATE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n';

  test('a template of a chart is named by its chart folder, at the line of its first {{', () => {
    const got = helmTemplateDiagnostics([
      { path: 'charts/web/Chart.yaml', text: 'apiVersion: v2\nname: web\n' },
      { path: 'charts/web/templates/svc.yaml', text: TEMPLATE },
      { path: 'charts/web/templates/plain.yaml', text: 'apiVersion: v1\nkind: Namespace\n' },
      { path: 'charts/web/values.yaml', text: 'x: {{ y }}\n' },
      { path: 'other/templates/a.yaml', text: TEMPLATE },
    ]);
    expect([...got.entries()]).toEqual([
      [
        'charts/web/templates/svc.yaml',
        {
          severity: 'error',
          code: 'template',
          file: 'charts/web/templates/svc.yaml',
          line: 4,
          message: 'file is a template of the Helm chart in charts/web/ (charts/web/Chart.yaml) and cannot be analysed as it is: render the chart first (helm template charts/web) or leave charts/web/ out of the manifest globs',
        },
      ],
    ]);
  });

  test('a chart at the root is the folder .', () => {
    const got = helmTemplateDiagnostics([
      { path: 'Chart.yaml', text: 'name: c\n' },
      { path: 'templates/a.yaml', text: '{{ x }}\n' },
    ]);
    expect(got.get('templates/a.yaml')!.message).toBe('file is a template of the Helm chart in ./ (Chart.yaml) and cannot be analysed as it is: render the chart first (helm template .) or leave ./ out of the manifest globs');
    expect(got.get('templates/a.yaml')!.line).toBe(1);
  });

  test('a file whose name only ends in Chart.yaml is no chart; without a chart nothing is a template', () => {
    expect(helmTemplateDiagnostics([{ path: 'sub/myChart.yaml', text: '' }, { path: 'sub/mytemplates/a.yaml', text: TEMPLATE }]).size).toBe(0);
    expect(helmTemplateDiagnostics([{ path: 'templates/a.yaml', text: TEMPLATE }]).size).toBe(0);
  });
});
