/**
 * What the content script reads of the enabled dictionaries: the automaton
 * the background built for them (src/background/matcher-builder.ts) with each
 * matched dictionary's entity ids and types, all in one stored record. The
 * entities' texts are read only when the card needs them (`loadImported`).
 * Nothing here validates or compiles: a page that finds the stored automaton
 * out of date (or none yet, just after install) waits until the background
 * stores the new one.
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
  parseStoredMatcher,
  orderOf,
} from './dictionary-keys';
import { loadSettings } from './storage';
import { onStorageChange, type StorageChanges } from './storage-watch';

/** The automaton of the enabled dictionaries, as the background stores it under `MATCHER_KEY` (as JSON: `parseStoredMatcher`). */
export interface StoredMatcher {
  /** `PREBUILT_FORMAT` when it was built: another format is rebuilt, never read. */
  format: number;
  /** The extension version that built it: an update rebuilds (and validates again). */
  version: string;
  /** The enabled dictionaries it was built for, in precedence order, valid or not (what a page compares). */
  ids: string[];
  /** Per imported dictionary, the fingerprint of the stored text that was validated and compiled. */
  fingerprints: Record<string, string>;
  /** The dictionaries it matches, in precedence order, as ids and types only: what a page paints with. */
  index: DictionaryIndex[];
  prebuilt: PrebuiltMatcher;
}

/** The enabled dictionaries (ids and types) and their automaton, ready for `createRecogniser`. */
export interface PageDictionaries {
  /** In precedence order. */
  dictionaries: DictionaryIndex[];
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
    Array.isArray(record.index) &&
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
 * The enabled dictionaries with their automaton, as the background stored
 * them, or `undefined` while it has not built them for the current choice.
 */
export async function loadPageDictionaries(
  bundledId: string,
  version: string,
): Promise<PageDictionaries | undefined> {
  const [stored, settings] = await Promise.all([
    browser.storage.local.get([INDEX_KEY, MATCHER_KEY]),
    loadSettings(),
  ]);
  const ids = enabledIds(bundledId, orderOf(stored[INDEX_KEY]), settings);
  const record = parseStoredMatcher(stored[MATCHER_KEY]);
  if (!isCurrentMatcher(record, ids, version)) return undefined;
  return { dictionaries: record.index, prebuilt: record.prebuilt };
}

/** The imported dictionaries among `ids`, whole, for the card's texts; one removed meanwhile is left out. */
export async function loadImported(ids: readonly string[]): Promise<Dictionary[]> {
  if (ids.length === 0) return [];
  const entries = await browser.storage.local.get(ids.map(dictionaryKey));
  return ids.flatMap((id) => storedDictionary(entries[dictionaryKey(id)], id) ?? []);
}

/** A new automaton stored, or a dictionary switched on or off (which may need none, or the bundle's own). */
function isPageChange(changes: StorageChanges, area: string): boolean {
  return (area === 'local' && changes[MATCHER_KEY] !== undefined) || isSwitchChange(changes, area);
}

/**
 * Calls `apply` with the enabled dictionaries and their automaton after every
 * change that brings new ones (the first load is the caller's, with
 * `loadPageDictionaries`), until `signal` aborts.
 */
export function watchPageDictionaries(
  bundledId: string,
  version: string,
  apply: (loaded: PageDictionaries) => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  const stop = onStorageChange(
    isPageChange,
    () => loadPageDictionaries(bundledId, version),
    (loaded) => {
      if (loaded !== undefined && !signal.aborted) apply(loaded);
    },
    'dictionaries',
  );
  signal.addEventListener('abort', stop, { once: true });
}
