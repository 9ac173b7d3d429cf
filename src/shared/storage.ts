/**
 * The one storage module: settings in storage.sync, imported dictionaries in
 * storage.local, per-tab state in storage.session. Everything read from
 * storage is checked, since users and other extensions can edit it.
 */
import browser from 'webextension-polyfill';
import { migrateSettings, type Settings } from '../core/settings';

const SETTINGS_KEY = 'settings';

/** Reads the settings, migrated and repaired. */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return migrateSettings(stored[SETTINGS_KEY]);
}

/** Applies a change to the settings and stores the result. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = migrateSettings(change(await loadSettings()));
  await browser.storage.sync.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls `listener` with fresh settings whenever they change; returns the teardown. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    const change = changes[SETTINGS_KEY];
    if (area === 'sync' && change) listener(migrateSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => {
    browser.storage.onChanged.removeListener(handler);
  };
}
