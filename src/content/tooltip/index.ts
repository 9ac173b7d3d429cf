/**
 * The tooltip: hover a painted mention (or step to it from the keyboard, or
 * tap it) and read the entity's backstory in a card that page CSS cannot
 * reach.
 *
 * Wiring, in src/content/index.ts, once the painter's index exists:
 *
 *     const tooltip = createTooltip({
 *       index,                                  // the painter's MentionIndex
 *       entity: (dictionaryId, entityId) => …,  // Entity from the enabled dictionaries
 *       attribution: (dictionaryId) => …,       // that dictionary's story?.attribution
 *       hoverDelayMs: () => settings.hoverDelayMs,
 *       t: (key, subs) => browser.i18n.getMessage(key, subs),
 *       openEntityView: (dictionaryId, entityId) =>
 *         void callBackground('openEntityView', { dictionaryId, entityId }).catch(() => undefined),
 *     }, partOf('tooltip', lifetime.signal));
 *     // content routes: stepMention: stepMentionRoute(tooltip)
 *     // torn down when the lifetime aborts (context invalidated, a newer copy took over)
 *
 * The painter skips Backstory's own nodes with `isBackstoryNode` from ../page/own-ui.
 */
import type { Dictionary, Entity } from '../../core/dictionary/types';
import { sayingsOf } from '../../core/story/sayings';
import type { PaintedMention } from '../mentions/mention';
import type { MentionIndex } from '../mentions/mention-index';
import type { Part } from '../page/part';
import { hitTest, type Hit } from './hit-test';
import { createTooltipHost, type TooltipHost } from './host';
import { createHoverIntent } from './hover-intent';
import { mentionContext, pickQuote } from './pick-quote';
import { createPlacement, type Placement } from './placement';
import { CONTROLS, listenToPointer } from './pointer';
import type { CardArticle } from './article-section';
import type { Translate } from '../../shared/i18n';
import { announcement, renderCard, type CardContent } from './render';
import { isSameMention, nextMention, scrollToMention } from './stepping';
import { watchRepaints } from './repaint';

/** What the tooltip needs from the rest of the content script; tests pass fakes. */
export interface TooltipDeps {
  index: MentionIndex;
  /** An entity of an enabled dictionary, or `undefined`. */
  entity: (dictionaryId: string, entityId: string) => Entity | undefined;
  /** How the dictionary's source article is cited ("Strategic Culture Foundation, 29 Nov 2010"). */
  attribution: (dictionaryId: string) => string | undefined;
  /** Read at each hover, so a changed setting applies at once. */
  hoverDelayMs: () => number;
  t: Translate;
  /** Asks the background to open the entity in the popup's full view. */
  openEntityView: (dictionaryId: string, entityId: string) => void;
  /** What the article on the page says of an entity, when its names were drawn. */
  article?: (dictionaryId: string, entityId: string) => CardArticle | undefined;
  /** A whole dictionary, for what a reader's story's kept articles say (`kept`). */
  dictionary?: (dictionaryId: string) => Dictionary | undefined;
  /** Told which mention's card is open (`null` when none), so the painter can show it in the hover-only style. */
  onShow?: (mention: PaintedMention | null) => void;
  /** The page's document; `document` when absent. */
  document?: Document;
  /**
   * Where the pointer last was before the card's code arrived (card.js comes
   * after the first paint): a pointer already resting on a name then gets its
   * card without having to move again.
   */
  restingPointer?: { x: number; y: number; target: EventTarget | null } | null;
  /** A finger's tap on a name before the card's code arrived, on no control: its card opens as a tap's would. */
  pendingTap?: { x: number; y: number; target: EventTarget | null } | null;
}

/** How a card was opened: hover cards close after the pointer leaves; keyboard and touch cards stay until dismissed. */
export type OpenVia = 'hover' | 'keyboard' | 'touch';

