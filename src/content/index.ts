/**
 * Content script entry point: builds the page's parts and wires them together.
 * Each part is started with a `Part` (page/part.ts): it tears down when the
 * lifetime aborts and logs its errors under its name.
 */
import browser from 'webextension-polyfill';
import { index as bundledIndex, prebuilt } from 'backstory:bundled-index';
import type { Dictionary } from '../core/dictionary/types';
import { DEFAULT_SETTINGS } from '../core/settings';
import { watchPageDictionaries } from '../shared/page-dictionaries';
import { callBackground } from '../shared/messaging';
import { loadSettings, onSettingsChanged } from '../shared/storage';
import { ContentController } from './page/controller';
import { claimPage, releasePage, watchContext, type PageClaim } from './page/lifecycle';
import { partOf } from './page/part';
import { listenForMessages } from './page/routes';
import { pageTiming } from './scan/mutation-watcher';
import { pageHtml } from './page/page-html';
import { cssHighlightRegistry, hasHighlightApi, staticRangeOf } from './paint/highlight-api';
import { createRecogniser } from './scan/recogniser';
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
  // The enabled imported dictionaries, whole (the card reads their texts); replaced when the user changes them.
  let imported: Dictionary[] = [];
  let hoverDelayMs = DEFAULT_SETTINGS.hoverDelayMs;

  const controller = new ContentController({
    doc: document,
    host: location.hostname,
    recogniser: createRecogniser([bundledIndex], prebuilt),
    registry: cssHighlightRegistry(),
    styles: createAdoptedSheet(document),
    makeRange: staticRangeOf,
    slicer: createSlicer(),
    timing: pageTiming(window),
    viewport: intersectionWatch(),
    loadSettings: async () => {
      const settings = await loadSettings();
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
  let loading: Promise<Tooltip | null> | null = null;
  const loadCard = (): Promise<Tooltip | null> => {
    loading ??= requestCard(() => callBackground('loadCard', {})).then(
      (card) => {
        if (lifetime.signal.aborted) return null;
        const dictionaryOf = (id: string): Dictionary | undefined =>
          id === card.bundled.id ? card.bundled : imported.find((d) => d.id === id);
        tooltip = card.createTooltip(
          {
            index: controller.store,
            entity: (dictionaryId, entityId) =>
              dictionaryOf(dictionaryId)?.entities.find((e) => e.id === entityId),
            attribution: (dictionaryId) => dictionaryOf(dictionaryId)?.story?.attribution,
            hoverDelayMs: () => hoverDelayMs,
            t: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
            openEntityView: (dictionaryId, entityId) => {
              callBackground('openEntityView', { dictionaryId, entityId }).catch(() => undefined);
            },
            onShow: (mention) => {
              controller.markHovered(mention);
            },
          },
          partOf('tooltip', lifetime.signal),
        );
        return tooltip;
      },
      (error: unknown) => {
        // Asked again at the next need (the background may have been restarting).
        loading = null;
        if (isContextValid()) console.error('Backstory: could not load the card', error);
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
  watchPageDictionaries(
    { dictionary: bundledIndex, prebuilt },
    __VERSION__,
    (loaded) => {
      imported = loaded.imported;
      controller.setRecogniser(createRecogniser(loaded.dictionaries, loaded.prebuilt));
    },
    lifetime.signal,
  );
  const page = partOf('page', lifetime.signal);
  controller.start(page).catch((error: unknown) => {
    // The settings could not be read: the extension context is gone.
    if (!isContextValid()) lifetime.abort();
    else page.onError(error);
  });
}
