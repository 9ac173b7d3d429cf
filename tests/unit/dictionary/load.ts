/**
 * Loads what the dictionary tests read: fixtures, the bundled dictionary, its
 * schema, and (re-exported) the seed article.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dictionary } from '../../../src/core/dictionary/types';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../../..');
const fixtures = path.join(repoRoot, 'tests/fixtures/dictionaries');

export { SEED_PATH, readSeedArticle } from '../../support/seed';

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
