/**
 * Gathers what the popup shows about its tab: the tab from `?tab=` or the
 * active one, the state the background keeps, and, when the background has
 * none, the content script's own answer, which also tells whether Backstory
 * can run on the page at all.
 */
import type { Dictionary } from '../core/dictionary/types';
import type { Settings } from '../core/settings';
import type { PageFindings, TabState } from '../shared/messages';
import type { PopupModel } from './model';
import { unsupportedReason, type UnsupportedReason } from './page-support';

/** What loading needs from the browser; tests pass fakes. */
export interface LoadDeps {
  /** The popup's own query string (`?tab=3&entity=dushanbe`). */
  search: string;
  /** The active tab of the popup's window; its URL is there when activeTab granted it. */
  activeTab: () => Promise<{ id?: number; url?: string } | null>;
  /** The URL of a tab, when the browser lets the popup see it; rejects when there is no such tab. */
  tabUrl: (tabId: number) => Promise<string | undefined>;
  getTabState: (tabId: number) => Promise<TabState | null>;
  /** Asks the tab's content script; rejects when no content script answers. */
  getFindings: (tabId: number) => Promise<PageFindings | null>;
  loadSettings: () => Promise<Settings>;
  loadDictionaries: () => Promise<Dictionary[]>;
  /** The article's own names drawn for the tab at `url` (a dictionary), or `null`. */
  loadArticle?: (tabId: number, url: string) => Promise<Dictionary | null>;
  restrictedHosts: readonly string[];
  now: () => number;
}

/** The popup's query: which tab, and which entity to open. */
export interface PopupQuery {
  tabId: number | null;
  entityId: string | null;
  dictionaryId: string | null;
}

/** Reads `?tab=<id>&entity=<id>&dictionary=<id>`; a tab id that is not a whole number is ignored. */
export function parseQuery(search: string): PopupQuery {
  const params = new URLSearchParams(search);
  const tab = params.get('tab');
  const tabId = tab !== null && /^\d+$/.test(tab) ? Number(tab) : null;
  return { tabId, entityId: params.get('entity'), dictionaryId: params.get('dictionary') };
}

function hostOf(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

const quietly = <T>(promise: Promise<T>, fallback: T): Promise<T> => promise.catch(() => fallback);

/** Loads the popup's model. */
export async function loadModel(deps: LoadDeps): Promise<PopupModel> {
  const query = parseQuery(deps.search);
  const isFullPage = new URLSearchParams(deps.search).has('tab');
  const [settings, dictionaries] = await Promise.all([deps.loadSettings(), deps.loadDictionaries()]);
  const base = {
    settings,
    dictionaries,
    isFullPage,
    focus: query.entityId === null ? null : { entityId: query.entityId, dictionaryId: query.dictionaryId },
  };

  const active = isFullPage ? null : await quietly(deps.activeTab(), null);
  const tabId = isFullPage ? query.tabId : (active?.id ?? null);
  if (tabId === null) return { ...base, tabId: null, host: null, state: null, unsupported: 'no-tab' };

  let state = await quietly(deps.getTabState(tabId), null);
  let url = state?.url ?? active?.url;
  if (url === undefined) {
    try {
      url = await deps.tabUrl(tabId);
    } catch {
      // The full view outlived its tab, or the address names a tab that never was.
      return { ...base, tabId: null, host: null, state: null, unsupported: 'no-tab' };
    }
  }
  let unsupported: UnsupportedReason | null =
    url === undefined ? null : unsupportedReason(url, deps.restrictedHosts);

  if (state === null && unsupported === null) {
    // The background knows nothing (the page is loading, or predates the extension): ask the page.
    try {
      const findings = await deps.getFindings(tabId);
      if (findings !== null)
        state = { tabId, url: findings.url, inactive: null, findings, updatedAt: deps.now() };
    } catch {
      unsupported = 'no-content-script';
    }
  }
  // The article's own names join the dictionaries, so the list shows them with their mentions in context.
  const article =
    state === null || deps.loadArticle === undefined
      ? null
      : await quietly(deps.loadArticle(tabId, state.url), null);
  const withArticle = article === null ? base : { ...base, dictionaries: [...dictionaries, article] };
  return { ...withArticle, tabId, host: hostOf(state?.url ?? url), state, unsupported };
}
