/**
 * What the background does with tab state: store each report, keep the badge
 * in step, forget a tab when it navigates or closes, and mark tabs inactive
 * when their site is turned off or Backstory is paused.
 */
import { isSiteEnabled, type Settings } from '../core/settings';
import type { BackgroundApi, PageFindings, TabState } from '../shared/messages';
import type { Badge } from './badge';
import type { TabStore } from './tab-store';

/** What the tab states need from the browser; tests pass fakes. */
export interface TabStatesDeps {
  store: TabStore;
  badge: Badge;
  /** Asks a tab's content script for its current findings; rejects when none answers. */
  askFindings: (tabId: number) => Promise<PageFindings | null>;
  now: () => number;
}

/** The part of tabs.onUpdated's changeInfo that comes without the "tabs" permission (url only with it). */
export interface TabChange {
  status?: string;
  url?: string;
}

/** The background's handling of per-tab state. */
export interface TabStates {
  /** Stores a content script's report for its tab and updates the badge. */
  report(tabId: number, url: string, report: BackgroundApi['reportFindings']['params']): Promise<void>;
  /** Reacts to tabs.onUpdated: forgets the tab when it starts loading, asks again once it is loaded. */
  onUpdated(tabId: number, change: TabChange): Promise<void>;
  /** Reacts to tabs.onRemoved. */
  onRemoved(tabId: number): Promise<void>;
  /** Marks the tabs of sites that `settings` turn off as inactive, and clears their badges. */
  applySettings(settings: Settings): Promise<void>;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** The tab states over the given storage, badge and content-script link. */
export function createTabStates(deps: TabStatesDeps): TabStates {
  const { store, badge } = deps;

  const save = async (state: TabState): Promise<void> => {
    await store.put(state);
    const count = state.inactive === null ? (state.findings?.entities.length ?? 0) : 0;
    await (count > 0 ? badge.show(state.tabId, count) : badge.clear(state.tabId));
  };

  const forget = async (tabId: number): Promise<void> => {
    await store.remove(tabId);
    await badge.clear(tabId);
  };

  // After a load (or a same-document navigation) the content script knows best; it may also
  // have reported before a stopped worker's state was lost. No answer: the page has no content script.
  const resync = async (tabId: number): Promise<void> => {
    const findings = await deps.askFindings(tabId).catch(() => null);
    if (findings === null) return;
    await save({ tabId, url: findings.url, inactive: null, findings, updatedAt: deps.now() });
  };

  return {
    async report(tabId, url, { findings, inactive }) {
      await save({
        tabId,
        url,
        inactive,
        findings: inactive === null ? findings : null,
        updatedAt: deps.now(),
      });
    },
    async onUpdated(tabId, change) {
      if (change.status === 'loading') {
        await forget(tabId);
        return;
      }
      if (change.url !== undefined) {
        const known = await store.get(tabId);
        if (known !== null && known.url !== change.url) await forget(tabId);
      }
      if (change.status === 'complete') await resync(tabId);
    },
    async onRemoved(tabId) {
      await store.remove(tabId);
    },
    async applySettings(settings) {
      const inactive = settings.paused ? 'paused' : 'site-off';
      for (const state of await store.all()) {
        const host = hostOf(state.url);
        if (state.inactive !== null || host === null || isSiteEnabled(settings, host)) continue;
        await save({ ...state, inactive, findings: null, updatedAt: deps.now() });
      }
    },
  };
}
