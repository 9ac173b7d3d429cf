import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateDictionary, formatIssues } from '../../../src/core/dictionary/validate';
import { draftDictionary, slugify } from '../../../src/core/draft/draft';
import type { Dictionary, Entity } from '../../../src/core/dictionary/types';

import { SEED_PATH as SEED } from '../../support/seed';
const harbour = fs.readFileSync(path.join(import.meta.dirname, 'harbour-article.txt'), 'utf8');

function byName(dictionary: Dictionary, name: string): Entity | undefined {
  return dictionary.entities.find((e) => e.name === name);
}

describe('draft of the seed article', () => {
  const { dictionary } = draftDictionary(fs.readFileSync(SEED, 'utf8'), {
    id: 'seed-draft',
    name: 'Seed draft',
  });

  test.each([
    'Vladimir Putin',
    'Akil Akilov',
    'Karim Masimov',
    'Batyr Hodzhayev',
    'Esfandiar Rahim Mashai',
    'Yusuf Raza Gilani',
    'Gombojav Zandanshatar',
    'Preneet Kaur',
    'Karim Halili',
    'Emomali Rahmon',
    'Viktor Ivanov',
    'Saimuddin Dustov',
    'Maksim Peshkov',
    'Aleksandr Shustov',
  ])('finds the person %s', (name) => {
    expect(byName(dictionary, name)?.type).toBe('person');
  });

  test.each([
    ['Shanghai Cooperation Organization', 'SCO'],
    ['Collective Security Treaty Organization', 'CSTO'],
    ['Federal Security Service', undefined],
    ['Russian Foreign Ministry', undefined],
    ['CIS department', undefined],
    ['Strategic Culture Foundation', undefined],
  ])('finds the organisation %s (acronym %s)', (name, acronym) => {
    const entity = byName(dictionary, name);
    expect(entity?.type).toBe('organisation');
    if (acronym !== undefined) {
      expect(entity?.aliases).toContainEqual({ text: acronym, match: 'standalone', caseSensitive: true });
      // The acronym is folded into its expansion, not a second entity.
      expect(byName(dictionary, acronym)).toBeUndefined();
    }
  });

  test.each([
    'Apart',
    'However',
    'Addressing',
    'Statistics',
    'Following',
    'Tajik',
    'Russian',
    'Russians',
    'Afghan',
    'Republic',
    'June',
    'Karim',
    'World',
    'Putin',
  ])('proposes no entity for %s', (word) => {
    expect(dictionary.entities.map((e) => e.name)).not.toContain(word);
  });

  test('keeps a name that only starts sentences when it is the subject of a verb ("Beijing views the SCO")', () => {
    expect(byName(dictionary, 'Beijing')?.type).toBe('place');
    expect(byName(dictionary, 'Tajikistanis')).toBeUndefined();
  });

  test('links the surname to the full name as an after-full-name alias', () => {
    expect(byName(dictionary, 'Vladimir Putin')?.aliases).toContainEqual({
      text: 'Putin',
      match: 'after-full-name',
      caseSensitive: false,
    });
  });

  test('reads roles from the text', () => {
    expect(byName(dictionary, 'Karim Masimov')?.role).toBe('Prime Minister of Kazakhstan');
    expect(byName(dictionary, 'Saimuddin Dustov')?.role).toBe('Political analyst');
    expect(byName(dictionary, 'Maksim Peshkov')?.role).toBe(
      'Director of the CIS department at the Russian Foreign Ministry',
    );
    expect(byName(dictionary, 'Aleksandr Shustov')?.role).toBe('Author of the article');
  });

  test('quotes verbatim sentences that mention the entity, each once', () => {
    const putin = byName(dictionary, 'Vladimir Putin');
    expect(putin?.quotes[0]).toMatch(
      /^The Russian Prime Minister Vladimir Putin visited the Tajik capital Dushanbe/u,
    );
    expect(new Set(putin?.quotes).size).toBe(putin?.quotes.length);
    for (const quote of putin?.quotes ?? []) expect(fs.readFileSync(SEED, 'utf8')).toContain(quote);
  });

  test('passes the validator the extension uses', () => {
    const checked = validateDictionary(JSON.parse(JSON.stringify(dictionary)));
    expect(checked.ok ? '' : formatIssues(checked.issues)).toBe('');
  });
});

