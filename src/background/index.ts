/**
 * Background entry point (a service worker in Chrome, an event page in
 * Firefox): builds the objects and registers every listener synchronously at
 * the top level, since the browser may wake a stopped worker for any of them.
 */
import browser from 'webextension-polyfill';
import { dictionary as bundled } from 'backstory:bundled-dictionary';
import { loadEnabledDictionaries } from '../shared/dictionaries';
import { articleKey, articleRoute, getArticleRoute } from './article';
import { editArticleRoute } from './article-edit';
import { keepRoute } from './keep';
import { callContent } from '../shared/messaging';
import { createRouter } from '../shared/router';
import { onSettingsChanged, updateSettings } from '../shared/storage';
import { createBadge } from './badge';
import { createMatcherBuilder, isMatcherInputChange } from './matcher-builder';
import { registerCommands } from './commands';
import { openEntityViewRoute } from './open-entity-view';
import { createBackgroundRoutes } from './routes';
import { classifySender } from './senders';
import { createTabStates } from './tab-states';
import { createTabStore } from './tab-store';
import { logError } from '../shared/log';

const store = createTabStore(browser.storage.session);
const tabStates = createTabStates({
  store,
  badge: createBadge(browser.action),
  askFindings: (tabId) => callContent(tabId, 'getFindings', {}),
  now: () => Date.now(),
});
const routes = createBackgroundRoutes({
  version: __VERSION__,
  store,
  tabStates,
  updateSettings,
  injectCard: async (tabId, frameId) => {
    // Into the content script's own isolated world: nothing the page can see or ask for.
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['card.js'] });
  },
  injectArticle: async (tabId, frameId) => {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['article.js'] });
  },
  openEntityView: openEntityViewRoute,
  extractArticle: articleRoute({
    area: browser.storage.session,
    known: () => loadEnabledDictionaries(bundled),
    now: () => performance.now(),
  }),
  getArticle: getArticleRoute(browser.storage.session),
  editArticle: editArticleRoute({
    area: browser.storage.session,
    push: (tabId, names) => callContent(tabId, 'showArticle', { names }),
  }),
  keepArticle: keepRoute({
    session: browser.storage.session,
    local: browser.storage.local,
    bundledId: bundled.id,
    now: () => new Date(),
    // The story is painted once this resolves: the popup's confirmation then tells the truth.
    rebuild: () => matcherBuilder.rebuild(),
  }),
});
const report = (error: unknown): void => {
  logError('background', error);
};

registerCommands();

browser.runtime.onMessage.addListener(
  createRouter(routes, classifySender(browser.runtime.id, browser.runtime.getURL(''))),
);
browser.tabs.onUpdated.addListener((tabId, change) => {
  tabStates.onUpdated(tabId, change).catch(report);
  // A page that changes its address itself (history.pushState) has no event of its own in a content script
  // (Firefox 140 has no Navigation API): tell it. After a real load no content script is there yet to answer.
  if (change.url !== undefined) callContent(tabId, 'pageMoved', { url: change.url }).catch(() => undefined);
});
browser.tabs.onRemoved.addListener((tabId) => {
  tabStates.onRemoved(tabId).catch(report);
  browser.storage.session.remove(articleKey(tabId)).catch(report);
});
onSettingsChanged((settings) => {
  tabStates.applySettings(settings).catch(report);
});
// Imported dictionaries are validated and compiled here, once, never on a page: after an install or update
// (which may change the stored format) and after every import, removal or switch.
const matcherBuilder = createMatcherBuilder(bundled, __VERSION__);
browser.runtime.onInstalled.addListener(() => {
  matcherBuilder.rebuild().catch(report);
});
browser.storage.onChanged.addListener((changes, area) => {
  if (isMatcherInputChange(changes, area)) matcherBuilder.rebuild().catch(report);
});
