/**
 * Content script entry point: builds the page's parts and wires them together.
 * Each part is started with a `Part` (page/part.ts): it tears down when the
 * lifetime aborts and logs its errors under its name.
 */
import browser from 'webextension-polyfill';
import { bundledId } from 'backstory:bundled-index';
import type { Dictionary } from '../core/dictionary/types';
import { DEFAULT_SETTINGS } from '../core/settings';
import {
  loadImported,
  loadPageDictionaries,
  watchPageDictionaries,
  type PageDictionaries,
} from '../shared/page-dictionaries';
import { callBackground } from '../shared/messaging';
import { loadSettings, onSettingsChanged } from '../shared/storage';
import { ARTICLE_DICTIONARY_ID } from '../core/article/limits';
import { logError } from '../shared/log';
import { ArticleLayer } from './article/article-layer';
import { whenIdle } from './article/idle';
import { ContentController, inactiveReason } from './page/controller';
import { claimPage, releasePage, watchContext, type PageClaim } from './page/lifecycle';
import { partOf } from './page/part';
import { listenForMessages } from './page/routes';
import { pageTiming } from './scan/mutation-watcher';
import { pageHtml } from './page/page-html';
import { cssHighlightRegistry, hasHighlightApi, staticRangeOf } from './paint/highlight-api';
import { createRecogniser, nothingRecognised } from './scan/recogniser';
import { createSlicer } from './scan/slicer';
import { createAdoptedSheet } from './paint/style-sheet';
import { intersectionWatch } from './paint/viewport-watch';
import type { Tooltip } from './tooltip';
import { scrollToMention } from './tooltip/stepping';
import { requestCard } from './page/card-hook';

function isContextValid(): boolean {
  try {
    return typeof browser.runtime.id === 'string';
  } catch {
    return false;
  }
}

const lifetime = new AbortController();

const claim: PageClaim = {
  isAlive: isContextValid,
  stop: () => {
    lifetime.abort();
  },
};

lifetime.signal.addEventListener('abort', () => {
  releasePage(claim);
});

if (!hasHighlightApi() || !claimPage(claim)) {
  // No Highlight API (an old browser), or a live copy already annotates this page: stand down.
  lifetime.abort();
} else {
  start();
}

