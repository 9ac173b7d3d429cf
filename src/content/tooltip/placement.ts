/**
 * Places the card beside one box of a mention with @floating-ui/dom: below
 * it, or above when there is no room; shifted to stay in the viewport; kept
 * there on scroll and resize (autoUpdate watches every scrolling ancestor of
 * the mention, so scrolled containers work); hidden while the mention is
 * scrolled out of sight. Start and end follow the page's direction, so on a
 * right-to-left page the card lines up with the mention's right edge.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  hide,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';

/** Keeps the card placed beside an anchor until stopped. */
export interface Placement {
  /** Follows `range`'s box number `rectIndex` (its whole box when that line is gone). */
  follow(range: Range, rectIndex: number): void;
  stop(): void;
}

const GAP = 6;
const MARGIN = 8;

function anchorOf(range: Range, rectIndex: number): VirtualElement {
  const start = range.startContainer;
  const context = start instanceof Element ? start : start.parentElement;
  const rect = (): DOMRect => range.getClientRects()[rectIndex] ?? range.getBoundingClientRect();
  return {
    getBoundingClientRect: rect,
    getClientRects: () => [rect()],
    ...(context ? { contextElement: context } : {}),
  };
}

/** Builds the placement for `card`, a `position: fixed` element. */
export function createPlacement(card: HTMLElement): Placement {
  let cleanup: (() => void) | null = null;
  let generation = 0;

  const stop = (): void => {
    cleanup?.();
    cleanup = null;
    generation += 1;
  };

  return {
    follow(range, rectIndex) {
      stop();
      const mine = generation;
      const anchor = anchorOf(range, rectIndex);
      const update = (): void => {
        void computePosition(anchor, card, {
          strategy: 'fixed',
          placement: 'bottom-start',
          middleware: [
            offset(GAP),
            flip({ padding: MARGIN }),
            shift({ padding: MARGIN }),
            size({
              padding: MARGIN,
              apply({ availableHeight }) {
                card.style.maxHeight = `${Math.max(120, Math.floor(availableHeight))}px`;
              },
            }),
            hide({ strategy: 'referenceHidden' }),
          ],
        }).then(({ x, y, placement, middlewareData }) => {
          // A later follow or stop owns the card now.
          if (mine !== generation) return;
          card.style.left = `${x}px`;
          card.style.top = `${y}px`;
          card.style.visibility = middlewareData.hide?.referenceHidden === true ? 'hidden' : 'visible';
          card.dataset.placement = placement;
        });
      };
      cleanup = autoUpdate(anchor, card, update);
    },
    stop,
  };
}
