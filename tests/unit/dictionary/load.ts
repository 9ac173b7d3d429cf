/**
 * Loads what the dictionary tests read: fixtures, the bundled dictionary, its
 * schema, and the seed article, which lives outside the repository.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dictionary } from '../../../src/core/dictionary/types';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../../..');
const fixtures = path.join(repoRoot, 'tests/fixtures/dictionaries');

/** The seed article: $BACKSTORY_SEED, else ../shared/seed/ beside the repository. */
export const SEED_PATH =
  process.env.BACKSTORY_SEED ?? path.resolve(repoRoot, '../shared/seed/000_fd3c8e1caedc3321.txt');

/** The text of the seed article; throws a clear error when the file is missing. */
export function readSeedArticle(): string {
  if (!fs.existsSync(SEED_PATH)) {
    throw new Error(
      `The seed article is missing at ${SEED_PATH}. The dictionary tests check quotes and figures against it: ` +
        'put the article there or point $BACKSTORY_SEED at it.',
    );
  }
  return fs.readFileSync(SEED_PATH, 'utf8');
}

/** Parses a JSON file of the repository. */
export function readJson(relative: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, relative), 'utf8')) as unknown;
}

/** The bundled dictionary as stored (the tests validate it before relying on its shape). */
export function readBundled(): Dictionary {
  return readJson('assets/dictionary/backstory.json') as Dictionary;
}

/** What a golden invalid fixture expects: one issue, and whether the JSON Schema refuses it too. */
export interface InvalidFixture {
  name: string;
  expected: { path: string; message: string; schemaRefuses: boolean };
  dictionary: unknown;
}

/** Every golden invalid dictionary, by file name. */
export function invalidFixtures(): InvalidFixture[] {
  const dir = path.join(fixtures, 'invalid');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({
      name: file.replace(/\.json$/, ''),
      ...(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Omit<InvalidFixture, 'name'>),
    }));
}

/** Every valid fixture dictionary, by file name. */
export function validFixtures(): { name: string; dictionary: unknown }[] {
  const dir = path.join(fixtures, 'valid');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({
      name: file,
      dictionary: JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as unknown,
    }));
}
