/**
 * Gathers the spans of an article into candidates: one per distinct name,
 * with the evidence of every place it occurs, and links acronyms to the
 * names they abbreviate ("Collective Security Treaty Organization (CSTO)").
 */
import { findSpans, type Span } from './runs';
import type { ArticleText, Token } from './text';
import { LOWER_HEADS, PERSON_ROLE_NOUNS, PLACE_PREPOSITIONS, inList } from './lexicon';

/** One occurrence of a candidate name, with the clues around it. */
export interface Occurrence {
  start: number;
  end: number;
  sentence: number;
  isSentenceStart: boolean;
  /** Punctuation or the end of the line follows it: nouns, not adjectives, stand there. */
  isFollowedByPunctuation: boolean;
  /** "in", "to", "from" … comes right before it. */
  isAfterPreposition: boolean;
  /** The subject of a verb in the present ("Beijing views …", "Moscow says …"). */
  isBeforeVerb: boolean;
  /** A person title ("Mr.", "President") or role noun ("leader") comes right before it. */
  isAfterPersonTitle: boolean;
  /** A name alone on a heading line, as bylines are. */
  isByline: boolean;
  /** Someone who speaks: "Joe Carbone said", "said Rae Zimmerman", "according to …". */
  isSpeaker: boolean;
}

// "Beijing views the …", "Moscow says it …": a word in -s (not "-ss", not "-ous") and then a function
// word. A plural noun ("Underground pipes carry …") is followed by its verb instead.
const VERB_AFTER =
  /^\s+(?:(?![a-z]*ous\s)[a-z]+[^s\s]s|says|has|does|is)\s+(?:the|a|an|that|it|its|to|in|on|as|no|not|his|her|their|this|these|those|with|for)\b/u;
const SPEAKS_AFTER =
  /^(?:['’`]s)?,?\s+(?:said|says|told|added|wrote|explained|argued|noted|recalled|warned)\b/u;
const SPEAKS_BEFORE = /\b(?:said|says|told|added|wrote|according to)\s+$/u;

/** A distinct name the article uses, before it is judged and typed. */
export interface Candidate {
  /** Grouping key: lower case, or the letters of an acronym. */
  key: string;
  /** The name as first written. */
  name: string;
  /** Every spelling seen ("U.S.", "US"). */
  forms: string[];
  words: string[];
  isAcronym: boolean;
  /** Type implied by a lower-case head noun after it ("CIS department", "Rogun project"). */
  headType?: string;
  /** Key of the full name this acronym abbreviates, when the article spells it out. */
  expands?: string;
  occurrences: Occurrence[];
}

const keyOf = (name: string, isAcronym: boolean): string =>
  isAcronym ? name.replace(/\./gu, '') : name.toLowerCase().replace(/[’`]/gu, "'");

function initials(words: readonly string[]): string {
  return words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0] ?? '')
    .join('');
}

type TokenIndex = ReadonlyMap<Token, number>;

/** The lower-case word right after a span, when only whitespace separates them. */
function lowerHeadAfter(article: ArticleText, index: TokenIndex, last: Token): Token | undefined {
  const next = article.tokens[(index.get(last) ?? -2) + 1];
  if (!next || next.sentence !== last.sentence || last.isPossessive) return undefined;
  if (!/^\s+$/u.test(article.text.slice(last.end, next.start))) return undefined;
  return LOWER_HEADS[next.text] === undefined ? undefined : next;
}

function occurrenceOf(article: ArticleText, index: TokenIndex, span: Span, end: number): Occurrence {
  const first = span.tokens[0] as Token;
  const previous = article.tokens[(index.get(first) ?? 0) - 1];
  // Only the word right before counts: "up to 30,000 Russians" is not "to Russians".
  const sameSentence =
    previous !== undefined &&
    previous.sentence === first.sentence &&
    /^\s+$/u.test(article.text.slice(previous.end + (previous.isPossessive ? 2 : 0), first.start));
  const after = article.text.slice(end, end + 3);
  return {
    start: first.start,
    end,
    sentence: first.sentence,
    isSentenceStart: first.isSentenceStart,
    isFollowedByPunctuation: /^(?:['’`]s)?(?:\s*$|\s*\n|[.,;:!?)"”’])/u.test(after),
    isBeforeVerb: VERB_AFTER.test(article.text.slice(end, end + 40)),
    isAfterPreposition: sameSentence && !previous.isCapitalised && inList(PLACE_PREPOSITIONS, previous.text),
    isAfterPersonTitle:
      span.afterTitle ||
      // "the Tajik leader Emomali Rahmon"; a single word ("the official Dushanbe") is too weak a sign.
      (span.tokens.length > 1 &&
        sameSentence &&
        !previous.isCapitalised &&
        inList(PERSON_ROLE_NOUNS, previous.text)),
    isByline: span.isByline === true,
    isSpeaker:
      SPEAKS_AFTER.test(article.text.slice(end, end + 16)) ||
      SPEAKS_BEFORE.test(article.text.slice(Math.max(0, first.start - 16), first.start)),
  };
}

/** Every distinct capitalised name of the article, with its occurrences. */
export function gatherCandidates(article: ArticleText): Map<string, Candidate> {
  const byKey = new Map<string, Candidate>();
  const index: TokenIndex = new Map(article.tokens.map((t, i) => [t, i]));
  let previous: { key: string; end: number; words: string[] } | undefined;
  for (const span of findSpans(article)) {
    const first = span.tokens[0];
    const last = span.tokens[span.tokens.length - 1];
    if (!first || !last) continue;
    const head = lowerHeadAfter(article, index, last);
    const end = head ? head.end : last.end;
    const name = article.text.slice(first.start, end).replace(/\s+/gu, ' ');
    const isAcronym = span.tokens.length === 1 && first.isAcronym && !head;
    const key = keyOf(name, isAcronym);
    const candidate = byKey.get(key) ?? {
      key,
      name,
      forms: [],
      words: name.split(' '),
      isAcronym,
      ...(head ? { headType: LOWER_HEADS[head.text] } : {}),
      occurrences: [],
    };
    if (!candidate.forms.includes(name)) candidate.forms.push(name);
    candidate.occurrences.push(occurrenceOf(article, index, span, end));
    byKey.set(key, candidate);
    // "Shanghai Cooperation Organization (SCO)": the acronym in brackets right after a name it abbreviates.
    if (isAcronym && previous && initials(previous.words) === key) {
      const between = article.text.slice(previous.end, first.start);
      if (/^\s*\($/u.test(between)) candidate.expands = previous.key;
    }
    previous = { key, end, words: name.split(' ') };
  }
  return byKey;
}
