/**
 * How the content script gets its card: card.js (src/content/tooltip/card-script.ts),
 * which the background injects on first need into this frame's isolated world,
 * leaves its exports on that world's global, where no page script can see them.
 * The first-load script stays small; the page is given no URL, element or event to
 * notice the extension by.
 */
import type { Dictionary } from '../../core/dictionary/types';
import type { createTooltip } from '../tooltip';
import type { startCard } from '../tooltip/card-start';
import type { scrollToMention } from '../tooltip/stepping';

/** What card.js offers. */
export interface CardModule {
  createTooltip: typeof createTooltip;
  /** Builds the card with its texts and look-ups (card-start.ts). */
  startCard: typeof startCard;
  /** Scrolls a mention into view (for a mention revealed from the popup). */
  scrollToMention: typeof scrollToMention;
  /** The bundled dictionary, texts included. */
  bundled: Dictionary;
}

// A global of the isolated world only: the page's own global is another object.
const KEY = '__backstoryCard';

type Holder = Partial<Record<typeof KEY, CardModule>>;

/** Called by card.js: leaves the card for the content script. */
export function offerCard(card: CardModule): void {
  (globalThis as Holder)[KEY] = card;
}

/** The card, asking `inject` (the background) to inject card.js when it is not here yet. */
export async function requestCard(inject: () => Promise<unknown>): Promise<CardModule> {
  const here = (globalThis as Holder)[KEY];
  if (here !== undefined) return here;
  await inject();
  const card = (globalThis as Holder)[KEY];
  if (card === undefined) throw new Error('card.js did not load');
  return card;
}
