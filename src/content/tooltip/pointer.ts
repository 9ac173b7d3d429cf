/**
 * The tooltip's listeners on the page: delegated, passive pointermove and
 * pointerover listeners, throttled to one hit test per animation frame, plus taps and
 * clicks. None of them does any work while nothing is painted and no card is
 * open. Touch: a tap on a mention opens its card and a tap elsewhere closes
 * it; a tap inside a link or another control is left to the page, so a link
 * that contains a mention still navigates (its card is one keyboard step or
 * one popup click away). Nothing here ever calls preventDefault.
 */

/** What the listeners report; `target` is the event target as the document sees it (our host, retargeted). */
export interface PointerCallbacks {
  /** Whether any listener should do work now. */
  isActive(): boolean;
  /** The pointer rests at (x, y), once per frame at most. */
  move(x: number, y: number, target: EventTarget | null): void;
  /** The pointer left the window. */
  leave(): void;
  /** A mouse or pen button went down at (x, y). */
  press(x: number, y: number, target: EventTarget | null): void;
  /** A finger tapped (x, y); `isOnControl` when the tap was inside a link or another control. */
  tap(x: number, y: number, target: EventTarget | null, isOnControl: boolean): void;
}

// How far a finger may move between down and up for the touch to count as a tap.
const TAP_SLOP_PX = 10;
/** What a tap inside is left to the page: links and other controls. */
export const CONTROLS =
  'a[href], area[href], button, input, select, textarea, label, summary, [role="link"], [role="button"], [contenteditable]:not([contenteditable="false"])';

function isOnControl(event: Event): boolean {
  return event.composedPath().some((node) => node instanceof Element && node.matches(CONTROLS));
}

/** Adds the listeners to `doc` until `signal` aborts. */
export function listenToPointer(doc: Document, callbacks: PointerCallbacks, signal: AbortSignal): void {
  const view = doc.defaultView;
  if (view === null) return;
  let frame = 0;
  let latest: { x: number; y: number; target: EventTarget | null } | null = null;
  let touch: { id: number; x: number; y: number } | null = null;

  const onFrame = (): void => {
    frame = 0;
    const point = latest;
    latest = null;
    if (point !== null && callbacks.isActive()) callbacks.move(point.x, point.y, point.target);
  };
  signal.addEventListener('abort', () => {
    if (frame !== 0) view.cancelAnimationFrame(frame);
  });

  const options = { passive: true, capture: true, signal };
  const onPoint = (event: PointerEvent): void => {
    // A moving finger scrolls; hover is for mice and pens.
    if (event.pointerType === 'touch' || !callbacks.isActive()) return;
    latest = { x: event.clientX, y: event.clientY, target: event.target };
    if (frame === 0) frame = view.requestAnimationFrame(onFrame);
  };
  doc.addEventListener('pointermove', onPoint, options);
  // A pointer at rest that the browser reports as entering something (the page changed under it, or it
  // came back in without moving) fires pointerover and no pointermove: it must re-arm hover intent too.
  doc.addEventListener('pointerover', onPoint, options);
  doc.documentElement.addEventListener(
    'pointerleave',
    (event) => {
      if (event.pointerType === 'touch' || !callbacks.isActive()) return;
      latest = null;
      callbacks.leave();
    },
    { passive: true, signal },
  );
  doc.addEventListener(
    'pointerdown',
    (event) => {
      if (!callbacks.isActive()) return;
      if (event.pointerType === 'touch') {
        touch = { id: event.pointerId, x: event.clientX, y: event.clientY };
        return;
      }
      callbacks.press(event.clientX, event.clientY, event.target);
    },
    options,
  );
  doc.addEventListener(
    'pointerup',
    (event) => {
      const start = touch;
      if (event.pointerType !== 'touch' || start === null || start.id !== event.pointerId) return;
      touch = null;
      if (Math.hypot(event.clientX - start.x, event.clientY - start.y) > TAP_SLOP_PX) return;
      callbacks.tap(event.clientX, event.clientY, event.target, isOnControl(event));
    },
    options,
  );
  // The browser took the touch over (a scroll or a zoom): not a tap.
  doc.addEventListener(
    'pointercancel',
    () => {
      touch = null;
    },
    options,
  );
}
