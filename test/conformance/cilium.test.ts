import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_OPTIONS, parseCluster, type SourceFile } from '../../src/analyze';
import { changedPairs } from '../../src/diff/change-pairs';
import { computeDiff } from '../../src/diff/compute-diff';
import { computeReachability } from '../../src/engine/compute-reachability';
import { lintReachability } from '../../src/engine/lint';
import { buildReachResult, flowPairs } from '../../src/engine/reach-result';
import { generateRepo, SIZES } from '../../bench/generate';
import { readCase } from './support/k8s-e2e-case';
import { listFolders, readTree } from './support/read-tree';
import { caseMismatches } from './support/run-case';

/**
 * The hand-derived Cilium cases (test/conformance/cilium/README.md): CiliumNetworkPolicy and
 * CiliumClusterwideNetworkPolicy at L3/L4, in the k8s-e2e format, each citing the C-ids of README
 * "Cilium policies" and the Cilium documentation it follows. Run in-process here; CI also runs
 * ../shared/conformance/check-reach.mjs on them through the CLI. What the case format cannot
 * express is checked below: not-analysed warnings (C-3, C-16, C-17, C-18), lint (C-23),
 * validation errors (C-22) and explanations (C-24).
 */
const ROOT = path.join(import.meta.dirname, 'cilium');
const CASES = listFolders(ROOT);

/**
 * Where the engine disagrees with Cilium's sources (issue 14, reported to the lead with the case
 * id). Each test below is run as `test.fails`: it turns red the day the engine agrees, and then
 * its entry must go. Keys are case folders or INVALID descriptions.
 */
const ENGINE_DISAGREES: Record<string, string> = {};

/** case.json of the suite, with the `warnings` this suite adds: names the tool must report for that case. */
const spec = (name: string) => readCase(path.join(ROOT, name)) as ReturnType<typeof readCase> & { warnings?: string[] };

