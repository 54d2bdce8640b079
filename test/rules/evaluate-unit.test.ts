import { describe, expect, it } from 'vitest';
import { computeDiff, type DiffResult } from '../../src/diff/compute-diff';
import { parseCidr } from '../../src/model/cidr';
import { type Conns, connsOf, formatConns, NO_CONNS, unionConns } from '../../src/model/conns';
import { MIN_NAMED_PORT } from '../../src/model/port-ranges';
import type { Cluster, Workload } from '../../src/model/types';
import { blockPairCount, evaluateRules, ruleBoundaries, violationBlock } from '../../src/rules/evaluate-rules';
import type { EndpointSelector, FlowRule, RuleCidr, Violation } from '../../src/rules/types';
import { cluster, ipBlock, podsWith, policy, workload } from '../diff/model';

/*
 * Issue 18: evaluateRules (PRODUCT.md part 3) on model clusters and hand-made rules: no YAML and
 * no rules file, so that each mutant of evaluate-rules.ts costs little. Expected values follow
 * the rules' definition: a forbid rule is broken by an allowed flow on its ports, a require rule
 * by a flow that does not allow all of them; new when base did not break it (on these ports);
 * no self pairs (A-29), no pair of two external ranges.
 */

const TCP = (...ports: number[]): Conns => ports.map((p) => connsOf('TCP', [[p, p]])).reduce(unionConns, NO_CONNS);

function cidr(text: string): RuleCidr {
  const c = parseCidr(text);
  if (!c.ok) throw new Error(text);
  return { text: c.canonical, range: c.range };
}

function rule(name: string, kind: FlowRule['kind'], from: EndpointSelector, to: EndpointSelector, ports: Conns | null = null, line = 1): FlowRule {
  return { name, kind, from, to, ports, source: { file: 'flowgate.yml', line } };
}

const W = (...names: string[]): EndpointSelector => ({ workloads: names });

function run(base: Cluster, head: Cluster, rules: FlowRule[]): { diff: DiffResult; violations: Violation[] } {
  const diff = computeDiff(base, head, { boundaries: ruleBoundaries(rules) });
  return { diff, violations: evaluateRules(rules, diff) };
}

