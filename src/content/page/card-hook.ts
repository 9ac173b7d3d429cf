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
import { offerScript, requestScript } from './lazy-script';

/** What card.js offers. */
export interface CardModule {
  createTooltip: typeof createTooltip;
  /** Builds the card with its texts and look-ups (card-start.ts). */
  startCard: typeof startCard;
  /** The bundled dictionary, texts included. */
  bundled: Dictionary;
}

const KEY = '__backstoryCard';

/** Called by card.js: leaves its exports for the content script. */
export function offerCard(module: CardModule): void {
  offerScript(KEY, module);
}

/** card.js's exports, asking `inject` (the background) to inject it when it is not here yet. */
export function requestCard(inject: () => Promise<unknown>): Promise<CardModule> {
  return requestScript<CardModule>(KEY, 'card.js', inject);
}
