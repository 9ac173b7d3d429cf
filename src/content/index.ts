/**
 * Content script entry point: builds the page's parts and wires them together.
 * Each part is started with a `Part` (page/part.ts): it tears down when the
 * lifetime aborts and logs its errors under its name.
 */
import browser from 'webextension-polyfill';
import { dictionary, prebuilt } from 'backstory:bundled-dictionary';
import type { Dictionary } from '../core/dictionary/types';
import { DEFAULT_SETTINGS } from '../core/settings';
import { watchPageDictionaries } from '../shared/page-dictionaries';
import { callBackground } from '../shared/messaging';
import { loadSettings, onSettingsChanged } from '../shared/storage';
import { ARTICLE_DICTIONARY_ID } from '../core/article/limits';
import { ArticleLayer } from './article/article-layer';
import { whenIdle } from './article/idle';
import { ContentController, inactiveReason } from './page/controller';
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
import { createTooltip } from './tooltip';
import { scrollToMention } from './tooltip/stepping';

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
  // The enabled dictionaries, bundled first; replaced in place when the user imports, enables or removes one.
  const dictionaries: Dictionary[] = [dictionary];
  let hoverDelayMs = DEFAULT_SETTINGS.hoverDelayMs;

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
    alsoSpeaks: (dictionaryId, entityId) => article.note(dictionaryId, entityId) !== undefined,
    recogniser: article.withBase(createRecogniser(dictionaries, prebuilt)),
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

  const tooltip = createTooltip(
    {
      index: controller.store,
      entity: (dictionaryId, entityId) =>
        article.entity(dictionaryId, entityId) ??
        dictionaries.find((d) => d.id === dictionaryId)?.entities.find((e) => e.id === entityId),
      article: (dictionaryId, entityId) => {
        const note = article.note(dictionaryId, entityId);
        if (note === undefined) return undefined;
        const count = controller.store.foundMentions().filter((m) => m.entityId === entityId).length;
        return { ...note, count };
      },
      attribution: (dictionaryId) => dictionaries.find((d) => d.id === dictionaryId)?.story?.attribution,
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
  controller.setTooltipOpener((mention) => {
    tooltip.openFor(mention, { via: 'keyboard' });
  });

  listenForMessages(
    browser.runtime,
    {
      findings: () => controller.findings(),
      reveal: (index) => controller.reveal(index),
      tooltip,
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
    { dictionary, prebuilt },
    __VERSION__,
    (loaded) => {
      dictionaries.splice(0, dictionaries.length, ...loaded.dictionaries);
      controller.setRecogniser(article.withBase(createRecogniser(loaded.dictionaries, loaded.prebuilt)));
    },
    lifetime.signal,
  );
  const page = partOf('page', lifetime.signal);
  controller.start(page).catch((error: unknown) => {
    // The settings could not be read: the extension context is gone.
    if (!isContextValid()) lifetime.abort();
    else page.onError(error);
  });
  const articlePart = partOf('article', lifetime.signal);
  article.start(articlePart).catch(articlePart.onError);
}
