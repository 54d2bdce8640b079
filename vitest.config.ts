import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
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
  },
});
