/**
 * The content script's life: one copy per page, and an end when the
 * extension is reloaded or removed ("Extension context invalidated"),
 * noticed at the page's next event rather than by polling.
 */
import type { Part } from './part';

/** What a running copy leaves on its (isolated) global for a later copy to find. */
export interface PageClaim {
  /** Whether the copy's extension context still works. */
  isAlive(): boolean;
  /** Tears the copy down. */
  stop(): void;
}

// A property of the content script's own global: page scripts live in another world and cannot see or fake it.
const CLAIM_KEY = '__backstoryContentScript__';

type ClaimHolder = Record<typeof CLAIM_KEY, PageClaim | undefined>;

/**
 * Claims the page for `claim`. False when a live copy already runs here (this
 * one stands down); a dead copy from before a reload is stopped and replaced.
 */
export function claimPage(claim: PageClaim, global: object = globalThis): boolean {
  const holder = global as ClaimHolder;
  const current = holder[CLAIM_KEY];
  if (current !== undefined && current !== claim) {
    if (current.isAlive()) return false;
    current.stop();
  }
  holder[CLAIM_KEY] = claim;
  return true;
}

/** Gives the page up, if `claim` still holds it. */
export function releasePage(claim: PageClaim, global: object = globalThis): void {
  const holder = global as ClaimHolder;
  if (holder[CLAIM_KEY] === claim) holder[CLAIM_KEY] = undefined;
}

/**
 * Page events after which a copy checks that its extension still exists: the
 * user pointing at something, or coming back to the tab. No browser tells a
 * content script that its extension was reloaded, updated or removed
 * (w3c/webextensions#138), and the workarounds cost more than they save: a
 * timer runs in every idle tab, and a port to the background is closed each
 * time the service worker idles out, so reconnecting would wake it every 30 s.
 * A dead copy does nothing while nobody looks; at the first of these events it
 * tears down, before the tooltip's own listeners see the event.
 */
const WAKE_EVENTS = ['pointerover', 'focus', 'visibilitychange', 'pageshow'] as const;

/**
 * Calls `onInvalid` once, at the first wake event (see above) after `isValid`
 * turned false, until `part.signal` aborts. No timer: an idle page costs nothing.
 */
export function watchContext(
  isValid: () => boolean,
  onInvalid: () => void,
  part: Part,
  target: EventTarget = globalThis,
): void {
  let isDone = false;
  const check = (): void => {
    if (isDone || isValid()) return;
    isDone = true;
    onInvalid();
  };
  const options = { capture: true, passive: true, signal: part.signal };
  for (const type of WAKE_EVENTS) target.addEventListener(type, check, options);
}
