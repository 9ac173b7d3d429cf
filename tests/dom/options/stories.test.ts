// @vitest-environment jsdom
/** The options page's stories: rename, remove and merge entities, export (read back equal by the import), delete, quota. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Dictionary } from '../../../src/core/dictionary/types';
import { validateDictionary } from '../../../src/core/dictionary/validate';
import { keepArticle, newStory } from '../../../src/core/story/keep';
import { sayingsOf } from '../../../src/core/story/sayings';
import { mountOptionsPage } from '../../../src/options/page';
import { dictionaryKey, INDEX_KEY } from '../../../src/shared/dictionary-keys';
import { BUNDLED } from '../../unit/options/fixtures';
import { getMessage, resetFakeBrowser, settle, type FakeBrowser } from '../../unit/options/fake-browser';
import { FIRST_META, FIRST_TEXT, input, SECOND_META, SECOND_TEXT } from '../../unit/story/fixtures';

vi.mock(
  'webextension-polyfill',
  async () => (await import('../../unit/options/fake-browser')).polyfillModule,
);

const HTML = fs.readFileSync(path.join(import.meta.dirname, '../../../src/options/options.html'), 'utf8');
const first = keepArticle(
  newStory('story-strike', 'Strike'),
  input(FIRST_TEXT, FIRST_META, '2026-03-02T12:00:00.000Z'),
);
const STORY = keepArticle(first, input(SECOND_TEXT, SECOND_META, '2026-03-06T09:00:00.000Z', [first]));

let browser: FakeBrowser;
let downloads: { filename: string; blob: Blob }[];
let teardown: () => void;

async function mount(): Promise<void> {
  const parsed = new DOMParser().parseFromString(HTML, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  teardown = await mountOptionsPage(document, {
    t: getMessage,
    bundled: BUNDLED,
    getCommands: () => Promise.resolve([]),
    shortcuts: { page: 'chrome://extensions/shortcuts' },
    download: (filename, blob) => downloads.push({ filename, blob }),
  });
  await settle();
}

function $(selector: string): HTMLElement;
function $<T extends Element>(selector: string, type: new () => T): T;
function $(selector: string, type: new () => Element = HTMLElement): Element {
  const found = document.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`no ${selector}`);
  return found;
}
const stored = async (): Promise<Dictionary> =>
  (await browser.storage.local.get(dictionaryKey(STORY.id)))[dictionaryKey(STORY.id)] as Dictionary;
const entityNames = (): string[] =>
  [...document.querySelectorAll('#stories .story-entity .name')].map((n) => n.textContent);
const click = async (selector: string): Promise<void> => {
  $(selector, HTMLButtonElement).click();
  await settle();
};

beforeEach(async () => {
  browser = resetFakeBrowser();
  downloads = [];
  await browser.storage.local.set({
    [dictionaryKey(STORY.id)]: STORY,
    [INDEX_KEY]: { version: 1, order: [STORY.id] },
  });
});

afterEach(() => {
  teardown();
});

describe('the stories section', () => {
  test('lists the reader’s stories with their names and counts, and no written dictionary', async () => {
    await mount();
    expect($('#stories [data-role="name"]', HTMLInputElement).value).toBe('Strike');
    expect($('#stories .meta').textContent).toBe(`Names: ${STORY.entities.length} · articles kept: 2`);
    expect(entityNames()).toEqual(STORY.entities.map((e) => e.name));
    expect($('#stories-empty').hidden).toBe(true);
  });

  test('renames a story; an empty name is refused and changes nothing', async () => {
    await mount();
    $('#stories [data-role="name"]', HTMLInputElement).value = 'Valdmark strike';
    await click('#stories [data-action="rename"]');
    expect((await stored()).name).toBe('Valdmark strike');
    expect($('#status').textContent).toBe('Renamed to “Valdmark strike”.');
    $('#stories [data-role="name"]', HTMLInputElement).value = '  ';
    await click('#stories [data-action="rename"]');
    expect((await stored()).name).toBe('Valdmark strike');
  });

  test('removes an entity, and merges one into another with every saying', async () => {
    await mount();
    await click('#stories [data-entity="tomas-brekke"] [data-action="remove-entity"]');
    expect((await stored()).entities.some((e) => e.id === 'tomas-brekke')).toBe(false);
    expect(entityNames()).not.toContain('Tomas Brekke');
    const [keep, gone] = (await stored()).entities;
    if (keep === undefined || gone === undefined) throw new Error('too few entities to merge');
    const before = sayingsOf(await stored(), keep.id).length + sayingsOf(await stored(), gone.id).length;
    $(`#stories [data-entity="${gone.id}"] [data-role="merge-into"]`, HTMLSelectElement).value = keep.id;
    await click(`#stories [data-entity="${gone.id}"] [data-action="merge"]`);
    const merged = await stored();
    expect(validateDictionary(merged).ok).toBe(true);
    expect(merged.entities.some((e) => e.id === gone.id)).toBe(false);
    expect(sayingsOf(merged, keep.id)).toHaveLength(before);
    expect($('#status').textContent).toBe(`Merged “${gone.name}” into “${keep.name}”.`);
  });

  test('exports a file that the import reads back equal, in another browser', async () => {
    await mount();
    await click('#stories [data-action="export"]');
    expect(downloads.map((d) => d.filename)).toEqual(['story-strike.json']);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => {
        resolve(typeof reader.result === 'string' ? reader.result : '');
      };
      reader.readAsText(downloads[0]?.blob as Blob);
    });
    // Another browser: nothing stored, the file imported through the page's own import.
    teardown();
    browser = resetFakeBrowser();
    await mount();
    const file = {
      name: 'story-strike.json',
      size: text.length,
      text: () => Promise.resolve(text),
    };
    Object.defineProperty($('#import-file'), 'files', { value: [file], configurable: true });
    $('#import-file').dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(await stored()).toEqual(STORY);
    expect(entityNames()).toEqual(STORY.entities.map((e) => e.name));
  });

  test('deletes a story', async () => {
    await mount();
    await click('#stories [data-action="delete"]');
    expect(await browser.storage.local.get(dictionaryKey(STORY.id))).toEqual({});
    expect($('#stories-empty').hidden).toBe(false);
  });

  test('a change that does not fit in storage is refused whole, said plainly', async () => {
    await mount();
    browser.storage.local.quotaBytes = browser.storage.local.bytesInUse();
    $('#stories [data-role="name"]', HTMLInputElement).value = 'A much longer name than the story had before';
    await click('#stories [data-action="rename"]');
    expect($('#status').textContent).toMatch(/storage is full.*as it was/u);
    expect(await stored()).toEqual(STORY);
  });
});
