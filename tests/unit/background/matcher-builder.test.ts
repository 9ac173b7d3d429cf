/**
 * The automaton of imported dictionaries: built and validated once, in the
 * background, and only read by pages. The validator is counted: a page that
 * loads a 2,000-entity import must not call it.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { createMatcherBuilder, fingerprint } from '../../../src/background/matcher-builder';
import { validateDictionary } from '../../../src/core/dictionary/validate';
import { createMatchState, findMentions, loadMatcher } from '../../../src/core/match';
import { dictionaryKey, MATCHER_KEY } from '../../../src/shared/dictionary-keys';
import { saveImportedDictionary, setDictionaryEnabled } from '../../../src/shared/dictionaries';
import {
  loadImported,
  loadPageDictionaries,
  watchPageDictionaries,
  type PageDictionaries,
} from '../../../src/shared/page-dictionaries';
import { largeDictionary, largeDictionaryName } from '../../support/large-dictionary';
import { BUNDLED, fixtureDictionary } from '../options/fixtures';
import { resetFakeBrowser, settle, type FakeBrowser } from '../options/fake-browser';

vi.mock('webextension-polyfill', async () => (await import('../options/fake-browser')).polyfillModule);
vi.mock('../../../src/core/dictionary/validate', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/core/dictionary/validate')>();
  return { ...actual, validateDictionary: vi.fn(actual.validateDictionary) };
});

const VERSION = '1.2.3';
const bundled = BUNDLED.id;
const harbour = fixtureDictionary('harbour-deal.json');
const large = largeDictionary(2000);
const validations = (): number => vi.mocked(validateDictionary).mock.calls.length;
let browser: FakeBrowser;

/** The entity ids a page's recogniser finds in `text`. */
function found(loaded: PageDictionaries | undefined, text: string): string[] {
  if (loaded === undefined) return [];
  return findMentions(text, loadMatcher(loaded.prebuilt), createMatchState()).map((m) => m.entityId);
}

beforeEach(() => {
  browser = resetFakeBrowser();
  vi.mocked(validateDictionary).mockClear();
});

describe('a 2,000-entity imported dictionary', () => {
  test('is validated once, in the background, and a page loads it without the validator', async () => {
    await saveImportedDictionary(large, { bundledId: BUNDLED.id, replace: false });
    const builder = createMatcherBuilder(BUNDLED, VERSION);
    await builder.rebuild();
    expect(validations()).toBe(1);

    vi.mocked(validateDictionary).mockClear();
    const loaded = await loadPageDictionaries(bundled, VERSION);
    expect(validations()).toBe(0);
    expect(loaded?.dictionaries.map((d) => d.id)).toEqual([BUNDLED.id, large.id]);
    const last = largeDictionaryName(1999);
    expect(found(loaded, `In Dushanbe, ${last} met ${last.split(' ')[1] ?? ''}.`)).toEqual([
      'dushanbe',
      'person-1999',
      'person-1999',
    ]);
    // Nor on the next build, the bundled one switched off: the same text was checked already.
    await setDictionaryEnabled(BUNDLED.id, false);
    await builder.rebuild();
    expect(validations()).toBe(0);
    expect(found(await loadPageDictionaries(bundled, VERSION), 'In Dushanbe')).toEqual([]);
  });
});

