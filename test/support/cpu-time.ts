import { appendFileSync, readFileSync } from 'node:fs';
import { afterAll, expect } from 'vitest';

/**
 * Setup file used by `npm run test:cpu` (scripts/test-cpu.mjs) only: it records the CPU time
 * (user + system) each test file costs, the test process's own and that of the child processes
 * it waited for (the action and the CLI run as `node dist/…`, git), and appends one JSON line per
 * file to FLOWGATE_TEST_CPU. Children's time comes from /proc (Linux); elsewhere only the test
 * process's own time is counted.
 */
const out = process.env.FLOWGATE_TEST_CPU;

interface Cpu {
  user: number;
  system: number;
  childUser: number;
  childSystem: number;
}

const TICKS_PER_SECOND = 100;

function childTicks(): [number, number] {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the parenthesised command name; cutime and cstime are fields 16 and 17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return [Number(fields[13]) / TICKS_PER_SECOND, Number(fields[14]) / TICKS_PER_SECOND];
  } catch {
    return [0, 0];
  }
}

function now(): Cpu {
  const own = process.cpuUsage();
  const [childUser, childSystem] = childTicks();
  return { user: own.user / 1e6, system: own.system / 1e6, childUser, childSystem };
}

const start = now();

afterAll(() => {
  if (out === undefined || out === '') return;
  const end = now();
  const file = expect.getState().testPath ?? 'unknown test file';
  const line = {
    file,
    user: end.user - start.user + end.childUser - start.childUser,
    system: end.system - start.system + end.childSystem - start.childSystem,
    children: end.childUser - start.childUser + end.childSystem - start.childSystem,
  };
  appendFileSync(out, `${JSON.stringify(line)}\n`);
});
