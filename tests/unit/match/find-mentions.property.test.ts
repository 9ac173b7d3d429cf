import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createMatcher } from '../../../src/core/match/automaton';
import { compileMatcher } from '../../../src/core/match/compile';
import { findMentions } from '../../../src/core/match/find';
import { loadMatcher, prebuildMatcher, type PrebuiltMatcher } from '../../../src/core/match/prebuilt';
import { createMatchState } from '../../../src/core/match/types';
import { dictionary, entity, storyDictionary } from './fixtures';
import { referencePatterns, referenceScan } from './reference-scan';

/** A second dictionary that claims some of the story's aliases, to exercise precedence. */
const otherDictionary = dictionary('other', [
  entity('dushanbe-hotel', ['Dushanbe', 'Hotel Dushanbe']),
  entity('putin-street', ['Putin']),
  entity('ivanov-prize', [['Ivanov', { ambiguous: { resolve: 'most-recent' } }], 'Ivanov Prize']),
  entity('sco-club', ['Sco']),
  // "tajikistan" is no entity of this dictionary: the context counts only "dushanbe-hotel".
  entity('border-corridor', [
    'Border Corridor',
    ['corridor', { match: 'after-full-name', context: ['dushanbe-hotel', 'tajikistan'] }],
  ]),
]);
/** A third, whose plain claim on an alias the earlier dictionaries mark ambiguous must lose. */
const thirdDictionary = dictionary('third', [entity('ivanov-bank', ['Ivanov', 'Ivanov Bank'])]);
const dictionaries = [storyDictionary, otherDictionary, thirdDictionary];
const compiled = compileMatcher(dictionaries);
const matcher = createMatcher(compiled);
/** The same automaton with dense rows for its first few states only, so that the general scan runs too. */
const sparseMatcher = createMatcher(JSON.parse(JSON.stringify(compiled)) as typeof compiled, 64 * 8);
/** Both, as a page gets them: prebuilt, through JSON, loaded. */
const ship = (m: typeof matcher): typeof matcher =>
  loadMatcher(JSON.parse(JSON.stringify(prebuildMatcher(m))) as PrebuiltMatcher);
const shippedMatcher = ship(matcher);
const shippedSparse = ship(sparseMatcher);
const patterns = referencePatterns(dictionaries);
const aliases = dictionaries.flatMap((d) => d.entities.flatMap((e) => e.aliases.map((a) => a.text)));
const maxSpan = 4 * Math.max(...aliases.map((a) => a.length)) + 10;

const TRAPS = [
  'Heroines',
  'computing',
  'Scotland',
  'SCOTUS',
  'Indiana',
  'Putinism',
  'Ivanova',
  'CSTOs',
  'sco',
  'Москвафильм',
];
const SPACES = [' ', ' ', ' ', '\u00a0', '\u2009', '\u202f', '\n', '\t', '  ', ' \n '];
const IGNORABLES = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const APOSTROPHES = ["'", '’', '‘', '`'];
const PUNCTUATION = [',', ';', '(', ')', '!', '?', '"', '-', '’', "'", '«', '»', '—'];
const ATOMS = [
  'a',
  'e',
  'o',
  's',
  'n',
  'I',
  'S',
  'C',
  'O',
  'é',
  'o\u0304',
  'ō',
  'д',
  'ы',
  '서',
  'σ',
  '1',
  '𐐯',
];

/** Rewrites an alias the ways pages write names: case, whitespace, apostrophes, ignorables, decomposition. */
const aliasVariant = fc
  .record({
    text: fc.constantFrom(...aliases),
    casing: fc.constantFrom('as-is', 'upper', 'lower'),
    space: fc.constantFrom(...SPACES),
    apostrophe: fc.constantFrom(...APOSTROPHES),
    ignorable: fc.option(fc.tuple(fc.constantFrom(...IGNORABLES), fc.nat()), { nil: undefined }),
    decompose: fc.boolean(),
    strip: fc.boolean(),
  })
  .map(({ text, casing, space, apostrophe, ignorable, decompose, strip }) => {
    let out = casing === 'upper' ? text.toUpperCase() : casing === 'lower' ? text.toLowerCase() : text;
    out = out.replace(/ /gu, space).replace(/'/gu, apostrophe);
    if (strip) out = out.normalize('NFD').replace(/[\u0300-\u036f]/gu, '');
    if (ignorable !== undefined) {
      // Between two code points, and never just before a combining mark.
      const points = Array.from(out);
      const at = 1 + (ignorable[1] % Math.max(1, points.length - 1));
      if (!/^\p{M}/u.test(points[at] ?? '')) points.splice(at, 0, ignorable[0]);
      out = points.join('');
    }
    return decompose ? out.normalize('NFD') : out;
  });

const word = fc.array(fc.constantFrom(...ATOMS), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
const piece = fc.oneof(
  { weight: 4, arbitrary: aliasVariant },
  { weight: 1, arbitrary: fc.constantFrom(...TRAPS) },
  { weight: 2, arbitrary: word },
  { weight: 1, arbitrary: fc.constantFrom(...APOSTROPHES).map((a) => `${a}s`) },
);
const separator = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SPACES) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom(...IGNORABLES) },
);
/** One to three blocks of text, searched in order with one state. */
const blocks = fc.array(
  fc.array(fc.tuple(piece, separator), { maxLength: 14 }).map((parts) => parts.flat().join('')),
  { minLength: 1, maxLength: 3 },
);

describe('findMentions against the reference scan', () => {
  test('the general scan is exercised: the small matcher has states without dense rows', () => {
    expect(sparseMatcher.denseStates).toBeLessThan(sparseMatcher.states);
    expect(matcher.denseStates).toBe(matcher.states);
  });

  test('finds exactly what the slow scan finds, block after block', () => {
    fc.assert(
      fc.property(blocks, (texts) => {
        const state = createMatchState();
        const refState = createMatchState();
        for (const text of texts) {
          expect(findMentions(text, matcher, state)).toEqual(
            referenceScan(text, patterns, refState, maxSpan),
          );
        }
        expect(state).toEqual(refState);
      }),
      { numRuns: 300 },
    );
  });

  test('a prebuilt automaton finds what a freshly built one finds, dense and general scan alike', () => {
    fc.assert(
      fc.property(blocks, (texts) => {
        const pairs: Array<[typeof matcher, typeof matcher]> = [
          [matcher, shippedMatcher],
          [sparseMatcher, shippedSparse],
        ];
        for (const [fresh, shipped] of pairs) {
          const state = createMatchState();
          const shippedState = createMatchState();
          for (const text of texts) {
            expect(findMentions(text, shipped, shippedState)).toEqual(findMentions(text, fresh, state));
          }
          expect(shippedState).toEqual(state);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('mentions are in order, inside the text, and never overlap', () => {
    fc.assert(
      fc.property(blocks, (texts) => {
        const state = createMatchState();
        for (const text of texts) {
          let last = 0;
          for (const m of findMentions(text, matcher, state)) {
            expect(m.start).toBeGreaterThanOrEqual(last);
            expect(m.end).toBeGreaterThan(m.start);
            expect(m.end).toBeLessThanOrEqual(text.length);
            last = m.end;
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
