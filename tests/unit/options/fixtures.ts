/** Reads the import fixtures of tests/fixtures/import. */
import fs from 'node:fs';
import path from 'node:path';
import type { Dictionary } from '../../../src/core/dictionary/types';

/** The folder of the import fixtures. */
export const IMPORT_FIXTURES = path.join(import.meta.dirname, '../../fixtures/import');

/** The text of one fixture file. */
export function fixtureText(name: string): string {
  return fs.readFileSync(path.join(IMPORT_FIXTURES, name), 'utf8');
}

/** A fixture that is a valid dictionary. */
export function fixtureDictionary(name: string): Dictionary {
  return JSON.parse(fixtureText(name)) as Dictionary;
}

/** A small stand-in for the bundled dictionary, so these tests do not depend on its contents. */
export const BUNDLED: Dictionary = {
  schemaVersion: 1,
  id: 'bundled-test',
  name: 'Bundled (test)',
  entities: [
    {
      id: 'dushanbe',
      type: 'place',
      name: 'Dushanbe',
      aliases: [{ text: 'Dushanbe', match: 'standalone', caseSensitive: false }],
      role: 'Capital of Tajikistan',
      background: 'Dushanbe is the capital of Tajikistan.',
      quotes: [],
      related: [],
    },
  ],
};
