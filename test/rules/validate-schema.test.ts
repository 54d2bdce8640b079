import { describe, expect, it, vi } from 'vitest';
import { compileRulesSchema, validateRulesShape } from '../../src/rules/validate-schema';

/*
 * Issue 18: the shape problems of a rules file, message by message (validateRulesShape alone):
 * each names where, what was found and what was expected, at the value or at the key.
 */

const sel = (to: unknown) => ({ rules: { forbid: [{ name: 'r', from: { any: true }, to }] } });
const one = (value: unknown) => validateRulesShape(value).map((p) => `${p.code} ${p.atKey ? 'key' : 'value'} /${p.path.join('/')}: ${p.message}`);

describe('validateRulesShape', () => {
  it.each([
    ['a valid file', sel({ any: true }), []],
    ['a number for a string', { defaultNamespace: 5 }, ['rules-wrong-type value /defaultNamespace: defaultNamespace must be a string, not the number 5 (quote it in YAML to make it a string)']],
    ['a boolean for a string', { defaultNamespace: true }, ['rules-wrong-type value /defaultNamespace: defaultNamespace must be a string, not the boolean true (quote it in YAML to make it a string)']],
    ['a list for a mapping', { namespaces: [] }, ['rules-wrong-type value /namespaces: namespaces must be a mapping, not a list']],
    ['a mapping for a list', { rules: { forbid: {} } }, ['rules-wrong-type value /rules/forbid: rules.forbid must be a list, not a mapping']],
    ['a string for true or false (no quoting hint)', { exposure: 'no' }, ['rules-wrong-type value /exposure: exposure must be true or false, not the string "no"']],
    ['a number for a string or a list (no quoting hint)', sel({ namespace: 5 }), ['rules-wrong-type value /rules/forbid/0/to/namespace: rules.forbid[0].to.namespace must be a string or a list, not the number 5']],
    ['nothing for a mapping', sel({ labels: { matchLabels: null, matchExpressions: [] } }), ['rules-wrong-type value /rules/forbid/0/to/labels/matchLabels: rules.forbid[0].to.labels.matchLabels must be a mapping, not nothing (an empty value)']],
    [
      'a long string, cut at 40 characters',
      sel({ namespace: 5, workload: 'X'.repeat(41) }),
      [
        'rules-wrong-type value /rules/forbid/0/to/namespace: rules.forbid[0].to.namespace must be a string or a list, not the number 5',
        `rules-invalid-value value /rules/forbid/0/to/workload: rules.forbid[0].to.workload: the string "${'X'.repeat(40)}…" is not a workload name (a DNS-1123 subdomain: lowercase letters, digits, '-' and '.')`,
      ],
    ],
    ['a string of exactly 40 characters is quoted whole', sel({ workload: 'X'.repeat(40) }), [`rules-invalid-value value /rules/forbid/0/to/workload: rules.forbid[0].to.workload: the string "${'X'.repeat(40)}" is not a workload name (a DNS-1123 subdomain: lowercase letters, digits, '-' and '.')`]],
    ['a list for a string (no quoting hint)', { defaultNamespace: ['prod'] }, ['rules-wrong-type value /defaultNamespace: defaultNamespace must be a string, not a list']],
    ['nothing for a string (no quoting hint)', { defaultNamespace: null }, ['rules-wrong-type value /defaultNamespace: defaultNamespace must be a string, not nothing (an empty value)']],
    ['a number for a mapping (no quoting hint)', { namespaces: 5 }, ['rules-wrong-type value /namespaces: namespaces must be a mapping, not the number 5']],
    ['a number for a rule, which can only be a mapping (no quoting hint)', { rules: { forbid: [5] } }, ['rules-wrong-type value /rules/forbid/0: rules.forbid[0] must be a mapping, not the number 5']],
    ['a number for true or false (no quoting hint)', { exposure: 0 }, ['rules-wrong-type value /exposure: exposure must be true or false, not the number 0']],
    ['a boolean for a list (no quoting hint)', { rules: { forbid: true } }, ['rules-wrong-type value /rules/forbid: rules.forbid must be a list, not the boolean true']],
    ['an unknown key like none: every key it could be', { rules: { forbid: [{ name: 'r', from: { any: true }, to: { any: true }, severity: 'high' }] } }, ['rules-unknown-key key /rules/forbid/0/severity: rules.forbid[0]: unknown key "severity" (expected one of: name, from, to, environments, ports)']],
    ['too many environments: what the limit is', { environments: Array.from({ length: 51 }, (_, i) => ({ name: `e${i}`, manifests: ['k8s/*.yaml'] })) }, ['rules-invalid-value value /environments: environments must NOT have more than 50 items']],
    ['helm of no form (a boolean, a path or a chart mapping): what is expected, once', { environments: [{ name: 'p', helm: 5 }] }, ['rules-invalid-value value /environments/0/helm: environments[0].helm: the number 5 is not a Helm chart rendered with helm template (its folder, or chart, values files, namespace and release); beside kustomize, true lets the kustomization inflate vendored helmCharts (--enable-helm)']],
    ['helm of no form beside a bad name: both, once each', { environments: [{ name: '-p', helm: 5 }] }, [
      "rules-invalid-value value /environments/0/name: environments[0].name: the string \"-p\" is not an environment name: letters, digits, '.', '_', '-' and '/', starting with a letter or digit",
      'rules-invalid-value value /environments/0/helm: environments[0].helm: the number 5 is not a Helm chart rendered with helm template (its folder, or chart, values files, namespace and release); beside kustomize, true lets the kustomization inflate vendored helmCharts (--enable-helm)',
    ]],
    ['helm as a mapping whose chart is a number: the chart, once', { environments: [{ name: 'p', helm: { chart: 5 } }] }, ['rules-wrong-type value /environments/0/helm/chart: environments[0].helm.chart must be a string, not the number 5 (quote it in YAML to make it a string)']],
    ['helm as a path that leaves the repository: the path, once', { environments: [{ name: 'p', helm: '../chart' }] }, ["rules-invalid-value value /environments/0/helm: environments[0].helm: the string \"../chart\" is not a path inside the repository, relative to its root (no '..', not absolute)"]],
    ['helm as a mapping with an unknown key: the key, once', { environments: [{ name: 'p', helm: { chart: 'charts/web', value: ['v.yaml'] } }] }, ['rules-unknown-key key /environments/0/helm/value: environments[0].helm: unknown key "value" (did you mean "values"?)']],
    ['helm as a mapping with a bad namespace, beside a bad name', { environments: [{ name: '-p', helm: { chart: 'charts/web', namespace: 'Web' } }] }, [
      "rules-invalid-value value /environments/0/name: environments[0].name: the string \"-p\" is not an environment name: letters, digits, '.', '_', '-' and '/', starting with a letter or digit",
      "rules-invalid-value value /environments/0/helm/namespace: environments[0].helm.namespace: the string \"Web\" is not a namespace name (a DNS-1123 label: at most 63 lowercase letters, digits and '-', starting and ending with a letter or digit)",
    ]],
    ['a typo: the closest key', { rulez: {} }, ['rules-unknown-key key /rulez: the top level: unknown key "rulez" (did you mean "rules"?)']],
    ['a typo in letter case', { Rules: {} }, ['rules-unknown-key key /Rules: the top level: unknown key "Rules" (did you mean "rules"?)']],
    ['two edits away is still a guess', { rule: {}, rules: {} }, ['rules-unknown-key key /rule: the top level: unknown key "rule" (did you mean "rules"?)']],
    ['three edits away at the end: the keys it could be', { rules: { forbid: [{ name: 'r', from: { any: true }, to: { any: true }, portsxyz: [] }] } }, ['rules-unknown-key key /rules/forbid/0/portsxyz: rules.forbid[0]: unknown key "portsxyz" (expected one of: name, from, to, environments, ports)']],
    ['three edits away: the keys it could be', { namespaces: { a: { lbl: {} } } }, ['rules-unknown-key key /namespaces/a/lbl: namespaces.a: unknown key "lbl" (expected one of: labels)']],
    ['an empty selector', sel({}), ['rules-empty-selector value /rules/forbid/0/to: rules.forbid[0].to is an empty selector; name what it selects (namespace, workload, labels, cidr, ...) or write "any: true" to mean every endpoint']],
    ['an empty list, with what was expected', { rules: { forbid: [{ name: 'r', from: { any: true }, to: { any: true }, environments: [] }] } }, ['rules-invalid-value value /rules/forbid/0/environments: rules.forbid[0].environments is an empty list; expected the environments the rule applies to (default: all)']],
    ['an empty list of a top-level key (its help is a sentence for editors)', { environments: [] }, ['rules-invalid-value value /environments: environments is an empty list']],
    ['an empty string', { rules: { forbid: [{ name: '', from: { any: true }, to: { any: true } }] } }, ['rules-invalid-value value /rules/forbid/0/name: rules.forbid[0].name must not be empty']],
    ['any: false', sel({ any: false }), ['rules-invalid-value value /rules/forbid/0/to/any: rules.forbid[0].to.any must be true, not the boolean false (leave it out instead)']],
    ['an unknown kind: the kinds', sel({ kind: 'Deploy' }), ['rules-invalid-value value /rules/forbid/0/to/kind: rules.forbid[0].to.kind: the string "Deploy" is not a workload kind (one of Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob)']],
    ['an unknown mode: the modes', { notAnalysed: 'never' }, ['rules-invalid-value value /notAnalysed: notAnalysed: the string "never" is not one of warn, fail']],
    ['a bad port', { rules: { forbid: [{ name: 'r', from: { any: true }, to: { any: true }, ports: ['HTTP/80'] }] } }, [expect.stringMatching(/^rules-invalid-port value \/rules\/forbid\/0\/ports\/0: rules\.forbid\[0\]\.ports\[0\]: the string "HTTP\/80" is not a port: /)]],
    ['a bad CIDR in a list', sel({ cidr: ['10.0.0.0'] }), ['rules-invalid-cidr value /rules/forbid/0/to/cidr/0: rules.forbid[0].to.cidr[0]: the string "10.0.0.0" is not a CIDR such as 10.0.0.0/8, 0.0.0.0/0 or 2001:db8::/32']],
    ['a bad CIDR alone', sel({ cidr: '10.0.0.0' }), ['rules-invalid-cidr value /rules/forbid/0/to/cidr: rules.forbid[0].to.cidr: the string "10.0.0.0" is not a CIDR such as 10.0.0.0/8, 0.0.0.0/0 or 2001:db8::/32']],
    ['a bad pod CIDR (the code of a bad CIDR anywhere)', { podCidrs: ['x'] }, ['rules-invalid-cidr value /podCidrs/0: podCidrs[0]: the string "x" is not a CIDR such as 10.0.0.0/8, 0.0.0.0/0 or 2001:db8::/32']],
    ['a bad namespace key: at the key', { namespaces: { 'Bad NS': {} } }, ['rules-invalid-value key /namespaces/Bad NS: namespaces."Bad NS": "Bad NS" is not a namespace name (a DNS-1123 label: at most 63 lowercase letters, digits and \'-\', starting and ending with a letter or digit)']],
    ['a missing key', { rules: { require: [{ name: 'r', to: { any: true } }] } }, ['rules-missing-key value /rules/require/0: rules.require[0] needs "from"']],
  ])('%s', (_what, value, expected) => {
    expect(one(value)).toEqual(expected);
  });

  it('the validator reports every error, each with the value and the schema it met', () => {
    // Union types (["string", "array"]) are allowed, not warned about on every compile.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const validate = compileRulesSchema();
    const warned = warn.mock.calls.length;
    warn.mockRestore();
    expect(warned).toBe(0);
    expect(validate({ defaultNamespace: 5, exposure: 'no' })).toBe(false);
    expect(validate.errors!.map((e) => [e.instancePath, e.keyword, e.data, (e.parentSchema as { type?: unknown }).type])).toEqual([
      ['/exposure', 'type', 'no', 'boolean'],
      ['/defaultNamespace', 'type', 5, 'string'],
    ]);
  });

  it('each problem once, however many schema branches find it', () => {
    const problems = validateRulesShape(sel({ labels: { matchExpressions: [{ key: 'a', operator: 'in' }] } }));
    expect(problems.map((p) => p.message)).toEqual(['rules.forbid[0].to.labels.matchExpressions[0].operator: the string "in" is not a selector operator (one of In, NotIn, Exists, DoesNotExist)']);
  });
});
