/**
 * Imported dictionaries in storage.local (the keys: src/shared/dictionary-keys.ts),
 * as the options page and popup store, list and check them, and which
 * dictionaries are enabled. Which are switched off is a setting
 * (`disabledDictionaries`, storage.sync). Matching uses the enabled ones in a
 * fixed order: the bundled dictionary first, then imports in import order;
 * when two claim the same alias, the earlier one wins. The content script
 * reads none of this: it loads what the background built
 * (src/shared/page-dictionaries.ts).
 */
import browser from 'webextension-polyfill';
import type { Dictionary } from '../core/dictionary/types';
import { validateDictionary } from '../core/dictionary/validate';
import type { Settings } from '../core/settings';
import { dictionaryKey, INDEX_KEY, isImportChange, orderOf } from './dictionary-keys';
import { loadSettings, updateSettings } from './storage';
import { onStorageChange } from './storage-watch';

export { dictionaryKey } from './dictionary-keys';

/** Why storing a dictionary failed: its id is taken, storage is full, or storage refused for another reason. */
export class DictionaryStoreError extends Error {
  constructor(
    readonly code: 'exists' | 'bundled-id' | 'quota' | 'storage',
    message: string,
  ) {
    super(message);
    this.name = 'DictionaryStoreError';
  }
}

async function readOrder(): Promise<string[]> {
  const stored = await browser.storage.local.get(INDEX_KEY);
  return orderOf(stored[INDEX_KEY]);
}

/** Imported dictionaries in import order; any that storage holds in a broken state is skipped. */
export async function loadImportedDictionaries(): Promise<Dictionary[]> {
  const order = await readOrder();
  if (order.length === 0) return [];
  const stored = await browser.storage.local.get(order.map(dictionaryKey));
  return order.flatMap((id) => {
    // Storage can be edited by hand or by an older version: check again what the import checked.
    const checked = validateDictionary(stored[dictionaryKey(id)]);
    return checked.ok && checked.dictionary.id === id ? [checked.dictionary] : [];
  });
}

function storeError(error: unknown): DictionaryStoreError {
  const message = error instanceof Error ? error.message : String(error);
  // Chrome: "QUOTA_BYTES quota exceeded"; Firefox: "QuotaExceededError".
  return /quota/iu.test(message)
    ? new DictionaryStoreError('quota', message)
    : new DictionaryStoreError('storage', message);
}

/**
 * Stores a validated dictionary after the earlier imports. An id already
 * installed is refused unless `replace` is set; a replaced dictionary keeps its place.
 */
export async function saveImportedDictionary(
  dictionary: Dictionary,
  options: { bundledId: string; replace: boolean },
): Promise<void> {
  if (dictionary.id === options.bundledId) {
    throw new DictionaryStoreError('bundled-id', dictionary.id);
  }
  const order = await readOrder();
  const exists = order.includes(dictionary.id);
  if (exists && !options.replace) throw new DictionaryStoreError('exists', dictionary.id);
  try {
    // One set() call: the dictionary and the index change together or not at all.
    await browser.storage.local.set({
      [dictionaryKey(dictionary.id)]: dictionary,
      [INDEX_KEY]: { version: 1, order: exists ? order : [...order, dictionary.id] },
    });
  } catch (error) {
    throw storeError(error);
  }
}

/** Removes an imported dictionary and forgets that it was switched off. */
export async function removeImportedDictionary(id: string): Promise<void> {
  const order = await readOrder();
  try {
    await browser.storage.local.set({ [INDEX_KEY]: { version: 1, order: order.filter((x) => x !== id) } });
    await browser.storage.local.remove(dictionaryKey(id));
  } catch (error) {
    throw storeError(error);
  }
  await updateSettings((s) => ({
    ...s,
    disabledDictionaries: s.disabledDictionaries.filter((x) => x !== id),
  }));
}

/** The settings with one dictionary switched on or off. */
export function withDictionaryEnabled(settings: Settings, id: string, isEnabled: boolean): Settings {
  const others = settings.disabledDictionaries.filter((x) => x !== id);
  return { ...settings, disabledDictionaries: isEnabled ? others : [...others, id] };
}

/** Switches a dictionary (bundled or imported) on or off. */
export async function setDictionaryEnabled(id: string, isEnabled: boolean): Promise<Settings> {
  return updateSettings((s) => withDictionaryEnabled(s, id, isEnabled));
}

/** The dictionaries matching uses, in precedence order: bundled first, then imports in import order, minus the disabled. */
export function enabledDictionaries(
  bundled: Dictionary,
  imported: readonly Dictionary[],
  settings: Pick<Settings, 'disabledDictionaries'>,
): Dictionary[] {
  return [bundled, ...imported].filter((d) => !settings.disabledDictionaries.includes(d.id));
}

/** Reads the enabled dictionaries, in precedence order, validated. */
export async function loadEnabledDictionaries(bundled: Dictionary): Promise<Dictionary[]> {
  const [imported, settings] = await Promise.all([loadImportedDictionaries(), loadSettings()]);
  return enabledDictionaries(bundled, imported, settings);
}

/** Calls `listener` with the imported dictionaries whenever an import or removal changes them; returns the teardown. */
export function onImportedDictionariesChanged(listener: (imported: Dictionary[]) => void): () => void {
  return onStorageChange(isImportChange, loadImportedDictionaries, listener, 'imported dictionaries');
}
