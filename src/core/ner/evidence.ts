/**
 * Reads the clues around each mention that say what kind of thing it names:
 * titles, "said", a role noun before it, "in"/"from" before it, an acronym
 * in brackets after it.
 */
import type { Mention } from './candidates';
import type { Article } from './tokens';
import { fold, gazetteer } from './gazetteer';
import { knownPlace } from './typing';
import {
  ORGANISATION_FOLLOWERS,
  ORGANISATION_HEADS,
  PERSON_ROLE_NOUNS,
  PLACE_PREPOSITIONS,
  SPEECH_VERBS,
  inList,
} from './lexicon';

/** Clues found around one mention. */
export interface Clues {
  /** A title or honorific, a role noun before, "who" after: a person. */
  person: number;
  /** "in", "from", "near" before: a place. */
  place: number;
  /** "officials", "shares" just after: an organisation. */
  organisation: number;
  /** "said", "told" just after. */
  speech: number;
  /** "(SCO)" right after the name: the acronym it defines. */
  acronym?: string;
}

/** The clues around a mention. */
export function cluesOf(article: Article, m: Mention): Clues {
  const { tokens, text } = article;
  const clues: Clues = { person: 0, place: 0, organisation: 0, speech: 0 };
  if (m.honorific !== undefined) clues.person += 4;
  else if (m.title !== undefined) clues.person += 3;
  const before = tokens[m.first - 1];
  if (before && before.sentence === m.sentence && /^\s+$/u.test(text.slice(before.end, m.start))) {
    const beforeThat = tokens[m.first - 2]?.text ?? '';
    // "according to Reuters" is a source, not a destination.
    if (inList(PLACE_PREPOSITIONS, before.text) && !/^(?:according|due|thanks|next|up)$/iu.test(beforeThat))
      // "to" is a weaker clue than "in": one sells to a company, one lives in a town.
      clues.place += before.text === 'to' ? 0.5 : 1;
    if (/^\p{Ll}/u.test(before.text) && inList(PERSON_ROLE_NOUNS, before.text)) clues.person += 2;
    // "the city of Djerba", "the province of Idlib".
    if (
      before.text === 'of' &&
      /^(?:city|town|village|province|state|region|island|capital|port|county|district)$/u.test(beforeThat)
    )
      clues.place += 3;
  }
  const after = tokens[m.last + 1];
  const gapAfter = after ? text.slice(tokens[m.last]?.end ?? m.end, after.start) : '';
  if (after && after.sentence === m.sentence) {
    if (inList(SPEECH_VERBS, after.text) && /^[\s,]*$/u.test(gapAfter)) clues.speech += 1;
    if (inList(ORGANISATION_FOLLOWERS, after.text) && /^\s+$/u.test(gapAfter)) clues.organisation += 3;
    // "Vulture magazine", "the CIS department": a lower-case organisation head after the name.
    if (/^\p{Ll}/u.test(after.text) && inList(ORGANISATION_HEADS, after.text) && /^\s+$/u.test(gapAfter))
      clues.organisation += 3;
    if (/^,\s*$/u.test(gapAfter) && /^(?:who|whose)$/u.test(after.text)) clues.person += 2;
    // "Ketchikan, Alaska", "Cupertino, California": a town, then its state or country.
    const region = /^,\s*(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)?)(?=[.,;:)]|$)/u.exec(
      text.slice(m.end, m.end + 40),
    )?.[1];
    if (
      region !== undefined &&
      knownPlace(region.split(' ')) !== undefined &&
      gazetteer().places.get(fold(region)) !== undefined
    )
      clues.place += 3;
    const acronym = /^\s*\(((?:\p{Lu}\.?){2,8})\)/u.exec(text.slice(m.end, m.end + 14));
    if (acronym?.[1]) clues.acronym = acronym[1];
  }
  // "said Smith": the speaker after the verb.
  if (before && inList(SPEECH_VERBS, before.text) && /^\s+$/u.test(text.slice(before.end, m.start)))
    clues.speech += 1;
  return clues;
}
