/**
 * Reads the role an article gives a name: its title ("the Russian Prime
 * Minister Vladimir Putin" → "Prime Minister of Russia"), a role noun before
 * it ("anti-narcotics chief Viktor Ivanov"), or an apposition after it
 * ("Ananth Iyer, a professor at Purdue University,"). Never a verb's fragment.
 */
import type { Mention } from './candidates';
import { fold, gazetteer } from './gazetteer';
import { FUNCTION_WORDS, PERSON_ROLE_NOUNS, TITLE_WORDS, inList } from './lexicon';
import type { Article } from './tokens';

// Words that end a role phrase read backwards from a name: verbs, conjunctions, punctuation.
const BOUNDARY =
  /[,:;()“”"—–]|\b(?:and|or|with|while|that|who|which|said|says|told|is|was|were|are|be|been|has|had|have|after|when|where|but|by|to|for|from|in|on|at|[a-z]+ed)\b/gu;
const MAX_WORDS = 10;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Russian Prime Minister" → "Prime Minister of Russia"; other titles as written. */
function titleRole(title: string, possessor: string | undefined): string {
  const { demonyms } = gazetteer();
  const words = title.split(/\s+/u);
  const country = demonyms.get(fold(words[0] ?? ''));
  if (country !== undefined && words.length > 1) return `${words.slice(1).join(' ')} of ${country}`;
  return possessor !== undefined && !/\bof\b/u.test(title) ? `${title} of ${possessor}` : title;
}

/** Whether a phrase names a job: it holds a role noun or a title word, and is short. */
function isRolePhrase(phrase: string): boolean {
  const words = phrase.split(/\s+/u).filter(Boolean);
  const last = words[words.length - 1] ?? '';
  if (words.length === 0 || words.length > MAX_WORDS || inList(FUNCTION_WORDS, last)) return false;
  return words.some(
    (w) =>
      inList(PERSON_ROLE_NOUNS, w.replace(/^.*-/u, '')) || (/^\p{Lu}/u.test(w) && inList(TITLE_WORDS, w)),
  );
}

function tidy(phrase: string): string {
  const words = phrase.trim().replace(/[`']/gu, '’').split(/\s+/u);
  while (words.length > 1 && inList(FUNCTION_WORDS, words[0] ?? '')) words.shift();
  return capitalise(words.join(' '));
}

/** Characters read back from a name for the phrase before it: enough for far more than `MAX_WORDS` words. */
const LOOK_BACK = 300;

/**
 * The text from `start` to `end`, or only its tail from a whitespace on when
 * that tail holds more than `MAX_WORDS` words: a role phrase is never longer,
 * and no boundary spans a whitespace, so the last piece split from the tail is
 * the whole text's last piece or too long to be a role either way. Splitting
 * the whole of a long sentence for each of its names was quadratic.
 */
function lastWords(text: string, start: number, end: number): string {
  if (end - start <= LOOK_BACK) return text.slice(start, end);
  const tail = text.slice(end - LOOK_BACK, end);
  const cut = tail.search(/\s/u);
  const words = cut < 0 ? [] : tail.slice(cut).split(/\s+/u).filter(Boolean);
  return words.length > MAX_WORDS ? tail.slice(cut) : text.slice(start, end);
}

/** The role a person's mention is given, when the sentence gives one. */
export function roleAt(article: Article, m: Mention): string | undefined {
  const sentence = article.sentences[m.sentence];
  if (!sentence) return undefined;
  if (m.title !== undefined) {
    const before = article.text.slice(sentence.start, m.start);
    const possessor = /(\p{Lu}[\p{L}\p{M}]+)['’`]s\s+[\p{L}\s.-]+$/u.exec(before)?.[1];
    const place = possessor !== undefined && gazetteer().places.has(fold(possessor)) ? possessor : undefined;
    return titleRole(m.title, place);
  }
  // "anti-narcotics chief Viktor Ivanov": the phrase after the last boundary, ending in a role noun.
  const before = lastWords(article.text, sentence.start, m.start);
  const pieces = before.split(BOUNDARY);
  const last = pieces[pieces.length - 1] ?? '';
  const lastWord = last.trim().split(/\s+/u).pop() ?? '';
  if (last.trim() !== '' && inList(PERSON_ROLE_NOUNS, lastWord.replace(/^.*-/u, '')) && isRolePhrase(last))
    return tidy(last);
  // "Ananth Iyer, a professor at Purdue University,": the apposition after the name.
  const after = /^(?:['’`]s)?,\s+((?:the|a|an)\s+[^,.;:()]+)(?:[,.;:]|$)/iu.exec(
    article.text.slice(m.end, sentence.end),
  );
  if (after?.[1] && isRolePhrase(after[1]) && !/\b(?:is|was|said|says|has|had)\b/u.test(after[1]))
    return tidy(after[1]);
  return undefined;
}
