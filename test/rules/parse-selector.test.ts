import { describe, expect, it } from 'vitest';
import { formatSelector } from '../../src/model/label-selector';
import { buildCidrs, buildLabelMap, buildSelector } from '../../src/rules/parse-selector';
import { RuleReporter } from '../../src/rules/rule-reporter';
import type { EndpointSelector } from '../../src/rules/types';

/*
 * Issue 18: buildSelector alone (a rule's `from` or `to`, README "Rules file"): which endpoints a
 * selector names, and that anything it cannot read exactly as written gives no selector at all
 * (the rule is then left out, and the run fails on the error). A selector read with a field
 * dropped or emptied would name other endpoints than written: a forbid rule could miss the flow
 * it forbids. Shape mistakes are the schema's to report (validate-schema.test.ts), so these give
 * null without a diagnostic of their own; labels, label selectors, CIDRs and conflicting fields
 * are reported here, each with the path of the offending value.
 */

const AT = ['rules', 'forbid', 0, 'to'] as const;

/** The selector in a compact form (or null), and the diagnostics as `severity code line: message`. */
function read(raw: unknown): { sel: Record<string, unknown> | null; said: string[] } {
  // Each path's line is its depth below the selector: where a diagnostic is told is visible in the table.
  const report = new RuleReporter('f.yml', (path) => path.length - AT.length);
  const s = buildSelector(raw, AT, report);
  return { sel: s && compact(s), said: report.diagnostics.map((d) => `${d.severity} ${d.code} ${d.file}:${d.line}: ${d.message}`) };
}

function compact(s: EndpointSelector): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === 'labels' || k === 'namespaceLabels') out[k] = formatSelector(v as NonNullable<EndpointSelector['labels']>);
    else if (k === 'cidrs') out[k] = (v as NonNullable<EndpointSelector['cidrs']>).map((c) => c.text);
    else out[k] = v;
  }
  return out;
}

const LABEL_NAME = 'a label name is 1-63 characters of letters, digits, "-", "_" and ".", starting and ending with a letter or digit';
const LABEL_VALUE = 'a label value is at most 63 characters of letters, digits, "-", "_" and ".", starting and ending with a letter or digit';

describe('buildSelector: what a valid selector names', () => {
  it.each([
    ['any: true', { any: true }, { any: true }],
    ['a namespace', { namespace: 'prod' }, { namespaces: ['prod'] }],
    ['a list of namespaces, each once', { namespace: ['prod', 'dev', 'prod'] }, { namespaces: ['dev', 'prod'] }],
    ['a workload and a kind (strings)', { workload: 'web', kind: 'Deployment' }, { workloads: ['web'], kinds: ['Deployment'] }],
    ['lists of workloads and kinds', { workload: ['web', 'api'], kind: ['StatefulSet', 'Deployment'] }, { workloads: ['api', 'web'], kinds: ['Deployment', 'StatefulSet'] }],
    ['labels as a plain map (matchLabels)', { labels: { app: 'web', tier: 'front' } }, { labels: 'app=web, tier=front' }],
    ['labels with matchLabels and matchExpressions (A-18: ANDed)', { labels: { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'env', operator: 'In', values: ['prod', 'qa'] }] } }, { labels: 'app=web, env in (prod,qa)' }],
    ['matchExpressions alone: no matchLabels', { namespaceLabels: { matchExpressions: [{ key: 'team', operator: 'Exists' }] } }, { namespaceLabels: 'team' }],
    ['matchLabels alone', { namespaceLabels: { matchLabels: { team: 'a' } } }, { namespaceLabels: 'team=a' }],
    ['DoesNotExist and NotIn', { labels: { matchExpressions: [{ key: 'a', operator: 'DoesNotExist', values: [] }, { key: 'b', operator: 'NotIn', values: ['x'] }] } }, { labels: '!a, b notin (x)' }],
    ['every workload field together (all must hold)', { namespace: 'prod', namespaceLabels: { env: 'prod' }, workload: 'db', kind: 'StatefulSet', labels: { app: 'db' } }, { namespaces: ['prod'], namespaceLabels: 'env=prod', workloads: ['db'], kinds: ['StatefulSet'], labels: 'app=db' }],
    ['a CIDR', { cidr: '0.0.0.0/0' }, { cidrs: ['0.0.0.0/0'] }],
    ['a list of CIDRs', { cidr: ['10.0.0.0/8', '2001:db8::/32'] }, { cidrs: ['10.0.0.0/8', '2001:db8::/32'] }],
  ])('%s', (_what, raw, expected) => {
    expect(read(raw)).toEqual({ sel: expected, said: [] });
  });

  it('a CIDR with host bits set is its network, with a warning at the CIDR (A-7)', () => {
    expect(read({ cidr: ['10.0.0.0/8', '192.168.1.1/16'] })).toEqual({
      sel: { cidrs: ['10.0.0.0/8', '192.168.0.0/16'] },
      said: ['warning rules-noncanonical-cidr f.yml:2: rules.forbid[0].to.cidr[1]: "192.168.1.1/16" is read as 192.168.0.0/16'],
    });
    expect(read({ cidr: '10.1.2.3/8' }).said).toEqual(['warning rules-noncanonical-cidr f.yml:1: rules.forbid[0].to.cidr: "10.1.2.3/8" is read as 10.0.0.0/8']);
  });
});

