import { describe, expect, it } from 'vitest';
import {
  ARTICLE_DICTIONARY_ID,
  MAX_ARTICLE_ENTITIES,
  articleNames,
  cutArticle,
  sourceOf,
} from '../../../src/core/article/article-names';
import type { Dictionary } from '../../../src/core/dictionary/types';
import { createMatchState, findMentions, loadMatcher } from '../../../src/core/match';

const TEXT = [
  'Harbour workers in Valdmark walked out on Monday, said Ingrid Solberg, the union’s chief negotiator.',
  'Solberg met Tomas Brekke, the port director, and Vladimir Putin was not mentioned at all.',
  'Brekke said the talks with Solberg would go on.',
].join('\n\n');

const KNOWN: Dictionary = {
  schemaVersion: 1,
  id: 'story',
  name: 'Story',
  entities: [
    {
      id: 'vladimir-putin',
      type: 'person',
      name: 'Vladimir Putin',
      aliases: [{ text: 'Vladimir Putin', match: 'standalone', caseSensitive: false }],
      role: 'President',
      background: 'A background.',
      quotes: [],
      related: [],
    },
  ],
};

const request = {
  url: 'http://127.0.0.1/a',
  title: 'Strike',
  site: 'Harbour News',
  published: '2026-03-02T10:00:00Z',
};

describe('articleNames', () => {
  const names = articleNames({ ...request, text: TEXT }, [KNOWN]);
  const person = (name: string) => names.dictionary.entities.find((e) => e.name === name);

  it('makes the article’s own people a dictionary of its own, ids prefixed, without background', () => {
    expect(names.dictionary.id).toBe(ARTICLE_DICTIONARY_ID);
    const solberg = person('Ingrid Solberg');
    expect(solberg?.type).toBe('person');
    expect(solberg?.id).toBe('article-ingrid-solberg');
    expect(solberg?.background).toBe('');
  });

  it('notes the role the article gives and the sentence that introduces it', () => {
    const note = names.notes.find((n) => n.entityId === 'article-ingrid-solberg');
    expect(note?.role).toMatch(/chief negotiator/u);
    expect(note?.sentence).toMatch(/^Harbour workers in Valdmark walked out/u);
    expect(note?.with).toContain('Tomas Brekke');
  });

  it('leaves a dictionary’s entity to the dictionary, with the article’s sentence noted for its card', () => {
    expect(person('Vladimir Putin')).toBeUndefined();
    const note = names.notes.find((n) => n.entityId === 'vladimir-putin');
    expect(note?.dictionaryId).toBe('story');
    expect(note?.sentence).toMatch(/Vladimir Putin was not mentioned/u);
  });

  it('compiles a matcher that finds its names, surnames after the full name', () => {
    const found = findMentions(TEXT, loadMatcher(names.prebuilt), createMatchState()).map((m) =>
      TEXT.slice(m.start, m.end),
    );
    expect(found).toEqual(expect.arrayContaining(['Ingrid Solberg', 'Solberg', 'Tomas Brekke', 'Brekke']));
    expect(found).not.toContain('Vladimir Putin');
  });

  it('says the site and the day', () => {
    expect(names.source).toBe('Harbour News, 2026-03-02');
    expect(sourceOf({ site: null, published: null })).toBeNull();
    expect(sourceOf({ site: ' ', published: 'March 2, 2026' })).toBe('March 2, 2026');
  });
});

describe('cutArticle', () => {
  it('cuts at the last paragraph break before the limit, and leaves short text alone', () => {
    expect(cutArticle('aaaa\n\nbbbb\n\ncccc', 12)).toBe('aaaa\n\nbbbb');
    expect(cutArticle('short', 12)).toBe('short');
    expect(cutArticle('x'.repeat(30), 12)).toBe('x'.repeat(12));
  });

  it('notes how long the article was when the content script cut it, and nothing when it did not', () => {
    expect(articleNames({ ...request, text: TEXT, fullLength: 2_000_000 }, []).cutFrom).toBe(2_000_000);
    expect(articleNames({ ...request, text: TEXT }, []).cutFrom).toBeNull();
  });
});

describe('a page that names more than an article could', () => {
  // Two hundred made-up people, each named in a sentence of their own; the
  // first three are named again, so they are the most often named.
  const people = Array.from(
    { length: 200 },
    (_, i) => `Person${String.fromCharCode(65 + (i % 26))}${i} Quillfeather`,
  );
  const text = [
    ...people.map((p) => `${p} said the meeting went well.`),
    ...people.slice(0, 3).map((p) => `Later ${p} said it again.`),
  ].join('\n\n');

  it(`keeps the ${MAX_ARTICLE_ENTITIES} most often named, and those named twice among them`, () => {
    const names = articleNames({ ...request, text }, []);
    expect(names.dictionary.entities.length).toBeLessThanOrEqual(MAX_ARTICLE_ENTITIES);
    expect(names.dictionary.entities.length).toBeGreaterThan(MAX_ARTICLE_ENTITIES / 2);
    const kept = new Set(names.dictionary.entities.map((e) => e.name));
    for (const p of people.slice(0, 3)) expect(kept).toContain(p);
  });
});

describe('the article’s own names on the page', () => {
  it('match only as the article capitalises them, not the same word in lower case', () => {
    const text =
      'In Valdmark, the bakers of Quillbrook Mocha opened a shop, said Ingrid Solberg.\n\nThey say Quillbrook Mocha sells a mocha for two krone.';
    const names = articleNames({ ...request, text }, []);
    const matcher = loadMatcher(names.prebuilt);
    const found = findMentions(text, matcher, createMatchState()).map((m) => text.slice(m.start, m.end));
    expect(found.filter((f) => /mocha/iu.test(f))).toEqual(['Quillbrook Mocha', 'Quillbrook Mocha']);
    for (const alias of names.dictionary.entities.flatMap((e) => e.aliases))
      expect(alias.caseSensitive).toBe(true);
  });
});
