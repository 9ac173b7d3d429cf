/**
 * The context boundaries of eslint.config.mjs hold at any depth: imports
 * planted two folders down, in files that do not exist, are linted with the
 * project's own config (only its import rules, without type information, so
 * a planted file needs no place in the TypeScript project).
 */
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({
  cwd: new URL('../../..', import.meta.url).pathname,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
});

/** The rule ids reported for a file at `filePath` that imports `from`. */
async function lintImport(filePath: string, from: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(`import { a } from '${from}';\nexport const b = a;\n`, { filePath });
  return result?.messages.map((message) => message.ruleId) ?? ['no result'];
}

const FORBIDDEN: [string, string][] = [
  ['src/core/match/x.ts', '../../shared/storage'],
  ['src/core/match/x.ts', '../../shared'],
  ['src/core/match/x.ts', './../../shared/messages'],
  ['src/core/match/x.ts', '../../content/paint/painter'],
  ['src/core/dictionary/x.ts', 'webextension-polyfill'],
  ['src/shared/x.ts', '../content/page/routes'],
  ['src/shared/deep/x.ts', '../../popup/app'],
  ['src/content/tooltip/x.ts', '../../background/badge'],
  ['src/content/page/x.ts', '../../options/app'],
  ['src/content/scan/x.ts', '../tooltip/host'],
  ['src/content/scan/x.ts', '../tooltip'],
  ['src/content/paint/x.ts', '../../content/tooltip/render'],
  ['src/background/deep/x.ts', '../../content/page/routes'],
  ['src/popup/deep/x.ts', '../../background/badge'],
  ['src/popup/deep/x.ts', '../../options/app'],
  ['src/options/deep/x.ts', '../../content/tooltip'],
];

const PERMITTED: [string, string][] = [
  ['src/core/match/x.ts', '../dictionary/types'],
  ['src/shared/x.ts', '../core/settings'],
  ['src/content/tooltip/x.ts', '../../shared/messages'],
  ['src/content/tooltip/x.ts', '../mentions/mention-index'],
  ['src/content/page/x.ts', '../tooltip'],
  ['src/content/scan/x.ts', '../page/own-ui'],
  ['src/background/deep/x.ts', '../../shared/router'],
  ['src/popup/deep/x.ts', '../../core/summary/summarise'],
];

describe('boundaries at any depth', () => {
  test.each(FORBIDDEN)('%s may not import %s', async (file, from) => {
    expect(await lintImport(file, from)).toEqual(['no-restricted-imports']);
  });

  test.each(PERMITTED)('%s may import %s', async (file, from) => {
    expect(await lintImport(file, from)).toEqual([]);
  });
});
