/**
 * Builds the automaton of the enabled dictionaries and stores it for pages
 * (src/shared/page-dictionaries.ts), after every import, removal or switch and
 * after an install or update. Each imported dictionary is validated once per
 * stored text and extension version: its fingerprint is kept with the
 * automaton, and an unchanged one is not checked again.
 *
 * The background, not the options page, does this because every change that
 * needs a new automaton passes through storage (the options page imports and
 * removes, the popup switches, an update changes the format) and the
 * background sees them all, off every page's main thread.
 */
import browser from 'webextension-polyfill';
import type { Dictionary, DictionaryIndex } from '../core/dictionary/types';
import { validateDictionary } from '../core/dictionary/validate';
import { prebuildFor, PREBUILT_FORMAT } from '../core/match';
import {
  dictionaryKey,
  enabledIds,
  INDEX_KEY,
  MATCHER_KEY,
  isImportChange,
  isSwitchChange,
  orderOf,
  parseStoredMatcher,
} from '../shared/dictionary-keys';
import type { StoredMatcher } from '../shared/page-dictionaries';
import { loadSettings } from '../shared/storage';
import type { StorageChanges } from '../shared/storage-watch';

/** FNV-1a (32 bits) of a text, in hex: tells a changed dictionary from an unchanged one, nothing more. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The fingerprints of the previous build, when it was made by this format and version (else none count). */
function knownFingerprints(previous: unknown, version: string): Record<string, string> {
  const record = previous as Partial<StoredMatcher> | undefined;
  if (record?.format !== PREBUILT_FORMAT || record.version !== version) return {};
  return typeof record.fingerprints === 'object' ? record.fingerprints : {};
}

/** Whether the previous build answers exactly these dictionaries and texts. */
function isUpToDate(
  previous: unknown,
  version: string,
  next: Omit<StoredMatcher, 'prebuilt' | 'index'>,
): boolean {
  const record = previous as Partial<StoredMatcher> | undefined;
  return (
    record?.format === PREBUILT_FORMAT &&
    record.version === version &&
    Array.isArray(record.index) &&
    JSON.stringify(record.ids) === JSON.stringify(next.ids) &&
    JSON.stringify(record.fingerprints) === JSON.stringify(next.fingerprints)
  );
}

/** Rebuilds the stored automaton when the enabled dictionaries or their texts changed; one build at a time. */
export function createMatcherBuilder(bundled: Dictionary, version: string): { rebuild: () => Promise<void> } {
  async function build(): Promise<void> {
    const [stored, settings] = await Promise.all([
      browser.storage.local.get([INDEX_KEY, MATCHER_KEY]),
      loadSettings(),
    ]);
    const previous = parseStoredMatcher(stored[MATCHER_KEY]);
    const order = orderOf(stored[INDEX_KEY]);
    const ids = enabledIds(bundled.id, order, settings);
    const imported = ids.filter((id) => id !== bundled.id);
    const entries = imported.length === 0 ? {} : await browser.storage.local.get(imported.map(dictionaryKey));
    const known = knownFingerprints(previous, version);
    const fingerprints: Record<string, string> = {};
    const valid = new Map<string, Dictionary>();
    for (const id of imported) {
      const value = entries[dictionaryKey(id)];
      const print = value === undefined ? '' : fingerprint(JSON.stringify(value));
      if (known[id] === print) {
        // Validated by an earlier build of this version: the same text, so the same verdict.
        valid.set(id, value as Dictionary);
        fingerprints[id] = print;
        continue;
      }
      const checked = validateDictionary(value);
      if (checked.ok && checked.dictionary.id === id) {
        valid.set(id, checked.dictionary);
        fingerprints[id] = print;
      }
    }
    const next = { format: PREBUILT_FORMAT, version, ids, fingerprints };
    if (isUpToDate(previous, version, next)) return;
    const dictionaries = ids.flatMap((id) => (id === bundled.id ? [bundled] : (valid.get(id) ?? [])));
    // Ids and types only: a page paints with these and reads an entity's texts only for its card.
    const index = dictionaries.map((d): DictionaryIndex => ({
      id: d.id,
      entities: d.entities.map((e) => ({ id: e.id, type: e.type })),
      // A reader's own story: the story gate asks less of it (src/core/gate/story-gate.ts).
      ...(d.kept === undefined ? {} : { followed: true }),
    }));
    const record: StoredMatcher = { ...next, index, prebuilt: prebuildFor(dictionaries) };
    // One string: what a page reads cheaply (parseStoredMatcher).
    await browser.storage.local.set({ [MATCHER_KEY]: JSON.stringify(record) });
  }
  let queue = Promise.resolve();
  return {
    rebuild: () => {
      queue = queue.then(build, build);
      return queue;
    },
  };
}

/** Whether a storage change can need a new automaton. */
export function isMatcherInputChange(changes: StorageChanges, area: string): boolean {
  return isImportChange(changes, area) || isSwitchChange(changes, area);
}
