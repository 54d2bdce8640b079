import { defineConfig } from 'vitest/config';

/**
 * Every project shares one module graph among its files (isolate: false): a fresh worker and
 * fresh imports per file cost about 0.8 CPU-second each. So no suite mocks modules (vi.mock), and
 * each puts back whatever process-wide state it changes (process.env, the current directory,
 * spies, process.exitCode, servers) before it ends.
 *
 * The core's suites: no server, no change to process.env or the current directory, no dist/.
 */
const CORE = ['model', 'yaml', 'manifests', 'engine', 'diff', 'rules', 'report', 'conformance'].map((d) => `test/${d}/**/*.test.ts`);

/**
 * The suites that answer HTTP with nock (a new one goes on this list): they refuse every real connection (nock.disableNetConnect),
 * which the fake GitHub API on 127.0.0.1 of the other io suites needs, so they share a graph
 * among themselves only.
 */
const NOCK = ['test/github/**/*.test.ts', 'test/security/github-faults.test.ts', 'test/action/read-sides.test.ts', 'test/action/environments-api-base.test.ts'];

export default defineConfig({
  test: {
    // `npm run test:cpu` (scripts/test-cpu.mjs) records each file's CPU time.
    setupFiles: process.env.FLOWGATE_TEST_CPU ? ['test/support/cpu-time.ts'] : [],
    // No test depends on wall-clock time: property tests are bounded by run counts and the
    // end-to-end runs by what they do. These limits only stop a hung test; a loaded 2-core CI
    // machine must never fail a correct run because it was slow.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // A larger young generation: the engine and the property tests allocate many short-lived
    // objects, and fewer scavenges cut CPU time (and system time) by about a quarter.
    execArgv: ['--max-semi-space-size=32'],
    projects: [
      { extends: true, test: { name: 'core', include: CORE, isolate: false } },
      // Builds dist/ once for the suites that run dist/index.js and dist/cli.js.
      { extends: true, test: { name: 'io', include: ['test/**/*.test.ts'], exclude: [...CORE, ...NOCK], isolate: false, globalSetup: ['test/global-setup.ts'] } },
      { extends: true, test: { name: 'nock', include: NOCK, isolate: false } },
    ],
  },
});