function analyse(files: SourceFile[]) {
  const cluster = parseCluster(files, DEFAULT_OPTIONS);
  return { cluster, reach: computeReachability(cluster) };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A word of a manifest as the tool must name it: whole, not inside a longer name or a path (`host`
 * is not `localhost`, the entity `ingress` is not the `spec.ingress[0]` of a location).
 */
const wordRe = (w: string) => new RegExp(`(^|[^\\w:./[\\]-])${escape(w)}($|[^\\w:./[\\]-])`);

describe('cilium conformance (hand-derived, C-1 … C-24)', () => {
  test('the suite holds its 46 cases; together they cite every C-id but C-22 and C-24 (checked in-process below)', () => {
    expect(CASES).toHaveLength(46);
    const cited = new Set(CASES.flatMap((c) => spec(c).semantics ?? []));
    for (let i = 1; i <= 24; i++) if (i !== 22 && i !== 24) expect(cited, `C-${i}`).toContain(`C-${i}`);
    for (const c of CASES) expect(c.startsWith(`${spec(c).id}-`), c).toBe(true);
  });

  test.each(CASES.filter((c) => !(c in ENGINE_DISAGREES)))('%s', (name) => {
    expect(caseMismatches(path.join(ROOT, name))).toEqual([]);
  });
});

describe('not-analysed entities, label sources and fields are named in a warning (C-3, C-16, C-17, C-18)', () => {
  const withWarnings = CASES.filter((c) => (spec(c).warnings ?? []).length && !spec(c).semantics?.includes('C-23'));

  test('the cases that expect warnings', () => {
    expect(withWarnings.map((c) => spec(c).id)).toEqual(['C29', 'C30', 'C31', 'C32', 'C33']);
  });

  test.each(withWarnings)('%s', (name) => {
    const { cluster, reach } = analyse(readTree(path.join(ROOT, name, 'base')));
    const reported = [
      ...cluster.diagnostics.filter((d) => d.severity === 'warning').map((d) => ({ file: d.file, text: d.message })),
      ...lintReachability(reach).map((w) => ({ file: w.file, text: `${w.subject} ${w.message}` })),
    ];
    for (const word of spec(name).warnings!) {
      const hit = reported.find((r) => r.file === 'policies.yaml' && wordRe(word).test(r.text));
      expect(hit, `${name}: no warning names ${word}: ${JSON.stringify(reported)}`).toBeDefined();
    }
  });
});

describe('lint (C-23)', () => {
  test('C44: a CNP whose endpointSelector matches no pod is reported by lint, naming it', () => {
    const { reach } = analyse(readTree(path.join(ROOT, 'C44-cnp-selects-no-pod', 'base')));
    const w = lintReachability(reach).filter((x) => `${x.subject} ${x.message}`.includes('d-default-deny'));
    expect(w.length).toBeGreaterThan(0);
    expect(w[0]!.file).toBe('policies.yaml');
  });

  (ENGINE_DISAGREES['C11 lint'] ? test.fails : test)('C11: an ingressDeny that no allow could reach (x/a admits nothing anyway) is reported by lint', () => {
    const { reach } = analyse(readTree(path.join(ROOT, 'C11-ingress-deny-section-isolates', 'base')));
    const w = lintReachability(reach).filter((x) => `${x.subject} ${x.message}`.includes('deny-b'));
    expect(w.length).toBeGreaterThan(0);
  });

  test('C42 head: a deny that closes an allowed flow is not reported as unreachable', () => {
    const { reach } = analyse(readTree(path.join(ROOT, 'C42-added-deny-closes-v1-allow', 'head')));
    expect(lintReachability(reach).filter((x) => `${x.subject} ${x.message}`.includes('a-deny-b'))).toEqual([]);
  });
});

/**
 * C-22: objects Cilium's validation refuses (pkg/policy/api/rule_validation.go, Rule.Validate and
 * the CRD schema). Each must give an error naming policies.yaml and a line of the object, never a
 * crash or a silent pass; the valid pod model beside it still loads.
 */
const INVALID: [what: string, spec: string][] = [
  ['neither endpointSelector nor nodeSelector ("rule must have one of EndpointSelector or NodeSelector")', `
  ingress:
    - {}`],
  ['both endpointSelector and nodeSelector ("rule cannot have both EndpointSelector and NodeSelector")', `
  endpointSelector: {}
  nodeSelector: {}
  ingress:
    - {}`],
  ['fromEndpoints and fromCIDR in one rule ("combining FromEndpoints and FromCIDR is not supported yet")', `
  endpointSelector: {}
  ingress:
    - fromEndpoints:
        - {}
      fromCIDR:
        - "10.0.0.0/8"`],
  ['toEntities and toCIDRSet in one rule ("combining ToEntities and ToCIDRSet is not supported yet")', `
  endpointSelector: {}
  egress:
    - toEntities:
        - "world"
      toCIDRSet:
        - cidr: "10.0.0.0/8"`],
  ['a port without a number ("port must be specified")', `
  endpointSelector: {}
  ingress:
    - toPorts:
        - ports:
            - protocol: "TCP"`],
  ['port 70000 ("unable to parse port")', `
  endpointSelector: {}
  ingress:
    - toPorts:
        - ports:
            - port: "70000"
              protocol: "TCP"`],
  ['protocol ICMP (not TCP, UDP, SCTP or ANY)', `
  endpointSelector: {}
  ingress:
    - toPorts:
        - ports:
            - port: "80"
              protocol: "ICMP"`],
  ['a CIDR with a /33 prefix ("unable to parse CIDR")', `
  endpointSelector: {}
  egress:
    - toCIDR:
        - "10.0.0.0/33"`],
  ['an except outside its cidr ("allow CIDR prefix does not contain exclude CIDR prefix")', `
  endpointSelector: {}
  egress:
    - toCIDRSet:
        - cidr: "10.0.0.0/8"
          except:
            - "192.168.0.0/16"`],
  ['an unknown entity ("unsupported entity")', `
  endpointSelector: {}
  ingress:
    - fromEntities:
        - "planet"`],
  ['an http rule on a UDP port ("L7 rules can only apply to TCP")', `
  endpointSelector: {}
  ingress:
    - toPorts:
        - ports:
            - port: "80"
              protocol: "UDP"
          rules:
            http:
              - method: "GET"`],
  ['a list where a selector belongs (wrong type)', `
  endpointSelector:
    - pod: "a"
  ingress:
    - {}`],
];

describe('invalid Cilium policies are errors naming the file and a line of the object (C-22)', () => {
  const model = readFileSync(path.join(ROOT, 'C01-cnp-ingress-from-endpoints', 'base', 'model.yaml'), 'utf8');

  const check = (body: string) => {
    const text = `apiVersion: "cilium.io/v2"\nkind: "CiliumNetworkPolicy"\nmetadata:\n  name: "bad"\n  namespace: "x"\nspec:${body}\n`;
    const { cluster } = analyse([{ path: 'model.yaml', text: model }, { path: 'policies.yaml', text }]);
    const errors = cluster.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length, JSON.stringify(cluster.diagnostics)).toBeGreaterThan(0);
    const e = errors.find((d) => d.file === 'policies.yaml');
    expect(e, JSON.stringify(errors)).toBeDefined();
    expect(e!.line).toBeGreaterThanOrEqual(1);
    expect(e!.line).toBeLessThanOrEqual(text.split('\n').length);
    expect(cluster.workloads.filter((w) => w.kind === 'Pod')).toHaveLength(9);
  };

  test.each(INVALID.filter(([what]) => !(what in ENGINE_DISAGREES)))('%s', (_what, body) => check(body));
  test.fails.each(INVALID.filter(([what]) => what in ENGINE_DISAGREES))('%s (engine disagrees, see ENGINE_DISAGREES)', (_what, body) => check(body));

  test('every ENGINE_DISAGREES entry names a case, a lint check or an INVALID row', () => {
    const known = new Set([...CASES, 'C11 lint', ...INVALID.map(([what]) => what)]);
    for (const k of Object.keys(ENGINE_DISAGREES)) expect(known, k).toContain(k);
  });
});

