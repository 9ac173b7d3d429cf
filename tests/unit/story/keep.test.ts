import { describe, expect, it } from 'vitest';
import { validateDictionary, validateDictionaryJsonText } from '../../../src/core/dictionary/validate';
import type { Dictionary, Entity } from '../../../src/core/dictionary/types';
import { exportStory, mergeEntities, removeEntity, renameStory } from '../../../src/core/story/edit';
import { storyId } from '../../../src/core/story/ids';
import { articleTitle, keepArticle, newStory } from '../../../src/core/story/keep';
import { isSameEntity } from '../../../src/core/story/same-entity';
import { sayingsOf } from '../../../src/core/story/sayings';
import { FIRST_META, FIRST_TEXT, input, SECOND_META, SECOND_TEXT } from './fixtures';

const first = keepArticle(
  newStory('story-strike', 'Strike'),
  input(FIRST_TEXT, FIRST_META, '2026-03-02T12:00:00.000Z'),
);
const named = (story: Dictionary, name: string): Entity | undefined =>
  story.entities.find((e) => e.name === name);

describe('keepArticle', () => {
  it('saves the article’s people into a valid dictionary of the usual format, ids without the page’s prefix', () => {
    expect(validateDictionary(first).ok).toBe(true);
    const solberg = named(first, 'Ingrid Solberg');
    expect(solberg?.id).toBe('ingrid-solberg');
    expect(solberg?.role).toMatch(/chief negotiator/u);
    expect(solberg?.background).toBe('');
    expect(first.kept).toHaveLength(1);
    expect(first.kept?.[0]).toMatchObject({
      title: 'Harbour strike begins',
      site: 'Harbour News',
      url: FIRST_META.url,
    });
  });

  it('records what the article says of each, with its title, site and date', () => {
    const [saying] = sayingsOf(first, 'ingrid-solberg');
    expect(saying?.sentence).toMatch(/^Harbour workers in Valdmark walked out/u);
    expect(saying).toMatchObject({
      title: 'Harbour strike begins',
      site: 'Harbour News',
      published: '2026-03-02T10:00:00Z',
    });
  });

  it('merges a second article by name and alias, and lists what each said, newest first', () => {
    // The story is enabled by then, so the engine finds Solberg as the story's own entity.
    const second = keepArticle(first, input(SECOND_TEXT, SECOND_META, '2026-03-06T09:00:00.000Z', [first]));
    expect(validateDictionary(second).ok).toBe(true);
    expect(second.entities.filter((e) => /Solberg/u.test(e.name))).toHaveLength(1);
    const sayings = sayingsOf(second, 'ingrid-solberg');
    expect(sayings.map((s) => s.title)).toEqual(['Strike ends', 'Harbour strike begins']);
    expect(sayings[0]?.sentence).toMatch(/Solberg/u);
    expect(second.kept).toHaveLength(2);
  });

  it('merges the same person written out in full when the story does not know the page (not enabled)', () => {
    const second = keepArticle(first, input(SECOND_TEXT, SECOND_META, '2026-03-06T09:00:00.000Z'));
    expect(second.entities.filter((e) => /Solberg/u.test(e.name))).toHaveLength(1);
    expect(sayingsOf(second, 'ingrid-solberg').map((s) => s.site)).toEqual(['Other Paper', 'Harbour News']);
  });

  it('keeps the same address once: keeping it again replaces what it said', () => {
    const again = keepArticle(first, input(FIRST_TEXT, FIRST_META, '2026-03-03T12:00:00.000Z', [first]));
    expect(again.kept).toHaveLength(1);
    expect(again.kept?.[0]?.keptAt).toBe('2026-03-03T12:00:00.000Z');
    expect(again.entities.map((e) => e.id).sort()).toEqual(first.entities.map((e) => e.id).sort());
  });
});

describe('articleTitle', () => {
  it('drops the site’s name that pages add to their title, and nothing else', () => {
    expect(articleTitle('Strike ends | Coastal Post', 'Coastal Post')).toBe('Strike ends');
    expect(articleTitle('Strike ends - Coastal Post', 'Coastal Post')).toBe('Strike ends');
    expect(articleTitle('Coastal Post', 'Coastal Post')).toBe('Coastal Post');
    expect(articleTitle('Strike ends | Coastal Post', null)).toBe('Strike ends | Coastal Post');
    expect(articleTitle('Strike (a) ends | C+ Post', 'C+ Post')).toBe('Strike (a) ends');
  });
});

