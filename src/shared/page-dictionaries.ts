/**
 * What the content script reads of the enabled dictionaries: the automaton
 * the background built for them (src/background/matcher-builder.ts) and the
 * imported dictionaries themselves, as validated at import. Nothing here
 * validates or compiles: a page that finds the stored automaton out of date
 * keeps what it has until the background stores the new one.
 */
import browser from 'webextension-polyfill';
import type { Dictionary, DictionaryIndex } from '../core/dictionary/types';
import { PREBUILT_FORMAT, type PrebuiltMatcher } from '../core/match/prebuilt';
import {
  dictionaryKey,
  enabledIds,
  INDEX_KEY,
  MATCHER_KEY,
  isSwitchChange,
  orderOf,
} from './dictionary-keys';
import { loadSettings } from './storage';
import { onStorageChange, type StorageChanges } from './storage-watch';

/** The automaton of the enabled dictionaries, as the background stores it under `MATCHER_KEY`. */
export interface StoredMatcher {
  /** `PREBUILT_FORMAT` when it was built: another format is rebuilt, never read. */
  format: number;
  /** The extension version that built it: an update rebuilds (and validates again). */
  version: string;
  /** The enabled dictionaries it was built for, in precedence order, valid or not (what a page compares). */
  ids: string[];
  /** Per imported dictionary, the fingerprint of the stored text that was validated and compiled. */
  fingerprints: Record<string, string>;
  prebuilt: PrebuiltMatcher;
}

/** The enabled dictionaries and their automaton, ready for `createRecogniser`. */
export interface PageDictionaries {
  /** In precedence order; the bundled one as its index only (its texts come with the card). */
  dictionaries: DictionaryIndex[];
  /** The enabled imported ones, whole: the card reads their texts. */
  imported: Dictionary[];
  prebuilt: PrebuiltMatcher;
}

/** The bundled dictionary (its index is enough) and the automaton the build made of it. */
export interface Bundled {
  dictionary: DictionaryIndex;
  prebuilt: PrebuiltMatcher;
}

/** Whether a stored automaton is usable as it is: this format, this version, these dictionaries. */
export function isCurrentMatcher(
  stored: unknown,
  ids: readonly string[],
  version: string,
): stored is StoredMatcher {
  if (typeof stored !== 'object' || stored === null) return false;
  const record = stored as Partial<StoredMatcher>;
  return (
    record.format === PREBUILT_FORMAT &&
    record.prebuilt?.format === PREBUILT_FORMAT &&
    record.version === version &&
    Array.isArray(record.ids) &&
    record.ids.join('\n') === ids.join('\n')
  );
}

/** An imported dictionary as stored, trusted for its shape: the import validated it, and the background checks every change. */
function storedDictionary(value: unknown, id: string): Dictionary | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const d = value as Partial<Dictionary>;
  return d.id === id && Array.isArray(d.entities) ? (d as Dictionary) : undefined;
}

/**
 * The enabled dictionaries with their automaton: the bundle's own when the
 * bundled dictionary is the only one enabled, else the stored one, or
 * `undefined` while the background has not built it for the current choice.
 */
export async function loadPageDictionaries(
  bundled: Bundled,
  version: string,
): Promise<PageDictionaries | undefined> {
  const [stored, settings] = await Promise.all([
    browser.storage.local.get([INDEX_KEY, MATCHER_KEY]),
    loadSettings(),
  ]);
  const ids = enabledIds(bundled.dictionary.id, orderOf(stored[INDEX_KEY]), settings);
  if (ids.length === 1 && ids[0] === bundled.dictionary.id)
    return { dictionaries: [bundled.dictionary], imported: [], prebuilt: bundled.prebuilt };
  const record = stored[MATCHER_KEY];
  if (!isCurrentMatcher(record, ids, version)) return undefined;
  // The ones it matches: the enabled ones minus any that failed validation.
  const matched = record.prebuilt.patterns.dictionaries;
  const imported = matched.filter((id) => id !== bundled.dictionary.id);
  const entries = imported.length === 0 ? {} : await browser.storage.local.get(imported.map(dictionaryKey));
  const dictionaries: DictionaryIndex[] = [];
  const importedWhole: Dictionary[] = [];
  for (const id of matched) {
    if (id === bundled.dictionary.id) {
      dictionaries.push(bundled.dictionary);
      continue;
    }
    const dictionary = storedDictionary(entries[dictionaryKey(id)], id);
    // Removed since the automaton was built: the change that removed it brings a new one.
    if (dictionary === undefined) return undefined;
    dictionaries.push(dictionary);
    importedWhole.push(dictionary);
  }
  return { dictionaries, imported: importedWhole, prebuilt: record.prebuilt };
}

/** A new automaton stored, or a dictionary switched on or off (which may need none, or the bundle's own). */
function isPageChange(changes: StorageChanges, area: string): boolean {
  return (area === 'local' && changes[MATCHER_KEY] !== undefined) || isSwitchChange(changes, area);
}

/**
 * What the content script needs in one call: `apply` gets the enabled
 * dictionaries and their automaton once at start (unless they are just the
 * bundled one, which the page starts with) and again after every change,
 * until `signal` aborts.
 */
export function watchPageDictionaries(
  bundled: Bundled,
  version: string,
  apply: (loaded: PageDictionaries) => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  const load = (): Promise<PageDictionaries | undefined> => loadPageDictionaries(bundled, version);
  const stop = onStorageChange(
    isPageChange,
    load,
    (loaded) => {
      if (loaded !== undefined && !signal.aborted) apply(loaded);
    },
    'dictionaries',
  );
  signal.addEventListener('abort', stop, { once: true });
  load().then(
    (loaded) => {
      if (loaded !== undefined && !signal.aborted && loaded.prebuilt !== bundled.prebuilt) apply(loaded);
    },
    (error: unknown) => {
      console.error('Backstory: could not load the imported dictionaries', error);
    },
  );
}
