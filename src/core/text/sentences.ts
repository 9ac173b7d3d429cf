/**
 * The one sentence splitter: cuts text into sentences, as offsets, without a
 * language model. One pass over the white-space gaps between runs of text; at
 * each gap, one rule decides whether the sentence ends there:
 *
 * 1. A blank line always ends a sentence.
 * 2. Nothing ends before a word starting in lower case ("…?” she asked",
 *    "etc. are", "the U.S. envoy"), nor before bare marks ("Quoi ?").
 * 3. A run ending in "!", "?", "…" or "..." (then any closing quotes or
 *    brackets) ends a sentence. A single full stop does too, unless the word
 *    before it keeps it (see abbreviations.ts): titles never end ("Gov.
 *    Newsom"); months and "No." end unless a number follows ("Nov. 25");
 *    initials, dotted acronyms and "Inc."-like words end only before a common
 *    sentence opener ("the U.S. The talks…" ends, "the U.S. Senate" and
 *    "John F. Kennedy" do not).
 * 4. A line break ends a sentence when the line does not end in punctuation
 *    (a headline, a byline) and the next line starts like a sentence (rule 2).
 *
 * Decimals ("3.5", "1.000") never split: a stop inside a word is no gap.
 * Closing quotes set apart by a space ("Oui. »") stay with the sentence they close.
 */
import { abbreviationKind, isSentenceOpener } from './abbreviations';

/** One sentence as offsets into the text: `end` is exclusive, no white space at either end. */
export interface SentenceSpan {
  start: number;
  end: number;
}

// Sticky patterns, read at an index of the whole text: the pass allocates no substrings.
const SPACES = /\s+/y;
const NON_SPACES = /\S+/y;
const LOWER_CASE_LETTER = /\p{Ll}/uy;
const DIGIT = /\p{N}/uy;
const LETTERS = /\p{L}+/uy;

const TERMINALS = '.!?…';
const CLOSERS = `"'”’»)]`;
const OPENERS = `"'“‘«([¿¡`;
// Closing marks set apart by a space, as French does ("Oui. »"): they belong to the text before.
const DETACHED_CLOSERS = '”’»)]';
// A line ending in one of these goes on on the next line: "…, and\n", "Note:\n".
const CONTINUING = ',;:-–—/&+([{“‘«';

/** Where `pattern` stops matching from `index`, or `index` when it does not match there. */
function past(pattern: RegExp, text: string, index: number): number {
  pattern.lastIndex = index;
  return pattern.test(text) ? pattern.lastIndex : index;
}

/** Where the run of `chars` ending at `end` (and not before `start`) begins. */
function runBack(text: string, start: number, end: number, chars: string): number {
  let at = end;
  while (at > start && chars.includes(text.charAt(at - 1))) at -= 1;
  return at;
}

/** Where the run of `chars` starting at `start` (and ending before `end`) ends. */
function runOn(text: string, start: number, end: number, chars: string): number {
  let at = start;
  while (at < end && chars.includes(text.charAt(at))) at += 1;
  return at;
}

function lineBreaks(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i += 1) {
    const c = text.charAt(i);
    if (c === '\n' || c === '\u2028' || (c === '\r' && text.charAt(i + 1) !== '\n')) count += 1;
    else if (c === '\u2029') count += 2;
  }
  return count;
}

/** Whether the word at `at` is a common opener, not a name or an initial ("A. Smith"). */
function opensSentence(text: string, at: number): boolean {
  const end = past(LETTERS, text, at);
  if (end - at === 1 && text.charAt(end) === '.') return false;
  return end > at && isSentenceOpener(text.slice(at, end));
}

/** Whether a sentence ends between the token `[start, end)` and the token `[next, nextEnd)`. */
function endsAtGap(
  text: string,
  start: number,
  end: number,
  gapStart: number,
  next: number,
  nextEnd: number,
): boolean {
  const breaks = lineBreaks(text, gapStart, next);
  if (breaks >= 2) return true;
  const word = runOn(text, next, text.length, OPENERS);
  if (past(LOWER_CASE_LETTER, text, word) > word) return false;
  // Bare marks ("asked. .", "paycheck. …", French "Quoi ?") close what comes before.
  if (runOn(text, next, nextEnd, TERMINALS + CLOSERS) === nextEnd) return false;
  const marksEnd = runBack(text, start, end, CLOSERS);
  const marksStart = runBack(text, start, marksEnd, TERMINALS);
  if (marksStart === marksEnd) return breaks === 1 && !CONTINUING.includes(text.charAt(end - 1));
  if (marksEnd - marksStart > 1 || text.charAt(marksStart) !== '.') return true;
  switch (abbreviationKind(text.slice(runOn(text, start, marksStart, OPENERS), marksStart))) {
    case 'never':
      return false;
    case 'before-number':
      return past(DIGIT, text, word) === word;
    case 'final':
      return opensSentence(text, word);
    case undefined:
      return true;
  }
}

/** Splits text into sentences, in order, as trimmed spans that together cover all its non-blank text. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let spanStart = -1;
  let spanEnd = 0;
  let tokenStart = 0;
  let tokenEnd = 0;
  for (let at = past(SPACES, text, 0); at < text.length; at = past(SPACES, text, spanEnd)) {
    const end = past(NON_SPACES, text, at);
    if (spanStart !== -1 && runOn(text, at, end, DETACHED_CLOSERS) === end) {
      spanEnd = end;
      continue;
    }
    if (spanStart === -1) spanStart = at;
    else if (endsAtGap(text, tokenStart, tokenEnd, spanEnd, at, end)) {
      spans.push({ start: spanStart, end: spanEnd });
      spanStart = at;
    }
    tokenStart = at;
    tokenEnd = end;
    spanEnd = end;
  }
  if (spanStart !== -1) spans.push({ start: spanStart, end: spanEnd });
  return spans;
}

/** The sentences of `text` as strings, in order. */
export function sentenceTexts(text: string): string[] {
  return splitSentences(text).map((span) => text.slice(span.start, span.end));
}

/** Index of the span holding `offset` (spans in order, as from splitSentences), or -1 in a gap. */
export function sentenceAt(spans: readonly SentenceSpan[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle];
    if (span === undefined || offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** Whether `text` ends with sentence punctuation (".", "!", "?", "…"), closing quotes or brackets allowed. */
export function endsWithTerminal(text: string): boolean {
  const end = runBack(text, 0, text.trimEnd().length, CLOSERS);
  return runBack(text, 0, end, TERMINALS) < end;
}
