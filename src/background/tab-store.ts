/**
 * Per-tab state in storage.session: it outlives the service worker, which
 * the browser stops after 30 s idle, and dies with the browser session. The
 * storage area is passed in, so tests use an in-memory one.
 */
import type { TabState } from '../shared/messages';
import { isPageFindings } from './params';

/** The part of a storage area the store uses (storage.session in the extension). */
export interface StorageAreaLike {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Read and write access to what the background knows of each tab. */
export interface TabStore {
  get(tabId: number): Promise<TabState | null>;
  put(state: TabState): Promise<void>;
  remove(tabId: number): Promise<void>;
  /** Every tab's state, for changes that touch many tabs (a site turned off). */
  all(): Promise<TabState[]>;
}

const PREFIX = 'tab:';

/** The storage key of a tab's state. */
export function tabKey(tabId: number): string {
  return `${PREFIX}${tabId}`;
}

// Only the background writes these keys, but a state from an older version (or edited by hand) must
// not crash a newer one: the popup reads the findings' entities, so they are checked as a report's are.
function isTabState(value: unknown): value is TabState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.tabId === 'number' &&
    typeof v.url === 'string' &&
    typeof v.updatedAt === 'number' &&
    (v.inactive === null || typeof v.inactive === 'string') &&
    (v.findings === null || isPageFindings(v.findings))
  );
}

/** Whether `value`, stored under `key`, is the state of the tab that key names. */
function isStateAt(key: string, value: unknown): value is TabState {
  return isTabState(value) && tabKey(value.tabId) === key;
}

/** A tab store over `area`. */
export function createTabStore(area: StorageAreaLike): TabStore {
  return {
    async get(tabId) {
      const key = tabKey(tabId);
      const value = (await area.get(key))[key];
      return isStateAt(key, value) ? value : null;
    },
    async put(state) {
      await area.set({ [tabKey(state.tabId)]: state });
    },
    async remove(tabId) {
      await area.remove(tabKey(tabId));
    },
    async all() {
      const everything = await area.get(null);
      return Object.entries(everything).flatMap(([key, value]) => (isStateAt(key, value) ? [value] : []));
    },
  };
}
