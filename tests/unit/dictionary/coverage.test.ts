/**
 * What the bundled dictionary must cover: every place, organisation, project
 * and event the seed article names, under the names the article uses.
 */
import { expect, test } from 'vitest';
import { KNOWN_ENTITY_TYPES } from '../../../src/core/dictionary/types';
import { firstMention, mentionSpans, unifyApostrophes } from './article';
import { readBundled, readSeedArticle } from './load';

const article = readSeedArticle();
const entities = readBundled().entities;
const byId = new Map(entities.map((e) => [e.id, e]));

/**
 * Capitalised words of the article that name nothing the dictionary should
 * hold, written from reading the article: sentence openers, titles, months,
 * its headline and photo credit, "the Republic" (Tajikistan, by reference), and
 * its typos "Tajikistanis" and "Fightingdrug".
 */
const NOT_NAMES = new Set(
  [
    'A Addressing And Apart By Following He However If In It It`s No Now Statistics The This Though When',
    'Affairs External First Foreign Minister President Prime State Vice Republic',
    'June November January-September',
    'World Presence Border Photo Public',
    'Tajikistanis Fightingdrug',
  ].flatMap((line) => unifyApostrophes(line).split(' ')),
);

test('every capitalised word of the article is part of a name the dictionary holds, or names nothing', () => {
  const text = unifyApostrophes(article);
  const covered = new Array<boolean>(text.length).fill(false);
  for (const alias of entities.flatMap((e) => e.aliases)) {
    for (const { start, end } of mentionSpans(text, alias)) covered.fill(true, start, end);
  }
  const unnamed = [...text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}'-]*/gu)]
    .filter((m) => !covered[m.index] && !NOT_NAMES.has(m[0]))
    .map((m) => m[0]);
  expect([...new Set(unnamed)]).toEqual([]);
});

test('every entity is introduced in the article, so that its later names count', () => {
  const introducedAt = (id: string): number => {
    const standalone = byId.get(id)?.aliases.filter((a) => a.match === 'standalone') ?? [];
    return firstMention(article, standalone);
  };
  const unintroduced = entities.filter((entity) => {
    if (introducedAt(entity.id) >= 0) return false;
    // Otherwise an after-full-name alias must follow the introduction of an entity of its context.
    return !entity.aliases.some((alias) => {
      const context = (alias.context ?? []).map(introducedAt).filter((at) => at >= 0);
      return context.length > 0 && mentionSpans(article, alias).some((s) => s.start > Math.min(...context));
    });
  });
  expect(unintroduced.map((e) => e.id)).toEqual([]);
});

test('every entity has a type Backstory styles', () => {
  const known: readonly string[] = KNOWN_ENTITY_TYPES;
  expect(entities.filter((e) => !known.includes(e.type)).map((e) => e.id)).toEqual([]);
});

test.each([
  [
    'shanghai-cooperation-organisation',
    ['SCO', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'],
  ],
  ['collective-security-treaty-organization', ['CSTO', 'Collective Security Treaty Organization']],
  ['federal-security-service', ['FSB', 'Federal Security Service']],
  ['tajikistan', ['Tajik']],
  ['afghanistan', ['Afghan']],
  ['iran', ['Iranian']],
  ['mongolia', ['Mongolian']],
  ['russia', ['Russian', 'Russians']],
  ['united-states', ['U.S.', 'US']],
  ['european-union', ['EU']],
])('%s is found under the names the article uses', (id, names) => {
  expect(byId.get(id)?.aliases.map((a) => a.text)).toEqual(expect.arrayContaining(names));
});

test('the summit is dated 25 November 2010', () => {
  expect(byId.get('dushanbe-sco-summit-2010')?.role).toContain('25 November 2010');
});
