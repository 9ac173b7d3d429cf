import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldSymbols, ScanAlphabet } from '../../../src/core/match/fold-table';
import { normaliseForCompare, type CompareOptions } from '../../../src/core/match/normalise';

const loose: CompareOptions = { caseSensitive: false, foldDiacritics: true };
const plain: CompareOptions = { caseSensitive: false, foldDiacritics: false };
const exact: CompareOptions = { caseSensitive: true, foldDiacritics: false };

/** One row per rule: two texts, the options, and whether they compare equal. */
const cases: Array<[string, string, string, CompareOptions, boolean]> = [
  ['whitespace kinds are equal', 'Vladimir\u00a0Putin', 'Vladimir Putin', exact, true],
  ['a run of whitespace is one space', 'Vladimir \n\t Putin', 'Vladimir Putin', exact, true],
  ['thin and narrow no-break spaces', 'Vladimir\u2009Putin\u202fJr', 'Vladimir Putin Jr', exact, true],
  ['whitespace is not nothing', 'VladimirPutin', 'Vladimir Putin', exact, false],
  ['outer whitespace is trimmed', '  Dushanbe\n', 'Dushanbe', exact, true],
  [
    'soft hyphen and zero-width characters vanish',
    'Du\u00adsh\u200ban\u200c\u200dbe\u2060\ufeff',
    'Dushanbe',
    exact,
    true,
  ],
  [
    'curly, backtick and straight apostrophes',
    'O’Brien O‘Brien O`Brien',
    "O'Brien O'Brien O'Brien",
    exact,
    true,
  ],
  ['non-breaking hyphen is a hyphen', 'East\u2011West', 'East-West', exact, true],
  ['a character that decomposes to a backtick is an apostrophe', 'O\u1fefBrien', "O'Brien", exact, true],
  ['composed and decomposed letters', 'Rahmo\u0304n', 'Rahmōn', exact, true],
  ['case-sensitive keeps case', 'SCO', 'Sco', exact, false],
  ['case-insensitive folds case', 'SCO', 'sco', plain, true],
  ['final sigma folds with sigma', 'ΟΔΥΣΣΕΑΣ', 'οδυσσεας', plain, true],
  ['diacritics kept unless folded', 'Rahmōn', 'Rahmon', plain, false],
  ['diacritics folded when asked', 'Rahmōn', 'Rahmon', loose, true],
  ['stroke letters fold with diacritics', 'Łódź', 'Lodz', loose, true],
  [
    'folding keeps case when case-sensitive',
    'Łódź',
    'lodz',
    { caseSensitive: true, foldDiacritics: true },
    false,
  ],
  ['other scripts keep their marks', 'हिन्दी', 'हनद', loose, false],
];

describe('normaliseForCompare', () => {
  test.each(cases)('%s', (_rule, a, b, options, isEqual) => {
    expect(normaliseForCompare(a, options) === normaliseForCompare(b, options)).toBe(isEqual);
  });

  test('normalising first changes nothing the matcher folds to (any Unicode text)', () => {
    // Texts that compare equal normalise to one string, so this makes the automaton's folding sound.
    const options = fc.record({ caseSensitive: fc.boolean(), foldDiacritics: fc.boolean() });
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), options, (text, o) => {
        expect(foldSymbols(normaliseForCompare(text, o))).toBe(foldSymbols(text));
      }),
      { numRuns: 3000 },
    );
  });

  test('the matcher folds every text that compares equal to the same symbols', () => {
    for (const [, a, b, options, isEqual] of cases) {
      if (isEqual) expect(foldSymbols(a), `${a} / ${b} ${JSON.stringify(options)}`).toBe(foldSymbols(b));
    }
  });
});

describe('ScanAlphabet', () => {
  test('its ASCII shortcut agrees with foldCharacter on every ASCII character', () => {
    const symbols = Array.from({ length: 0x80 }, (_, code) => code);
    const alphabet = new ScanAlphabet(new Map(symbols.map((code) => [code, code + 1])));
    for (const code of symbols) {
      const folded = foldSymbols(String.fromCharCode(code));
      if (folded.length !== 1) continue; // whitespace and controls: classified apart
      expect(alphabet.table[code], JSON.stringify(String.fromCharCode(code))).toBe(folded.charCodeAt(0) + 1);
    }
  });
});

describe('foldSymbols', () => {
  test.each([
    ['Vladimir \u00a0 Putin', 'vladimir putin'],
    [' Dushanbe ', 'dushanbe'],
    ['Rahmo\u0304n’s', "rahmon's"],
    ['İstanbul', 'istanbul'],
    ['𐐔𐐯𐑅', '𐐼𐐯𐑅'],
  ])('%j folds to %j', (text, folded) => {
    expect(foldSymbols(text)).toBe(folded);
  });
});
