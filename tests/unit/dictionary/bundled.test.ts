/**
 * The bundled dictionary against its source: it validates, quotes the seed
 * article verbatim, names only what the article names, states the article's
 * numbers exactly, and follows the alias conventions of the format.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { aliasesOverlap } from '../../../src/core/dictionary/normalise';
import { formatIssues, validateDictionary } from '../../../src/core/dictionary/validate';
import type { Dictionary, Entity } from '../../../src/core/dictionary/types';
import { mentions, numbersIn } from './article';
import { readBundled, readSeedArticle } from './load';

const dictionary: Dictionary = readBundled();
const entities: Entity[] = dictionary.entities;
let article = '';

beforeAll(() => {
  article = readSeedArticle();
});

test('the bundled dictionary validates', () => {
  const result = validateDictionary(dictionary);
  expect(result.ok ? '' : formatIssues(result.issues)).toBe('');
});

describe('quotes are the article’s own words', () => {
  const quotes = entities.flatMap((e) => e.quotes.map((quote) => ({ id: e.id, quote })));
  test.each(quotes)('$id: $quote', ({ quote }) => {
    expect(article).toContain(quote);
  });

  const story = dictionary.story;
  const sources = story ? [...story.timeline, ...story.figures].map((entry) => entry.source) : [];
  test.each(sources)('story source: %s', (source) => {
    expect(article).toContain(source);
  });
});

test.each(entities)('$id is named in the article', (entity) => {
  const named = [{ text: entity.name, caseSensitive: false }, ...entity.aliases].some((a) =>
    mentions(article, a),
  );
  expect(named, `neither "${entity.name}" nor an alias occurs in the article`).toBe(true);
});

describe('the story record', () => {
  const story = dictionary.story;

  test('names the article', () => {
    expect(story).toMatchObject({
      title: 'Russian Presence on Tajik Border',
      author: 'Aleksandr Shustov',
      publisher: 'Strategic Culture Foundation',
      published: '2010-11-29',
      place: 'Moscow',
      attribution: 'Strategic Culture Foundation, 29 Nov 2010',
    });
    expect(article).toContain(story?.title);
    expect(article).toContain(story?.author);
  });

  test('every number in its prose occurs in the article', () => {
    const written = new Set(numbersIn(article));
    const prose = story
      ? [
          story.attribution,
          ...story.summary,
          ...story.timeline.map((t) => t.event),
          ...story.figures.flatMap((f) => [f.figure, f.label]),
        ]
      : [];
    const missing = prose.flatMap((text) => numbersIn(text).filter((n) => !written.has(n)));
    expect(missing).toEqual([]);
  });

  test('every timeline date lies in a year or decade the article names', () => {
    const years = new Set(numbersIn(article).filter((n) => /^\d{4}$/.test(n)));
    const decades = [...article.matchAll(/(\d{3})0s/g)].map((m) => m[1]);
    for (const entry of story?.timeline ?? []) {
      for (const year of entry.date.split('/').map((d) => d.slice(0, 4))) {
        expect(years.has(year) || decades.includes(year.slice(0, 3)), `${entry.date} (${entry.event})`).toBe(
          true,
        );
      }
    }
  });

  test('each key figure is written exactly as in its source sentence', () => {
    const figures = story?.figures ?? [];
    expect(figures.map((f) => f.figure)).toEqual([
      '30,000',
      '30 tons',
      '11 tons',
      '2 tons',
      '1,7 tons',
      '3,000',
      '40-fold',
      '1.5 tons',
      '390 kg',
      '244 kg',
      '20%',
    ]);
    for (const f of figures) expect(f.source).toContain(f.figure);
  });
});

describe('links and aliases', () => {
  const ids = new Set(entities.map((e) => e.id));

  test.each(entities)('$id relates only to known entities', (entity) => {
    expect(entity.related.filter((id) => !ids.has(id))).toEqual([]);
  });

  test('no two entities share an alias unless both mark it ambiguous', () => {
    const clashes: string[] = [];
    entities.forEach((a, i) => {
      for (const b of entities.slice(i + 1)) {
        for (const x of a.aliases) {
          for (const y of b.aliases) {
            if (aliasesOverlap(x, y) && (!x.ambiguous || !y.ambiguous))
              clashes.push(`${a.id}/${b.id}: ${x.text}`);
          }
        }
      }
    });
    expect(clashes).toEqual([]);
  });

  test('acronyms are case-sensitive', () => {
    const loose = entities
      .flatMap((e) => e.aliases)
      .filter((a) => /^[A-Z.]{2,}$/.test(a.text) && !a.caseSensitive);
    expect(loose).toEqual([]);
  });

  test('the article’s typo "Tajikistanis" is no alias', () => {
    expect(entities.flatMap((e) => e.aliases).map((a) => a.text)).not.toContain('Tajikistanis');
  });
});
