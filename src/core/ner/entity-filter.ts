/**
 * Decides which groups of mentions stand as entities: not a demonym, a date, a title, a role in
 * capitals, a faith or an everyday word, and not only weakly capitalised.
 */
import type { Group } from './corefer';
import { isCapitalisedNoun } from './evidence';
import { fold, gazetteer, isDemonymLike } from './gazetteer';
import {
  CALENDAR_WORDS,
  COMMON_ACRONYMS,
  FAITHS_AND_PEOPLES,
  FUNCTION_WORDS,
  GROUP_NOUN,
  HONORIFICS,
  ORGANISATION_HEADS,
  PERSON_ROLE_NOUNS,
  PLACE_HEADS,
  PLACE_LEADS,
  TITLE_WORDS,
  inList,
} from './lexicon';
import type { Article } from './tokens';
import { COMPASS, knownPlace } from './typing';

/** Whether a group can stand as an entity: not a demonym, date, title or common word, and not only weakly capitalised. */
export function isEntity(article: Article, g: Group): boolean {
  const { lowerWords, capitalised } = article;
  const { demonyms, firstNames } = gazetteer();
  const name = fold(g.words.join(' '));
  if (!/\p{L}{2}/u.test(name.replace(/\./gu, ''))) return false;
  // "Page A22", "Route 66": a code, not a name.
  if (g.words.some((w) => /^\p{Lu}?\p{N}+$/u.test(w))) return false;
  if (demonyms.has(name) || demonyms.has(name.replace(/s$/u, '')) || isDemonymLike(name)) return false;
  // "Muslim", "Roman", "Copts": a faith or a people, an adjective or a group, not one entity.
  if (g.words.length === 1 && inList(FAITHS_AND_PEOPLES, g.words[0] ?? '')) return false;
  // "US" is a country, although "us" is a function word.
  if (
    knownPlace(g.words) === undefined &&
    g.words.every(
      (w) =>
        inList(FUNCTION_WORDS, w) ||
        inList(CALENDAR_WORDS, w) ||
        inList(TITLE_WORDS, w) ||
        inList(HONORIFICS, w),
    )
  )
    return false;
  const isPlace = knownPlace(g.words) !== undefined;
  const word = g.words[0] ?? '';
  const isCaps = !/\p{Ll}/u.test(word);
  if (
    g.words.length === 1 &&
    !isPlace &&
    !isCaps &&
    lowerWords.has(word.toLowerCase()) &&
    g.clues.person === 0
  )
    return false;
  if (g.words.length === 1 && word.length > 6 && !/\p{Ll}/u.test(word) && !isPlace) return false;
  if (g.words.every((w) => inList(COMMON_ACRONYMS, w) || inList(COMMON_ACRONYMS, w.replace(/s$/u, ''))))
    return false;
  // "NETWORK POLITICAL EDITOR": a role in capitals, as a byline's tail writes it, names no one.
  if (g.words.every((w) => !/\p{Ll}/u.test(w)) && g.words.some((w) => inList(PERSON_ROLE_NOUNS, w)))
    return false;
  // "ministre des Affaires étrangères": a capital French gives a noun inside a phrase, unless it heads an institution.
  if (!isPlace && !inList(ORGANISATION_HEADS, word) && isCapitalisedNoun(article, g.words, g.mentions))
    return false;
  // "Co.", "Inc.": an abbreviated head alone.
  if (g.words.length === 1 && word.endsWith('.') && inList(ORGANISATION_HEADS, word)) return false;
  // "Analysis", "Memories": an everyday English word named once or twice, with no clue that it is a name.
  const isEveryday = gazetteer().commonWords.has(word.toLowerCase()) && !firstNames.has(fold(word));
  const hasClue = g.clues.person + g.clues.organisation + g.clues.speech > 0;
  const isInstitution = inList(ORGANISATION_HEADS, word);
  if (g.words.length === 1 && isEveryday && !isPlace && !isInstitution && !hasClue && g.mentions.length <= 2)
    return false;
  // "New Yorkers", "African-American": a place's people, or demonyms joined.
  if (knownPlace([name.replace(/ers?$/u, '')]) !== undefined && /ers?$/u.test(name)) return false;
  // "North African", "African-American": demonyms, with any compass point, name no one.
  if (
    g.words.some((w) => !COMPASS.test(w)) &&
    g.words.every((w) =>
      w.split('-').every((p) => COMPASS.test(p) || demonyms.has(fold(p)) || isDemonymLike(fold(p))),
    )
  )
    return false;
  if (g.words.every((w) => w.split('-').every((p) => inList(CALENDAR_WORDS, p)))) return false;
  // "the Republic", "East-West": a generic place word or compass points alone name nothing.
  if (
    g.words.length === 1 &&
    (inList(PLACE_HEADS, word) ||
      /^(?:republic|kingdom|empire|federation|emirate|république|royaume|república|reino)$/iu.test(word))
  )
    return false;
  if (g.words.every((w) => w.split('-').every((p) => /^(?:north|south|east|west)(?:ern)?$/iu.test(p))))
    return false;
  // "Islamic", "Arabic": an adjective alone, with no clue that it names anything.
  if (
    g.words.length === 1 &&
    /\p{Ll}ic$/u.test(word) &&
    !isPlace &&
    g.clues.organisation + g.clues.person === 0
  )
    return false;
  // "Muslims" beside "Muslim": the plural of a capitalised word the text also uses alone is a group of people.
  if (g.words.length === 1 && /[^s]s$/u.test(word) && capitalised.has(word.slice(0, -1))) return false;
  // "Keynesian", "Islamists", "New Yorkers": adjectives and group nouns made from names.
  const lastWord = g.words[g.words.length - 1] ?? '';
  if (
    g.words.length <= 2 &&
    GROUP_NOUN.test(lastWord) &&
    !isPlace &&
    !firstNames.has(fold(lastWord)) &&
    g.clues.person === 0
  )
    return false;
  // "Battle Against Winter": mostly words the text also writes in lower case, with nothing that marks a name.
  const { commonWords } = gazetteer();
  const common = g.words.filter(
    (w) => lowerWords.has(w.toLowerCase()) || commonWords.has(w.toLowerCase()),
  ).length;
  const marked =
    isPlace ||
    firstNames.has(fold(word)) ||
    g.clues.person > 0 ||
    COMPASS.test(word) ||
    g.words.some((w) => inList(ORGANISATION_HEADS, w) || inList(PLACE_HEADS, w)) ||
    (g.words.length > 1 && inList(PLACE_LEADS, word));
  if (g.words.length > 1 && common * 2 > g.words.length && !marked) return false;
  const hasStrong = g.mentions.some((m) => !m.isWeak);
  // "Sale" in a headline: a place name that is also an everyday word needs a mention in the body.
  if (isPlace && !hasStrong && g.words.length === 1 && commonWords.has(word.toLowerCase())) return false;
  if (hasStrong || isPlace) return true;
  return g.words.length > 1 && (firstNames.has(fold(word)) || g.clues.person > 0 || g.clues.speech > 0);
}