/** The tooltip's controls for the rest of the content script. */
export interface Tooltip {
  /** Opens the card on `mention` beside its line `rectIndex` (default the first); `false` when its entity is unknown. */
  openFor(
    mention: PaintedMention,
    options?: { via?: OpenVia; rectIndex?: number; scroll?: boolean },
  ): boolean;
  /** Closes the card, if open. */
  close(): void;
  /** Scrolls to the next (1) or previous (-1) mention, opens its card and announces it; `false` when there is none. */
  step(direction: 1 | -1): boolean;
  /** The mention whose card is open, or `null`. */
  openMention(): PaintedMention | null;
}

/** Wikipedia's Page Previews waits about as long before hiding. */
const HIDE_DELAY_MS = 300;
const REST_RADIUS_PX = 6;
// Let the live region exist in the accessibility tree before its text changes.
const ANNOUNCE_DELAY_MS = 100;

/**
 * Builds the page's tooltip. Nothing is added to the page until a card first
 * opens; when `part.signal` aborts, the host and every listener, observer and
 * timer go.
 */
export function createTooltip(deps: TooltipDeps, part: Part): Tooltip {
  const doc = deps.document ?? document;
  const view = doc.defaultView ?? window;
  const { index, t } = deps;
  let ui: { parts: TooltipHost; placement: Placement } | null = null;
  let current: { mention: PaintedMention; via: OpenVia } | null = null;
  let cursor: PaintedMention | null = null;
  let escape: AbortController | null = null;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;

  // A handler (pointer, hover timer) that throws is logged with the tooltip's name, and the next event is handled afresh.
  const guard =
    <A extends unknown[]>(handle: (...args: A) => void) =>
    (...args: A): void => {
      try {
        handle(...args);
      } catch (error) {
        part.onError(error);
      }
    };

  const hover = createHoverIntent<Hit>({
    showDelay: () => deps.hoverDelayMs(),
    hideDelay: HIDE_DELAY_MS,
    restRadius: REST_RADIUS_PX,
    isSame: (a, b) => isSameMention(a.mention, b.mention),
    show: guard((hit: Hit) => {
      open(hit.mention, 'hover', hit.rectIndex);
    }),
    hide: guard(() => {
      close();
    }),
    isPinned: () => current !== null && current.via !== 'hover',
  });

  const ensureUi = (): { parts: TooltipHost; placement: Placement } => {
    if (ui === null) {
      const parts = createTooltipHost(doc);
      ui = { parts, placement: createPlacement(parts.card) };
    }
    ui.parts.attach();
    return ui;
  };

  const contentFor = (mention: PaintedMention, entity: Entity): CardContent => ({
    entity,
    quote: pickQuote(entity.quotes, mentionContext(mention.range)),
    attribution: deps.attribution(mention.dictionaryId) ?? null,
    related: entity.related.flatMap((id) => deps.entity(mention.dictionaryId, id)?.name ?? []),
    article: deps.article?.(mention.dictionaryId, mention.entityId) ?? null,
    kept: sayingsOf(deps.dictionary?.(mention.dictionaryId) ?? {}, mention.entityId),
  });

  function close(): void {
    if (current === null) return;
    current = null;
    escape?.abort();
    escape = null;
    clearTimeout(announceTimer);
    hover.setShown(null);
    deps.onShow?.(null);
    if (ui !== null) {
      ui.placement.stop();
      ui.parts.card.classList.remove('is-open');
      ui.parts.card.replaceChildren();
      ui.parts.live.textContent = '';
    }
  }

  // Escape and the close button: closed, and not reopened by the resting pointer until it leaves.
  function dismiss(): void {
    const was = current;
    close();
    if (was !== null) hover.suppress({ mention: was.mention, rectIndex: 0 });
  }

  function open(mention: PaintedMention, via: OpenVia, rectIndex: number): boolean {
    const entity = deps.entity(mention.dictionaryId, mention.entityId);
    if (entity === undefined) return false;
    const { parts, placement } = ensureUi();
    const content = contentFor(mention, entity);
    const isSameCard = current !== null && isSameMention(current.mention, mention);
    if (!isSameCard) {
      renderCard(parts.card, content, t, {
        openFull: () => {
          deps.openEntityView(mention.dictionaryId, mention.entityId);
        },
        close: dismiss,
      });
    }
    current = { mention, via };
    cursor = mention;
    deps.onShow?.(mention);
    parts.card.classList.add('is-open');
    placement.follow(mention.range, rectIndex);
    hover.setShown({ mention, rectIndex });
    if (escape === null) {
      escape = new AbortController();
      doc.addEventListener(
        'keydown',
        (event) => {
          if (event.key === 'Escape') dismiss();
        },
        { capture: true, signal: escape.signal },
      );
    }
    if (via === 'keyboard') {
      clearTimeout(announceTimer);
      parts.live.textContent = '';
      const text = announcement(doc, content, t);
      announceTimer = setTimeout(() => {
        parts.live.textContent = text;
      }, ANNOUNCE_DELAY_MS);
    }
    return true;
  }

  const move = guard((x: number, y: number, target: EventTarget | null) => {
    if (ui !== null && target === ui.parts.host) {
      hover.pointInCard();
      return;
    }
    const hit = hitTest(doc, index, x, y, target instanceof Element ? target : null);
    // A page that owns <html> may take the host away while the card is open. Hover intent keeps an open card
    // as it is while the pointer stays on its mention, so the card is put back here, or it would stay gone.
    const lost = ui?.parts.host.isConnected === false ? current : null;
    if (hit !== null && lost !== null && isSameMention(hit.mention, lost.mention))
      open(lost.mention, lost.via, hit.rectIndex);
    hover.pointAt(hit, x, y);
  });
  listenToPointer(
    doc,
    {
      isActive: () => current !== null || !index.isEmpty(),
      move,
      leave: guard(() => {
        hover.pointAt(null, 0, 0);
      }),
      press: guard((x: number, y: number, target: EventTarget | null) => {
        if (current === null || (ui !== null && target === ui.parts.host)) return;
        // A click elsewhere closes the card; a click on its own mention (to select it, say) does not.
        const hit = hitTest(doc, index, x, y, target instanceof Element ? target : null);
        if (hit === null || !isSameMention(hit.mention, current.mention)) close();
      }),
      tap: guard((x: number, y: number, target: EventTarget | null, isOnControl: boolean) => {
        if (ui !== null && target === ui.parts.host) return;
        const hit = isOnControl ? null : hitTest(doc, index, x, y, target instanceof Element ? target : null);
        if (hit === null) close();
        else open(hit.mention, 'touch', hit.rectIndex);
      }),
    },
    part.signal,
  );
  const resting = deps.restingPointer ?? null;
  if (resting !== null && !index.isEmpty()) move(resting.x, resting.y, resting.target);
  const tapped = deps.pendingTap ?? null;
  const tappedElement = tapped?.target instanceof Element ? tapped.target : null;
  if (tapped !== null && !index.isEmpty() && tappedElement?.closest(CONTROLS) == null) {
    const hit = hitTest(doc, index, tapped.x, tapped.y, tappedElement);
    if (hit !== null) open(hit.mention, 'touch', hit.rectIndex);
  }

  const stopWatching = watchRepaints(index, {
    current: () => current?.mention ?? null,
    replace(mention) {
      if (current !== null) open(mention, current.via, 0);
    },
    lost() {
      hover.cancel();
      close();
    },
  });

  part.signal.addEventListener(
    'abort',
    () => {
      stopWatching();
      close();
      hover.cancel();
      ui?.parts.remove();
      ui = null;
    },
    { once: true },
  );

  const isInView = (mention: PaintedMention): boolean => {
    const rect = mention.range.getBoundingClientRect();
    return rect.bottom > 0 && rect.top < view.innerHeight;
  };

  return {
    openFor(mention, options = {}) {
      if (options.scroll === true) scrollToMention(mention, view);
      return open(mention, options.via ?? 'keyboard', options.rectIndex ?? 0);
    },
    close,
    step(direction) {
      // Continue from the open card, or from the last one stepped to while it is still in view.
      const from = current?.mention ?? (cursor !== null && isInView(cursor) ? cursor : null);
      const next = nextMention(index.all(), from, direction, view.innerHeight);
      if (next === null) return false;
      scrollToMention(next, view);
      return open(next, 'keyboard', 0);
    },
    openMention: () => current?.mention ?? null,
  };
}
