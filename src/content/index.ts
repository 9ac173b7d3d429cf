/** Content script entry point: builds the page's objects and wires them together. */
import browser from 'webextension-polyfill';
import { dictionary, prebuilt } from 'backstory:bundled-dictionary';
import type { Dictionary } from '../core/dictionary/types';
import { DEFAULT_SETTINGS } from '../core/settings';
import { watchPageDictionaries } from '../shared/page-dictionaries';
import { callBackground } from '../shared/messaging';
import { loadSettings, onSettingsChanged } from '../shared/storage';
import { ContentController } from './controller';
import { claimPage, releasePage, watchContext, type PageClaim } from './lifecycle';
import { pageTiming } from './mutation-watcher';
import { pageHtml } from './page-html';
import { cssHighlightRegistry, hasHighlightApi, staticRangeOf } from './page-deps';
import { createRecogniser } from './recogniser';
import { listenForMessages } from './router';
import { createSlicer } from './slicer';
import { createAdoptedSheet } from './style-sheet';
import { intersectionWatch } from './viewport-watch';
import { createTooltip } from './tooltip';
import { scrollToMention } from './tooltip/stepping';

function isContextValid(): boolean {
  try {
    return typeof browser.runtime.id === 'string';
  } catch {
    return false;
  }
}

const isReducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const lifetime = new AbortController();
// The enabled dictionaries, bundled first; replaced in place when the user imports, enables or removes one.
const dictionaries: Dictionary[] = [dictionary];
let hoverDelayMs = DEFAULT_SETTINGS.hoverDelayMs;

const controller = new ContentController({
  doc: document,
  host: location.hostname,
  recogniser: createRecogniser(dictionaries, prebuilt),
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
    scrollToMention(mention, window, isReducedMotion());
  },
  onError: (error: unknown) => {
    console.error('Backstory:', error);
  },
});

const tooltip = createTooltip({
  index: controller.store,
  entity: (dictionaryId, entityId) =>
    dictionaries.find((d) => d.id === dictionaryId)?.entities.find((e) => e.id === entityId),
  attribution: (dictionaryId) => dictionaries.find((d) => d.id === dictionaryId)?.story?.attribution,
  hoverDelayMs: () => hoverDelayMs,
  t: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
  openEntityView: (dictionaryId, entityId) => {
    callBackground('openEntityView', { dictionaryId, entityId }).catch(() => undefined);
  },
  onShow: (mention) => {
    controller.markHovered(mention);
  },
});
controller.setTooltipOpener((mention) => {
  tooltip.openFor(mention, { via: 'keyboard' });
});

const claim: PageClaim = {
  isAlive: isContextValid,
  stop: () => {
    lifetime.abort();
  },
};

lifetime.signal.addEventListener('abort', () => {
  controller.destroy();
  tooltip.destroy();
  releasePage(claim);
});

if (!hasHighlightApi() || !claimPage(claim)) {
  // No Highlight API (an old browser), or a live copy already annotates this page: stand down.
  lifetime.abort();
} else {
  listenForMessages(
    {
      findings: () => controller.findings(),
      reveal: (index) => controller.reveal(index),
      tooltip,
      pageHtml: () => pageHtml(document),
    },
    lifetime.signal,
  );
  watchContext(
    isContextValid,
    () => {
      lifetime.abort();
    },
    lifetime.signal,
  );
  // Imported dictionaries come validated and compiled by the background; the bundled one by the build.
  watchPageDictionaries(
    { dictionary, prebuilt },
    __VERSION__,
    (loaded) => {
      dictionaries.splice(0, dictionaries.length, ...loaded.dictionaries);
      controller.setRecogniser(createRecogniser(loaded.dictionaries, loaded.prebuilt));
    },
    lifetime.signal,
  );
  controller.start().catch((error: unknown) => {
    // The settings could not be read: the extension context is gone.
    if (!isContextValid()) lifetime.abort();
    else console.error('Backstory:', error);
  });
}
