/**
 * Content script entry point: builds the page's parts and wires them together.
 * Each part is started with a `Part` (page/part.ts): it tears down when the
 * lifetime aborts and logs its errors under its name.
 */
import browser from 'webextension-polyfill';
import { bundledId } from 'backstory:bundled-index';
import {
  loadPageDictionaries,
  watchPageDictionaries,
  type PageDictionaries,
} from '../shared/page-dictionaries';
import { callBackground } from '../shared/messaging';
import { loadSettings, onSettingsChanged } from '../shared/storage';
import { ARTICLE_DICTIONARY_ID } from '../core/article/limits';
import { logError } from '../shared/log';
import type { Settings } from '../core/settings';
import type { ArticleLayer } from './article/article-layer';
import { whenIdle } from './article/idle';
import { requestArticle } from './page/article-hook';
import { ContentController, inactiveReason } from './page/controller';
import { claimPage, releasePage, watchContext, type PageClaim } from './page/lifecycle';
import { partOf, type Part } from './page/part';
import { openMessageDoor, type ContentRouter } from './page/message-door';
import { pageTiming } from './scan/mutation-watcher';
import { cssHighlightRegistry, hasHighlightApi, staticRangeOf } from './paint/highlight-api';
import type { Recogniser } from './scan/annotator';
import { createRecogniser, nothingRecognised } from './scan/recogniser';
import { createSlicer } from './scan/slicer';
import { createAdoptedSheet } from './paint/style-sheet';
import { intersectionWatch } from './paint/viewport-watch';
import type { Tooltip } from './tooltip';
import { requestCard } from './page/card-hook';
import type { Card } from './tooltip/card-start';

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
  const importedIds = (): string[] =>
    (current?.dictionaries ?? []).map((d) => d.id).filter((id) => id !== bundledId);

  function useDictionaries(loaded: PageDictionaries): void {
    current = loaded;
    controller.setRecogniser(withArticle(createRecogniser(loaded.dictionaries, loaded.prebuilt)));
    // The card's texts too, when it is in.
    card?.reloadImported();
  }

  // The article's own names, drawn in the background (article/article-layer.ts): the layer comes in article.js,
  // which the background injects once the first scan is done and the page is idle, when the settings want the
  // names (`startArticle`). Until then the dictionaries' recogniser runs alone.
  let article: ArticleLayer | null = null;
  let articleRoute: ContentRouter | null = null;
  // Until article.js is in: still on its way, or kept out by the settings (the tests wait on this).
  let articleState: 'waiting' | 'off' = 'waiting';
  let base: Recogniser = nothingRecognised;
  const withArticle = (recogniser: Recogniser): Recogniser => {
    base = recogniser;
    return article?.withBase(recogniser) ?? recogniser;
  };
  const isActive = (settings: Settings): boolean =>
    inactiveReason(settings, location.hostname, document) === null;

  async function startArticle(part: Part): Promise<void> {
    await controller.idle();
    await whenIdle(window);
    const isWanted = (settings: Settings): boolean => settings.articleNames && isActive(settings);
    // Read again after each wait: the page may have ended meanwhile.
    const isEnded = (): boolean => part.signal.aborted;
    if (isEnded()) return;
    // The controller's settings: read once for the page and kept current, not read from storage again.
    if (!isWanted(controller.currentSettings())) {
      articleState = 'off';
      await new Promise<void>((resolve) => {
        const stop = onSettingsChanged((settings) => {
          if (!isWanted(settings)) return;
          stop();
          resolve();
        });
        part.signal.addEventListener('abort', stop, { once: true });
      });
      articleState = 'waiting';
    }
    if (isEnded()) return;
    const module = await requestArticle(() => callBackground('loadArticle', {}));
    if (isEnded()) return;
    const started = module.startArticleLayer(
      {
        doc: document,
        isActive,
        firstScan: () => controller.idle(),
        setRecogniser: (recogniser) => {
          controller.setRecogniser(recogniser);
        },
        base,
        settings: () => controller.currentSettings(),
        extensionId: browser.runtime.id,
      },
      part,
    );
    article = started.layer;
    articleRoute = started.route;
  }

  const controller = new ContentController({
    doc: document,
    host: location.hostname,
    alwaysSpeaking: new Set([ARTICLE_DICTIONARY_ID]),
    followed: () => new Set(current?.dictionaries.flatMap((d) => (d.followed ? [d.id] : [])) ?? []),
    alsoSpeaks: (dictionaryId, entityId) => article?.note(dictionaryId, entityId) !== undefined,
    recogniser: withArticle(nothingRecognised),
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
      return settings;
    },
    onSettingsChanged,
    report: (report) => callBackground('reportFindings', report),
  });

  // The card (tooltip, its wiring and libraries, the bundled texts) comes in card.js, which the background
  // injects when the first mention is painted: pages that name nothing never load it.
  let card: Card | null = null;
  // Until it arrives, where the pointer is: one resting on a name by then gets its card without moving again.
  type Point = { x: number; y: number; target: EventTarget | null };
  let restingPointer: Point | null = null;
  const untilCard = new AbortController();
  // And a finger's last tap (card.js opens its card when it was on a name, not in a link or another control).
  let pendingTap: Point | null = null;
  const notePointer = (event: PointerEvent): void => {
    const at = { x: event.clientX, y: event.clientY, target: event.target };
    if (event.pointerType !== 'touch') restingPointer = at;
    else if (event.type === 'pointerup') pendingTap = at;
  };
  const watchOptions = { passive: true, capture: true, signal: untilCard.signal };
  document.addEventListener('pointermove', notePointer, watchOptions);
  document.addEventListener('pointerover', notePointer, watchOptions);
  document.addEventListener('pointerup', notePointer, watchOptions);
  lifetime.signal.addEventListener(
    'abort',
    () => {
      untilCard.abort();
    },
    { once: true },
  );
  let loading: Promise<Tooltip | null> | null = null;
  const loadCard = (): Promise<Tooltip | null> => {
    loading ??= requestCard(() => callBackground('loadCard', {}))
      .then(async (module) => {
        const started = await module.startCard(
          {
            controller,
            article: () => article,
            importedIds,
            restingPointer,
            pendingTap,
          },
          module.bundled,
          browser.runtime.id,
          partOf('tooltip', lifetime.signal),
        );
        card = started;
        untilCard.abort();
        return started.tooltip;
      })
      .catch((error: unknown) => {
        // Asked again at the next need (the background may have been restarting).
        loading = null;
        if (isContextValid()) logError('card', 'could not load the card', error);
        else lifetime.abort();
        return null;
      });
    return loading;
  };
  const stopWaiting = controller.store.onChange(() => {
    if (controller.store.isEmpty()) return;
    stopWaiting();
    void loadCard();
  });
  lifetime.signal.addEventListener('abort', stopWaiting, { once: true });
  // The messages the reader's actions send (reveal, step, a page copy) are answered in card.js.
  const loadRouter = (): Promise<ContentRouter> =>
    loadCard().then(() => {
      if (card === null) throw new Error('The card could not be loaded.');
      return card.route;
    });
  openMessageDoor(
    browser.runtime,
    {
      findings: () => controller.findings(),
      router: loadRouter,
      articleRouter: () => articleRoute,
      articleState: () => articleState,
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
  startArticle(articlePart).catch(articlePart.onError);
  const page = partOf('page', lifetime.signal);
  controller.start(page).catch((error: unknown) => {
    // The settings could not be read: the extension context is gone.
    if (!isContextValid()) lifetime.abort();
    else page.onError(error);
  });
}
