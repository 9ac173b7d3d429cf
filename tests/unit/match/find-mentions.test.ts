import { describe, expect, test } from 'vitest';
import { compileMatcher } from '../../../src/core/match/compile';
import { createMatcher } from '../../../src/core/match/automaton';
import { findMentions } from '../../../src/core/match/find';
import { copyMatchState, createMatchState } from '../../../src/core/match/types';
import { parseMarked, storyDictionary } from './fixtures';

const matcher = createMatcher(compileMatcher([storyDictionary]));

/** One row per case: the rule it exercises, and the text with its expected mentions marked `[text|entity]`. */
const cases: Array<[string, string]> = [
  ['plain full name', 'Yesterday [Vladimir Putin|putin] arrived.'],
  ['full name with a no-break space', 'Yesterday [Vladimir\u00a0Putin|putin] arrived.'],
  ['full name with a thin space', '[Vladimir\u2009Putin|putin] and [Vladimir\u202fPutin|putin]'],
  ['full name across a line break, a tab and a run of spaces', '[Vladimir \n\t  Putin|putin] spoke'],
  ['whitespace is needed where the alias has it', 'VladimirPutin spoke'],
  [
    'soft hyphen and zero-width characters inside a name',
    '[Vla\u00addimir Pu\u200btin|putin] and [Du\u200cshan\u2060be|dushanbe]',
  ],
  ['zero-width characters at the edges stay out of the mention', '\u200b[Dushanbe|dushanbe]\ufeff.'],
  ['a soft hyphen does not split a longer word', 'Vladimir Putin\u00adism'],
  ['backtick possessive', '[India`s|india] minister'],
  ['curly possessive', 'The [SCO’s|sco] members'],
  ['straight possessive', "[Tajikistan's|tajikistan] capital"],
  ['left curly quote possessive', '[Tajikistan‘s|tajikistan] capital'],
  ['capital S possessive', "[TAJIKISTAN'S|tajikistan] CAPITAL"],
  ['an apostrophe without s ends the mention', "'[Dushanbe|dushanbe]' and [Dushanbe|dushanbe]’"],
  ['a plural is not a possessive', 'Indias and Tajikistans'],
  [
    'apostrophe variants inside a name',
    "[Conor O’Brien|obrien], [Conor O`Brien|obrien], [Conor O'Brien|obrien]",
  ],
  ['an apostrophe in a name is needed', 'Conor OBrien and Conor O Brien'],
  ['a hyphen is not whitespace', 'Vladimir-Putin and New-York'],
  ['a zero-width space does not split a longer word', 'Vladimir Putin\u200bism'],
  ['case-sensitive acronym matches as written', 'the [SCO|sco] summit'],
  ['case-sensitive acronym refuses other cases', 'the sco summit and the Sco summit'],
  ['case-insensitive alias in capitals', '[VLADIMIR PUTIN|putin] and [vladimir putin|putin]'],
  ['folded diacritics: plain letters', '[Emomali Rahmon|rahmon]'],
  [
    'folded diacritics: precomposed and decomposed',
    '[Emomali Rahmōn|rahmon] and [EMOMALI RAHMO\u0304N|rahmon]',
  ],
  ['unfolded diacritics: exact letters, composed or not', '[Tōkyō|tokyo] and [To\u0304kyo\u0304|tokyo]'],
  ['unfolded diacritics refuse plain letters', 'Tokyo and Tokyō'],
  ['a combining mark after a name is part of a longer word', 'Dushanbe\u0301 and Tōkyō\u0301'],
  ['trap: Heroines', 'Heroines and [heroin|heroin].'],
  ['trap: computing', '[Vladimir Putin|putin] was computing.'],
  ['trap: Scotland, SCOTUS', 'Scotland and SCOTUS, not [SCO|sco].'],
  ['trap: Indiana', 'Indiana is not [India|india].'],
  ['trap: Putinism', '[Vladimir Putin|putin] and Putinism or putinist'],
  ['trap: Ivanova', '[Sergei Ivanov|sergei-ivanov] met Ivanova.'],
  ['trap: CSTOs', 'CSTOs, but the [CSTO|csto]'],
  ['trap: sco in a URL', 'see www.sco.org, www.SCO.org or http://SCO and [SCO|sco]'],
  ['URL path', 'example.com/Dushanbe and https://x.tj/dushanbe, but [Dushanbe|dushanbe]'],
  ['domain after a name', 'Dushanbe.tj and SCO.int, but [Dushanbe|dushanbe].'],
  ['e-mail address', 'mail dushanbe@example.com or info@SCO'],
  ['slash between names is not a URL', '[Tajikistan|tajikistan]/[Dushanbe|dushanbe]'],
  ['a path with a leading slash', '/news/Dushanbe or /Dushanbe, but [Dushanbe|dushanbe]'],
  ['a scheme without a domain', 'http://Dushanbe and file:///Dushanbe'],
  ['an abbreviation before a slash is not a domain', 'U.S./[Dushanbe|dushanbe]'],
  ['a domain with a digit', 'x.1tv/Dushanbe, 24.tj/Dushanbe'],
  ['punctuation around names', '([SCO|sco]), "[India|india]"; -[Dushanbe|dushanbe]-'],
  ['letters of another script next to a name', 'Dushanbeд, дDushanbe, [Москва|moscow], Москвафильм'],
  ['digits and underscores next to a name', 'SCO2, 2SCO, _SCO, SCO_ and [SCO|sco]'],
  ['a name at the very start and end of the text', '[Dushanbe|dushanbe] to [Dushanbe|dushanbe]'],
  ['longest match wins', 'the [Shanghai Cooperation Organization|sco] in [Shanghai|shanghai]'],
  ['leftmost match wins over a longer later one', '[New York|new-york] Times'],
  ['after-full-name without the full name', 'Putin said so.'],
  ['after-full-name after the full name', '[Vladimir Putin|putin] spoke; [Putin|putin] said so.'],
  ['after-full-name after another standalone alias', "[Mr. Putin|putin] spoke; [Putin's|putin] words"],
  ['after-full-name only counts what came before', 'Putin spoke before [Vladimir Putin|putin].'],
  [
    'after-full-name after an entity of its context',
    '[Tajikistan|tajikistan] lived through a [civil war|tajik-civil-war].',
  ],
  ['after-full-name with context, before the context entity', 'A civil war in [Tajikistan|tajikistan].'],
  [
    'after-full-name with context, after its own entity',
    '[Tajik Civil War|tajik-civil-war]: the [civil war’s|tajik-civil-war] end',
  ],
  [
    'after-full-name with context, after an entity outside its context',
    '[Dushanbe|dushanbe] lived through a civil war.',
  ],
  [
    'an ambiguous mention introduces no context entity',
    '[Viktor Ivanov|viktor-ivanov]. [Ivanov|viktor-ivanov] filed the report.',
  ],
  [
    'a context entity introduced by its full name',
    '[Sergei Ivanov|sergei-ivanov] filed [the report|ivanov-report].',
  ],
  ['ambiguous alias with no candidate introduced', 'Ivanov said.'],
  [
    'ambiguous alias goes to the one candidate introduced',
    '[Sergei Ivanov|sergei-ivanov] left. [Ivanov|sergei-ivanov] said.',
  ],
  [
    'ambiguous alias goes to the most recently introduced',
    '[Sergei Ivanov|sergei-ivanov] and [Viktor Ivanov|viktor-ivanov]. [Ivanov|viktor-ivanov] said.',
  ],
  [
    're-mentioning makes a candidate most recent again',
    '[Viktor Ivanov|viktor-ivanov], [Sergei Ivanov|sergei-ivanov]. [Ivanov’s|sergei-ivanov] view',
  ],
  ['Hangul, composed and decomposed', `[서울|seoul] and [${'서울'.normalize('NFD')}|seoul], not 서울시`],
  ['Greek with final sigma, case-insensitive', '[ΟΔΥΣΣΈΑΣ|odysseas] and [Οδυσσέας|odysseas]'],
  ['astral letters, case-insensitive', '[𐐼𐐯𐑅𐐨𐑉𐐯𐐻|deseret] and [𐐔𐐯𐑅𐐨𐑉𐐯𐐻|deseret], not 𐐔𐐯𐑅𐐨𐑉𐐯𐐻𐐯'],
];

