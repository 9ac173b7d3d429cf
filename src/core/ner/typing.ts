/**
 * Types a name from evidence: gazetteers, heads ("Ministry", "Museum"),
 * given names, titles and the clues around its mentions. No guess without a
 * reason: a name with no evidence at all is typed by its shape.
 */
import type { Clues } from './evidence';
import { fold, gazetteer } from './gazetteer';
import { ORGANISATION_HEADS, PLACE_HEADS, inList } from './lexicon';

/** The three types the engine tells apart. */
export type NameType = 'person' | 'place' | 'organisation';

// Words that qualify a place's name: "Lower Manhattan", "North Africa", "Greater London".
const QUALIFIERS = new Set(
  'north south east west northern southern eastern western central upper lower greater new old inner outer mid'.split(
    ' ',
  ),
);

/** The compass points that start a region's name. */
export const COMPASS = /^(?:north|south|east|west)(?:ern)?$/iu;

/** The name as the gazetteer spells it when it names a known place ("U.S." → "United States"). */
export function knownPlace(words: readonly string[]): string | undefined {
  const { places } = gazetteer();
  const name = fold(words.join(' '));
  return places.get(name) ?? places.get(name.replace(/\./gu, ''));
}

/** Whether a name is an acronym: one word of two to six capitals ("SCO", "U.S."). */
export function isAcronym(words: readonly string[]): boolean {
  return words.length === 1 && /^(?:\p{Lu}\.?){2,6}$/u.test(words[0] ?? '');
}

/** Scores for each type, from the name itself and its clues summed over its mentions. */
export function typeScores(
  words: readonly string[],
  clues: Clues,
  mentions: number,
  isCommon: (word: string) => boolean = () => false,
): Record<NameType, number> {
  const { firstNames, places } = gazetteer();
  const last = words[words.length - 1] ?? '';
  const first = words[0] ?? '';
  const s = { person: 0, place: 0, organisation: 0 };
  const isPlace = knownPlace(words) !== undefined;
  if (isPlace) s.place += 5;
  // "Department of Defense", "Center on Poverty and Inequality": the head may come first.
  const headAt = words.findIndex((w) => inList(ORGANISATION_HEADS, w));
  const isHeadAt = (w: string, i: number): boolean =>
    inList(ORGANISATION_HEADS, w) && (i === words.length - 1 || /^\p{Ll}/u.test(words[i + 1] ?? ''));
  if (words.length > 1 && words.some(isHeadAt)) s.organisation += 6;
  s.organisation += Math.min(clues.organisation, 6);
  if (inList(PLACE_HEADS, last) && words.length > 1) s.place += 4;
  // "White House", "Opera House": a building.
  if (/^house$/iu.test(last) && words.length === 2) s.place += 10;
  if (words.length > 1 && QUALIFIERS.has(fold(first)) && places.has(fold(words.slice(1).join(' '))))
    s.place += 6;
  // "Northern Pacific", "West Side": a compass point leads a region's name.
  if (words.length > 1 && COMPASS.test(first)) s.place += 3;
  const isGiven = firstNames.has(fold(first));
  if (words.length > 1 && isGiven && !places.has(fold(first))) s.person += 3;
  else if (words.length > 1 && isGiven) s.person += 1.5;
  if (words.length === 1 && isGiven) s.person += 1;
  // "C. Eugene Steuerle", "William G. Gale": initials are people's.
  if (words.length > 1 && words.some((w) => /^\p{Lu}\.$/u.test(w)) && headAt < 0) s.person += 2;
  s.person += Math.min(clues.person, 6);
  s.person += Math.min(clues.speech, 2) * (words.length > 1 ? 1 : 0.5);
  s.place += Math.min(clues.place / Math.max(1, mentions / 2), 2);
  if (isAcronym(words) && !isPlace) s.organisation += 2;
  const hasHead = words.some((w) => inList(ORGANISATION_HEADS, w) || inList(PLACE_HEADS, w));
  // Two to four capitalised words with nothing else known read as a person's name, unless one of them
  // is a word the article also writes in lower case ("Breitbart Tech", "Islamic State" rarely are people).
  if (words.length >= 2 && words.length <= 4 && !hasHead && !isPlace && !words.some(isCommon))
    s.person += 1.5;
  // With nothing else known, a name is an organisation's (companies are named bare more than anything).
  s.organisation += words.length === 1 ? 1 : 1.5;
  return s;
}

/** The type with the highest score; people win ties over places, places over organisations. */
export function bestType(scores: Record<NameType, number>): NameType {
  if (scores.person >= scores.place && scores.person >= scores.organisation) return 'person';
  return scores.place >= scores.organisation ? 'place' : 'organisation';
}
