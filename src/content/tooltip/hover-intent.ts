/**
 * Hover intent, as Wikipedia's Page Previews does it: a card opens once the
 * pointer has rested on a mention for the hover delay (moving more than a few
 * pixels starts the wait again, so sweeping across text opens nothing), stays
 * while the pointer is on the mention or on the card, and closes a moment
 * after it has left both. A new mention replaces the open card only when its
 * own wait is over, so the card never blinks out in between.
 */

/** How hover intent is tuned and what it drives. */
export interface HoverIntentOptions<T> {
  /** Read at each new wait, so a changed setting applies at once. */
  showDelay: () => number;
  hideDelay: number;
  /** How far (CSS px) the pointer may drift while it counts as resting. */
  restRadius: number;
  isSame: (a: T, b: T) => boolean;
  show: (target: T) => void;
  hide: () => void;
  /** Whether the open card ignores the pointer leaving (it was opened by keyboard or touch). */
  isPinned: () => boolean;
}

/** The hover-intent state machine; timers are the only side effect. */
export interface HoverIntent<T> {
  /** The pointer is over `target`, or over nothing of ours when `null`. */
  pointAt(target: T | null, x: number, y: number): void;
  /** The pointer is over the card. */
  pointInCard(): void;
  /** Something else opened (`target`) or closed (`null`) the card. */
  setShown(target: T | null): void;
  /** After Escape: `target` does not reopen until the pointer has left it. */
  suppress(target: T): void;
  /** Stops every timer. */
  cancel(): void;
}

/** Builds the hover-intent state machine. */
export function createHoverIntent<T>(o: HoverIntentOptions<T>): HoverIntent<T> {
  let shown: T | null = null;
  let pending: { target: T; x: number; y: number; timer: ReturnType<typeof setTimeout> } | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | null = null;
  let suppressed: T | null = null;

  const clearPending = (): void => {
    if (pending !== null) clearTimeout(pending.timer);
    pending = null;
  };
  const clearHide = (): void => {
    if (hideTimer !== null) clearTimeout(hideTimer);
    hideTimer = null;
  };
  const wait = (target: T, x: number, y: number): void => {
    clearPending();
    const timer = setTimeout(() => {
      if (pending === null) return;
      const { target: latest } = pending;
      pending = null;
      clearHide();
      shown = latest;
      o.show(latest);
    }, o.showDelay());
    pending = { target, x, y, timer };
  };
  const leave = (): void => {
    clearPending();
    if (shown === null || hideTimer !== null || o.isPinned()) return;
    hideTimer = setTimeout(() => {
      hideTimer = null;
      shown = null;
      o.hide();
    }, o.hideDelay);
  };

  return {
    pointAt(target, x, y) {
      if (target === null) {
        suppressed = null;
        leave();
        return;
      }
      if (suppressed !== null) {
        if (o.isSame(target, suppressed)) return;
        suppressed = null;
      }
      if (shown !== null && o.isSame(target, shown)) {
        clearPending();
        clearHide();
        return;
      }
      // Keep the open card while the next one waits: replacing beats closing and reopening.
      clearHide();
      if (pending !== null && o.isSame(pending.target, target)) {
        if (Math.hypot(x - pending.x, y - pending.y) <= o.restRadius) {
          pending.target = target;
          return;
        }
      }
      wait(target, x, y);
    },
    pointInCard() {
      clearPending();
      clearHide();
    },
    setShown(target) {
      clearPending();
      clearHide();
      shown = target;
    },
    suppress(target) {
      suppressed = target;
    },
    cancel() {
      clearPending();
      clearHide();
    },
  };
}