describe('the stored automaton', () => {
  test('is validated again after an update, and again when its text changes', async () => {
    await saveImportedDictionary(harbour, { bundledId: BUNDLED.id, replace: false });
    await createMatcherBuilder(BUNDLED, VERSION).rebuild();
    await createMatcherBuilder(BUNDLED, VERSION).rebuild();
    expect(validations()).toBe(1);
    await createMatcherBuilder(BUNDLED, '1.2.4').rebuild();
    expect(validations()).toBe(2);
    await saveImportedDictionary({ ...harbour, name: 'Renamed' }, { bundledId: BUNDLED.id, replace: true });
    await createMatcherBuilder(BUNDLED, '1.2.4').rebuild();
    expect(validations()).toBe(3);
  });

  test('is not used by a page when it was built for another version, format or choice', async () => {
    await saveImportedDictionary(harbour, { bundledId: BUNDLED.id, replace: false });
    await createMatcherBuilder(BUNDLED, VERSION).rebuild();
    expect(found(await loadPageDictionaries(bundled, VERSION), 'Miguel Costa in Lisbon')).toEqual([
      'miguel-costa',
      'lisbon',
    ]);
    expect(await loadPageDictionaries(bundled, '9.9.9')).toBeUndefined();
    await setDictionaryEnabled(BUNDLED.id, false);
    expect(await loadPageDictionaries(bundled, VERSION)).toBeUndefined();
    await createMatcherBuilder(BUNDLED, VERSION).rebuild();
    const stored = JSON.parse((await browser.storage.local.get(MATCHER_KEY))[MATCHER_KEY] as string) as {
      format: number;
    };
    await browser.storage.local.set({
      [MATCHER_KEY]: JSON.stringify({ ...stored, format: stored.format + 1 }),
    });
    expect(await loadPageDictionaries(bundled, VERSION)).toBeUndefined();
  });

  test('leaves out an entry edited into nonsense, and the page loads the rest', async () => {
    await saveImportedDictionary(harbour, { bundledId: BUNDLED.id, replace: false });
    await saveImportedDictionary(large, { bundledId: BUNDLED.id, replace: false });
    await browser.storage.local.set({ [dictionaryKey(harbour.id)]: { ...harbour, entities: 'many' } });
    await createMatcherBuilder(BUNDLED, VERSION).rebuild();
    const loaded = await loadPageDictionaries(bundled, VERSION);
    expect(loaded?.dictionaries.map((d) => d.id)).toEqual([BUNDLED.id, large.id]);
  });

  test('the bundled dictionary alone is stored too, as ids and types without texts; a page waits until it is', async () => {
    expect(await loadPageDictionaries(bundled, VERSION)).toBeUndefined();
    await createMatcherBuilder(BUNDLED, VERSION).rebuild();
    const loaded = await loadPageDictionaries(bundled, VERSION);
    expect(found(loaded, 'Vladimir Putin in Dushanbe')).toContain('dushanbe');
    const first = BUNDLED.entities[0];
    expect(loaded?.dictionaries).toHaveLength(1);
    expect(loaded?.dictionaries[0]?.entities[0]).toEqual({ id: first?.id, type: first?.type });
  });

  test('marks a reader’s own story (with kept articles) followed, and no written dictionary', async () => {
    const story = { ...harbour, id: 'story-harbour', kept: [] };
    await saveImportedDictionary(harbour, { bundledId: BUNDLED.id, replace: false });
    await saveImportedDictionary(story, { bundledId: BUNDLED.id, replace: false });
    await createMatcherBuilder(BUNDLED, VERSION).rebuild();
    const loaded = await loadPageDictionaries(bundled, VERSION);
    expect(loaded?.dictionaries.map((d) => [d.id, d.followed])).toEqual([
      [BUNDLED.id, undefined],
      [harbour.id, undefined],
      ['story-harbour', true],
    ]);
  });

  test('a record stored before the ids and types were kept is rebuilt, not read', async () => {
    await createMatcherBuilder(BUNDLED, VERSION).rebuild();
    const stored = (await browser.storage.local.get(MATCHER_KEY))[MATCHER_KEY];
    expect(typeof stored).toBe('string');
    // Stored as an object, as the version before the JSON string did.
    const older = JSON.parse(stored as string) as Record<string, unknown>;
    delete older.index;
    await browser.storage.local.set({ [MATCHER_KEY]: older });
    expect(await loadPageDictionaries(bundled, VERSION)).toBeUndefined();
    await createMatcherBuilder(BUNDLED, VERSION).rebuild();
    expect(await loadPageDictionaries(bundled, VERSION)).toBeDefined();
  });

  test('a record stored as an object (an earlier version) is read; a broken string is none', async () => {
    await createMatcherBuilder(BUNDLED, VERSION).rebuild();
    const stored = (await browser.storage.local.get(MATCHER_KEY))[MATCHER_KEY] as string;
    await browser.storage.local.set({ [MATCHER_KEY]: JSON.parse(stored) as unknown });
    expect(found(await loadPageDictionaries(bundled, VERSION), 'In Dushanbe')).toContain('dushanbe');
    await browser.storage.local.set({ [MATCHER_KEY]: stored.slice(0, -1) });
    expect(await loadPageDictionaries(bundled, VERSION)).toBeUndefined();
  });

  test('the card reads imported texts only on request, leaving out one removed meanwhile', async () => {
    await saveImportedDictionary(harbour, { bundledId: BUNDLED.id, replace: false });
    expect((await loadImported([harbour.id, 'gone'])).map((d) => d.id)).toEqual([harbour.id]);
    expect(await loadImported([])).toEqual([]);
  });

  test('fingerprints tell texts apart', () => {
    expect(fingerprint('{"a":1}')).not.toBe(fingerprint('{"a":2}'));
    expect(fingerprint('{"a":1}')).toBe(fingerprint('{"a":1}'));
  });
});

describe('watchPageDictionaries', () => {
  test('applies the built automaton, follows new ones and switches, and stops with its signal', async () => {
    const builder = createMatcherBuilder(BUNDLED, VERSION);
    const applied: string[][] = [];
    const lifetime = new AbortController();
    watchPageDictionaries(
      bundled,
      VERSION,
      (l) => applied.push(l.dictionaries.map((d) => d.id)),
      lifetime.signal,
    );
    await settle();
    // The first load is the page's own (loadPageDictionaries); this follows changes.
    expect(applied).toEqual([]);
    await saveImportedDictionary(harbour, { bundledId: BUNDLED.id, replace: false });
    await settle();
    // Not built yet: the page waits rather than compile.
    expect(applied).toEqual([]);
    await builder.rebuild();
    await settle();
    expect(applied).toEqual([[BUNDLED.id, harbour.id]]);
    await setDictionaryEnabled(harbour.id, false);
    await builder.rebuild();
    await settle();
    expect(applied[applied.length - 1]).toEqual([BUNDLED.id]);
    lifetime.abort();
    expect(browser.listenerCount()).toBe(0);
    const count = applied.length;
    await setDictionaryEnabled(harbour.id, true);
    await builder.rebuild();
    await settle();
    expect(applied).toHaveLength(count);
  });
});
