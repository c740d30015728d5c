// Lint: TypeScript's recommended rules and React's rules of hooks, both as errors, in CI; and no
// English literal in a component (its words come from the message catalog, src/i18n).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import atlas from './scripts/lint/no-english-literal.js';

export default tseslint.config(
  // The mutation run's sandbox (.stryker-tmp/, a copy of the tree) and its report are not our sources.
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'public/**', 'bench/**', 'coverage/**', '.stryker-tmp/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // React's recommended set, every rule an error (its warnings included).
      ...Object.fromEntries(Object.keys(reactHooks.configs.flat.recommended.rules).map((rule) => [rule, 'error'])),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { atlas },
    rules: { 'atlas/no-english-literal': 'error' },
  },
);