/** Builds the page's parts and starts them: only once this copy holds the page. */
function start(): void {
  // The automaton and the entities' ids and types, as the background stored them: read with the settings,
  // so the first scan runs with them. Nothing is recognised until they are there (just after install).
  const firstDictionaries = loadPageDictionaries(bundledId, __VERSION__).catch(() => undefined);
  let current: PageDictionaries | undefined;
  // The enabled imported dictionaries, whole: read only once the card is wanted, for its texts.
  let imported: Dictionary[] = [];
  let hoverDelayMs = DEFAULT_SETTINGS.hoverDelayMs;
  const importedIds = (): string[] =>
    (current?.dictionaries ?? []).map((d) => d.id).filter((id) => id !== bundledId);

  function useDictionaries(loaded: PageDictionaries): void {
    current = loaded;
    controller.setRecogniser(article.withBase(createRecogniser(loaded.dictionaries, loaded.prebuilt)));
    if (tooltip === null) return;
    loadImported(importedIds()).then(
      (whole) => {
        imported = whole;
      },
      (error: unknown) => {
        logError('dictionaries', 'could not load the imported dictionaries', error);
      },
    );
  }

  // The article's own names: drawn in the background after the first scan (article/article-layer.ts).
  const article: ArticleLayer = new ArticleLayer({
    doc: document,
    isActive: (settings) => inactiveReason(settings, location.hostname, document) === null,
    loadSettings,
    onSettingsChanged,
    firstScan: () => controller.idle(),
    whenIdle: () => whenIdle(window),
    extract: (request) => callBackground('extractArticle', request),
    setRecogniser: (recogniser) => {
      controller.setRecogniser(recogniser);
    },
  });

  const controller = new ContentController({
    doc: document,
    host: location.hostname,
    alwaysSpeaking: new Set([ARTICLE_DICTIONARY_ID]),
    followed: () => new Set(current?.dictionaries.flatMap((d) => (d.followed ? [d.id] : [])) ?? []),
    alsoSpeaks: (dictionaryId, entityId) => article.note(dictionaryId, entityId) !== undefined,
    recogniser: article.withBase(nothingRecognised),
    registry: cssHighlightRegistry(),
    styles: createAdoptedSheet(document),
    makeRange: staticRangeOf,
    slicer: createSlicer(),
    timing: pageTiming(window),
    viewport: intersectionWatch(),
    loadSettings: async () => {
      const [settings, loaded] = await Promise.all([loadSettings(), firstDictionaries]);
      // Not started yet: this swap scans nothing; the settings' first scan uses it.
      if (loaded !== undefined && current === undefined) useDictionaries(loaded);
      hoverDelayMs = settings.hoverDelayMs;
      return settings;
    },
    onSettingsChanged: (listener) =>
      onSettingsChanged((settings) => {
        hoverDelayMs = settings.hoverDelayMs;
        listener(settings);
      }),
    report: (report) => callBackground('reportFindings', report),
    scrollTo: (mention) => {
      scrollToMention(mention, window);
    },
  });

  // The card (tooltip, its libraries, the bundled texts) comes in card.js, which the background injects when
  // the first mention is painted: pages that name nothing never load it.
  let tooltip: Tooltip | null = null;
  // Until it arrives, where the pointer is: one resting on a name by then gets its card without moving again.
  let restingPointer: { x: number; y: number; target: EventTarget | null } | null = null;
  const untilCard = new AbortController();
  const notePointer = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch')
      restingPointer = { x: event.clientX, y: event.clientY, target: event.target };
  };
  const watchOptions = { passive: true, capture: true, signal: untilCard.signal };
  document.addEventListener('pointermove', notePointer, watchOptions);
  document.addEventListener('pointerover', notePointer, watchOptions);
  lifetime.signal.addEventListener(
    'abort',
    () => {
      untilCard.abort();
    },
    { once: true },
  );
  let loading: Promise<Tooltip | null> | null = null;
  const loadCard = (): Promise<Tooltip | null> => {
    loading ??= Promise.all([
      requestCard(() => callBackground('loadCard', {})),
      loadImported(importedIds()),
    ]).then(
      ([card, whole]) => {
        if (lifetime.signal.aborted) return null;
        imported = whole;
        const dictionaryOf = (id: string): Dictionary | undefined =>
          id === card.bundled.id ? card.bundled : imported.find((d) => d.id === id);
        tooltip = card.createTooltip(
          {
            index: controller.store,
            entity: (dictionaryId, entityId) =>
              article.entity(dictionaryId, entityId) ??
              dictionaryOf(dictionaryId)?.entities.find((e) => e.id === entityId),
            article: (dictionaryId, entityId) => {
              const note = article.note(dictionaryId, entityId);
              if (note === undefined) return undefined;
              const count = controller.store.foundMentions().filter((m) => m.entityId === entityId).length;
              return { ...note, count };
            },
            attribution: (dictionaryId) => dictionaryOf(dictionaryId)?.story?.attribution,
            dictionary: dictionaryOf,
            hoverDelayMs: () => hoverDelayMs,
            t: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
            openEntityView: (dictionaryId, entityId) => {
              callBackground('openEntityView', { dictionaryId, entityId }).catch(() => undefined);
            },
            onShow: (mention) => {
              controller.markHovered(mention);
            },
            restingPointer,
          },
          partOf('tooltip', lifetime.signal),
        );
        untilCard.abort();
        return tooltip;
      },
      (error: unknown) => {
        // Asked again at the next need (the background may have been restarting).
        loading = null;
        if (isContextValid()) logError('card', 'could not load the card', error);
        else lifetime.abort();
        return null;
      },
    );
    return loading;
  };
  const stopWaiting = controller.store.onChange(() => {
    if (controller.store.isEmpty()) return;
    stopWaiting();
    void loadCard();
  });
  lifetime.signal.addEventListener('abort', stopWaiting, { once: true });
  controller.setTooltipOpener((mention) => {
    void loadCard().then((card) => card?.openFor(mention, { via: 'keyboard' }));
  });
  const stepper: Pick<Tooltip, 'step'> = {
    step: (direction) => {
      if (tooltip !== null) return tooltip.step(direction);
      if (controller.store.isEmpty()) return false;
      void loadCard().then((card) => card?.step(direction));
      return true;
    },
  };

  listenForMessages(
    browser.runtime,
    {
      findings: () => controller.findings(),
      reveal: (index) => controller.reveal(index),
      tooltip: stepper,
      pageHtml: () => pageHtml(document),
    },
    partOf('messages', lifetime.signal),
  );
  watchContext(
    isContextValid,
    () => {
      lifetime.abort();
    },
    partOf('lifecycle', lifetime.signal),
  );
  // Imported dictionaries come validated and compiled by the background; the bundled one by the build.
  // Later changes (an import, a switch): the new automaton, and the card's texts when it is in.
  watchPageDictionaries(bundledId, __VERSION__, useDictionaries, lifetime.signal);
  const articlePart = partOf('article', lifetime.signal);
  article.start(articlePart).catch(articlePart.onError);
  const page = partOf('page', lifetime.signal);
  controller.start(page).catch((error: unknown) => {
    // The settings could not be read: the extension context is gone.
    if (!isContextValid()) lifetime.abort();
    else page.onError(error);
  });
}
