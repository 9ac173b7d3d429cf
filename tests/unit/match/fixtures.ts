/**
 * Small made-up dictionaries for the matcher tests, and a markup for writing
 * a text together with the mentions expected in it: `[Vladimir Putin|putin]`.
 */
import type { Alias, Dictionary, Entity } from '../../../src/core/dictionary/types';
import type { Mention } from '../../../src/core/match/types';

type AliasOptions = Partial<Omit<Alias, 'text'>>;

/** An entity with the given aliases; aliases default to standalone and case-insensitive. */
export function entity(id: string, aliases: ReadonlyArray<string | [string, AliasOptions]>): Entity {
  return {
    id,
    type: 'person',
    name: id,
    role: '',
    background: '',
    quotes: [],
    related: [],
    aliases: aliases.map((a) => {
      const [text, options] = typeof a === 'string' ? [a, {}] : a;
      return { text, match: 'standalone', caseSensitive: false, ...options };
    }),
  };
}

/** A dictionary holding the given entities. */
export function dictionary(id: string, entities: Entity[]): Dictionary {
  return { schemaVersion: 1, id, name: id, entities };
}

const after = { match: 'after-full-name' } as const;
const ambiguous = { match: 'after-full-name', ambiguous: { resolve: 'most-recent' } } as const;
const exact = { caseSensitive: true } as const;

/** The dictionary most rule tests run on: every alias option, and aliases that the trap words contain. */
export const storyDictionary = dictionary('story', [
  entity('putin', ['Vladimir Putin', 'Mr. Putin', ['Putin', after]]),
  entity('sco', [['SCO', exact], 'Shanghai Cooperation Organization']),
  entity('shanghai', [['Shanghai', exact]]),
  entity('csto', [['CSTO', exact]]),
  entity('india', [['India', exact]]),
  entity('tajikistan', ['Tajikistan']),
  entity('dushanbe', ['Dushanbe']),
  entity('heroin', ['heroin']),
  entity('sergei-ivanov', ['Sergei Ivanov', ['Ivanov', ambiguous]]),
  entity('viktor-ivanov', ['Viktor Ivanov', ['Ivanov', ambiguous]]),
  entity('rahmon', [['Emomali Rahmōn', { foldDiacritics: true }]]),
  entity('tokyo', [['Tōkyō', { foldDiacritics: false }]]),
  entity('obrien', ["Conor O'Brien"]),
  entity('new-york', ['New York']),
  entity('york-times', ['York Times']),
  entity('moscow', ['Москва']),
  entity('seoul', ['서울']),
  entity('odysseas', ['Οδυσσέας']),
  entity('deseret', ['𐐔𐐯𐑅𐐨𐑉𐐯𐐻']),
  entity('tajik-civil-war', ['Tajik Civil War', ['civil war', { ...after, context: ['tajikistan'] }]]),
  entity('ivanov-report', ['Ivanov Report', ['the report', { ...after, context: ['sergei-ivanov'] }]]),
]);

/** Splits marked-up text into the plain text and the mentions it marks. */
export function parseMarked(marked: string): { text: string; expected: Mention[] } {
  let text = '';
  const expected: Mention[] = [];
  const pattern = /\[([^|\]]*)\|([^\]]+)\]/gu;
  let last = 0;
  for (const m of marked.matchAll(pattern)) {
    text += marked.slice(last, m.index);
    const [, inner = '', entityId = ''] = m;
    expected.push({ start: text.length, end: text.length + inner.length, entityId });
    text += inner;
    last = m.index + m[0].length;
  }
  return { text: text + marked.slice(last), expected };
}
