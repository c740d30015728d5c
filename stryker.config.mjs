// Mutation testing of the guards (`npm run mutation`, not part of `npm test` or CI): StrykerJS changes
// the address parser, selection parsing, the embed parameters and messages and the origin check one
// small mutation at a time, and a mutant the unit tests do not notice is a guard they do not check.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'stryker.vitest.config.ts' },
  mutate: ['src/state/url.ts', 'src/state/selection.ts', 'src/embed/params.ts', 'src/embed/messages.ts'],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  // Two cores shared with the rest of the machine.
  concurrency: 2,
  thresholds: { high: 90, low: 80, break: 80 },
  tempDirName: '.stryker-tmp',
  // The sandbox needs the sources and tests, not the builds, the docs or the vendored data.
  ignorePatterns: ['dist', 'dist-e2e', 'dist-single', 'docs', 'reports', 'bench', '.stryker-tmp'],
};
