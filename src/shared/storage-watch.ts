/**
 * The one shape of every "reload when storage changes" listener: filter the
 * change, load afresh, hand the result on unless torn down meanwhile.
 */
import browser from 'webextension-polyfill';

/** A storage change event's arguments, as `browser.storage.onChanged` passes them. */
export type StorageChanges = Record<string, browser.Storage.StorageChange>;

/**
 * Calls `listener` with `load()`'s result after every storage change that
 * `isRelevant` accepts; returns the teardown. A load that finishes after the
 * teardown is dropped, and a failed one is logged with `what`.
 */
export function onStorageChange<T>(
  isRelevant: (changes: StorageChanges, area: string) => boolean,
  load: () => Promise<T>,
  listener: (value: T) => void,
  what: string,
): () => void {
  let isActive = true;
  const handler = (changes: StorageChanges, area: string): void => {
    if (!isRelevant(changes, area)) return;
    load().then(
      (value) => {
        if (isActive) listener(value);
      },
      (error: unknown) => {
        console.error(`Backstory: could not reload ${what}`, error);
      },
    );
  };
  browser.storage.onChanged.addListener(handler);
  return () => {
    isActive = false;
    browser.storage.onChanged.removeListener(handler);
  };
}
