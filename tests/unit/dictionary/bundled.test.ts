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

  test('names the article: its title, author, publisher, date and place are the article’s', () => {
    if (!story) throw new Error('The bundled dictionary has no story record.');
    for (const field of [story.title, story.author, story.publisher, story.place]) {
      expect(article, field).toContain(field);
    }
    // The article's dateline ("November 29, 2010") is the date the record gives.
    const dateline = /^(\p{Lu}\p{Ll}+ \d{1,2}, \d{4})$/mu.exec(article)?.[1] ?? '';
    const published = new Date(`${story.published}T00:00:00Z`);
    expect(new Date(`${dateline} UTC`).getTime(), `dateline "${dateline}"`).toBe(published.getTime());
    // The attribution names the publisher and the same day.
    const day = published.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
    expect(story.attribution).toBe(`${story.publisher}, ${day}`);
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

  test('each key figure is written exactly as in the article, in its source sentence', () => {
    const figures = story?.figures ?? [];
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) {
      expect(f.source, f.figure).toContain(f.figure);
      expect(mentions(article, { text: f.figure, caseSensitive: true }), f.figure).toBe(true);
    }
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
