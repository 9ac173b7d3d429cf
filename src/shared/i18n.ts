/**
 * How Backstory's pages and its tooltip get their strings: a `Translate`
 * function passed in, so views render under jsdom with the real message
 * catalogue and in the extension with browser.i18n, and the one fill of a
 * page's static strings.
 */

/** Looks up a message by key, with positional substitutions ($1, $2…), as browser.i18n.getMessage does. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

/** Sets the text of every `[data-i18n]` element under `root` to its message, and the label of every `[data-i18n-label]` one. */
export function localise(root: ParentNode, t: Translate): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n ?? '');
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    element.setAttribute('aria-label', t(element.dataset.i18nLabel ?? ''));
  }
}
