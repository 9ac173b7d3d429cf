/**
 * Entry point of card.js: the tooltip, its wiring, its libraries, the
 * router of the reader's messages and the bundled dictionary's texts, which the background injects into a frame only
 * when its content script first needs a card (src/content/page/card-hook.ts).
 */
import { dictionary } from 'backstory:bundled-dictionary';
import { offerCard } from '../page/card-hook';
import { startCard } from './card-start';
import { createTooltip } from './index';

offerCard({ createTooltip, startCard, bundled: dictionary });
