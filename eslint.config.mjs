// Lint: strict TypeScript with type information, no unsanitised DOM sinks,
// and the context boundaries (the core imports no DOM or browser code and no
// context; shared code imports no context; no context imports another; the
// content script's scanner imports nothing from its tooltip).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
// @ts-expect-error -- the plugin ships no types
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

// The boundaries, matched at any depth: `**/shared` catches '../shared/x',
// '../../shared' and './../../shared/x' alike (tests/unit/lint/boundaries.test.ts
// plants such imports two folders down and expects the error). A later config
// object replaces an earlier one's no-restricted-imports, so each zone lists
// all of its own groups.
/** @param {string[]} folders */
const anyDepth = (...folders) => folders.flatMap((folder) => [`**/${folder}`, `**/${folder}/**`]);
/**
 * @param {string} message
 * @param {{ group: string[], message?: string }[]} groups
 * @returns {import('eslint').Linter.RulesRecord}
 */
const boundary = (message, ...groups) => ({
  'no-restricted-imports': [
    /** @type {const} */ ('error'),
    { patterns: groups.map((group) => ({ ...group, message: group.message ?? message })) },
  ],
});
const OTHER_THAN_CONTENT = anyDepth('background', 'popup', 'options');

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'screenshots/', 'tests/fixtures/ner/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // The tests' .mjs tools are outside tsconfig.json (checkJs would check them); lint them on their own.
        // The test tools in .mjs are outside tsconfig.json (not type-checked yet): linted in the default
        // project, whose file count typescript-eslint caps at 8 unless raised.
        projectService: {
          allowDefaultProject: ['tests/bench/*.mjs', 'tests/e2e/real/*.mjs'],
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 16,
        },
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
      ...boundary('The core is pure: no browser API, no context.', {
        group: ['webextension-polyfill', ...anyDepth('shared', 'content', 'background', 'popup', 'options')],
      }),
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
    files: ['src/shared/**/*.ts'],
    rules: boundary('Shared code serves every context and imports none of them.', {
      group: anyDepth('content', 'background', 'popup', 'options'),
    }),
  },
  {
    files: ['src/content/**/*.ts'],
    rules: boundary('The content script imports nothing from other contexts.', { group: OTHER_THAN_CONTENT }),
  },
  {
    // The pipeline before the card: scanning, mentions and painting never reach into the tooltip.
    files: ['src/content/scan/**/*.ts', 'src/content/mentions/**/*.ts', 'src/content/paint/**/*.ts'],
    rules: boundary(
      'The content script imports nothing from other contexts.',
      { group: OTHER_THAN_CONTENT },
      {
        group: anyDepth('tooltip'),
        message: 'The scanner, mentions and painter know nothing of the tooltip.',
      },
    ),
  },
  {
    files: ['src/background/**/*.ts'],
    rules: {
      ...boundary('The background imports nothing from other contexts.', {
        group: anyDepth('content', 'popup', 'options'),
      }),
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'XMLHttpRequest'],
    },
  },
  {
    files: ['src/popup/**/*.ts'],
    rules: boundary('Pages talk to other contexts through messages only.', {
      group: anyDepth('content', 'background', 'options'),
    }),
  },
  {
    files: ['src/options/**/*.ts'],
    rules: boundary('Pages talk to other contexts through messages only.', {
      group: anyDepth('content', 'background', 'popup'),
    }),
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
