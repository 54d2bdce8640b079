// @ts-check
/**
 * Mutation testing of the pure core (issue 18). `npm run mutation` runs it over every file;
 * `npm run mutation -- --mutate src/model/cidr.ts` over one. Equivalent mutants carry a
 * `// Stryker disable next-line <mutator>: <reason>` comment and are listed in
 * mutation/equivalent-mutants.md. See README "Development".
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'mutation/vitest.config.ts', related: false },
  coverageAnalysis: 'perTest',
  mutate: ['src/model/**/*.ts', 'src/yaml/**/*.ts', 'src/manifests/**/*.ts', 'src/engine/**/*.ts', 'src/diff/**/*.ts', 'src/rules/**/*.ts', 'src/exposure/**/*.ts'],
  // A 2-core machine shared with other work.
  concurrency: 2,
  // Static mutants (module-level constants: tables, patterns) need every test of the run per
  // mutant: left out by default, run with MUTATION_STATIC=1 where the file's tests are few and
  // fast (e.g. src/yaml/resolve-v2.ts, whose YAML 1.1 patterns are module-level).
  ignoreStatic: process.env.MUTATION_STATIC !== '1',
  // A mutant that loops forever is cut off soon: a timeout counts as detected.
  timeoutMS: 15_000,
  // The initial run of every core test takes minutes on a busy 2-core machine.
  dryRunTimeoutMinutes: 30,
  timeoutFactor: 1.5,
  thresholds: { high: 95, low: 90, break: null },
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  // mutation/run.mjs hands Stryker a working copy of the committed baseline, mutation/incremental.json.
  incremental: true,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
