/**
 * Judges candidates: drops what only looks like a name (sentence-initial
 * common words, adjectives such as "Tajik", dates), folds surnames and
 * acronyms into the full names they shorten, and guesses each entity's type.
 */
import type { Candidate, Occurrence } from './candidates';
import {
  CALENDAR_WORDS,
  COMMON_ACRONYMS,
  COUNTRY_ACRONYMS,
  FUNCTION_WORDS,
  ORGANISATION_HEADS,
  PLACE_SUFFIX,
  inList,
} from './lexicon';

/** One spelling of a drafted entity, and whether it may stand alone. */
export interface DraftAlias {
  text: string;
  isShortForm: boolean;
  caseSensitive: boolean;
}

/** An entity the draft proposes, before it is written out in the dictionary format. */
export interface DraftEntity {
  key: string;
  name: string;
  type: string;
  aliases: DraftAlias[];
  /** Occurrences of the full name (standalone aliases). */
  occurrences: Occurrence[];
  /** Occurrences of short forms (surnames). */
  shortOccurrences: Occurrence[];
}

const isDateWord = (word: string): boolean => word.split('-').every((part) => inList(CALENDAR_WORDS, part));

/** Whether a candidate is likely a name at all. */
function looksLikeName(c: Candidate): boolean {
  // Seven capitalised words and more are a headline or a title in a list of references, not a name.
  if (c.words.length > 6 || c.name.length > 120) return false;
  if (c.words.every((w) => inList(FUNCTION_WORDS, w) || isDateWord(w))) return false;
  if (c.words.some(isDateWord)) return false;
  if (c.isAcronym && COMMON_ACRONYMS.has(c.key)) return false;
  if (c.isAcronym || c.headType !== undefined || c.words.length > 1) return true;
  const word = c.words[0] ?? '';
  if (PLACE_SUFFIX.test(word)) return true;
  // A word capitalised only where every word is ("Addressing the summit, …") says nothing.
  // … unless it is the subject of a verb ("Beijing views the SCO as …"), which common words rarely are.
  if (c.occurrences.every((o) => o.isSentenceStart)) return c.occurrences.some((o) => o.isBeforeVerb);
  // "the Tajik capital", "Afghan mujahideens": always before another word, never after "in"/"to" → an adjective.
  return c.occurrences.some((o) => o.isFollowedByPunctuation || o.isAfterPreposition || o.isAfterPersonTitle);
}

/** What the words around a candidate say about it, read from the article by the caller. */
export interface TypeClues {
  /** Whether the text gives the candidate a person's role ("A political analyst, …"). */
  hasPersonRole: (c: Candidate) => boolean;
  /** Lower-case single words the article also uses alone ("Putin"), surnames when a full name ends with one. */
  singleWords: ReadonlySet<string>;
}

function guessType(c: Candidate, clues: TypeClues): string {
  if (c.headType !== undefined) return c.headType;
  if (c.isAcronym) return COUNTRY_ACRONYMS.has(c.key) ? 'place' : 'organisation';
  const last = c.words[c.words.length - 1] ?? '';
  if (inList(ORGANISATION_HEADS, last)) return 'organisation';
  if (c.occurrences.some((o) => o.isAfterPersonTitle || o.isByline)) return 'person';
  if (PLACE_SUFFIX.test(last) || c.words.length === 1) return 'place';
  // A full name whose surname also stands alone ("Mr. Costa"), or that the text gives a job, is a person.
  if (clues.singleWords.has(last.toLowerCase()) || clues.hasPersonRole(c)) return 'person';
  // "Joe Carbone said": bodies speak too, but a name of two or three words that speaks is most often a person.
  if (c.words.length <= 3 && c.occurrences.some((o) => o.isSpeaker)) return 'person';
  if (c.occurrences.some((o) => o.isAfterPreposition)) return 'place';
  // Capitalised words with no clue at all: in news, most often a company, a body or a brand.
  return 'organisation';
}

function toEntity(c: Candidate, type: string): DraftEntity {
  return {
    key: c.key,
    name: c.name,
    type,
    aliases: c.forms.map((text) => ({ text, isShortForm: false, caseSensitive: c.isAcronym })),
    occurrences: [...c.occurrences],
    shortOccurrences: [],
  };
}

/** The person whose full name ends with these words ("Putin" → "Vladimir Putin"), when exactly one does. */
function fullNameEndingWith(people: readonly DraftEntity[], words: readonly string[]): DraftEntity[] {
  const tail = words.join(' ').toLowerCase();
  return people.filter((p) => {
    const name = p.name.toLowerCase();
    return name !== tail && name.endsWith(` ${tail}`);
  });
}

const startsPersonName = (people: readonly DraftEntity[], word: string): boolean =>
  people.some((p) => p.name.toLowerCase().startsWith(`${word.toLowerCase()} `));

/** Turns candidates into typed draft entities, short forms folded into their full names. */
export function classifyCandidates(
  candidates: ReadonlyMap<string, Candidate>,
  hasPersonRole: (c: Candidate) => boolean,
): DraftEntity[] {
  const all = [...candidates.values()];
  const clues: TypeClues = {
    hasPersonRole,
    singleWords: new Set(all.filter((c) => c.words.length === 1 && !c.isAcronym).map((c) => c.key)),
  };
  const multiWordPeople = all
    .filter((c) => c.words.length > 1 && looksLikeName(c) && guessType(c, clues) === 'person')
    .map((c) => toEntity(c, 'person'));
  const byKey = new Map(multiWordPeople.map((e) => [e.key, e]));
  const entities: DraftEntity[] = [];
  for (const c of all) {
    const person = byKey.get(c.key);
    if (person) {
      entities.push(person);
      continue;
    }
    const owners = c.isAcronym ? [] : fullNameEndingWith(multiWordPeople, c.words);
    if (owners.length > 0) {
      // A surname: it names the person only after the full name, so it becomes an after-full-name alias.
      for (const owner of owners) {
        owner.aliases.push({ text: c.name, isShortForm: true, caseSensitive: false });
        owner.shortOccurrences.push(...c.occurrences);
      }
      continue;
    }
    // A first name alone ("Karim") never names anyone.
    if (c.words.length === 1 && startsPersonName(multiWordPeople, c.name)) continue;
    if (looksLikeName(c)) entities.push(toEntity(c, guessType(c, clues)));
  }
  return foldAcronyms(entities, candidates);
}

/** Moves each spelled-out acronym into the entity of its full name. */
function foldAcronyms(entities: DraftEntity[], candidates: ReadonlyMap<string, Candidate>): DraftEntity[] {
  const byKey = new Map(entities.map((e) => [e.key, e]));
  return entities.filter((e) => {
    const target = byKey.get(candidates.get(e.key)?.expands ?? '');
    if (!target) return true;
    target.type = 'organisation';
    target.aliases.push(...e.aliases);
    target.occurrences.push(...e.occurrences);
    return false;
  });
}
