/**
 * How the validator decides that two aliases are "the same": by the matcher's
 * own normalisation (`normaliseForCompare`), so that an alias the validator
 * lets two entities share is exactly one the matcher cannot tell apart.
 */
import { normaliseForCompare } from '../match/normalise';

/** The matching options of an alias, as `Alias` declares them. */
export interface AliasOptions {
  text: string;
  caseSensitive: boolean;
  foldDiacritics?: boolean;
}

/**
 * Whether two aliases can match the same words on a page: compared without
 * case when either ignores case, without diacritics when either folds them.
 */
export function aliasesOverlap(a: AliasOptions, b: AliasOptions): boolean {
  const options = {
    caseSensitive: a.caseSensitive && b.caseSensitive,
    foldDiacritics: a.foldDiacritics === true || b.foldDiacritics === true,
  };
  return normaliseForCompare(a.text, options) === normaliseForCompare(b.text, options);
}

/** A key under which every pair of overlapping aliases falls together (case and diacritics folded). */
export function aliasGroupKey(text: string): string {
  return normaliseForCompare(text, { caseSensitive: false, foldDiacritics: true });
}

/** The case-folded comparison form of an alias, as the word checks read it. */
export function foldedAliasText(text: string): string {
  return normaliseForCompare(text, { caseSensitive: false, foldDiacritics: false });
}