describe('isSameEntity', () => {
  const person = (name: string, short?: string): Entity => ({
    id: 'x',
    type: 'person',
    name,
    aliases: [
      { text: name, match: 'standalone', caseSensitive: true },
      ...(short === undefined
        ? []
        : [{ text: short, match: 'after-full-name' as const, caseSensitive: true }]),
    ],
    role: '',
    background: '',
    quotes: [],
    related: [],
  });
  it('matches a shorter name of the same person, and a short form the other lists', () => {
    expect(isSameEntity(person('Sir Keir Starmer'), person('Keir Starmer'))).toBe(true);
    expect(isSameEntity(person('Keir Starmer', 'Starmer'), person('Starmer'))).toBe(true);
  });
  it('does not match two people who share only a surname', () => {
    expect(isSameEntity(person('Keir Starmer', 'Starmer'), person('Victoria Starmer', 'Starmer'))).toBe(
      false,
    );
    expect(isSameEntity(person('John Smith'), person('Jane Smith'))).toBe(false);
  });
});

describe('editing a story', () => {
  const second = keepArticle(first, input(SECOND_TEXT, SECOND_META, '2026-03-06T09:00:00.000Z', [first]));

  it('renames it, refusing an empty or HTML name', () => {
    expect(renameStory(second, '  Valdmark strike ').name).toBe('Valdmark strike');
    expect(() => renameStory(second, '   ')).toThrow();
    expect(() => renameStory(second, '<b>x</b>')).toThrow(/plain text/u);
  });

  it('removes an entity with what was said of it, and every link to it', () => {
    const gone = removeEntity(second, 'tomas-brekke');
    expect(validateDictionary(gone).ok).toBe(true);
    expect(gone.entities.some((e) => e.id === 'tomas-brekke')).toBe(false);
    expect(gone.kept?.flatMap((k) => k.says).some((s) => s.entityId === 'tomas-brekke')).toBe(false);
    expect(gone.entities.flatMap((e) => e.related)).not.toContain('tomas-brekke');
  });

  it('merges two entities: one left, with both names and every saying', () => {
    const before = sayingsOf(second, 'ingrid-solberg').length + sayingsOf(second, 'tomas-brekke').length;
    const merged = mergeEntities(second, 'ingrid-solberg', 'tomas-brekke');
    expect(validateDictionary(merged).ok).toBe(true);
    const one = merged.entities.find((e) => e.id === 'ingrid-solberg');
    expect(one?.aliases.map((a) => a.text)).toContain('Tomas Brekke');
    expect(merged.entities.some((e) => e.id === 'tomas-brekke')).toBe(false);
    expect(sayingsOf(merged, 'ingrid-solberg')).toHaveLength(before);
  });

  it('exports the dictionary JSON that the import reads back equal', () => {
    const checked = validateDictionaryJsonText(exportStory(second));
    expect(checked.ok && checked.dictionary).toEqual(second);
  });

  it('gives a new story an id no installed dictionary has', () => {
    expect(storyId('Strike!', ['story-strike', 'backstory'])).toBe('story-strike-2');
    expect(storyId('', [])).toBe('story-kept');
  });
});

describe('the validator on kept articles', () => {
  it('refuses a saying about an unknown entity, a script address and a bad date-time', () => {
    const bad = structuredClone(first);
    const [article] = bad.kept ?? [];
    if (article === undefined) throw new Error('no kept article');
    article.says.push({ entityId: 'nobody', sentence: 'A sentence.' });
    article.url = 'javascript:alert(1)';
    article.keptAt = 'yesterday';
    const checked = validateDictionary(bad);
    expect(checked.ok ? [] : checked.issues.map((i) => i.path)).toEqual([
      '$.kept[0].url',
      '$.kept[0].keptAt',
      `$.kept[0].says[${article.says.length - 1}].entityId`,
    ]);
  });

  it('allows an empty role and background only in a reader’s story', () => {
    const written: Partial<Dictionary> = { ...first };
    delete written.kept;
    expect(validateDictionary(written).ok).toBe(false);
    expect(validateDictionary(first).ok).toBe(true);
  });
});
