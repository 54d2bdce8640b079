import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant of the pure core (`npm run mutation`): the unit
 * tables, golden files, conformance suites and property tests of the core, with the
 * engine-equivalence property test in its fast fixed-seed variant. Suites that run the built
 * bundle (dist/ is not rebuilt per mutant) or talk to a fake GitHub are left out.
 */
export default defineConfig({
  test: {
    // MUTATION_TESTS narrows the tests for a quick loop on one area, e.g. 'test/model/**/*.test.ts'.
    include: process.env.MUTATION_TESTS ? process.env.MUTATION_TESTS.split(',') : ['test/{model,yaml,manifests,engine,diff,rules,exposure,tiers,report,conformance}/**/*.test.ts'],
    env: { FLOWGATE_RUNS: '40', FLOWGATE_SEED: '20261130' },
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
