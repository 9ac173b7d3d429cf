// Lint: strict TypeScript with type information, no unsanitised DOM sinks,
// and the context boundaries (the core imports no DOM or browser code; the
// content script imports nothing from the other contexts).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

const browserApi = {
  group: ['webextension-polyfill', '*/shared/*', '../shared/*'],
  message: 'The core is pure: no browser API.',
};

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'screenshots/', 'tests/fixtures/ner/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'no-unsanitized': nounsanitized },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [browserApi] }],
      // The core runs in plain Node under vitest: no DOM globals.
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'location',
        'browser',
        'chrome',
        'CSS',
        'Node',
        'Element',
        'Range',
        'Highlight',
      ],
    },
  },
  {
    files: ['src/content/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['*/background/*', '*/popup/*', '*/options/*'],
              message: 'The content script imports nothing from other contexts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/background/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['*/content/*', '*/popup/*', '*/options/*'],
              message: 'The background imports nothing from other contexts.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'XMLHttpRequest'],
    },
  },
  {
    files: ['src/popup/**/*.ts', 'src/options/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['*/content/*', '*/background/*'],
              message: 'Pages talk to other contexts through messages only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'tests/**/*.ts', 'scripts/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
