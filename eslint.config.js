import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.stryker-tmp/', 'reports/', 'test/conformance/k8s-e2e/', 'test/conformance/np-guard/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // The pure core imports no I/O, no GitHub client and no process state (STYLE.md: arrows point inward).
    files: ['src/model/**', 'src/yaml/**', 'src/manifests/**', 'src/engine/**', 'src/diff/**', 'src/rules/**', 'src/report/**', 'src/analysis-result.ts', 'src/analyze.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', '@actions/*', '@octokit/*', 'fs', 'path', 'child_process'] }],
      'no-restricted-globals': ['error', 'process'],
    },
  },
  {
    // Small functions in the pure core (issue 9): no function over 80 lines, blank lines and
    // comments not counted.
    files: ['src/model/**', 'src/yaml/**', 'src/manifests/**', 'src/engine/**', 'src/diff/**', 'src/rules/**', 'src/report/**', 'src/analyze.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
);
