/**
 * A vitest suite over the saved real pages (tests/support/saved-pages.mjs):
 * it runs when there are pages, and otherwise is reported as skipped, after
 * one line that says which suite and why.
 */
import { describe, test } from 'vitest';
import { savedPages, skipLine, type SavedPage } from './saved-pages.mjs';

export type { SavedPage };

/** Declares the suite `title` over every saved page, or a skipped stand-in for it when there are none. */
export function describeSavedPages(title: string, body: (pages: SavedPage[]) => void): void {
  const pages = savedPages();
  if (pages.length > 0) {
    describe(title, () => {
      body(pages);
    });
    return;
  }
  console.warn(skipLine(title));
  describe.skip(title, () => {
    test('every saved page', () => undefined);
  });
}
