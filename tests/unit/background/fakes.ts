/** In-memory stand-ins for storage.session, the toolbar action and the settings, for background tests. */
import type { Runtime } from 'webextension-polyfill';
import { migrateSettings, type Settings } from '../../../src/core/settings';
import type { StorageAreaLike } from '../../../src/background/tab-store';
import type { ActionLike } from '../../../src/background/badge';
import type { PageFindings } from '../../../src/shared/messages';

export const EXTENSION_ID = 'backstory-test-id';
export const EXTENSION_BASE = 'chrome-extension://backstory-test-id/';

/** A storage area kept in a Map, copying values in and out as real storage does. */
export function fakeStorageArea(): StorageAreaLike & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  const copy = <T>(value: T): T => structuredClone(value);
  return {
    data,
    get(keys) {
      const wanted = keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Promise.resolve(
        Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, copy(data.get(k))])),
      );
    },
    set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, copy(v));
      return Promise.resolve();
    },
    remove(keys) {
      for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k);
      return Promise.resolve();
    },
  };
}

/** A toolbar action that remembers each tab's badge text and colour. */
export function fakeAction(): ActionLike & { text: Map<number, string>; color: Map<number, string> } {
  const text = new Map<number, string>();
  const color = new Map<number, string>();
  return {
    text,
    color,
    setBadgeText({ tabId, text: value }) {
      text.set(tabId, value);
      return Promise.resolve();
    },
    setBadgeBackgroundColor({ tabId, color: value }) {
      color.set(tabId, value);
      return Promise.resolve();
    },
  };
}

/** Settings kept in memory, changed the way src/shared/storage.ts changes them. */
export function fakeSettings(initial: Partial<Settings> = {}): {
  current: () => Settings;
  update: (change: (s: Settings) => Settings) => Promise<Settings>;
} {
  let settings = migrateSettings(initial);
  return {
    current: () => settings,
    update(change) {
      settings = migrateSettings(change(settings));
      return Promise.resolve(settings);
    },
  };
}

/** Findings of a page mentioning the given entities, each with `count` mentions. */
export function findingsOf(url: string, counts: Record<string, number>): PageFindings {
  let index = 0;
  const entities = Object.entries(counts).map(([entityId, count]) => ({
    entityId,
    dictionaryId: 'backstory',
    count,
    snippets: Array.from({ length: count }, () => ({
      index: index++,
      before: 'the ',
      text: entityId,
      after: ' said',
    })),
  }));
  return { url, title: 'A page', totalMentions: index, entities };
}

/** A content script's sender in the top frame of tab `tabId`. */
export function contentSender(
  tabId: number,
  url = 'https://news.example/story',
  frameId = 0,
): Runtime.MessageSender {
  return {
    id: EXTENSION_ID,
    url,
    frameId,
    tab: { id: tabId, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  };
}

/** The popup as a sender. */
export const popupSender: Runtime.MessageSender = { id: EXTENSION_ID, url: `${EXTENSION_BASE}popup.html` };
