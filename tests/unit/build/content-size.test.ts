/**
 * The size gate of the first-load content script (issue 16): the script every
 * http(s) page loads must stay at most 40 KB minified; the card's code, its
 * libraries and the entities' texts (card.js) and the article layer
 * (article.js) load only when a page first needs them.
 * Bundled here with build.mjs's own options, so no build has to run first.
 */
import * as esbuild from 'esbuild';
import { describe, expect, test } from 'vitest';
import { bundleOptions } from '../../../scripts/build-options.mjs';

/** The most the first-load content script may weigh, minified, in bytes (40 KB). */
const FIRST_LOAD_LIMIT = 40_000;

describe('the first-load content script', () => {
  test.each(['chrome', 'firefox'] as const)(
    'is at most 40 KB minified for %s',
    async (target) => {
      const result = await esbuild.build({ ...bundleOptions(target, ['content']), write: false });
      const bytes = result.outputFiles.reduce((sum, file) => sum + file.contents.byteLength, 0);
      expect(bytes).toBeGreaterThan(0);
      expect(bytes, 'see node scripts/bundle-report.mjs content').toBeLessThanOrEqual(FIRST_LOAD_LIMIT);
    },
    60_000,
  );

  test('has neither webextension-polyfill nor the article layer nor the dictionary validator', async () => {
    const result = await esbuild.build({
      ...bundleOptions('chrome', ['content']),
      write: false,
      metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((file) => file.includes('webextension-polyfill'))).toBe(false);
    expect(inputs).not.toContain('src/content/article/article-layer.ts');
    expect(inputs).not.toContain('src/core/dictionary/validate.ts');
    // The swap is real: the page bundles take the browser's own API.
    expect(inputs).toContain('src/shared/native-browser.ts');
  }, 60_000);
});
