// `npm run test:cpu [-- <vitest filters>]`: runs the test suite as `npm test` does and prints the
// CPU time (user + system, the test files' own and their child processes') of each test file,
// costliest first, then the whole run's CPU time as the kernel counts it (vitest, its workers,
// every process they spawned). The budget for the whole `npm test` is 3 CPU-minutes
// (README, "Development").
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BUDGET_SECONDS = 180;
const root = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'flowgate-test-cpu-'));
const out = path.join(dir, 'files.jsonl');

const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', ...process.argv.slice(2)], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, FLOWGATE_TEST_CPU: out },
});
const total = childCpuSeconds();

let rows = [];
try {
  rows = readFileSync(out, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
} catch {
  // No test file finished: print the total only.
}
rmSync(dir, { recursive: true, force: true });

rows.sort((a, b) => b.user + b.system - (a.user + a.system));
const fmt = (s) => s.toFixed(1).padStart(7);
console.log('\nCPU seconds per test file (user + system; "spawned" = child processes)');
console.log(`${'total'.padStart(7)}${'user'.padStart(7)}${'system'.padStart(7)}${'spawned'.padStart(8)}  file`);
let files = 0;
for (const row of rows) {
  files += row.user + row.system;
  console.log(`${fmt(row.user + row.system)}${fmt(row.user)}${fmt(row.system)} ${fmt(row.children)}  ${path.relative(root, row.file)}`);
}
console.log(`${fmt(files)}  sum over ${rows.length} files (worker start-up, vitest itself and the global setup are outside it)`);
if (total !== undefined) {
  console.log(`${fmt(total.user + total.system)}${fmt(total.user)}${fmt(total.system)}  whole run (budget ${BUDGET_SECONDS} s)`);
}
process.exitCode = run.status ?? 1;

/** CPU time of the vitest run: all waited-for descendants, from /proc (Linux) or getrusage. */
function childCpuSeconds() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { user: Number(fields[13]) / 100, system: Number(fields[14]) / 100 };
  } catch {
    return undefined;
  }
}
