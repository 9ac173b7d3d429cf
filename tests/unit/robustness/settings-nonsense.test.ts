/** Settings edited by hand into nonsense: always valid settings back, the good fields kept, and a full quota changes nothing. */
import fc from 'fast-check';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, migrateSettings, type Settings } from '../../../src/core/settings';
import { loadSettings, updateSettings } from '../../../src/shared/storage';
import { resetFakeBrowser, type FakeBrowser } from '../options/fake-browser';

vi.mock('webextension-polyfill', async () => (await import('../options/fake-browser')).polyfillModule);

/** Whether `s` has every field of valid settings. */
function isValid(s: Settings): boolean {
  const strings = (list: unknown) => Array.isArray(list) && list.every((x) => typeof x === 'string');
  return (
    s.version === DEFAULT_SETTINGS.version &&
    typeof s.paused === 'boolean' &&
    strings(s.disabledSites) &&
    strings(s.hiddenTypes) &&
    strings(s.disabledDictionaries) &&
    ['underline', 'background', 'hover-only'].includes(s.highlightStyle) &&
    ['all', 'first'].includes(s.mentionScope) &&
    Number.isInteger(s.hoverDelayMs) &&
    s.hoverDelayMs >= 0 &&
    s.hoverDelayMs <= 2000
  );
}

const GOOD: Settings = {
  ...DEFAULT_SETTINGS,
  paused: true,
  disabledSites: ['news.example'],
  hiddenTypes: ['place'],
  highlightStyle: 'background',
  mentionScope: 'first',
  hoverDelayMs: 500,
  disabledDictionaries: ['harbour-deal'],
};

describe('settings storage holding nonsense', () => {
  test('anything at all reads as valid settings', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }),
        (raw) => isValid(migrateSettings(raw)),
      ),
    );
  });

  test('one field broken any way loses only that field', () => {
    const fields = Object.keys(GOOD).filter((key) => key !== 'version') as (keyof Settings)[];
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.anything(), (field, junk) => {
        const read = migrateSettings({ ...GOOD, [field]: junk });
        expect(isValid(read)).toBe(true);
        for (const other of fields) if (other !== field) expect(read[other]).toEqual(GOOD[other]);
      }),
    );
  });

  test.each([
    ['a version from the future', { ...GOOD, version: 99 }],
    ['a negative version', { ...GOOD, version: -3 }],
    ['a "__proto__" key', JSON.parse(`{"__proto__": {"paused": false}, "paused": true}`) as unknown],
    ['an infinite delay', { ...GOOD, hoverDelayMs: Infinity }],
  ])('%s is read without harm', (_what, raw) => {
    const read = migrateSettings(raw);
    expect(isValid(read)).toBe(true);
    expect(read.paused).toBe(true);
    expect(({} as Record<string, unknown>).paused).toBeUndefined();
  });
});

describe('a full storage.sync', () => {
  let browser: FakeBrowser;
  beforeEach(() => {
    browser = resetFakeBrowser();
  });

  test('a change that does not fit is refused with the quota error and the stored settings stay', async () => {
    await updateSettings(() => GOOD);
    browser.storage.sync.quotaBytes = browser.storage.sync.bytesInUse() + 10;
    const huge = Array.from({ length: 200 }, (_, i) => `site-${i}.example`);
    await expect(updateSettings((s) => ({ ...s, disabledSites: huge }))).rejects.toThrow(/quota/i);
    expect(await loadSettings()).toEqual(GOOD);
  });
});