describe('buildSelector: a shape the schema refuses gives no selector (never a wider one)', () => {
  it.each([
    ['not a mapping', 'prod'],
    ['an empty mapping (it would name every workload)', {}],
    ['any: false (it would name every workload)', { any: false }],
    ['an empty any', { any: null }],
    ['an unknown field beside a known one', { namespace: 'prod', pod: 'db' }],
    ['a namespace that is a number', { namespace: 5 }],
    ['an empty namespace', { namespace: null }],
    ['an empty list of namespaces (it would name none)', { namespace: [] }],
    ['a list of namespaces with a number', { namespace: ['prod', 5] }],
    ['a list of workloads with a number first', { workload: [5, 'web'] }],
    ['a wrong namespace beside a right workload (the workload alone would be wider)', { namespace: 5, workload: 'web' }],
    ['an unknown kind', { kind: 'Deploy' }],
    ['an unknown kind in a list', { kind: ['Pod', 'Deploy'] }],
    ['a kind that is a number', { kind: 5 }],
    ['labels as a string', { labels: 'app' }],
    ['labels as a list', { labels: ['app'] }],
    ['a label value that is a number', { labels: { app: 'web', tier: 1 } }],
    ['an empty matchLabels', { labels: { matchLabels: null } }],
    ['matchLabels as a string', { labels: { matchLabels: 'app' } }],
    ['matchExpressions as a string', { labels: { matchExpressions: 'app' } }],
    ['matchExpressions as a mapping', { labels: { matchExpressions: { key: 'app', operator: 'Exists' } } }],
    ['a requirement that is a string', { labels: { matchExpressions: ['app'] } }],
    ['a requirement without a key', { labels: { matchExpressions: [{ operator: 'Exists' }] } }],
    ['a requirement whose key is a number', { labels: { matchExpressions: [{ key: 5, operator: 'Exists' }] } }],
    ['a requirement without an operator', { labels: { matchExpressions: [{ key: 'app' }] } }],
    ['a requirement whose operator is a number', { labels: { matchExpressions: [{ key: 'app', operator: 5 }] } }],
    ['values as a string', { labels: { matchExpressions: [{ key: 'app', operator: 'In', values: 'web' }] } }],
    ['values with a number', { labels: { matchExpressions: [{ key: 'app', operator: 'In', values: ['web', 5] }] } }],
    ['values of a number only', { labels: { matchExpressions: [{ key: 'app', operator: 'NotIn', values: [5] }] } }],
    ['a right requirement after a wrong one', { labels: { matchExpressions: ['app', { key: 'app', operator: 'Exists' }] } }],
    ['a CIDR that is a number', { cidr: 5 }],
    ['a CIDR as a mapping', { cidr: { ip: '10.0.0.0/8' } }],
    ['an empty list of CIDRs (it would name no address)', { cidr: [] }],
    ['a list of CIDRs with a number (the rest would be narrower than written)', { cidr: ['10.0.0.0/8', 5] }],
  ])('%s', (_what, raw) => {
    expect(read(raw)).toEqual({ sel: null, said: [] });
  });
});

