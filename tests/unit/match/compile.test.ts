import { describe, expect, test } from 'vitest';
import type { Dictionary } from '../../../src/core/dictionary/types';
import { createMatcher } from '../../../src/core/match/automaton';
import { compileMatcher, CONTEXT_SHIFT, PATTERN_STRIDE } from '../../../src/core/match/compile';
import { findMentions } from '../../../src/core/match/find';
import { createMatchState } from '../../../src/core/match/types';
import { dictionary, entity, parseMarked, storyDictionary } from './fixtures';

const ambiguous = { ambiguous: { resolve: 'most-recent' } } as const;
const countries = dictionary('countries', [entity('georgia-country', ['Georgia', 'Tbilisi'])]);
const states = dictionary('states', [entity('georgia-state', ['Georgia', 'Atlanta'])]);
const sharedA = dictionary('shared-a', [entity('ivanov-a', ['Ivan Ivanov', ['Ivanov', ambiguous]])]);
const sharedB = dictionary('shared-b', [entity('ivanov-b', ['Boris Ivanov', ['Ivanov', ambiguous]])]);
const plainB = dictionary('plain-b', [entity('ivanov-plain', ['Ivanov'])]);
const acronym = dictionary('acronym', [entity('sco', [['SCO', { caseSensitive: true }]])]);
const inContext = (...context: string[]) => ({ match: 'after-full-name', context }) as const;
const places = dictionary('places', [entity('tajikistan', ['Tajikistan']), entity('moscow', ['Moscow'])]);
const wars = dictionary('wars', [
  entity('civil-war', ['Tajik Civil War', ['civil war', inContext('tajikistan')]]),
]);
const warsWithPlace = dictionary('wars-with-place', [
  entity('tajikistan', ['Republic of Tajikistan']),
  entity('civil-war', ['Tajik Civil War', ['civil war', inContext('tajikistan')]]),
]);
const word = dictionary('word', [entity('sco-word', ['sco'])]);

/** One row per precedence rule: dictionaries in order, then the text with its expected mentions marked. */
const precedence: Array<[string, Dictionary[], string]> = [
  [
    'the earlier dictionary wins a shared alias',
    [countries, states],
    '[Georgia|georgia-country] and [Atlanta|georgia-state]',
  ],
  [
    'order decides, not content',
    [states, countries],
    '[Georgia|georgia-state] and [Tbilisi|georgia-country]',
  ],
  [
    'ambiguous in both: most recent across dictionaries',
    [sharedA, sharedB],
    '[Ivan Ivanov|ivanov-a], [Boris Ivanov|ivanov-b]: [Ivanov|ivanov-b]',
  ],
  [
    'ambiguous in both, order reversed',
    [sharedB, sharedA],
    '[Boris Ivanov|ivanov-b], [Ivan Ivanov|ivanov-a]: [Ivanov|ivanov-a]',
  ],
  ['ambiguous in both, none introduced', [sharedA, sharedB], 'Ivanov said'],
  ['an earlier ambiguous claim beats a later plain one', [sharedA, plainB], 'Ivanov said'],
  [
    'an earlier plain claim beats a later ambiguous one',
    [plainB, sharedA],
    '[Ivan Ivanov|ivanov-a]; [Ivanov|ivanov-plain]',
  ],
  ['a claim counts only where its alias matches', [acronym, word], '[SCO|sco] and [sco|sco-word]'],
  [
    'context ids resolve within the alias’s own dictionary',
    [places, wars],
    '[Tajikistan|tajikistan] and a civil war',
  ],
  [
    'a context entity the own dictionary defines counts, whichever dictionary introduced its id',
    [places, warsWithPlace],
    '[Tajikistan|tajikistan] and a [civil war|civil-war]',
  ],
];

describe('compileMatcher', () => {
  test.each(precedence)('%s', (_rule, dictionaries, marked) => {
    const { text, expected } = parseMarked(marked);
    const matcher = createMatcher(compileMatcher(dictionaries));
    expect(findMentions(text, matcher, createMatchState())).toEqual(expected);
  });

  test('the compiled form survives JSON unchanged and matches the same', () => {
    const compiled = compileMatcher([storyDictionary]);
    const revived: unknown = JSON.parse(JSON.stringify(compiled));
    expect(revived).toEqual(compiled);
    const { text } = parseMarked(
      '[Vladimir Putin|putin] met [Tōkyō|tokyo]’s [서울|seoul] team and [𐐔𐐯𐑅𐐨𐑉𐐯𐐻|deseret].',
    );
    const fresh = findMentions(text, createMatcher(compiled), createMatchState());
    expect(findMentions(text, createMatcher(revived as typeof compiled), createMatchState())).toEqual(fresh);
    expect(fresh).toHaveLength(4);
  });

  test('the trie shares prefixes: one node per distinct folded prefix', () => {
    const compiled = compileMatcher([
      dictionary('d', [entity('a', ['Putin', 'PUTIN', 'Puti']), entity('b', ['Pu'])]),
    ]);
    expect(compiled.parents).toHaveLength(5);
    expect(compiled.symbols).toBe('putin');
    expect(compiled.patterns).toHaveLength(4 * PATTERN_STRIDE);
    expect(compiled.entities).toEqual(['a', 'b']);
  });

  test('context groups are compact: a count, then entity indexes, shared by equal contexts', () => {
    const compiled = compileMatcher([
      dictionary('d', [
        entity('summit', ['Dushanbe summit']),
        entity('sco', ['SCO']),
        entity('east-west', ['East-West corridor', ['East-West', inContext('summit', 'sco')]]),
        entity('north-south', ['North-South corridor', ['North-South', inContext('summit', 'sco')]]),
        entity('war', ['Tajik Civil War', ['civil war', inContext('sco')]]),
      ]),
    ]);
    expect(compiled.contexts).toEqual([2, 0, 1, 1, 1]);
    const groupOf = (key: string) =>
      Math.floor(
        (compiled.patterns[compiled.keys.indexOf(key) * PATTERN_STRIDE + 3] ?? 0) / 2 ** CONTEXT_SHIFT,
      );
    expect([groupOf('east-west'), groupOf('north-south'), groupOf('civil war'), groupOf('sco')]).toEqual([
      1, 1, 4, 0,
    ]);
  });

  test('the East-West and the North-South corridors both count after their context', () => {
    const { text, expected } = parseMarked(
      'At the [Dushanbe summit|summit], the [East-West|east-west] and the [North-South|north-south] corridors',
    );
    const compiled = compileMatcher([
      dictionary('d', [
        entity('summit', ['Dushanbe summit']),
        entity('east-west', ['East-West corridor', ['East-West', inContext('summit')]]),
        entity('north-south', ['North-South corridor', ['North-South', inContext('summit')]]),
      ]),
    ]);
    expect(findMentions(text, createMatcher(compiled), createMatchState())).toEqual(expected);
  });

  test('aliases that fold to nothing are left out', () => {
    const compiled = compileMatcher([dictionary('d', [entity('a', [' \u00ad ', 'Real'])])]);
    expect(compiled.keys).toEqual(['real']);
  });

  test('no dictionaries: a matcher that finds nothing', () => {
    const matcher = createMatcher(compileMatcher([]));
    expect(findMentions('Vladimir Putin in Dushanbe', matcher, createMatchState())).toEqual([]);
  });
});
