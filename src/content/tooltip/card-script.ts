/**
 * Entry point of card.js: the tooltip, its libraries and the bundled
 * dictionary's texts, which the background injects into a frame only when its
 * content script first needs a card (src/content/page/card-hook.ts).
 */
import { dictionary } from 'backstory:bundled-dictionary';
import { offerCard } from '../page/card-hook';
import { createTooltip } from './index';

offerCard({ createTooltip, bundled: dictionary });