describe('draft of a short article written for this test', () => {
  const { dictionary, notes } = draftDictionary(harbour, { name: 'Harbour deal' });

  test('types people, organisations and places', () => {
    const types = Object.fromEntries(dictionary.entities.map((e) => [e.name, e.type]));
    expect(types).toMatchObject({
      'Ana Ribeiro': 'person',
      'Miguel Costa': 'person',
      'Helena Duarte': 'person',
      'Joana Costa': 'person',
      'European Investment Bank': 'organisation',
      'International Maritime Organization': 'organisation',
      Lisbon: 'place',
      Sines: 'place',
    });
  });

  test('proposes nothing for sentence-initial words, dates or headline words', () => {
    const names = dictionary.entities.map((e) => e.name);
    for (const word of [
      'Critics',
      'Meanwhile',
      'Speaking',
      'However',
      'Monday',
      'March',
      'Harbour Deal Signed',
      'Portuguese',
      'EIB',
      'Costa',
      'Duarte',
    ])
      expect(names).not.toContain(word);
  });

  test('a surname two people share is marked ambiguous in both', () => {
    for (const name of ['Miguel Costa', 'Joana Costa']) {
      expect(byName(dictionary, name)?.aliases).toContainEqual({
        text: 'Costa',
        match: 'after-full-name',
        caseSensitive: false,
        ambiguous: { resolve: 'most-recent' },
      });
    }
    expect(byName(dictionary, 'Helena Duarte')?.aliases).toContainEqual({
      text: 'Duarte',
      match: 'after-full-name',
      caseSensitive: false,
    });
  });

  test('spells out the acronym in brackets as an alias of its name', () => {
    expect(byName(dictionary, 'European Investment Bank')?.aliases.map((a) => a.text)).toEqual([
      'European Investment Bank',
      'EIB',
    ]);
  });

  test('roles come from titles, role nouns and appositives; the rest is marked as guessed', () => {
    expect(byName(dictionary, 'Miguel Costa')?.role).toBe('Portuguese Minister of Infrastructure');
    expect(byName(dictionary, 'Helena Duarte')?.role).toBe('Port authority chief');
    expect(byName(dictionary, 'Joana Costa')?.role).toBe('Maritime economist');
    const lisbon = byName(dictionary, 'Lisbon');
    expect(notes.find((n) => n.entityId === lisbon?.id)?.hasRoleFromText).toBe(false);
  });

  test('the dictionary id comes from its name and the draft validates', () => {
    expect(dictionary.id).toBe('harbour-deal');
    const checked = validateDictionary(JSON.parse(JSON.stringify(dictionary)));
    expect(checked.ok ? '' : formatIssues(checked.issues)).toBe('');
  });
});

test.each([
  ['Akil Akilov', 'akil-akilov'],
  ['U.S.', 'u-s'],
  ['Rahmōn', 'rahmon'],
  ['India’s Minister', 'india-s-minister'],
])('slugify(%s) is %s', (name, id) => {
  expect(slugify(name)).toBe(id);
});

describe('type clues in running text', () => {
  const text = [
    'Officials met in Lisbon on Friday.',
    '“We are ready,” said Rui Almeida.',
    'The Seattle-based Harbor Works Group will build the quay, according to Marta Pinto, an engineer at the port.',
    'Whole Foods declined to comment.',
    'William G. Gale said the plan was sound.',
  ].join(' ');
  const { dictionary } = draftDictionary(text, { name: 'Clues' });
  const types = Object.fromEntries(dictionary.entities.map((e) => [e.name, e.type]));

  test.each([
    ['Rui Almeida', 'person'],
    ['Marta Pinto', 'person'],
    ['William G. Gale', 'person'],
    ['Harbor Works Group', 'organisation'],
    ['Whole Foods', 'organisation'],
    ['Lisbon', 'place'],
  ])('%s is a %s', (name, type) => {
    expect(types[name]).toBe(type);
  });

  test('a hyphenated adjective is not part of the name after it', () => {
    expect(Object.keys(types).some((name) => name.includes('Seattle'))).toBe(false);
  });

  test('the appositive after a name is its role', () => {
    expect(byName(dictionary, 'Marta Pinto')?.role).toBe('Engineer at the port');
  });
});

test('drafts of awkward text still validate: no over-broad alias, no alias claimed twice', () => {
  const text = [
    'Have I told you about Lisbon? Is it true that K. Almeida moved to Lisbon?',
    'The DataStore service, run by Datastore Inc, opened in Porto.',
    'Engineers in Porto said the Datastore service, not the DataStore one, failed.',
  ].join('\n');
  const { dictionary } = draftDictionary(text, { name: 'Awkward' });
  const aliases = dictionary.entities.flatMap((e) => e.aliases.map((a) => a.text));
  for (const broad of ['Have I', 'Is', 'K.', 'K']) expect(aliases).not.toContain(broad);
  const checked = validateDictionary(JSON.parse(JSON.stringify(dictionary)));
  expect(checked.ok ? '' : formatIssues(checked.issues)).toBe('');
});
