/**
 * The background's routes: who may send each message, how its params are
 * checked and what answers it. Dependencies come in, so the routes run under
 * vitest with fake storage and a fake badge.
 */
import type { Settings } from '../core/settings';
import type { BackgroundApi } from '../shared/messages';
import type { Route, Routes } from '../shared/router';
import { isEmptyParams, isPausedParams, isReportParams, isSiteParams, isTabIdParams } from './params';
import { topFrameUrl } from './senders';
import { withPaused, withSiteEnabled } from './settings-actions';
import type { TabStates } from './tab-states';
import type { TabStore } from './tab-store';

/** What the routes need. */
export interface RoutesDeps {
  version: string;
  store: TabStore;
  tabStates: TabStates;
  /** Applies a change to the settings in storage.sync and returns the result. */
  updateSettings: (change: (current: Settings) => Settings) => Promise<Settings>;
  /** Injects card.js into one frame of a tab (scripting.executeScript). */
  injectCard: (tabId: number, frameId: number) => Promise<void>;
  /** Injects article.js into one frame of a tab (scripting.executeScript). */
  injectArticle: (tabId: number, frameId: number) => Promise<void>;
  /** The tooltip's route, which lives in its own module. */
  openEntityView: Route<BackgroundApi['openEntityView']['params'], null>;
  /** The article's names, drawn in the background (article.ts). */
  extractArticle: Route<BackgroundApi['extractArticle']['params'], BackgroundApi['extractArticle']['return']>;
  getArticle: Route<BackgroundApi['getArticle']['params'], BackgroundApi['getArticle']['return']>;
  /** The reader's edits of the article's names (article-edit.ts). */
  editArticle: Route<BackgroundApi['editArticle']['params'], BackgroundApi['editArticle']['return']>;
  /** "Keep these names" (keep.ts). */
  keepArticle: Route<BackgroundApi['keepArticle']['params'], BackgroundApi['keepArticle']['return']>;
}

/** Every background route. */
export function createBackgroundRoutes(deps: RoutesDeps): Routes<BackgroundApi> {
  const changeSettings = async (change: (current: Settings) => Settings): Promise<Settings> => {
    const settings = await deps.updateSettings(change);
    // Content scripts react to the storage change themselves; the badges and states follow here at once.
    await deps.tabStates.applySettings(settings);
    return settings;
  };
  return {
    ping: { from: 'any', isParams: isEmptyParams, handle: () => Promise.resolve({ version: deps.version }) },
    reportFindings: {
      from: 'content',
      isParams: isReportParams,
      async handle(params, sender) {
        const tabId = sender.tab?.id;
        // Only a tab's top frame speaks for the tab; the URL is the browser's word, not the message's.
        const url = topFrameUrl(sender);
        if (tabId === undefined || url === undefined) {
          throw new Error('reportFindings comes from the top frame of a tab.');
        }
        await deps.tabStates.report(tabId, url, params);
        return null;
      },
    },
    loadCard: {
      from: 'content',
      isParams: isEmptyParams,
      async handle(_params, sender) {
        const tabId = sender.tab?.id;
        if (tabId === undefined || sender.frameId === undefined)
          throw new Error('loadCard comes from a tab.');
        await deps.injectCard(tabId, sender.frameId);
        return null;
      },
    },
    loadArticle: {
      from: 'content',
      isParams: isEmptyParams,
      async handle(_params, sender) {
        const tabId = sender.tab?.id;
        if (tabId === undefined || sender.frameId === undefined)
          throw new Error('loadArticle comes from a tab.');
        await deps.injectArticle(tabId, sender.frameId);
        return null;
      },
    },
    getTabState: {
      from: 'extension-page',
      isParams: isTabIdParams,
      handle: ({ tabId }) => deps.store.get(tabId),
    },
    setSiteEnabled: {
      from: 'extension-page',
      isParams: isSiteParams,
      handle: ({ host, enabled }) => changeSettings((s) => withSiteEnabled(s, host, enabled)),
    },
    setPaused: {
      from: 'extension-page',
      isParams: isPausedParams,
      handle: ({ paused }) => changeSettings((s) => withPaused(s, paused)),
    },
    openEntityView: deps.openEntityView,
    extractArticle: deps.extractArticle,
    getArticle: deps.getArticle,
    editArticle: deps.editArticle,
    keepArticle: deps.keepArticle,
  };
}