/** `rule: sources -> targets : ports [new] (pairs)`, one line per block, in output order. */
function blocks(base: Cluster, head: Cluster, rules: FlowRule[]): string[] {
  const { diff, violations } = run(base, head, rules);
  const ids = (xs: number[]) => xs.map((i) => diff.endpoints[i]!.id.replace(/^prod\//, '').replace('[Deployment]', '')).join(',');
  return violations.map((v) => `${v.rule.name}: ${ids(v.sources) || '-'} -> ${ids(v.targets) || '-'} : ${formatConns(v.ports)}${v.isNew ? ' new' : ''} (${v.pairs})`);
}

const messages = (base: Cluster, head: Cluster, rules: FlowRule[]) => run(base, head, rules).violations.map((v) => v.message);

const web = workload('web');
const api = workload('api');
const db = workload('db');
/** db accepts only web, on the given TCP ports. */
const dbFromWeb = (...ports: number[]) => policy('db-in', 'db', 'ingress', [podsWith('web')], ports);
const dbClosed = policy('db-in', 'db', 'ingress', null);

describe('evaluateRules: forbid', () => {
  it.each([
    ['no ports: anything allowed breaks it, on what is allowed', null, [80, 443], 'TCP 80,443'],
    ['ports: only the allowed ones among them', TCP(443, 3306), [80, 443], 'TCP 443'],
    ['ports none of which is allowed: not broken', TCP(3306), [80, 443], null],
  ])('%s', (_what, ports, allowed, broken) => {
    const c = cluster([web, db], [dbFromWeb(...allowed)]);
    const out = blocks(cluster([web, db], [dbClosed]), c, [rule('r', 'forbid', W('web'), W('db'), ports)]);
    expect(out).toEqual(broken ? [`r: web -> db : ${broken} new (1)`] : []);
  });

  it('a flow nothing allows breaks nothing', () => {
    expect(blocks(cluster([web, db], [dbClosed]), cluster([web, db], [dbClosed]), [rule('r', 'forbid', W('web'), W('db'))])).toEqual([]);
  });

  it('pre-existing on the same ports: not new; on more ports now: new', () => {
    const r = [rule('r', 'forbid', W('web'), W('db'))];
    expect(blocks(cluster([web, db], [dbFromWeb(80)]), cluster([web, db], [dbFromWeb(80)]), r)).toEqual(['r: web -> db : TCP 80 (1)']);
    expect(blocks(cluster([web, db], [dbFromWeb(80)]), cluster([web, db], [dbFromWeb(80, 443)]), r)).toEqual(['r: web -> db : TCP 80,443 new (1)']);
    // Fewer ports now: still broken, not new.
    expect(blocks(cluster([web, db], [dbFromWeb(80, 443)]), cluster([web, db], [dbFromWeb(443)]), r)).toEqual(['r: web -> db : TCP 443 (1)']);
  });

  it("a source the rule did not match in base is new, even when base allowed the flow (the rule's ends of each side)", () => {
    const oldWeb = workload('web', 'old');
    const r = [rule('r', 'forbid', { labels: { matchLabels: { app: 'web' }, matchExpressions: [] } }, W('db'))];
    // Everything is open on both sides; only the label changed.
    expect(blocks(cluster([oldWeb, db]), cluster([web, db]), r)).toEqual(['r: web -> db : all new (1)']);
    // The target side likewise.
    const r2 = [rule('r', 'forbid', W('web'), { labels: { matchLabels: { app: 'db' }, matchExpressions: [] } })];
    expect(blocks(cluster([web, workload('db', 'old')]), cluster([web, db]), r2)).toEqual(['r: web -> db : all new (1)']);
    expect(blocks(cluster([web, db]), cluster([web, db]), r2)).toEqual(['r: web -> db : all (1)']);
  });

  it('a workload added in head breaks it anew', () => {
    expect(blocks(cluster([web]), cluster([web, db]), [rule('r', 'forbid', W('web'), W('db'))])).toEqual(['r: web -> db : all new (1)']);
  });

  it('no self pair (A-29): a rule from and to the same endpoints counts the pairs of distinct ones', () => {
    const out = blocks(cluster([web, api]), cluster([web, api]), [rule('r', 'forbid', { namespaces: ['prod'] }, { namespaces: ['prod'] })]);
    expect(out).toEqual(['r: api,web -> api,web : all (2)']);
    expect(blocks(cluster([web]), cluster([web]), [rule('r', 'forbid', W('web'), W('web'))])).toEqual([]);
  });

  it('sources whose base verdicts differ are split; sources alike share a block', () => {
    // api and web reach db on all ports in head; in base only web did (api was closed out).
    const base = cluster([web, api, db], [dbFromWeb()]);
    const head = cluster([web, api, db]);
    expect(blocks(base, head, [rule('r', 'forbid', W('web', 'api'), W('db'))])).toEqual(['r: api -> db : all new (1)', 'r: web -> db : all (1)']);
    expect(blocks(head, head, [rule('r', 'forbid', W('web', 'api'), W('db'))])).toEqual(['r: api,web -> db : all (2)']);
  });

  it('targets whose base verdicts differ are split within one source block: new first', () => {
    // web reaches api and db in head; in base db was closed.
    const base = cluster([web, api, db], [dbClosed]);
    const head = cluster([web, api, db]);
    expect(blocks(base, head, [rule('r', 'forbid', W('web'), W('api', 'db'))])).toEqual(['r: web -> api : all (1)', 'r: web -> db : all new (1)']);
    // Sources of one head class, split by base: db in base let only web in (db -> db is no pair, A-29).
    const base2 = cluster([web, api, db], [policy('db-in', 'db', 'ingress', [podsWith('web')])]);
    expect(blocks(base2, head, [rule('r', 'forbid', { namespaces: ['prod'] }, W('db'))])).toEqual(['r: api,db -> db : all new (1)', 'r: web -> db : all (1)']);
  });

  it('sources and targets of a block ascending, across the base classes they came from', () => {
    // In base, b (app y) is isolated in both directions but allowed everything: another class with
    // the same verdicts as a and c. In head all are one class.
    const ws = [workload('a', 'x'), workload('b', 'y'), workload('c', 'x'), db];
    const base = cluster(ws, [policy('y-out', 'y', 'egress', []), policy('y-in', 'y', 'ingress', [])]);
    const head = cluster(ws);
    expect(blocks(base, head, [rule('r', 'forbid', W('a', 'b', 'c'), W('db'))])).toEqual(['r: a,b,c -> db : all (3)']);
    expect(blocks(base, head, [rule('r', 'forbid', W('db'), W('a', 'b', 'c'))])).toEqual(['r: db -> a,b,c : all (3)']);
  });

  it('sorts blocks by first source, then first target, then new before pre-existing', () => {
    const base = cluster([web, api, db], [policy('db-in', 'db', 'ingress', [podsWith('api')], [80])]);
    const head = cluster([web, api, db], [policy('db-in', 'db', 'ingress', [podsWith('api'), podsWith('web')], [80, 443])]);
    // api -> db: TCP 80 before, TCP 80,443 now (new); web -> db new; the rest unchanged. Blocks are
    // per pair of head classes: api and web are two (each matches its own peer of db-in).
    expect(blocks(base, head, [rule('r', 'forbid', { namespaces: ['prod'] }, { namespaces: ['prod'] })])).toEqual([
      'r: api -> db : TCP 80,443 new (1)',
      'r: api -> web : all (1)',
      'r: db -> api : all (1)',
      'r: db -> web : all (1)',
      'r: web -> api : all (1)',
      'r: web -> db : TCP 80,443 new (1)',
    ]);
  });

  it('rules in the order given, each with its blocks', () => {
    const c = cluster([web, db]);
    const rs = [rule('b', 'forbid', W('db'), W('web'), null, 9), rule('a', 'forbid', W('web'), W('db'), null, 3)];
    expect(blocks(c, c, rs)).toEqual(['b: db -> web : all (1)', 'a: web -> db : all (1)']);
  });
});

describe('evaluateRules: forbid with named ports of unknown number (issue 11)', () => {
  // A stand-in-like destination whose port "http" has no known number (an atom above 65535).
  const atom = MIN_NAMED_PORT + 7;
  const unknown: Workload = { ...workload('db'), ports: [{ name: 'http', port: atom, protocol: 'TCP' }] };
  const namedOnly = policy('db-in', 'db', 'ingress', [podsWith('web')]);
  const named = { ...namedOnly, ingress: [{ ...namedOnly.ingress[0]!, ports: [{ protocol: 'TCP' as const, port: 'http' }] }] };

  it('a named port allowed may be any of the rule\'s ports of its protocol: reported', () => {
    const { violations } = run(cluster([web, unknown], [dbClosed]), cluster([web, unknown], [named]), [rule('r', 'forbid', W('web'), W('db'), TCP(3306))]);
    expect(violations.map((v) => [v.ports.TCP, v.ports.UDP, v.isNew])).toEqual([[[[atom, atom]], [], true]]);
    // A rule of another protocol only: the TCP name is not one of its ports.
    const udp = connsOf('UDP', [[53, 53]]);
    expect(run(cluster([web, unknown], [dbClosed]), cluster([web, unknown], [named]), [rule('r', 'forbid', W('web'), W('db'), udp)]).violations).toEqual([]);
  });

  it('every port allowed (names included): the rule\'s numbers, nothing more', () => {
    const { violations } = run(cluster([web, unknown], [dbClosed]), cluster([web, unknown]), [rule('r', 'forbid', W('web'), W('db'), TCP(3306))]);
    expect(violations.map((v) => [v.ports.TCP, v.ports.UDP, v.ports.SCTP])).toEqual([[[[3306, 3306]], [], []]]);
  });

  it('a require rule asks for numbers: a name does not meet one', () => {
    const { violations } = run(cluster([web, unknown], [named]), cluster([web, unknown], [named]), [rule('r', 'require', W('web'), W('db'), TCP(80))]);
    expect(violations.map((v) => formatConns(v.ports))).toEqual(['TCP 80']);
  });
});

describe('evaluateRules: require', () => {
  it.each([
    ['no ports, something allowed: kept', null, [443], null],
    ['no ports, nothing allowed: broken on any port', null, null, 'all'],
    ['ports all allowed: kept', TCP(80, 443), [80, 443], null],
    ['ports partly allowed: the missing ones', TCP(80, 443), [443], 'TCP 80'],
    ['ports none allowed: all of them', TCP(80, 443), null, 'TCP 80,443'],
  ])('%s', (_what, ports, allowed, missing) => {
    const head = cluster([web, db], [allowed ? dbFromWeb(...allowed) : dbClosed]);
    const out = blocks(head, head, [rule('r', 'require', W('web'), W('db'), ports)]);
    expect(out).toEqual(missing ? [`r: web -> db : ${missing} (1)`] : []);
  });

  it('messages: the missing ports, or "at all"', () => {
    const head = cluster([web, db], [dbClosed]);
    expect(messages(head, head, [rule('needs http', 'require', W('web'), W('db'), TCP(80))])).toEqual(['prod/web[Deployment] cannot reach prod/db[Deployment] on TCP 80, which rule "needs http" requires']);
    expect(messages(head, head, [rule('needs a flow', 'require', W('web'), W('db'))])).toEqual(['prod/web[Deployment] cannot reach prod/db[Deployment] at all, but rule "needs a flow" requires a flow']);
  });

  it('a rule that applies to no pair in head is a violation on no pair: new when base had a pair', () => {
    const r = [rule('r', 'require', W('web'), W('db'), TCP(80))];
    const { violations } = run(cluster([web, db]), cluster([web]), r);
    expect(violations.map((v) => [v.sources, v.targets, v.pairs, formatConns(v.ports), v.isNew])).toEqual([[[], [], 0, 'TCP 80', true]]);
    expect(violations[0]!.message).toBe(
      'rule "r" requires a flow, but its to (workload db) matches nothing after the change; a renamed or removed workload must not turn the rule into a pass',
    );
    const still = run(cluster([web]), cluster([web]), [rule('r', 'require', W('web'), W('db'))]).violations;
    expect(still.map((v) => [v.pairs, formatConns(v.ports), v.isNew])).toEqual([[0, 'all', false]]);
  });

  it('says which ends match nothing, or that they meet on no pair of distinct endpoints', () => {
    const c = cluster([web, db]);
    expect(messages(c, c, [rule('r', 'require', W('nobody'), W('db'))])[0]).toContain('but its from (workload nobody) matches nothing after the change;');
    expect(messages(c, c, [rule('r', 'require', W('nobody'), W('none'))])[0]).toContain('but its from (workload nobody) and its to (workload none) match nothing after the change;');
    expect(messages(c, c, [rule('r', 'require', W('web'), W('web'))])[0]).toContain(
      'but its from and to match no pair of distinct endpoints (that are not both external addresses) after the change;',
    );
    // Two external ends: no flow between them.
    expect(messages(c, c, [rule('r', 'require', { cidrs: [cidr('10.0.0.0/8')] }, { cidrs: [cidr('0.0.0.0/0')] })])[0]).toContain('match no pair of distinct endpoints');
  });
});

describe('evaluateRules: a forbid rule whose named workloads are gone in head', () => {
  it('fails as new, naming the end that emptied', () => {
    const r = [rule('r', 'forbid', W('web'), W('db'))];
    const { violations } = run(cluster([web, db]), cluster([web]), r);
    expect(violations.map((v) => [v.sources, v.targets, v.pairs, formatConns(v.ports), v.isNew])).toEqual([[[], [], 0, 'all', true]]);
    expect(violations[0]!.message).toBe(
      'rule "r" forbids a flow, but its to (workload db) matched prod/db[Deployment] in base and matches nothing now; a renamed or removed workload must not turn the rule into a pass: update the rules on the base branch first',
    );
    const ported = run(cluster([web, db]), cluster([db]), [rule('r', 'forbid', W('web'), W('db'), TCP(80))]).violations;
    expect(ported.map((v) => [formatConns(v.ports), v.message.slice(0, 55)])).toEqual([['TCP 80', 'rule "r" forbids a flow, but its from (workload web) ma']]);
  });

  it('both ends emptied: each named, one after the other', () => {
    expect(messages(cluster([web, db]), cluster([]), [rule('r', 'forbid', W('web'), W('db'))])).toEqual([
      'rule "r" forbids a flow, but its from (workload web) matched prod/web[Deployment] in base and matches nothing now; its to (workload db) matched prod/db[Deployment] in base and matches nothing now; a renamed or removed workload must not turn the rule into a pass: update the rules on the base branch first',
    ]);
  });

  it('names up to three ids of base, ascending across classes, then how many more', () => {
    // a, c and e share a class in base, b and d another (a policy isolates app=y): ids come sorted.
    const ws = (apps: string[]) => ['a', 'b', 'c', 'd', 'e'].map((n, i) => workload(n, apps[i]));
    const base = cluster([...ws(['x', 'y', 'x', 'y', 'x']), db], [policy('y-out', 'y', 'egress', [])]);
    const head = cluster([db]);
    const text = (names: string[]) => messages(base, head, [rule('r', 'forbid', W(...names), W('db'))])[0]!.replace(/\[Deployment\]/g, '');
    expect(text(['a', 'b', 'c'])).toContain('its from (workload a or b or c) matched prod/a, prod/b, prod/c in base and matches nothing now;');
    expect(text(['a', 'b', 'c', 'd'])).toContain('matched prod/a, prod/b, prod/c and 1 more in base');
    expect(text(['a', 'b', 'c', 'd', 'e'])).toContain('matched prod/a, prod/b, prod/c and 2 more in base');
  });

  it('ends that still match but on no pair: says so', () => {
    // The rule's ends now meet only on web itself.
    const lone = run(cluster([web, db]), cluster([web]), [rule('r', 'forbid', W('web', 'db'), W('web', 'db'))]).violations;
    expect(lone.map((v) => v.message)).toEqual([
      'rule "r" forbids a flow, but it matched pairs of endpoints in base and matches no pair now; a renamed or removed workload must not turn the rule into a pass: update the rules on the base branch first',
    ]);
  });

  it('a rule that names no workload, or that had no pair in base either, passes', () => {
    expect(run(cluster([web, db]), cluster([web]), [rule('r', 'forbid', { namespaces: ['prod'] }, { kinds: ['Deployment'] })]).violations).toEqual([]);
    expect(run(cluster([web]), cluster([web]), [rule('r', 'forbid', W('web'), W('db'))]).violations).toEqual([]);
    expect(run(cluster([web, db]), cluster([web]), [rule('r', 'forbid', { namespaces: ['prod'] }, W('db'))]).violations.map((v) => v.isNew)).toEqual([true]);
  });
});

describe('evaluateRules: external ranges', () => {
  const egress = (...cidrs: string[]) => policy('web-out', 'web', 'egress', cidrs.map((c) => ipBlock(c)));

  it('a workload and an external range are a pair: a require rule to a CIDR applies', () => {
    const c = cluster([web], [egress('10.0.0.0/8')]);
    expect(blocks(c, c, [rule('r', 'require', W('web'), { cidrs: [cidr('10.0.0.0/8')] })])).toEqual([]);
    expect(blocks(c, c, [rule('r', 'require', { cidrs: [cidr('192.168.0.0/16')] }, W('web'))])).toEqual([]);
    expect(blocks(c, c, [rule('r', 'require', W('web'), { cidrs: [cidr('192.168.0.0/16')] })])).toEqual(['r: web -> 192.168.0.0/16 : all (1)']);
  });

  it('a require rule over every endpoint asks nothing of two external ranges (they are no flow)', () => {
    const c = cluster([web]);
    expect(blocks(c, c, [rule('r', 'require', { any: true }, { any: true })])).toEqual([]);
    expect(blocks(c, c, [rule('r', 'require', { cidrs: [cidr('0.0.0.0/0')] }, { any: true })])).toEqual([]);
  });

  it('a workload to a rule CIDR it reaches; two external ranges are never a pair', () => {
    const c = cluster([web], [egress('10.0.0.0/8')]);
    expect(blocks(c, c, [rule('r', 'forbid', W('web'), { cidrs: [cidr('10.0.0.0/8')] })])).toEqual(['r: web -> 10.0.0.0/8 : all (1)']);
    expect(blocks(c, c, [rule('r', 'forbid', { any: true }, { cidrs: [cidr('0.0.0.0/0')] })])).toEqual(['r: web -> 10.0.0.0/8 : all (1)']);
    expect(blocks(c, c, [rule('r', 'forbid', { cidrs: [cidr('0.0.0.0/0'), cidr('::/0')] }, { any: true })])).toEqual([
      // Blocks are per class: the ranges web's policy does not name are one.
      'r: 0.0.0.0-9.255.255.255,11.0.0.0-255.255.255.255,::/0 -> web : all (3)',
      'r: 10.0.0.0/8 -> web : all (1)',
    ]);
  });

  it('a range that reaches beyond the rule CIDR is named with the part the rule is about', () => {
    const c = cluster([web], [egress('10.0.0.0/8')]);
    const { violations } = run(c, c, [rule('r', 'forbid', W('web'), { cidrs: [cidr('10.1.0.0/16')] })]);
    expect(violations.map((v) => v.message)).toEqual(['prod/web[Deployment] can reach 10.1.0.0/16 on any port, which rule "r" forbids']);
    expect(ruleBoundaries([rule('r', 'forbid', { cidrs: [cidr('10.1.0.0/16')] }, { cidrs: [cidr('::/0'), cidr('10.2.0.0/16')] })]).map((r) => r.lo)).toEqual([
      cidr('10.1.0.0/16').range.lo,
      cidr('::/0').range.lo,
      cidr('10.2.0.0/16').range.lo,
    ]);
  });
});

describe('violation sentences', () => {
  const many = ['a', 'b', 'c', 'd', 'e'].map((n) => workload(n, 'x'));
  it.each([
    [['a'], 'prod/a[Deployment]'],
    [['a', 'b', 'c'], 'prod/a[Deployment], prod/b[Deployment], prod/c[Deployment]'],
    [['a', 'b', 'c', 'd'], 'prod/a[Deployment], prod/b[Deployment] and 2 more'],
    [['a', 'b', 'c', 'd', 'e'], 'prod/a[Deployment], prod/b[Deployment] and 3 more'],
  ])('%j sources', (names, text) => {
    const c = cluster([...many, db]);
    expect(messages(c, c, [rule('r', 'forbid', W(...names), W('db'), TCP(80))])).toEqual([`${text} can reach prod/db[Deployment] on TCP 80, which rule "r" forbids`]);
  });

  it('targets likewise, and "any port" for every port', () => {
    const c = cluster([...many, web]);
    expect(messages(c, c, [rule('r', 'forbid', W('web'), W('a', 'b', 'c', 'd'))])).toEqual(['prod/web[Deployment] can reach prod/a[Deployment], prod/b[Deployment] and 2 more on any port, which rule "r" forbids']);
  });
});

describe('blocks', () => {
  it('blockPairCount: sources × targets less the endpoints in both (A-29)', () => {
    expect(blockPairCount([0, 1], [2, 3, 4])).toBe(6);
    expect(blockPairCount([0, 1, 2], [1, 2, 3])).toBe(7);
    expect(blockPairCount([0], [0])).toBe(0);
    expect(blockPairCount([], [1])).toBe(0);
  });

  it('violationBlock: null for a block of no pair, else the block with its sentence', () => {
    const { diff } = run(cluster([web, db]), cluster([web, db]), []);
    const r = rule('r', 'forbid', W('web'), W('db'));
    expect(violationBlock(r, diff.endpoints, [0], [0], TCP(80), true)).toBeNull();
    expect(violationBlock(r, diff.endpoints, [1], [0], TCP(80), false)).toEqual({ rule: r, sources: [1], targets: [0], pairs: 1, ports: TCP(80), isNew: false, message: 'prod/web[Deployment] can reach prod/db[Deployment] on TCP 80, which rule "r" forbids' });
  });
});
