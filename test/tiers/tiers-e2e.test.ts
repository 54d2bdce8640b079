import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s), isTTY: false }, cwd: path.resolve('.') };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

interface JsonChange {
  from: string[];
  to: string[];
  change: string;
  after: Record<string, [number, number][]>;
}

/** The changed pairs of a JSON report (contract v2: blocks of sources × destinations). */
function changesOf(stdout: string): (JsonChange & { from: string[] })[] {
  const j = JSON.parse(stdout) as { changes: JsonChange[] };
  return j.changes.flatMap((c) => c.from.flatMap((from) => c.to.map((to) => ({ ...c, from: [from], to: [to] }))));
}

describe('tiered cluster policies end to end (T-2 … T-6)', () => {
  it('an Admin Deny closes a flow no NetworkPolicy governs, and an Admin Accept opens one a NetworkPolicy denies', async () => {
    const { code, stdout, stderr } = await cli(['diff', 'test/fixtures/tiers/base', 'test/fixtures/tiers/head', '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const changes = changesOf(stdout).map((c) => `${c.change} ${c.from} -> ${c.to} ${JSON.stringify(c.after)}`);
    // The stand-ins (issue 11) for dev's unlisted pods and for the pods with app=web that a policy
    // names change alike: the tiered rules select them by namespace and labels as they do workloads.
    expect(changes).toEqual([
      // T-4, T-6: the Deny on dev's egress decides, whatever web's (absent) NetworkPolicy says.
      'closed dev/[all pods] -> prod/[pods with app=web] {}',
      'closed dev/[all pods] -> prod/web[Deployment] {}',
      'closed dev/tool[Deployment] -> prod/[pods with app=web] {}',
      'closed dev/tool[Deployment] -> prod/web[Deployment] {}',
      // T-4: the Accept on db's ingress overrides db-from-web for dev, on the port named pg (T-11).
      'opened dev/[all pods] -> prod/db[Deployment] {"TCP":[[5432,5432]]}',
      'opened dev/tool[Deployment] -> prod/db[Deployment] {"TCP":[[5432,5432]]}',
    ]);
  });

  it('reading a tiered policy gives no not-analysed warning', async () => {
    const { stdout } = await cli(['reach', 'test/fixtures/tiers/head', '--format', 'json']);
    expect(stdout).not.toContain('not-analysed');
  });
});
