/**
 * The reference matcher's own comparison form, written from the dictionary
 * format's rules rather than taken from src/core/match/normalise.ts: the text
 * is decomposed first and then read one code point at a time, each rule
 * applied to that code point alone, and composed again at the end.
 */

/** How strictly two texts are compared (an alias's own options). */
export interface ReferenceOptions {
  caseSensitive: boolean;
  foldDiacritics: boolean;
}

/** Invisible inside a word: soft hyphen, zero-width space, non-joiner and joiner, word joiner, BOM. */
const INVISIBLE = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);
/** Written for an apostrophe: right and left single quotes, backtick, modifier letter apostrophe. */
const APOSTROPHE_LIKE = new Set(['\u2019', '\u2018', '`', '\u02bc']);
/** Written for a hyphen: the Unicode hyphen and the non-breaking hyphen. */
const HYPHEN_LIKE = new Set(['\u2010', '\u2011']);
/** Letters with a stroke, which no decomposition takes apart, and their plain letters. */
const PLAIN_LETTER = new Map([
  ['ł', 'l'],
  ['Ł', 'L'],
  ['ø', 'o'],
  ['Ø', 'O'],
  ['đ', 'd'],
  ['Đ', 'D'],
  ['ħ', 'h'],
  ['Ħ', 'H'],
  ['ı', 'i'],
]);

const WHITE_SPACE = /^\p{White_Space}$/u;

/** Unicode's White_Space, and the Mongolian vowel separator, which older Unicode counted among them. */
const isSpace = (ch: string): boolean => WHITE_SPACE.test(ch) || ch === '\u180e';

/** The blocks Latin, Greek and Cyrillic accents live in, first and last code point. */
const ACCENT_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f], // Combining Diacritical Marks
  [0x1ab0, 0x1aff], // … Extended
  [0x1dc0, 0x1dff], // … Supplement
  [0x20d0, 0x20ff], // … for Symbols
  [0xfe20, 0xfe2f], // Combining Half Marks
];

/** Whether a code point is a combining mark of those blocks; the marks of other scripts carry meaning. */
function isAccent(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return ACCENT_BLOCKS.some(([first, last]) => code >= first && code <= last);
}

/** One code point as compared: lower-cased (final sigma as sigma) unless case counts. */
function lower(ch: string, options: ReferenceOptions): string {
  if (options.caseSensitive) return ch;
  const lowered = ch.toLowerCase();
  return lowered === 'ς' ? 'σ' : lowered;
}

/** The form two texts are compared in by the reference: equal forms name the same thing. */
export function referenceForm(text: string, options: ReferenceOptions): string {
  let out = '';
  let pendingSpace = false;
  for (const ch of text.normalize('NFD')) {
    if (INVISIBLE.has(ch)) continue;
    if (isSpace(ch)) {
      pendingSpace = out !== '';
      continue;
    }
    if (options.foldDiacritics && isAccent(ch)) continue;
    let form = lower(ch, options);
    if (options.foldDiacritics) form = PLAIN_LETTER.get(form) ?? form;
    if (APOSTROPHE_LIKE.has(form)) form = "'";
    if (HYPHEN_LIKE.has(form)) form = '-';
    out += (pendingSpace ? ' ' : '') + form;
    pendingSpace = false;
  }
  return out.normalize('NFC');
}
