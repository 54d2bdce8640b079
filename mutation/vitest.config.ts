import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant of the pure core (`npm run mutation`): the unit
 * tables, golden files, conformance suites and property tests of the core, with the
 * engine-equivalence property test in its fast fixed-seed variant. Suites that run the built
 * bundle (dist/ is not rebuilt per mutant) or talk to a fake GitHub are left out.
 */
export default defineConfig({
  test: {
    include: ['test/{model,yaml,manifests,engine,diff,rules,report,conformance}/**/*.test.ts', 'test/mutation/**/*.test.ts'],
    env: { FLOWGATE_RUNS: '40', FLOWGATE_SEED: '20261130' },
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
