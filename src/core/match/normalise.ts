/**
 * Text normalisation shared by the matcher and the dictionary validator.
 *
 * Two texts name the same thing when they are equal after: dropping soft
 * hyphens and zero-width characters, collapsing every run of whitespace to one
 * space, treating straight, curly and backtick apostrophes (and the Unicode
 * hyphens) alike, Unicode NFC, and, when asked, case folding and diacritic
 * folding. The matcher folds text one UTF-16 code unit at a time with
 * `foldCharacter`; `normaliseForCompare` must agree with it, which the property
 * tests check.
 */

/** How strictly two texts are compared. */
export interface CompareOptions {
  caseSensitive: boolean;
  foldDiacritics: boolean;
}

/** Soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM: invisible inside a word. */
const IGNORABLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;
/** Every Unicode space separator, plus tabs and line breaks. */
const WHITESPACE_RUN = /[\s\u0085\u180e]+/gu;
const APOSTROPHES = /[\u2018\u2019`\u02bc]/gu;
const HYPHENS = /[\u2010\u2011]/gu;
/** Letters with a stroke or similar, which have no canonical decomposition but are folded all the same. */
const STROKE_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
};
const STROKE_PATTERN = /[łŁøØđĐħĦı]/gu;

/** Whether a code unit is invisible inside a name (soft hyphen, zero-width characters). */
export function isIgnorable(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/** Whether a code unit is whitespace of any kind (space, no-break and thin spaces, tabs, line breaks). */
export function isWhitespace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x85 ||
    code === 0x1680 ||
    code === 0x180e ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/**
 * Whether a code unit is a combining diacritic that diacritic folding removes:
 * the marks of Latin, Greek and Cyrillic; other scripts' marks carry meaning and stay.
 */
export function isFoldedDiacritic(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

/** Maps apostrophe and hyphen variants to their ASCII forms. */
function unifyPunctuation(text: string): string {
  return text.replace(APOSTROPHES, "'").replace(HYPHENS, '-');
}

/** Case folding that also maps final sigma to sigma, as Unicode case folding does. */
function foldCase(text: string): string {
  return text.toLowerCase().replace(/ς/gu, 'σ');
}

/** Removes diacritics: decompose, drop the combining marks, fold stroke letters. */
function stripDiacritics(text: string): string {
  const decomposed = text.normalize('NFD');
  let out = '';
  for (let i = 0; i < decomposed.length; i++) {
    const code = decomposed.charCodeAt(i);
    if (!isFoldedDiacritic(code)) out += String.fromCharCode(code);
  }
  return out.replace(STROKE_PATTERN, (ch) => STROKE_LETTERS[ch] ?? ch);
}

/**
 * Printable ASCII words, one space apart, without a backtick: text that every
 * step below leaves as it is, but for case. Most aliases are such text.
 */
const PLAIN_ASCII = /^[!-_a-~]+(?: [!-_a-~]+)*$/u;

/** The form two texts are compared in: equal results mean the texts name the same thing. */
export function normaliseForCompare(text: string, options: CompareOptions): string {
  if (PLAIN_ASCII.test(text)) return options.caseSensitive ? text : text.toLowerCase();
  let out = text.replace(IGNORABLE, '').replace(WHITESPACE_RUN, ' ').trim();
  if (!options.caseSensitive) out = foldCase(out);
  if (options.foldDiacritics) out = stripDiacritics(out);
  // Punctuation last: a decomposition can yield an apostrophe (U+1FEF is a backtick).
  return unifyPunctuation(out.normalize('NFC'));
}

/**
 * The matcher's loosest form of one character (one code unit, or a surrogate
 * pair): case and diacritics folded, punctuation unified. Whitespace and
 * ignorable characters are classified by the caller before this is asked.
 */
export function foldCharacter(ch: string): string {
  return unifyPunctuation(stripDiacritics(foldCase(ch)));
}
