import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Dictionary } from '../../../src/core/dictionary/types';
import { createMatcher } from '../../../src/core/match/automaton';
import { compileMatcher } from '../../../src/core/match/compile';
import { findMentions } from '../../../src/core/match/find';
import { createMatchState } from '../../../src/core/match/types';
import { readSeedArticle } from '../../support/seed';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dictionary = JSON.parse(
  readFileSync(path.join(root, 'assets/dictionary/backstory.json'), 'utf8'),
) as Dictionary;
const article = readSeedArticle();

describe('the bundled dictionary on the seed article', () => {
  const matcher = createMatcher(compileMatcher([dictionary]));
  const state = createMatchState();
  // Block by block, in document order, as the content script calls it.
  const blocks = article.split('\n');
  const found = blocks.flatMap((block, index) =>
    findMentions(block, matcher, state).map((m) => ({ ...m, block, index })),
  );

  test('every entity of the dictionary is found', () => {
    const seen = new Set(found.map((m) => m.entityId));
    expect(dictionary.entities.length).toBeGreaterThan(0);
    expect(dictionary.entities.map((e) => e.id).filter((id) => !seen.has(id))).toEqual([]);
  });

  test('"the East-West and the North-South corridors" names both corridors', () => {
    const phrase = 'the East-West and the North-South corridors';
    // The page carries the article twice; the first copy is enough.
    const index = blocks.findIndex((b) => b.includes(phrase));
    const at = blocks[index]?.indexOf(phrase) ?? -1;
    const inPhrase = found.filter((m) => m.index === index && m.start >= at && m.end <= at + phrase.length);
    expect(inPhrase.map((m) => [m.block.slice(m.start, m.end), m.entityId])).toEqual([
      ['East-West', 'east-west-corridor'],
      ['North-South', 'north-south-corridor'],
    ]);
  });

  test.each([
    ['India`s', 'india'],
    ['SCO`s', 'shanghai-cooperation-organisation'],
    ['Mr. Putin', 'vladimir-putin'],
    ['Yusuf Raza Gilani', 'yusuf-raza-gilani'],
    ['civil war', 'tajik-civil-war'],
    ['CIS department', 'cis-department-russian-foreign-ministry'],
  ])('%s is a mention of %s', (text, entityId) => {
    expect(found.some((m) => m.entityId === entityId && m.block.slice(m.start, m.end) === text)).toBe(true);
  });

  test('no mention is part of a longer word', () => {
    for (const m of found) {
      expect(/[\p{L}\p{N}]/u.test(m.block.charAt(m.start - 1)), m.block.slice(m.start - 5, m.end + 5)).toBe(
        false,
      );
      expect(/[\p{L}\p{N}]/u.test(m.block.charAt(m.end)), m.block.slice(m.start - 5, m.end + 5)).toBe(false);
    }
  });
});