describe('explanations (C-24)', () => {
  test('C42: the diff closes x/b -> x/a because of the CNP ingressDeny rule, with its file and line', () => {
    const dir = path.join(ROOT, 'C42-added-deny-closes-v1-allow');
    const base = parseCluster(readTree(path.join(dir, 'base')), DEFAULT_OPTIONS);
    const headFiles = readTree(path.join(dir, 'head'));
    const diff = computeDiff(base, parseCluster(headFiles, DEFAULT_OPTIONS));
    const isPod = (i: number, ns: string, name: string) => {
      const e = diff.endpoints[i]!;
      return e.kind === 'Pod' && e.namespace === ns && e.name === name;
    };
    const change = [...changedPairs(diff)].find((c) => isPod(c.from, 'x', 'b') && isPod(c.to, 'x', 'a'));
    expect(change).toBeDefined();
    const because = change!.group.because.filter((b) => b.policy.includes('a-deny-b'));
    expect(because.length, JSON.stringify(change!.group.because)).toBeGreaterThan(0);
    const lines = headFiles.find((f) => f.path === 'policies.yaml')!.text.split('\n');
    const denyLine = lines.findIndex((l) => l.trim() === 'ingressDeny:') + 1;
    for (const b of because) {
      expect(b.file).toBe('policies.yaml');
      expect(b.direction).toBe('ingress');
      // the line of the section or of its rule (the rule starts on the next line)
      expect([denyLine, denyLine + 1]).toContain(b.line);
      expect(JSON.stringify(b)).toMatch(/ingressDeny/);
    }
  });
});

describe('Cilium policies of the bench generator (size LC, scaled down)', () => {
  test('are read whole (no error, nothing left not analysed) and change the reachability', () => {
    const repo = generateRepo({ ...SIZES.S, cilium: { cnps: 12, ccnps: 4 } }, 3);
    const files = [...repo.base].map(([p, text]) => ({ path: p, text }));
    const cilium = (f: SourceFile) => /kind: Cilium(Clusterwide)?NetworkPolicy/.test(f.text);
    expect(files.filter(cilium).length).toBeGreaterThan(1);
    const withCilium = analyse(files);
    expect(withCilium.cluster.diagnostics.filter((d) => d.severity === 'error' || d.code === 'not-analysed')).toEqual([]);
    const flows = (r: ReturnType<typeof analyse>) => JSON.stringify([...flowPairs(buildReachResult(r.reach))]);
    expect(flows(withCilium)).not.toEqual(flows(analyse(files.filter((f) => !cilium(f)))));
  });
});
