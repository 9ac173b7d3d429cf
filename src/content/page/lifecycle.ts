/**
 * The content script's life: one copy per page, and an end when the
 * extension is reloaded or removed ("Extension context invalidated").
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
 * Calls `onInvalid` once `isValid` turns false, checking every `intervalMs`
 * (a reloaded extension's old content script gets no event for it), until
 * `part.signal` aborts.
 */
export function watchContext(
  isValid: () => boolean,
  onInvalid: () => void,
  part: Part,
  intervalMs = 2000,
): void {
  const timer = setInterval(() => {
    if (!isValid()) {
      clearInterval(timer);
      onInvalid();
    }
  }, intervalMs);
  part.signal.addEventListener(
    'abort',
    () => {
      clearInterval(timer);
    },
    { once: true },
  );
}
