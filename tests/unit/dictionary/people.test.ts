/**
 * The people of the bundled dictionary: all fourteen the article names, with
 * the alias conventions for names and the dated offices checked elsewhere.
 */
import { describe, expect, test } from 'vitest';
import { readBundled } from './load';

const entities = readBundled().entities;
const people = entities.filter((e) => e.type === 'person');

test('the article names fourteen people, its author included', () => {
  expect(people.map((p) => p.id).sort()).toEqual(
    [
      'akil-akilov',
      'aleksandr-shustov',
      'batyr-hodzhayev',
      'emomali-rahmon',
      'esfandiar-rahim-mashaei',
      'gombojav-zandanshatar',
      'karim-khalili',
      'karim-masimov',
      'maksim-peshkov',
      'preneet-kaur',
      'saimuddin-dustov',
      'viktor-ivanov',
      'vladimir-putin',
      'yusuf-raza-gilani',
    ].sort(),
  );
});

describe.each(people)('$id', (person) => {
  const names = person.aliases.filter((a) => a.text.includes(' ') && !a.text.startsWith('Mr.'));

  test('a bare surname counts only after the full name', () => {
    for (const alias of person.aliases.filter((a) => !a.text.includes(' '))) {
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
