import { beforeEach, describe, expect, test, vi } from 'vitest';
import {
  DictionaryStoreError,
  dictionaryKey,
  enabledDictionaries,
  loadEnabledDictionaries,
  loadImportedDictionaries,
  onImportedDictionariesChanged,
  removeImportedDictionary,
  saveImportedDictionary,
  setDictionaryEnabled,
} from '../../../src/shared/dictionaries';
import { loadSettings, updateSettings } from '../../../src/shared/storage';
import { BUNDLED, fixtureDictionary } from './fixtures';
import { resetFakeBrowser, settle, type FakeBrowser } from './fake-browser';

vi.mock('webextension-polyfill', async () => (await import('./fake-browser')).polyfillModule);

const harbour = fixtureDictionary('harbour-deal.json');
const second = fixtureDictionary('harbour-deal-second.json');
const options = { bundledId: BUNDLED.id, replace: false };
let browser: FakeBrowser;

beforeEach(() => {
  browser = resetFakeBrowser();
});

describe('imported dictionaries in storage.local', () => {
  test('are stored one key each, with an index in import order', async () => {
    await saveImportedDictionary(harbour, options);
    await saveImportedDictionary(second, options);
    expect(await browser.storage.local.get('dictionaries')).toEqual({
      dictionaries: { version: 1, order: ['harbour-deal', 'harbour-deal-v2'] },
    });
    expect(Object.keys(await browser.storage.local.get(null)).sort()).toEqual([
      'dictionaries',
      dictionaryKey('harbour-deal'),
      dictionaryKey('harbour-deal-v2'),
    ]);
    expect((await loadImportedDictionaries()).map((d) => d.id)).toEqual(['harbour-deal', 'harbour-deal-v2']);
  });

  test('an id already installed is refused unless replacing, and a replacement keeps its place', async () => {
    await saveImportedDictionary(harbour, options);
    await saveImportedDictionary(second, options);
    await expect(saveImportedDictionary(harbour, options)).rejects.toMatchObject({ code: 'exists' });
    const renamed = { ...harbour, name: 'Harbour deal, corrected' };
    await saveImportedDictionary(renamed, { ...options, replace: true });
    expect((await loadImportedDictionaries()).map((d) => d.name)).toEqual([renamed.name, second.name]);
  });

  test('the id of the bundled dictionary is refused', async () => {
    await expect(saveImportedDictionary({ ...harbour, id: BUNDLED.id }, options)).rejects.toMatchObject({
      code: 'bundled-id',
    });
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  test('a full storage refuses with a quota error and changes nothing', async () => {
    await saveImportedDictionary(second, options);
    const before = await browser.storage.local.get(null);
    browser.storage.local.quotaBytes = browser.storage.local.bytesInUse() + 100;
    const error: unknown = await saveImportedDictionary(harbour, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DictionaryStoreError);
    expect((error as DictionaryStoreError).code).toBe('quota');
    expect(await browser.storage.local.get(null)).toEqual(before);
  });

  test('other storage failures are reported as such', async () => {
    browser.storage.local.failWith = 'IO error: disk on fire';
    await expect(saveImportedDictionary(harbour, options)).rejects.toMatchObject({
      code: 'storage',
      message: 'IO error: disk on fire',
    });
  });

  test('removing one deletes its key, its place in the order and its disabled flag', async () => {
    await saveImportedDictionary(harbour, options);
    await saveImportedDictionary(second, options);
    await setDictionaryEnabled('harbour-deal', false);
    await removeImportedDictionary('harbour-deal');
    expect(await browser.storage.local.get(dictionaryKey('harbour-deal'))).toEqual({});
    expect((await loadImportedDictionaries()).map((d) => d.id)).toEqual(['harbour-deal-v2']);
    expect((await loadSettings()).disabledDictionaries).toEqual([]);
  });

  test('a stored dictionary that no longer validates is skipped, the others still load', async () => {
    await saveImportedDictionary(harbour, options);
    await saveImportedDictionary(second, options);
    await browser.storage.local.set({ [dictionaryKey('harbour-deal')]: { ...harbour, entities: 'broken' } });
    expect((await loadImportedDictionaries()).map((d) => d.id)).toEqual(['harbour-deal-v2']);
  });
});

describe('enabled dictionaries', () => {
  test('bundled first, then imports in import order, minus the disabled', () => {
    const all = enabledDictionaries(BUNDLED, [harbour, second], { disabledDictionaries: [] });
    expect(all.map((d) => d.id)).toEqual([BUNDLED.id, 'harbour-deal', 'harbour-deal-v2']);
    const some = enabledDictionaries(BUNDLED, [harbour, second], {
      disabledDictionaries: [BUNDLED.id, 'harbour-deal-v2'],
    });
    expect(some.map((d) => d.id)).toEqual(['harbour-deal']);
  });

  test('are read from both storage areas', async () => {
    await saveImportedDictionary(harbour, options);
    await setDictionaryEnabled(BUNDLED.id, false);
    expect((await loadEnabledDictionaries(BUNDLED)).map((d) => d.id)).toEqual(['harbour-deal']);
  });

  test('onImportedDictionariesChanged reports imports and removals, not switches, until torn down', async () => {
    const seen: string[][] = [];
    const stop = onImportedDictionariesChanged((imported) => seen.push(imported.map((d) => d.id)));
    await saveImportedDictionary(harbour, options);
    await settle();
    expect(seen).toEqual([['harbour-deal']]);
    await setDictionaryEnabled('harbour-deal', false);
    await updateSettings((s) => ({ ...s, highlightStyle: 'background' }));
    await settle();
    expect(seen).toHaveLength(1);
    await removeImportedDictionary('harbour-deal');
    await settle();
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[seen.length - 1]).toEqual([]);
    stop();
    expect(browser.listenerCount()).toBe(0);
    const count = seen.length;
    await saveImportedDictionary(second, options);
    await settle();
    expect(seen).toHaveLength(count);
  });
});
