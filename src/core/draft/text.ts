/**
 * Splits an article into lines, sentences and word tokens with their offsets,
 * the raw material of the drafting tool. Pure: plain text in, positions out.
 */

/** One word of the article, with what the drafting heuristics need to know about it. */
export interface Token {
  /** The word as written, without a possessive ending ("India" for "India`s"). */
  text: string;
  start: number;
  end: number;
  /** Index of the sentence the word belongs to. */
  sentence: number;
  /** The first word of its sentence, where capitals say nothing about names. */
  isSentenceStart: boolean;
  /** Written with a possessive ending ("India`s", "SCO’s"). */
  isPossessive: boolean;
  /** Starts with a capital letter (or is an acronym such as "U.S."). */
  isCapitalised: boolean;
  /** Two or more capitals and nothing else, dots allowed: "SCO", "U.S.". */
  isAcronym: boolean;
}

/** A sentence of the article, verbatim, with its offsets. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** A line without sentence punctuation: a headline, byline, dateline or caption. */
  isHeading: boolean;
  /** Index of the line the sentence is on, counting only non-empty lines. */
  line: number;
}

/** The article cut into sentences and tokens. */
export interface ArticleText {
  text: string;
  sentences: Sentence[];
  tokens: Token[];
}

// Abbreviations whose dot does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'col',
  'lt',
  'prof',
  'sen',
  'rep',
  'jr',
  'sr',
]);
const POSSESSIVE = /['’`]s$/u;
const WORD = /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}]*(?:[-'’`]\p{L}[\p{L}\p{M}]*)*\.?/gu;
const SENTENCE_END = /[.!?]["”’)]*\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu;

/** Whether a word is an abbreviation whose dot belongs to it ("Mr.", "U.S."). */
function keepsDot(word: string): boolean {
  // "U.S.", "Mr.", and an initial such as the "G." of "William G. Gale".
  return /^(?:\p{Lu}\.)+$/u.test(word) || ABBREVIATIONS.has(word.slice(0, -1).toLowerCase());
}

function splitLine(line: string, offset: number, lineIndex: number): Sentence[] {
  const isHeading = !/[.!?]["”’)]*\s*$/u.test(line.trim());
  const out: Sentence[] = [];
  let from = 0;
  for (const m of line.matchAll(SENTENCE_END)) {
    const cut = m.index + m[0].trimEnd().length;
    const before = line.slice(from, cut);
    const lastWord = /(\S+)$/u.exec(before)?.[1] ?? '';
    if (keepsDot(lastWord.replace(/["”’)]+$/u, ''))) continue;
    out.push({ text: before.trim(), start: offset + from, end: offset + cut, isHeading, line: lineIndex });
    from = m.index + m[0].length;
  }
  const rest = line.slice(from);
  if (rest.trim())
    out.push({
      text: rest.trim(),
      start: offset + from,
      end: offset + line.length,
      isHeading,
      line: lineIndex,
    });
  return out;
}

function tokensOf(sentence: Sentence, index: number, text: string): Token[] {
  const out: Token[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  for (const m of slice.matchAll(WORD)) {
    let word = m[0];
    // A trailing dot belongs to the word only for abbreviations; otherwise it ends the sentence.
    if (word.endsWith('.') && !keepsDot(word)) word = word.slice(0, -1);
    const isPossessive = POSSESSIVE.test(word) && word.length > 2;
    if (isPossessive) word = word.slice(0, -2);
    const start = sentence.start + m.index;
    out.push({
      text: word,
      start,
      end: start + word.length,
      sentence: index,
      isSentenceStart: out.length === 0,
      isPossessive,
      isCapitalised: /^\p{Lu}/u.test(word),
      isAcronym: /^(?:\p{Lu}\.?){2,}$/u.test(word) && !/^\p{Lu}\p{Ll}/u.test(word),
    });
  }
  return out;
}

/** Cuts an article into sentences (one line never spans two) and word tokens. */
export function readArticle(text: string): ArticleText {
  const sentences: Sentence[] = [];
  let offset = 0;
  let lineIndex = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) {
      sentences.push(...splitLine(line, offset, lineIndex));
      lineIndex += 1;
    }
    offset += line.length + 1;
  }
  const tokens = sentences.flatMap((s, i) => tokensOf(s, i, text));
  return { text, sentences, tokens };
}

/** The characters between two tokens: only whitespace means they belong to one name. */
export function gapBetween(text: string, a: Token, b: Token): string {
  return text.slice(a.end + (a.isPossessive ? 2 : 0), b.start);
}
