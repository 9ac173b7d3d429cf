/**
 * Cuts an article into word tokens with their offsets and what the name
 * rules need to know about each: capitals, sentence starts, headings.
 */
import { fold, gazetteer } from './gazetteer';
import { splitSentences } from '../text/sentences';

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
  /** Every word the text writes starting in lower case: "said", "bank". */
  lowerWords: ReadonlySet<string>;
  /** Every word the text writes capitalised. */
  capitalised: ReadonlySet<string>;
}

// "CreditMichael Appleton": a photo credit glued to its name is two words.
const WORD =
  /Credit(?=\p{Lu})|(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:(?:['’`]|-|&|\.(?=\p{Ll}))\p{L}[\p{L}\p{M}\p{N}]*)*\.?|\p{N}[\p{N}.,:]*[\p{L}\p{N}]*|&/gu;
const POSSESSIVE = /['’`]s?$/u;
const OPENING_MARKS = ':“"‘—–';

/** Whether a word starts with a small letter (`^\p{Ll}`), by code for ASCII. */
function startsLower(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : /^\p{Ll}/u.test(word);
}

/** Whether a word starts with a capital (`^\p{Lu}`), by code for ASCII. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : /^\p{Lu}/u.test(word);
}

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
  // The article's title is a headline even when it ends with a dot ("… Underneath N.Y.C.").
  const ends = /[.!?:"”]\s*$/u.test(line);
  // Most sentences end so and are not the first: no need to count their words.
  if (ends && !isFirst) return false;
  const words = line.match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return false;
  const long = words.filter((w) => w.length > 3);
  const ratio = long.length === 0 ? 0 : long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length;
  return ends ? ratio >= 0.85 && long.length >= 5 && !/,/u.test(line) : ratio >= 0.75;
}

/** Whether a small letter comes right before a capital in a word; by code for ASCII, by pattern past it. */
function hasInnerCapital(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) return /\p{Ll}\p{Lu}/u.test(word);
    const d = word.charCodeAt(i + 1);
    if (c >= 0x61 && c <= 0x7a && d >= 0x41 && d <= 0x5a) return true;
  }
  return false;
}

/**
 * Words glued by text extraction ("WashingtonNine", "NelsonSchwartz") cut in two where the first part is a
 * given name or a place the gazetteer knows; "McDonald", "WhatsApp" and "iPhone" stay whole.
 */
function gluedCut(word: string): [string, string] | undefined {
  // Most words have no capital after their first letter: skip the pattern for them.
  if (!hasInnerCapital(word)) return undefined;
  const cut = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}+\.?)$/u.exec(word);
  const [, left, right] = cut ?? [];
  if (left === undefined || right === undefined) return undefined;
  const { firstNames, places } = gazetteer();
  return firstNames.has(fold(left)) || places.has(fold(left)) ? [left, right] : undefined;
}

/**
 * Whether the word at `start` follows a colon, dash or opening quote, where a capital says as little as at a
 * sentence's start, or a full stop glued to a lower-case word ("organisations.Memories"), a sentence
 * text extraction ran together with the last.
 */
function opensAfter(text: string, from: number, start: number): boolean {
  const c = text.charAt(start - 1);
  if ((c === '.' || c === '!' || c === '?') && /\p{Ll}/u.test(text.charAt(start - 2))) return true;
  // Read back over at most three characters, without cutting a substring for every word.
  for (let at = start - 1; at >= from; at -= 1) {
    const d = text.charAt(at);
    if (OPENING_MARKS.includes(d)) return true;
    if (d !== ' ' && d !== '\t' && d !== '\n' && d !== '\r' && d !== '\u00a0') return false;
  }
  return false;
}

/** Cuts an article into sentences and word tokens. */
export function readArticle(text: string): Article {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  let span = { start: 0, end: 0 };
  let isHeading = false;
  let first = true;
  const push = (raw: string, at: number): void => {
    let word = raw;
    if (word.endsWith('.') && !keepsDot(word)) word = word.slice(0, -1);
    const last = word.charAt(word.length - 1);
    // Only a word ending in "s" or an apostrophe can be possessive: skip the patterns for the others.
    const isPossessive = last === 's' && word.length > 2 && /['’`]s$/u.test(word);
    if (isPossessive || ((last === "'" || last === '’') && /\p{L}s['’]$/u.test(word)))
      word = word.replace(POSSESSIVE, '');
    const start = span.start + at;
    // A word starting in lower case is never in capitals: skip the letters' copy for it.
    const isLower = startsLower(word);
    const letters = isLower ? '' : word.replace(/[^\p{L}]/gu, '');
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      sentence: sentences.length - 1,
      // After a colon, a dash or an opening quote a capital says as little as at a sentence's start.
      isSentenceStart: first || opensAfter(text, Math.max(span.start, start - 3), start),
      isPossessive,
      isCapitalised: !isLower && startsUpper(word),
      isAllCaps: letters.length >= 2 && !/\p{Ll}/u.test(letters),
      isHeading,
    });
    first = false;
  };
  for (const next of splitSentences(text)) {
    span = next;
    const slice = text.slice(span.start, span.end);
    // Only the text's first line, on a line of its own, can be a title ending with a dot.
    isHeading = isTitleCaseLine(slice, sentences.length === 0 && /^[ \t]*\n/u.test(text.slice(span.end)));
    sentences.push({ start: span.start, end: span.end, firstToken: tokens.length, isHeading });
    first = true;
    for (const m of slice.matchAll(WORD)) {
      // French elision: "l’Ukraine" is "l’" and "Ukraine", "d’Orsay" is "d’" and "Orsay".
      const elided = /^[dl]['’]\p{Lu}/u.test(m[0]) ? m[0].slice(0, 2) : '';
      if (elided) push(elided, m.index);
      const cut = gluedCut(m[0].slice(elided.length));
      const at = m.index + elided.length;
      if (cut === undefined) push(m[0].slice(elided.length), at);
      else {
        push(cut[0], at);
        push(cut[1], at + cut[0].length);
      }
    }
  }
  // Read once here rather than by each stage that asks.
  const lowerWords = new Set<string>();
  const capitalised = new Set<string>();
  for (const t of tokens)
    if (t.isCapitalised) capitalised.add(t.text);
    // An elided "d’" or "l’" is a particle, not an everyday word a name could be made of.
    else if (startsLower(t.text) && !/['’]$/u.test(t.text)) lowerWords.add(t.text);
  return { text, sentences, tokens, lowerWords, capitalised };
}
