// The real saved pages (NAME/source.html), which live outside the repository
// and are optional: every suite over them finds them here. They are read from
// $BACKSTORY_PAGES, else from ../shared/pages beside the repository. When
// neither holds any, a suite says so in one line and its tests are skipped;
// when $BACKSTORY_PAGES names a folder without pages, that is a mistake, and
// the suite fails instead of skipping.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The environment variable that names the folder of saved pages. */
export const PAGES_ENV = 'BACKSTORY_PAGES';

/** The folder the saved pages are read from: $BACKSTORY_PAGES, else ../shared/pages beside the repository. */
export const PAGES_DIR = process.env[PAGES_ENV] || path.resolve(root, '../shared/pages');

/** @typedef {{ name: string, file: string }} SavedPage One saved page: its folder's name and its source.html. */

/**
 * Every saved page in `dir`, sorted by name; empty when there is none.
 * @param {string} [dir]
 * @returns {SavedPage[]}
 */
export function savedPages(dir = PAGES_DIR) {
  const pages = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .sort()
        .map((name) => ({ name, file: path.join(dir, name, 'source.html') }))
        .filter((page) => fs.existsSync(page.file))
    : [];
  if (pages.length === 0 && process.env[PAGES_ENV]) {
    throw new Error(`${PAGES_ENV} is set, but ${dir} holds no saved pages (NAME/source.html).`);
  }
  return pages;
}

/**
 * The one line a suite over the saved pages prints when there are none.
 * @param {string} suite
 * @returns {string}
 */
export function skipLine(suite) {
  return `Skipped: ${suite}: no saved pages at ${PAGES_DIR} (they are optional; set ${PAGES_ENV} to a folder of NAME/source.html).`;
}
