/** Counted strings for the popup's views. */
import type { Translate } from '../shared/i18n';

/** "1 mention" or "4 mentions": the i18n API has no plurals, so each count has a one and a many key. */
export function plural(t: Translate, count: number, one: string, many: string): string {
  return count === 1 ? t(one) : t(many, String(count));
}
