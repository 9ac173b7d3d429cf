/**
 * An idle moment of the page: the article's text is read when the page has
 * nothing else to do, or after `timeoutMs` at the latest. And the page's
 * next change, for an article that comes after its address.
 */

/** Resolves at the page's next idle period (`requestIdleCallback`; a short timer where there is none). */
export function whenIdle(view: Window, timeoutMs = 500): Promise<void> {
  return new Promise((resolve) => {
    if (typeof view.requestIdleCallback === 'function') {
      view.requestIdleCallback(
        () => {
          resolve();
        },
        { timeout: timeoutMs },
      );
    } else {
      view.setTimeout(resolve, 50);
    }
  });
}

/**
 * Resolves at the next change of the page's content (one MutationObserver
 * record), or after `timeoutMs` without one: after an address change the
 * new article may still be on its way.
 */
export function nextChange(doc: Document, timeoutMs = 2000): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new MutationObserver(done);
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(done, timeoutMs);
  });
}
