import { changedPairs } from '../../src/diff/change-pairs';
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseCluster, DEFAULT_OPTIONS, type SourceFile } from '../../src/analyze';
import { computeDiff } from '../../src/diff/compute-diff';
import { formatConns } from '../../src/model/conns';

function read(dir: string): SourceFile[] {
  return readdirSync(dir).map((f) => ({ path: `${dir}/${f}`, text: readFileSync(path.join(dir, f), 'utf8') }));
}

describe('the three-tier example (PRODUCT.md)', () => {
  it('closes web→db and all else into db, narrows api→db to TCP 3306, leaves egress alone', () => {
    const base = parseCluster(read('examples/three-tier/base'), DEFAULT_OPTIONS);
    const head = parseCluster(read('examples/three-tier/head'), DEFAULT_OPTIONS);
    const d = computeDiff(base, head);
    const rows = [...changedPairs(d)].sort((x, y) => x.from - y.from || x.to - y.to).map((c) => `${c.group.kind} ${d.endpoints[c.from]!.id} => ${d.endpoints[c.to]!.id} : ${formatConns(c.group.after)}`);
    expect(rows).toEqual([
      'narrowed prod/api[Pod] => prod/db[Pod] : TCP 3306',
      'closed prod/web[Pod] => prod/db[Pod] : none',
      'closed 0.0.0.0/0 => prod/db[Pod] : none',
      'closed ::/0 => prod/db[Pod] : none',
    ]);
    const narrowed = d.groups.find((g) => g.kind === 'narrowed')!;
    expect(narrowed.because).toContainEqual(expect.objectContaining({ policy: 'prod/allow-ingress-to-db', role: 'allows', direction: 'ingress' }));
  });
});
