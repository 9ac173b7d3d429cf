/**
 * Where imported dictionaries and their automaton live in storage.local, and
 * which changes concern them: shared by the options page and popup (which
 * store and list dictionaries), the background (which builds the automaton)
 * and the content script (which only reads), without the validator.
 *
 * - `dictionaries`: `{ version: 1, order: string[] }`, the ids of imported dictionaries in import order;
 * - `dictionary:<id>`: one imported dictionary, as validated at import;
 * - `matcher`: the automaton of the enabled dictionaries (see `StoredMatcher`).
 */
import type { Settings } from '../core/settings';
import type { StorageChanges } from './storage-watch';

/** The storage.local key of the index of imported dictionaries. */
export const INDEX_KEY = 'dictionaries';
/** The storage.local key of the enabled dictionaries' automaton. */
export const MATCHER_KEY = 'matcher';
const ENTRY_PREFIX = 'dictionary:';

/**
 * The automaton record stored under `MATCHER_KEY`, read back: the background stores it as one JSON
 * string, since a storage read then carries one string to the page instead of hundreds of thousands of
 * numbers converted one by one (an imported 2,000-entity dictionary cost every page tens of ms that way);
 * a record stored as an object (by an earlier version) is returned as it is, and a broken string as nothing.
 */
export function parseStoredMatcher(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/** The key of one imported dictionary in storage.local. */
export function dictionaryKey(id: string): string {
  return `${ENTRY_PREFIX}${id}`;
}

/** The import order an index holds; anything else in storage reads as no imports. */
export function orderOf(stored: unknown): string[] {
  if (typeof stored !== 'object' || stored === null) return [];
  const order = (stored as { order?: unknown }).order;
  // Deduplicated: an index edited by hand must not load (and match with) one dictionary twice.
  return Array.isArray(order) ? [...new Set(order.filter((id): id is string => typeof id === 'string'))] : [];
}

/** The ids matching uses, in precedence order: bundled first, then imports in import order, minus the disabled. */
export function enabledIds(
  bundledId: string,
  order: readonly string[],
  settings: Pick<Settings, 'disabledDictionaries'>,
): string[] {
  return [bundledId, ...order].filter((id) => !settings.disabledDictionaries.includes(id));
}

function disabledChanged(change: StorageChanges[string]): boolean {
  const list = (value: unknown): string =>
    JSON.stringify((value as Partial<Settings> | undefined)?.disabledDictionaries ?? []);
  return list(change.oldValue) !== list(change.newValue);
}

/** Whether a storage change imports, replaces or removes a dictionary. */
export function isImportChange(changes: StorageChanges, area: string): boolean {
  return area === 'local' && Object.keys(changes).some((k) => k === INDEX_KEY || k.startsWith(ENTRY_PREFIX));
}

/** Whether a storage change switches a dictionary on or off. */
export function isSwitchChange(changes: StorageChanges, area: string): boolean {
  // "settings" is the storage.sync key of src/shared/storage.ts.
  return area === 'sync' && changes.settings !== undefined && disabledChanged(changes.settings);
}
