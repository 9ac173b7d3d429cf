/**
 * Which blocks with mentions are near the viewport. Chromium re-validates
 * every range of every highlight on each change to any of them (about 7 µs a
 * range, measured in Chromium 156), so a page with 60,000 mentions would pay
 * for all of them in every frame that changes one. Past a few hundred
 * mentions, only the blocks near the viewport are painted.
 */

/** Watches elements for being near the viewport; reports through the factory's callback. */
export interface ViewportWatch {
  observe(element: Element): void;
  unobserve(element: Element): void;
  disconnect(): void;
}

/** Builds a watch that reports each element's nearness through `onChange` (first report soon after `observe`). */
export type ViewportWatchFactory = (onChange: (element: Element, isNear: boolean) => void) => ViewportWatch;

/** How far beyond the viewport a block counts as near: a screen each way. */
const MARGIN = '100%';

/** A watch for pages without IntersectionObserver (and tests): every block is near, at once. */
export const everythingNear: ViewportWatchFactory = (onChange) => ({
  observe: (element) => {
    onChange(element, true);
  },
  unobserve: () => undefined,
  disconnect: () => undefined,
});

/** A watch over the viewport with an IntersectionObserver (it answers after the next frame's layout, reading no boxes itself). */
export function intersectionWatch(): ViewportWatchFactory {
  if (typeof IntersectionObserver !== 'function') return everythingNear;
  return (onChange) => {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) onChange(entry.target, entry.isIntersecting);
      },
      { rootMargin: `${MARGIN} ${MARGIN}` },
    );
    return {
      observe: (element) => {
        observer.observe(element);
      },
      unobserve: (element) => {
        observer.unobserve(element);
      },
      disconnect: () => {
        observer.disconnect();
      },
    };
  };
}
