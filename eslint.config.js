// ESLint with typescript-eslint: one tool for the whole repository.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'scratch/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off', // defuse() and escapeNonAscii() match control and non-ASCII ranges on purpose
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Shipped code: page text is data, never markup. (Tests may read innerHTML to check a page.)
    files: ['src/**', 'entrypoints/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Page text is data, never markup: use textContent or Preact.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Page text is data, never markup.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Page text is data, never markup.' },
      ],
    },
  },
  {
    // Auto-imported WXT globals in entrypoints.
    files: ['entrypoints/**'],
    languageOptions: { globals: { defineBackground: 'readonly', defineContentScript: 'readonly', defineUnlistedScript: 'readonly' } },
  },
);
