/**
 * How popup modules get their strings: a `Translate` function passed in, so
 * the views render under jsdom with the real message catalogue and in the
 * extension with browser.i18n.
 */

/** Looks up a message by key, with positional substitutions ($1, $2…). */
export type Translate = (key: string, substitutions?: string | string[]) => string;

/** "1 mention" or "4 mentions": the i18n API has no plurals, so each count has a one and a many key. */
export function plural(t: Translate, count: number, one: string, many: string): string {
  return count === 1 ? t(one) : t(many, String(count));
}