describe('findMentions', () => {
  test.each(cases)('%s', (_rule, marked) => {
    const { text, expected } = parseMarked(marked);
    expect(findMentions(text, matcher, createMatchState())).toEqual(expected);
  });

  test('state carries introductions and recency across calls', () => {
    const state = createMatchState();
    expect(findMentions('Putin spoke.', matcher, state)).toEqual([]);
    expect(findMentions('Vladimir Putin and Viktor Ivanov.', matcher, state)).toHaveLength(2);
    expect(findMentions('Putin and Ivanov.', matcher, state)).toEqual([
      { start: 0, end: 5, entityId: 'putin' },
      { start: 10, end: 16, entityId: 'viktor-ivanov' },
    ]);
    expect(state.introduced).toEqual(new Set(['putin', 'viktor-ivanov']));
  });

  test('a fresh state forgets earlier calls', () => {
    findMentions('Vladimir Putin', matcher, createMatchState());
    expect(findMentions('Putin', matcher, createMatchState())).toEqual([]);
  });

  test('a copied state is a point to go back to: what is found after the copy does not reach it', () => {
    const state = createMatchState();
    findMentions('Viktor Ivanov.', matcher, state);
    const before = copyMatchState(state);
    findMentions('Vladimir Putin.', matcher, state);
    expect(findMentions('Putin.', matcher, before)).toEqual([]);
    expect(findMentions('Putin.', matcher, state)).toHaveLength(1);
    expect(before.introduced).toEqual(new Set(['viktor-ivanov']));
  });

  test('long texts: offsets stay exact far into the text', () => {
    const block = 'Words about nothing in particular, then the SCO’s view. ';
    const text = block.repeat(2000);
    const mentions = findMentions(text, matcher, createMatchState());
    expect(mentions).toHaveLength(2000);
    expect(mentions.every((m) => text.slice(m.start, m.end) === 'SCO’s')).toBe(true);
  });
});
