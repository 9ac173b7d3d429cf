/**
 * An idle moment of the page: the article's text is read when the page has
 * nothing else to do, or after `timeoutMs` at the latest.
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
