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
import { storeIndex } from '../mentions/mention-at';
import type { ContentController } from '../page/controller';
import type { ContentRouter } from '../page/message-door';
import { pageHtml } from '../page/page-html';
import type { Part } from '../page/part';
import { contentRouter } from '../page/routes';
import { staticRangeOf } from '../paint/highlight-api';
import { markHovered } from '../paint/marks';
import { revealMention } from '../paint/reveal';
import { createTooltip, type Tooltip, type TooltipDeps } from './index';
import { scrollToMention } from './stepping';

/** What the content script gives the card. */
export interface CardHost {
  /** The page's controller: its painted mentions, findings, painter (for the marks) and settings. */
  controller: Pick<ContentController, 'store' | 'findings' | 'painter' | 'isActive' | 'currentSettings'>;
  /** The article layer, once article.js is in. */
  article: () => ArticleLayer | null;
  /** The enabled imported dictionaries' ids, in precedence order. */
  importedIds: () => string[];
  restingPointer: TooltipDeps['restingPointer'];
  pendingTap: TooltipDeps['pendingTap'];
}

/** The running card. */
export interface Card {
  tooltip: Tooltip;
  /** Reads the imported dictionaries' texts again (the enabled dictionaries changed). */
  reloadImported: () => void;
  /** Answers the messages the first-load script forwards (message-door.ts). */
  route: ContentRouter;
}

/** Reads the imported dictionaries' texts, then builds the tooltip over them and `bundled`'s. */
export async function startCard(
  host: CardHost,
  bundled: Dictionary,
  extensionId: string,
  part: Part,
): Promise<Card> {
  const { controller } = host;
  let imported = await loadImported(host.importedIds());
  const dictionaryOf = (id: string): Dictionary | undefined =>
    id === bundled.id ? bundled : imported.find((d) => d.id === id);
  const tooltip = createTooltip(
    {
      index: storeIndex(controller.store),
      entity: (dictionaryId, entityId) =>
        host.article()?.entity(dictionaryId, entityId) ??
        dictionaryOf(dictionaryId)?.entities.find((e) => e.id === entityId),
      article: (dictionaryId, entityId) => {
        const note = host.article()?.note(dictionaryId, entityId);
        if (note === undefined) return undefined;
        const count = controller.store.foundMentions().filter((m) => m.entityId === entityId).length;
        return { ...note, count };
      },
      attribution: (dictionaryId) => dictionaryOf(dictionaryId)?.story?.attribution,
      dictionary: dictionaryOf,
      hoverDelayMs: () => controller.currentSettings().hoverDelayMs,
      t: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
      openEntityView: (dictionaryId, entityId) => {
        callBackground('openEntityView', { dictionaryId, entityId }).catch(() => undefined);
      },
      onShow: (mention) => {
        markHovered(controller.painter, controller.currentSettings().highlightStyle, mention);
      },
      restingPointer: host.restingPointer,
      pendingTap: host.pendingTap,
    },
    part,
  );
  return {
    tooltip,
    route: contentRouter(
      {
        findings: () => controller.findings(),
        // The mention at `index` among the found ones (a snippet's index), while the page is annotated.
        reveal: (index) =>
          controller.isActive() &&
          revealMention(controller.store.foundMentions()[index], {
            painter: controller.painter,
            scrollTo: (mention) => {
              scrollToMention(mention, window);
            },
            makeRange: staticRangeOf,
            openTooltip: (mention) => {
              tooltip.openFor(mention, { via: 'keyboard' });
            },
          }),
        tooltip,
        pageHtml: () => pageHtml(document),
      },
      extensionId,
    ),
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
