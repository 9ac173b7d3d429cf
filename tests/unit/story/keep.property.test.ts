/**
 * Whatever articles a reader keeps, and whatever they then edit, the story
 * stays a dictionary the validator accepts and the import reads back equal.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { validateDictionary, validateDictionaryJsonText } from '../../../src/core/dictionary/validate';
import { exportStory, mergeEntities, removeEntity } from '../../../src/core/story/edit';
import { keepArticle, newStory } from '../../../src/core/story/keep';
import { input } from './fixtures';

const PEOPLE = [
  'Ingrid Solberg',
  'Tomas Brekke',
  'Anna Smith',
  'John Smith',
  'Keir Starmer',
  'Sir Keir Starmer',
];
const ORGS = ['Dockers Union', 'Valdmark Port Authority', 'the European Commission'];
const ROLES = ['the union’s chief negotiator', 'the port director', 'a spokesman', 'the minister'];

const sentence = fc
  .tuple(fc.constantFrom(...PEOPLE), fc.constantFrom(...ROLES), fc.constantFrom(...PEOPLE, ...ORGS))
  .map(
    ([who, role, other]) =>
      `${who}, ${role}, met ${other} in Valdmark on Monday. ${who.split(' ').at(-1) ?? who} said little.`,
  );
const article = fc.tuple(
  fc.array(sentence, { minLength: 1, maxLength: 5 }),
  fc.nat({ max: 3 }),
  fc.boolean(),
);

test('kept and edited stories stay valid and round-trip through export and import', () => {
  fc.assert(
    fc.property(fc.array(article, { minLength: 1, maxLength: 4 }), fc.nat(), (articles, pick) => {
      let story = newStory('story-valdmark', 'Valdmark');
      articles.forEach(([sentences, page, enabled], i) => {
        const meta = {
          url: `https://news.example/${page}`,
          title: `Page ${page}`,
          site: null,
          published: null,
        };
        const keptAt = `2026-03-0${i + 1}T10:00:00.000Z`;
        story = keepArticle(story, input(sentences.join('\n\n'), meta, keptAt, enabled ? [story] : []));
        expect(validateDictionary(story).ok).toBe(true);
      });
      const ids = story.entities.map((e) => e.id);
      const [a, b] = [ids[pick % ids.length], ids[(pick + 1) % ids.length]];
      if (a !== undefined && b !== undefined) {
        expect(validateDictionary(mergeEntities(story, a, b)).ok).toBe(true);
        expect(validateDictionary(removeEntity(story, a)).ok).toBe(true);
      }
      const back = validateDictionaryJsonText(exportStory(story));
      expect(back.ok && back.dictionary).toEqual(story);
    }),
    { numRuns: 60 },
  );
});
