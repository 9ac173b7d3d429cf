/**
 * The seed article, read from the repository's own fixture so that a clone
 * alone passes `npm test`: Aleksandr Shustov, "Russian Presence on Tajik
 * Border", Strategic Culture Foundation, 29 November 2010.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Where the fixture lives, inside the repository. */
export const SEED_PATH = path.resolve(import.meta.dirname, '../fixtures/seed/000_fd3c8e1caedc3321.txt');

/** The text of the seed article (the file holds it twice, the first time with its header lines). */
export function readSeedArticle(): string {
  return fs.readFileSync(SEED_PATH, 'utf8');
}
