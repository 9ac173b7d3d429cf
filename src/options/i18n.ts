/** Fills the page's static strings from the locale messages. */
import type { Translate } from './context';

/** Sets the text of every `[data-i18n]` element to its message. */
export function localize(root: ParentNode, t: Translate): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = element.dataset.i18n;
    if (key !== undefined) element.textContent = t(key);
  }
}
