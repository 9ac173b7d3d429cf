/**
 * Reads the role an article gives an entity from the words around its name:
 * "the Prime Minister of Kazakhstan Karim Masimov", "A political analyst,
 * Saimuddin Dustov", "Vladimir Putin, the Prime Minister, …".
 */
import type { Occurrence } from './candidates';
import type { ArticleText } from './text';
import { FUNCTION_WORDS, ORGANISATION_HEADS, PERSON_ROLE_NOUNS, PERSON_TITLES, inList } from './lexicon';

// Where a descriptive phrase before a name starts: punctuation, conjunctions, verbs.
const BOUNDARY =
  /[,:;()“”"—–]|\b(?:and|as well as|with|while|that|who|which|said|says|is|was|were|are|has|had|have|after|when|where|but|[a-z]+ed)\b/gu;
const PLACE_NOUNS = new Set([
  'capital',
  'city',
  'town',
  'region',
  'province',
  'country',
  'republic',
  'village',
  'port',
]);
const MAX_WORDS = 12;

/** Whether the words name a person's job: a role noun ("analyst") or a capitalised title ("Minister"). */
function holdsPersonRole(words: readonly string[]): boolean {
  return words.some((w) => inList(PERSON_ROLE_NOUNS, w) || (/^\p{Lu}/u.test(w) && inList(PERSON_TITLES, w)));
}

/** Whether a phrase reads like a role: a person's holds a title or role noun, a place's ends with "capital" …. */
function isRolePhrase(phrase: string, type: string): boolean {
  const words = phrase.split(/\s+/u).filter(Boolean);
  const last = words[words.length - 1] ?? '';
  if (words.length === 0 || words.length > MAX_WORDS || inList(FUNCTION_WORDS, last)) return false;
  if (PLACE_NOUNS.has(last.toLowerCase()) || inList(ORGANISATION_HEADS, last)) return true;
  return type === 'person' && holdsPersonRole(words);
}

function tidy(phrase: string): string {
  const words = phrase.trim().replace(/`/gu, '’').split(/\s+/u);
  // "Meanwhile the port authority chief": sentence adverbs and determiners are not part of the role.
  while (words.length > 1 && inList(FUNCTION_WORDS, words[0] ?? '') && !inList(PERSON_TITLES, words[0] ?? ''))
    words.shift();
  const bare = words.join(' ');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/** Splits text at its last boundary: the phrase after it, and the text before it. */
function splitAtLastBoundary(text: string): { piece: string; rest: string } {
  const ends = [...text.matchAll(BOUNDARY)].map((m) => ({ from: m.index, to: m.index + m[0].length }));
  const last = ends[ends.length - 1];
  return last
    ? { piece: text.slice(last.to).trim(), rest: text.slice(0, last.from) }
    : { piece: text.trim(), rest: '' };
}

/** The phrase between the last boundary and the name, and the one before it (for appositives). */
function piecesBefore(before: string): [string, string] {
  const { piece, rest } = splitAtLastBoundary(before);
  return [piece, splitAtLastBoundary(rest).piece];
}

/** The role the article states for one occurrence of a name, when it states one. */
export function roleAt(article: ArticleText, occurrence: Occurrence, type: string): string | undefined {
  if (occurrence.isByline) return 'Author of the article';
  const sentence = article.sentences[occurrence.sentence];
  if (!sentence) return undefined;
  const before = article.text.slice(sentence.start, occurrence.start);
  const [last, previous] = piecesBefore(before);
  if (last !== '' && isRolePhrase(tidy(last), type)) return tidy(last);
  // "A political analyst, Saimuddin Dustov, …": the appositive before the comma.
  if (last === '' && /,\s*$/u.test(before) && isRolePhrase(tidy(previous), type)) return tidy(previous);
  // "Viktor Ivanov, the head of …, said": the appositive after the name.
  const after = /^(?:['’`]s)?,\s+((?:the|a|an)\s+[^,.;:()]+)(?:[,.;:]|$)/iu.exec(
    article.text.slice(occurrence.end, sentence.end),
  );
  if (after?.[1] && isRolePhrase(tidy(after[1]), type)) return tidy(after[1]);
  return undefined;
}

/** The first role the article states for any of these occurrences. */
export function firstRole(
  article: ArticleText,
  occurrences: readonly Occurrence[],
  type: string,
): string | undefined {
  for (const occurrence of occurrences) {
    const role = roleAt(article, occurrence, type);
    if (role !== undefined) return role;
  }
  return undefined;
}

/** Whether the text gives these occurrences a person's role ("A political analyst, Saimuddin Dustov"): a clue to the type. */
export function hasPersonRole(article: ArticleText, occurrences: readonly Occurrence[]): boolean {
  return occurrences.some((o) => {
    const role = o.isByline ? undefined : roleAt(article, o, 'person');
    return role !== undefined && holdsPersonRole(role.split(/\s+/u));
  });
}
