/**
 * The card loads lazily (issue 16): card.js is injected by the background into
 * the content script's isolated world when the first mention is painted. The
 * first hover on a fresh page still opens the card, also under a page CSP that
 * forbids every script, and the page sees no trace of how the card came: no
 * extension URL among its resources, no script element, no global.
 */
import { describe, expect, test } from 'vitest';
import { BROWSERS } from './harness';
import { useBrowser } from './harness/vitest';
import { boxOf, hover, openPainted, waitForCard } from './tooltip-helpers';

describe.each(BROWSERS)('%s: the lazy card', (name) => {
  const fixture = useBrowser(name);

  test.each(['article.html', 'csp.html'])(
    'the first hover on a fresh page (%s) opens the card, and the page sees no trace of its loading',
    async (file) => {
      if (file === 'csp.html') {
        fixture.server.setHeaders('/tooltip/csp.html', { 'Content-Security-Policy': "default-src 'none'" });
      }
      const page = await openPainted(await fixture.session.openPage(fixture.server.url(`/tooltip/${file}`)));
      const scriptsBefore = await page.evaluate(() => document.scripts.length);
      // No wait after the first paint: the pointer comes at once, as a reader's may.
      const putin = await boxOf(page, 'Vladimir Putin');
      await hover(page, putin);
      await waitForCard(page, putin, 'the first card of a fresh page');
      const traces = await page.evaluate(() => ({
        extensionResources: performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((url) => /^(chrome|moz)-extension:/.test(url)),
        scripts: document.scripts.length,
        global: '__backstoryCard' in window,
      }));
      expect(traces).toEqual({ extensionResources: [], scripts: scriptsBefore, global: false });
      await page.close();
    },
  );
});
