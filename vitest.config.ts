import { defineConfig } from 'vitest/config';

/**
 * The core's suites: no server, no mock, no change to process.env or the current directory, no
 * dist/. They share one module graph (isolate: false), which saves the start-up and the imports
 * of a fresh one per file (about 1 CPU-second each). A suite that needs isolation goes elsewhere.
 */
const CORE = ['model', 'yaml', 'manifests', 'engine', 'diff', 'rules', 'report', 'conformance'].map((d) => `test/${d}/**/*.test.ts`);

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
      { extends: true, test: { name: 'io', include: ['test/**/*.test.ts'], exclude: CORE, globalSetup: ['test/global-setup.ts'] } },
    ],
  },
});
