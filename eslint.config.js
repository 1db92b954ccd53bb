// Lint rules for the whole repository (npm run lint, run by .ci/run, first runs `tsc --noEmit` so a
// type error fails CI once, not in both test runs). Type-aware rules are left out on purpose: tsc
// already checks types, and type-aware linting doubles the time on 2 cores.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/**', '.data/**', 'var/**', 'test-artifacts/**', 'coverage/**', 'knowledge/search/index-snapshot/**', 'server/webchat/assets/**', '**/*.min.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.js'],
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'import-x/no-duplicates': 'error',
      'import-x/first': 'error',
      'import-x/no-self-import': 'error',
      'import-x/order': ['error', { groups: ['builtin', 'external', ['parent', 'sibling', 'index']], 'newlines-between': 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    // Tests build deliberately invalid inputs (a rules file with a wrong operator) and read untyped
    // JSON responses; product code keeps the rule.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Browser code shipped to the page.
    files: ['server/webchat/**/*.js', 'server/console/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
