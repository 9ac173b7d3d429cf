/**
 * The people of the bundled dictionary, against the seed article they come
 * from: each introduced there by a full name; the alias conventions for names;
 * dated roles.
 */
import { describe, expect, test } from 'vitest';
import { firstMention } from './article';
import { readBundled, readSeedArticle } from './load';

const article = readSeedArticle();
const entities = readBundled().entities;
const people = entities.filter((e) => e.type === 'person');

test('every person is introduced in the article by a full name, before any bare surname of theirs', () => {
  expect(people.length).toBeGreaterThan(0);
  const problems = people.flatMap((person) => {
    const full = firstMention(
      article,
      person.aliases.filter((a) => a.match === 'standalone'),
    );
    if (full < 0) return [`${person.id}: no standalone alias occurs in the article`];
    const surname = firstMention(
      article,
      person.aliases.filter((a) => a.match === 'after-full-name'),
    );
    // The surname inside the full name starts after it; one on its own before it would go unrecognised.
    return surname >= 0 && surname < full ? [`${person.id}: a surname comes before the full name`] : [];
  });
  expect(problems).toEqual([]);
});

describe.each(people)('$id', (person) => {
  const names = person.aliases.filter((a) => a.text.includes(' ') && !a.text.startsWith('Mr.'));

  test('a bare surname counts only after the full name', () => {
    const surnames = person.aliases.filter((a) => !a.text.includes(' '));
    expect(surnames.length, 'no bare surname').toBeGreaterThan(0);
    for (const alias of surnames) {
      expect(alias.match, alias.text).toBe('after-full-name');
      expect(
        names.some((n) => n.text.endsWith(` ${alias.text}`)),
        `${alias.text} is not a surname`,
      ).toBe(true);
    }
  });

  test('a first name alone is never an alias', () => {
    const firstNames = new Set(names.map((n) => n.text.split(' ')[0]));
    expect(person.aliases.filter((a) => firstNames.has(a.text))).toEqual([]);
  });

  test('the role is dated', () => {
    expect(person.role).toMatch(/\b(?:19|20)\d\d\b/);
  });
});

test.each([
  ['emomali-rahmon', ['Rahmon', 'Rakhmon', 'Rahmonov']],
  ['batyr-hodzhayev', ['Hodzhayev', 'Khodjayev']],
  ['karim-khalili', ['Halili', 'Khalili']],
  ['esfandiar-rahim-mashaei', ['Mashai', 'Mashaei']],
  ['yusuf-raza-gilani', ['Gilani', 'Gillani']],
  ['maksim-peshkov', ['Maksim Peshkov', 'Maxim Peshkov']],
  ['aleksandr-shustov', ['Aleksandr Shustov', 'Alexander Shustov']],
  ['vladimir-putin', ['Putin', 'Mr. Putin']],
])('%s is found under each common transliteration', (id, spellings) => {
  const aliases = entities.find((e) => e.id === id)?.aliases.map((a) => a.text) ?? [];
  expect(aliases).toEqual(expect.arrayContaining(spellings));
});

test('the article’s outdated title for Mashaei is attributed, not asserted', () => {
  const mashaei = entities.find((e) => e.id === 'esfandiar-rahim-mashaei');
  expect(mashaei?.role).not.toMatch(/First Vice President/);
  expect(mashaei?.background).toMatch(/chief of staff/);
  expect(mashaei?.background).toMatch(/The article calls him/);
});
