/**
 * Cuts an article into word tokens with their offsets and what the name
 * rules need to know about each: capitals, sentence starts, headings.
 */
import { fold, gazetteer } from './gazetteer';
import { splitSentences } from './sentences';

/** One word of the article. */
export interface Token {
  /** The word as written, without a possessive ending ("India" for "India’s"). */
  text: string;
  start: number;
  end: number;
  /** Index of its sentence. */
  sentence: number;
  /** First word of its sentence (after any opening quote), where a capital says nothing. */
  isSentenceStart: boolean;
  /** Written with a possessive ending ("India’s", "SCO’s"). */
  isPossessive: boolean;
  /** Starts with a capital letter. */
  isCapitalised: boolean;
  /** Letters all capitals, two or more, dots allowed: "SCO", "U.S.", "CAIRO". */
  isAllCaps: boolean;
  /** The sentence is a line in title case or capitals without end punctuation: a headline. */
  isHeading: boolean;
}

/** A sentence with its offsets and the index of its first token. */
export interface Sentence {
  start: number;
  end: number;
  firstToken: number;
  isHeading: boolean;
}

/** The article cut into sentences and tokens. */
export interface Article {
  text: string;
  sentences: Sentence[];
  tokens: Token[];
}

// "CreditMichael Appleton": a photo credit glued to its name is two words.
const WORD =
  /Credit(?=\p{Lu})|(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:(?:['’`]|-|&|\.(?=\p{Ll}))\p{L}[\p{L}\p{M}\p{N}]*)*\.?|\p{N}[\p{N}.,:]*[\p{L}\p{N}]*|&/gu;
const POSSESSIVE = /['’`]s?$/u;

/** Whether a trailing dot belongs to the word: "Mr.", "U.S.", an initial "G.". */
function keepsDot(word: string): boolean {
  return (
    /^(?:\p{Lu}\.)+$/u.test(word) ||
    /^(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Prof|Sen|Rep|Gov|Jr|Sr|Inc|Co|Corp|Ltd|Mme|Mlle|Adm|Maj|Rev)\.$/u.test(
      word,
    )
  );
}

/** Whether a line without end punctuation reads as a headline: most of its words capitalised. */
function isTitleCaseLine(line: string, isFirst: boolean): boolean {
  const words = line.match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return false;
  const long = words.filter((w) => w.length > 3);
  const ratio = long.length === 0 ? 0 : long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length;
  // The article's title is a headline even when it ends with a dot ("… Underneath N.Y.C.").
  return /[.!?:"”]\s*$/u.test(line)
    ? isFirst && ratio >= 0.85 && long.length >= 5 && !/,/u.test(line)
    : ratio >= 0.75;
}

/**
 * Words glued by text extraction ("WashingtonNine", "NelsonSchwartz") cut in two where the first part is a
 * given name or a place the gazetteer knows; "McDonald", "WhatsApp" and "iPhone" stay whole.
 */
function* glued(matches: Iterable<RegExpMatchArray>): Generator<{ 0: string; index: number }> {
  const { firstNames, places } = gazetteer();
  for (const m of matches) {
    const cut = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}+\.?)$/u.exec(m[0]);
    const left = cut?.[1];
    if (
      cut?.[2] !== undefined &&
      left !== undefined &&
      (firstNames.has(fold(left)) || places.has(fold(left)))
    ) {
      yield { 0: left, index: m.index ?? 0 };
      yield { 0: cut[2], index: (m.index ?? 0) + left.length };
    } else yield { 0: m[0], index: m.index ?? 0 };
  }
}

/** Cuts an article into sentences and word tokens. */
export function readArticle(text: string): Article {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const span of splitSentences(text)) {
    const slice = text.slice(span.start, span.end);
    // Only the text's first line, on a line of its own, can be a title ending with a dot.
    const isHeading = isTitleCaseLine(
      slice,
      sentences.length === 0 && /^[ \t]*\n/u.test(text.slice(span.end)),
    );
    const index = sentences.length;
    sentences.push({ start: span.start, end: span.end, firstToken: tokens.length, isHeading });
    let first = true;
    for (const m of glued(slice.matchAll(WORD))) {
      let word = m[0];
      if (word.endsWith('.') && !keepsDot(word)) word = word.slice(0, -1);
      const isPossessive = word.length > 2 && /['’`]s$/u.test(word);
      if (isPossessive || /\p{L}s['’]$/u.test(word)) word = word.replace(POSSESSIVE, '');
      const start = span.start + m.index;
      const letters = word.replace(/[^\p{L}]/gu, '');
      tokens.push({
        text: word,
        start,
        end: start + word.length,
        sentence: index,
        // After a colon, a dash or an opening quote a capital says as little as at a sentence's start.
        isSentenceStart: first || /[:“"‘—–]\s*$/u.test(text.slice(Math.max(span.start, start - 3), start)),
        isPossessive,
        isCapitalised: /^\p{Lu}/u.test(word),
        isAllCaps: letters.length >= 2 && !/\p{Ll}/u.test(letters),
        isHeading,
      });
      first = false;
    }
  }
  return { text, sentences, tokens };
}
