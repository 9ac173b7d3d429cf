/**
 * Imported dictionaries in storage.local edited into nonsense, and a
 * dictionary at the size limit: the valid ones still load, a new import does
 * not lose them, and a file one byte too big gets a clear refusal.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { MAX_DICTIONARY_BYTES, validateDictionaryJsonText } from '../../../src/core/dictionary/validate';
import {
  dictionaryKey,
  loadImportedDictionaries,
  saveImportedDictionary,
} from '../../../src/shared/dictionaries';
import { BUNDLED, fixtureDictionary } from '../options/fixtures';
import { resetFakeBrowser, type FakeBrowser } from '../options/fake-browser';

vi.mock('webextension-polyfill', async () => (await import('../options/fake-browser')).polyfillModule);

const harbour = fixtureDictionary('harbour-deal.json');
const second = fixtureDictionary('harbour-deal-second.json');
let browser: FakeBrowser;

beforeEach(async () => {
  browser = resetFakeBrowser();
  await saveImportedDictionary(harbour, { bundledId: BUNDLED.id, replace: false });
});

describe('the index of imported dictionaries edited by hand', () => {
  test.each([
    ['a string', 'harbour-deal'],
    ['a list', ['harbour-deal']],
    ['an order that is not a list', { version: 1, order: 'harbour-deal' }],
    ['an order of other things', { version: 1, order: [1, null, { id: 'x' }] }],
  ])('%s loads nothing and a new import starts a fresh index', async (_what, index) => {
    await browser.storage.local.set({ dictionaries: index });
    expect(await loadImportedDictionaries()).toEqual([]);
    await saveImportedDictionary(second, { bundledId: BUNDLED.id, replace: false });
    expect((await loadImportedDictionaries()).map((d) => d.id)).toEqual([second.id]);
  });

  test('ids of missing, broken or mislabelled entries are skipped; the good one loads once', async () => {
    await browser.storage.local.set({
      dictionaries: { version: 1, order: ['gone', 'harbour-deal', 'broken', 'impostor', 'harbour-deal', 7] },
      [dictionaryKey('broken')]: { id: 'broken', entities: 'many' },
      [dictionaryKey('impostor')]: harbour,
    });
    expect((await loadImportedDictionaries()).map((d) => d.id)).toEqual(['harbour-deal']);
  });

  test('a new import after nonsense in the order keeps every valid dictionary', async () => {
    await browser.storage.local.set({ dictionaries: { version: 1, order: ['harbour-deal', 42, 'gone'] } });
    await saveImportedDictionary(second, { bundledId: BUNDLED.id, replace: false });
    expect((await loadImportedDictionaries()).map((d) => d.id)).toEqual(['harbour-deal', second.id]);
  });
});

describe('a dictionary at the size limit', () => {
  // Whitespace is valid JSON anywhere between tokens: a valid dictionary padded to the byte.
  const padded = (bytes: number): string => {
    const text = JSON.stringify(harbour);
    return text.slice(0, -1) + ' '.repeat(bytes - new TextEncoder().encode(text).byteLength) + '}';
  };

  test('is accepted at exactly the limit', () => {
    const result = validateDictionaryJsonText(padded(MAX_DICTIONARY_BYTES));
    expect(result.ok).toBe(true);
  });

  test('is refused one byte past it, with the sizes in the message', () => {
    const result = validateDictionaryJsonText(padded(MAX_DICTIONARY_BYTES + 1));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues).toEqual([
      { path: '$', message: 'the file is 5.0 MB; a dictionary may be at most 5.0 MB' },
    ]);
  });

  test('fits storage.local next to what is there, or is refused by quota without loss', async () => {
    browser.storage.local.quotaBytes = browser.storage.local.bytesInUse() + 1000;
    const big = { ...second, name: second.name + ' '.repeat(2000) };
    await expect(
      saveImportedDictionary(big, { bundledId: BUNDLED.id, replace: false }),
    ).rejects.toMatchObject({
      code: 'quota',
    });
    expect((await loadImportedDictionaries()).map((d) => d.id)).toEqual(['harbour-deal']);
  });
});