describe('buildSelector: labels, requirements, CIDRs and conflicts are told at their value', () => {
  it.each([
    ['an invalid label key beside a valid one', { labels: { '-app': 'web', tier: 'db' } }, [`error rules-invalid-label f.yml:2: rules.forbid[0].to.labels."-app": label key "-app" is invalid: ${LABEL_NAME}`]],
    ['an invalid label value beside a valid one', { labels: { app: 'web server', tier: 'db' } }, [`error rules-invalid-label f.yml:2: rules.forbid[0].to.labels.app: label "app" has an invalid value "web server": ${LABEL_VALUE}`]],
    ['an invalid key in matchLabels', { namespaceLabels: { matchLabels: { 'a/b/c': 'x' } } }, ['error rules-invalid-label f.yml:3: rules.forbid[0].to.namespaceLabels.matchLabels."a/b/c": label key "a/b/c" is invalid: a label key has at most one "/"']],
    [
      'a bad matchLabels beside good matchExpressions',
      { labels: { matchLabels: { app: 'a b' }, matchExpressions: [{ key: 'tier', operator: 'Exists' }] } },
      [`error rules-invalid-label f.yml:3: rules.forbid[0].to.labels.matchLabels.app: label "app" has an invalid value "a b": ${LABEL_VALUE}`],
    ],
    [
      'good matchLabels beside a bad requirement key',
      { labels: { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'a/b/c', operator: 'Exists' }] } },
      ['error rules-invalid-selector f.yml:4: rules.forbid[0].to.labels.matchExpressions[0].key: label key "a/b/c" is invalid: a label key has at most one "/"'],
    ],
    ['In with no values', { labels: { matchExpressions: [{ key: 'env', operator: 'In', values: [] }] } }, ['error rules-invalid-selector f.yml:4: rules.forbid[0].to.labels.matchExpressions[0].values: operator In needs at least one value']],
    ['NotIn without values', { labels: { matchExpressions: [{ key: 'env', operator: 'NotIn' }] } }, ['error rules-invalid-selector f.yml:4: rules.forbid[0].to.labels.matchExpressions[0].values: operator NotIn needs at least one value']],
    ['Exists with a value', { labels: { matchExpressions: [{ key: 'env', operator: 'Exists', values: ['x'] }] } }, ['error rules-invalid-selector f.yml:4: rules.forbid[0].to.labels.matchExpressions[0].values: operator Exists takes no values']],
    ['DoesNotExist with a value', { labels: { matchExpressions: [{ key: 'env', operator: 'DoesNotExist', values: ['x'] }] } }, ['error rules-invalid-selector f.yml:4: rules.forbid[0].to.labels.matchExpressions[0].values: operator DoesNotExist takes no values']],
    ['an invalid value among valid ones', { labels: { matchExpressions: [{ key: 'env', operator: 'In', values: ['ok', 'a b'] }] } }, [`error rules-invalid-selector f.yml:4: rules.forbid[0].to.labels.matchExpressions[0].values: value "a b" is invalid: ${LABEL_VALUE}`]],
    ['a bad CIDR', { cidr: '10.300.0.0/16' }, ['error rules-invalid-cidr f.yml:1: rules.forbid[0].to.cidr: "10.300.0.0/16": "10.300.0.0" is not a valid IPv4 address']],
    ['a bad CIDR after a good one', { cidr: ['10.0.0.0/8', '10.0.0.0/33'] }, ['error rules-invalid-cidr f.yml:2: rules.forbid[0].to.cidr[1]: "10.0.0.0/33": prefix length 33 is longer than 32 bits']],
    ['any beside other fields', { any: true, namespace: 'prod', cidr: '10.0.0.0/8' }, ['error rules-selector-conflict f.yml:0: rules.forbid[0].to: "any: true" selects every endpoint and cannot be combined with namespace, cidr']],
    ['cidr beside workload fields', { cidr: '10.0.0.0/8', workload: 'db', labels: { app: 'db' } }, ['error rules-selector-conflict f.yml:0: rules.forbid[0].to: "cidr" selects external addresses, which have no workload, labels; such a selector would match nothing (write two rules instead)']],
  ])('%s', (_what, raw, said) => {
    expect(read(raw)).toEqual({ sel: null, said });
  });
});

describe('buildLabelMap and buildCidrs (namespaces: and podCidrs: read them too)', () => {
  const report = () => new RuleReporter('f.yml', () => 1);

  it('a label map that is not a mapping is none', () => {
    const r = report();
    expect([buildLabelMap('team', ['namespaces', 'a', 'labels'], r), buildLabelMap(['team'], ['namespaces', 'a', 'labels'], r), r.diagnostics]).toEqual([null, null, []]);
  });

  it('CIDRs that are neither a string nor a list are none', () => {
    const r = report();
    expect([buildCidrs(5, ['podCidrs'], r), buildCidrs({ a: 1 }, ['podCidrs'], r), r.diagnostics]).toEqual([null, null, []]);
  });
});
