/** Popup entry point: connects the popup to the browser and starts it. */
import browser from 'webextension-polyfill';
import { dictionary as bundled } from 'backstory:bundled-dictionary';
import type { Dictionary } from '../core/dictionary/types';
import { loadImportedDictionaries } from '../shared/dictionaries';
import { callBackground, callContent } from '../shared/messaging';
import { RESTRICTED_HOSTS } from '../shared/platform';
import { loadSettings, onSettingsChanged } from '../shared/storage';
import { startPopup } from './app';
import { logError } from '../shared/log';

const popupUrl = browser.runtime.getURL('popup.html');

/** Calls `listener` when storage.session changes: the background keeps tab states there. */
function onTabStatesChanged(listener: () => void): () => void {
  const handler = (_changes: unknown, area: string): void => {
    if (area === 'session') listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => {
    browser.storage.onChanged.removeListener(handler);
  };
}

const started = startPopup({
  root: document,
  search: location.search,
  t: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
  activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0] ?? null,
  tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
  getTabState: (tabId) => callBackground('getTabState', { tabId }),
  getFindings: (tabId) => callContent(tabId, 'getFindings', {}),
  loadSettings,
  loadDictionaries: async (): Promise<Dictionary[]> => {
    const imported = await loadImportedDictionaries().catch((): Dictionary[] => []);
    // The bundled dictionary first: matching and lookups give it precedence.
    return [bundled, ...imported];
  },
  loadArticle: async (tabId, url) => (await callBackground('getArticle', { tabId, url }))?.dictionary ?? null,
  restrictedHosts: RESTRICTED_HOSTS,
  now: () => Date.now(),
  getPageHtml: (tabId) => callContent(tabId, 'getPageHtml', {}),
  revealMention: (tabId, index) => callContent(tabId, 'revealMention', { index }),
  activateTab: (tabId) => browser.tabs.update(tabId, { active: true }),
  setSiteEnabled: (host, enabled) => callBackground('setSiteEnabled', { host, enabled }),
  setPaused: (paused) => callBackground('setPaused', { paused }),
  editArticle: async (tabId, url, edit) =>
    (await callBackground('editArticle', { tabId, url, edit })).dictionary,
  openOptions: () => browser.runtime.openOptionsPage(),
  openFullView: (tabId) => browser.tabs.create({ url: `${popupUrl}?tab=${tabId}` }),
  close: () => {
    window.close();
  },
  onTabStatesChanged,
  onSettingsChanged,
  onError: (error) => {
    logError('popup', error);
  },
  keepArticle: (tabId, url, storyId) => callBackground('keepArticle', { tabId, url, storyId }),
});

started.then(
  (teardown) => {
    window.addEventListener('pagehide', teardown, { once: true });
  },
  (error: unknown) => {
    logError('popup', error);
  },
);
