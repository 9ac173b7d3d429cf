/**
 * The article engine lives in the background bundle only: the content
 * script's first load must not grow by it (issue 14).
 */
import path from 'node:path';
import * as esbuild from 'esbuild';
import { describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

async function inputsOf(entry: string): Promise<string[]> {
  const result = await esbuild.build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    write: false,
    metafile: true,
    format: 'iife',
    external: ['backstory:*'],
    define: { __VERSION__: '"0"' },
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('bundles', () => {
  test('the content script holds no part of the article engine; the background does', async () => {
    const content = await inputsOf('src/content/index.ts');
    expect(content.some((file) => file.startsWith('src/content/article/'))).toBe(true);
    expect(content.filter((file) => file.startsWith('src/core/ner/'))).toEqual([]);
    const background = await inputsOf('src/background/index.ts');
    expect(background).toContain('src/core/ner/extract.ts');
  });
});
