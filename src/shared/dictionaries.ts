/**
 * Imported dictionaries in storage.local, and which dictionaries are enabled.
 *
 * Storage format (storage.local):
 * - `dictionaries`: `{ version: 1, order: string[] }`, the ids of imported dictionaries in import order;
 * - `dictionary:<id>`: one imported dictionary, as validated at import.
 * Which dictionaries are switched off is a setting (`disabledDictionaries`,
 * storage.sync). Matching uses the enabled ones in a fixed order: the bundled
 * dictionary first, then imports in import order; when two claim the same
 * alias, the earlier one wins.
 */
import browser from 'webextension-polyfill';
import type { Dictionary } from '../core/dictionary/types';
import { validateDictionary } from '../core/dictionary/validate';
import type { Settings } from '../core/settings';
import { loadSettings, updateSettings } from './storage';

const INDEX_KEY = 'dictionaries';
const ENTRY_PREFIX = 'dictionary:';

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

/** The key of one imported dictionary in storage.local. */
export function dictionaryKey(id: string): string {
  return `${ENTRY_PREFIX}${id}`;
}

function orderOf(stored: unknown): string[] {
  if (typeof stored !== 'object' || stored === null) return [];
  const order = (stored as { order?: unknown }).order;
  // Deduplicated: an index edited by hand must not load (and match with) one dictionary twice.
  return Array.isArray(order) ? [...new Set(order.filter((id): id is string => typeof id === 'string'))] : [];
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

/** Reads the enabled dictionaries, in precedence order, for the matcher to compile. */
export async function loadEnabledDictionaries(bundled: Dictionary): Promise<Dictionary[]> {
  const [imported, settings] = await Promise.all([loadImportedDictionaries(), loadSettings()]);
  return enabledDictionaries(bundled, imported, settings);
}

function disabledChanged(change: browser.Storage.StorageChange): boolean {
  const list = (value: unknown): string =>
    JSON.stringify((value as Partial<Settings> | undefined)?.disabledDictionaries ?? []);
  return list(change.oldValue) !== list(change.newValue);
}

function isImportChange(changes: Record<string, browser.Storage.StorageChange>, area: string): boolean {
  return area === 'local' && Object.keys(changes).some((k) => k === INDEX_KEY || k.startsWith(ENTRY_PREFIX));
}

/** Calls `listener` with the imported dictionaries whenever an import or removal changes them; returns the teardown. */
export function onImportedDictionariesChanged(listener: (imported: Dictionary[]) => void): () => void {
  let isActive = true;
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    if (!isImportChange(changes, area)) return;
    loadImportedDictionaries().then(
      (imported) => {
        if (isActive) listener(imported);
      },
      (error: unknown) => {
        console.error('Backstory: could not reload imported dictionaries', error);
      },
    );
  };
  browser.storage.onChanged.addListener(handler);
  return () => {
    isActive = false;
    browser.storage.onChanged.removeListener(handler);
  };
}

/**
 * Calls `listener` with the enabled dictionaries whenever an import, a
 * removal or an enable/disable changes them; returns the teardown.
 */
export function onDictionariesChanged(
  bundled: Dictionary,
  listener: (dictionaries: Dictionary[]) => void,
): () => void {
  let isActive = true;
  const handler = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    const isRelevant =
      isImportChange(changes, area) ||
      // "settings" is the storage.sync key of src/shared/storage.ts.
      (area === 'sync' && changes.settings !== undefined && disabledChanged(changes.settings));
    if (!isRelevant) return;
    loadEnabledDictionaries(bundled).then(
      (dictionaries) => {
        if (isActive) listener(dictionaries);
      },
      (error: unknown) => {
        console.error('Backstory: could not reload dictionaries', error);
      },
    );
  };
  browser.storage.onChanged.addListener(handler);
  return () => {
    isActive = false;
    browser.storage.onChanged.removeListener(handler);
  };
}

/**
 * What the content script needs in one call: `apply` gets the enabled
 * dictionaries once at start (unless they are just the bundled one, which
 * the page already has precompiled) and again after every change, until `signal` aborts.
 */
export function watchEnabledDictionaries(
  bundled: Dictionary,
  apply: (dictionaries: Dictionary[]) => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  const stop = onDictionariesChanged(bundled, (dictionaries) => {
    if (!signal.aborted) apply(dictionaries);
  });
  signal.addEventListener('abort', stop, { once: true });
  loadEnabledDictionaries(bundled).then(
    (dictionaries) => {
      const isJustBundled = dictionaries.length === 1 && dictionaries[0] === bundled;
      if (!signal.aborted && !isJustBundled) apply(dictionaries);
    },
    (error: unknown) => {
      console.error('Backstory: could not load the imported dictionaries', error);
    },
  );
}
