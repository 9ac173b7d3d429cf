/**
 * A made-up dictionary of any number of people, valid for the validator:
 * each has a unique two-word name (from syllables, so no stop word and no
 * shared alias) and a surname alias that counts after the full name.
 */
import type { Dictionary, Entity } from '../../src/core/dictionary/types';

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'su', 'te', 'vo', 'ze', 'da', 'pi'];

const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** The name of person `i` (names and surnames unique below 10,000): "Kalon Mirakalosk" and so on. */
export function largeDictionaryName(i: number): string {
  const digit = (power: number): string => SYLLABLES[Math.floor(i / 10 ** power) % 10] ?? '';
  return `${capital(digit(0) + digit(1))}n ${capital(digit(2) + digit(3) + digit(0) + digit(1))}sk`;
}

function person(i: number): Entity {
  const name = largeDictionaryName(i);
  return {
    id: `person-${i}`,
    type: 'person',
    name,
    aliases: [
      { text: name, match: 'standalone', caseSensitive: false },
      { text: name.split(' ')[1] ?? name, match: 'after-full-name', caseSensitive: false },
    ],
    role: `Person number ${i} of a made-up dictionary`,
    background: `Made up for Backstory's tests and bench: person ${i}.`,
    quotes: [],
    related: [],
  };
}

/** A valid dictionary of `count` made-up people, with the id `id`. */
export function largeDictionary(count: number, id = 'large-test'): Dictionary {
  return {
    schemaVersion: 1,
    id,
    name: `${count} made-up people`,
    entities: Array.from({ length: count }, (_, i) => person(i)),
  };
}
