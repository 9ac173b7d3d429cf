/**
 * The card's wiring, in card.js rather than in the first-load content script:
 * the imported dictionaries' texts, the entity and article look-ups, the
 * translations and the entity view, around the tooltip. The content script
 * hands over only what it owns (the painted mentions, the article layer, the
 * settings it follows).
 */
import type { Dictionary } from '../../core/dictionary/types';
import { callBackground } from '../../shared/messaging';
import { loadImported } from '../../shared/page-dictionaries';
import { logError } from '../../shared/log';
import browser from 'webextension-polyfill';
import type { ArticleLayer } from '../article/article-layer';
import type { PaintedMention } from '../mentions/mention';
import type { MentionStore } from '../mentions/mention-store';
import type { Part } from '../page/part';
import { createTooltip, type Tooltip, type TooltipDeps } from './index';

/** What the content script gives the card. */
export interface CardHost {
  store: MentionStore;
  /** The article layer, once article.js is in. */
  article: () => ArticleLayer | null;
  /** The enabled imported dictionaries' ids, in precedence order. */
  importedIds: () => string[];
  hoverDelayMs: () => number;
  /** Told which mention's card is open. */
  onShow: (mention: PaintedMention | null) => void;
  restingPointer: TooltipDeps['restingPointer'];
}

/** The running card. */
export interface Card {
  tooltip: Tooltip;
  /** Reads the imported dictionaries' texts again (the enabled dictionaries changed). */
  reloadImported: () => void;
}

/** Reads the imported dictionaries' texts, then builds the tooltip over them and `bundled`'s. */
export async function startCard(host: CardHost, bundled: Dictionary, part: Part): Promise<Card> {
  let imported = await loadImported(host.importedIds());
  const dictionaryOf = (id: string): Dictionary | undefined =>
    id === bundled.id ? bundled : imported.find((d) => d.id === id);
  const tooltip = createTooltip(
    {
      index: host.store,
      entity: (dictionaryId, entityId) =>
        host.article()?.entity(dictionaryId, entityId) ??
        dictionaryOf(dictionaryId)?.entities.find((e) => e.id === entityId),
      article: (dictionaryId, entityId) => {
        const note = host.article()?.note(dictionaryId, entityId);
        if (note === undefined) return undefined;
        const count = host.store.foundMentions().filter((m) => m.entityId === entityId).length;
        return { ...note, count };
      },
      attribution: (dictionaryId) => dictionaryOf(dictionaryId)?.story?.attribution,
      hoverDelayMs: host.hoverDelayMs,
      t: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
      openEntityView: (dictionaryId, entityId) => {
        callBackground('openEntityView', { dictionaryId, entityId }).catch(() => undefined);
      },
      onShow: host.onShow,
      restingPointer: host.restingPointer,
    },
    part,
  );
  return {
    tooltip,
    reloadImported: () => {
      loadImported(host.importedIds()).then(
        (whole) => {
          imported = whole;
        },
        (error: unknown) => {
          logError('dictionaries', 'could not load the imported dictionaries', error);
        },
      );
    },
  };
}
