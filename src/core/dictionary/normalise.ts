/**
 * The normalisation aliases and page text share before they are compared:
 * apostrophes unified, whitespace collapsed, case folded unless the alias is
 * case-sensitive, diacritics folded when the alias asks for it. The validator
 * uses it to find aliases that two entities share; the matcher should apply
 * the same function so that "shared" means the same thing in both.
 */

// Apostrophe look-alikes news sites use: ’ ‘ ʼ ʹ ` ´ ′ (the seed article writes "India`s").
const APOSTROPHES = /[\u2018\u2019\u02BC\u02B9\u0060\u00B4\u2032]/g;

/** How an alias is compared: the two flags of an `Alias`. */
export interface NormaliseOptions {
  caseSensitive: boolean;
  foldDiacritics?: boolean;
}

/** Removes combining marks after canonical decomposition: "Rahmōn" → "Rahmon". */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

/** The comparison form of an alias or of page text under the alias's options. */
export function normaliseAliasText(text: string, options: NormaliseOptions): string {
  let out = text.normalize('NFC').replace(APOSTROPHES, "'").replace(/\s+/g, ' ').trim();
  if (!options.caseSensitive) out = out.toLowerCase();
  if (options.foldDiacritics === true) out = foldDiacritics(out);
  return out;
}

/**
 * Whether two aliases can match the same words on a page: compared without
 * case when either ignores case, without diacritics when either folds them.
 */
export function aliasesOverlap(
  a: { text: string } & NormaliseOptions,
  b: { text: string } & NormaliseOptions,
): boolean {
  const options: NormaliseOptions = {
    caseSensitive: a.caseSensitive && b.caseSensitive,
    foldDiacritics: a.foldDiacritics === true || b.foldDiacritics === true,
  };
  return normaliseAliasText(a.text, options) === normaliseAliasText(b.text, options);
}

/** A key under which every pair of overlapping aliases falls together (case and diacritics folded). */
export function aliasGroupKey(text: string): string {
  return normaliseAliasText(text, { caseSensitive: false, foldDiacritics: true });
}
