import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { extractEntities } from '../../../src/core/ner/extract';
import type { Dictionary } from '../../../src/core/dictionary/types';
import { readSeedArticle } from '../../support/seed';

const bundled = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, '../../../assets/dictionary/backstory.json'), 'utf8'),
) as Dictionary;
const found = extractEntities(readSeedArticle());
const fold = (s: string): string => s.toLowerCase().replace(/[`’]/gu, "'");
const formsOf = (e: { name: string; aliases: string[] }): string[] => [e.name, ...e.aliases].map(fold);

test.each(
  bundled.entities
    .filter((e) => e.type === 'person' || e.type === 'organisation')
    .map((e) => [e.type, e.name, e]),
)('the seed article keeps the %s %s', (type, _name, entity) => {
  const aliases = new Set(entity.aliases.map((a) => fold(a.text)));
  const match = found.find((f) => formsOf(f).some((form) => aliases.has(form)));
  expect(match?.type).toBe(type);
});

test('the seed article drafts no entity that the bundled dictionary does not know', () => {
  const known = new Set(bundled.entities.flatMap((e) => e.aliases.map((a) => fold(a.text))));
  expect(found.filter((f) => !formsOf(f).some((form) => known.has(form))).map((f) => f.name)).toEqual([]);
});
