// @vitest-environment jsdom
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { OptionsDeps } from '../../../src/options/context';
import { mountOptionsPage } from '../../../src/options/page';
import { BUNDLED, fixtureText } from '../../unit/options/fixtures';
import { getMessage, resetFakeBrowser, settle, type FakeBrowser } from '../../unit/options/fake-browser';

vi.mock(
  'webextension-polyfill',
  async () => (await import('../../unit/options/fake-browser')).polyfillModule,
);

const HTML = fs.readFileSync(path.join(import.meta.dirname, '../../../src/options/options.html'), 'utf8');

let browser: FakeBrowser;
let downloads: { filename: string; blob: Blob }[];
let openedShortcuts: number;
let teardown: () => void;

function deps(overrides: Partial<OptionsDeps> = {}): OptionsDeps {
  return {
    t: getMessage,
    bundled: BUNDLED,
    getCommands: () => browser.commands.getAll(),
    shortcuts: {
      page: 'chrome://extensions/shortcuts',
      open: () => {
        openedShortcuts += 1;
        return Promise.resolve();
      },
    },
    download: (filename, blob) => downloads.push({ filename, blob }),
    ...overrides,
  };
}

async function mount(overrides: Partial<OptionsDeps> = {}): Promise<void> {
  const parsed = new DOMParser().parseFromString(HTML, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  teardown = await mountOptionsPage(document, deps(overrides));
  await settle();
}

function $(selector: string): HTMLElement {
  const element = document.querySelector(selector);
  if (!(element instanceof HTMLElement)) throw new Error(`no ${selector}`);
  return element;
}

function $input(selector: string): HTMLInputElement {
  const element = $(selector);
  if (!(element instanceof HTMLInputElement)) throw new Error(`${selector} is no input`);
  return element;
}

async function submitSite(value: string): Promise<void> {
  $input('#site-input').value = value;
  const form = $('#site-form');
  if (!(form instanceof HTMLFormElement)) throw new Error('#site-form is no form');
  form.requestSubmit();
  await settle();
}

async function choose(input: HTMLInputElement, checked = true): Promise<void> {
  input.checked = checked;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}

async function click(selector: string): Promise<void> {
  $(selector).click();
  await settle();
}

async function storedSettings(): Promise<Record<string, unknown>> {
  return ((await browser.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>;
}

async function importFile(name: string, text = fixtureText(name)): Promise<void> {
  const input = $input('#import-file');
  const file = { name, size: new TextEncoder().encode(text).byteLength, text: () => Promise.resolve(text) };
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}

const rowIds = (): string[] =>
  [...document.querySelectorAll<HTMLElement>('#dictionaries > li')].map((li) => li.dataset.id ?? '');
const status = (): string => $('#status').textContent;

beforeEach(() => {
  browser = resetFakeBrowser();
  downloads = [];
  openedShortcuts = 0;
});

afterEach(() => {
  teardown();
});

describe('the options page', () => {
  test('every static string comes from the locale messages', async () => {
    await mount();
    const keyed = [...document.querySelectorAll<HTMLElement>('[data-i18n]')];
    expect(keyed.length).toBeGreaterThan(20);
    for (const element of keyed) expect(element.textContent, element.dataset.i18n).not.toBe('');
    expect(document.title).toBe('Backstory options');
  });

  test('every control has an accessible name, so it can be used by keyboard and screen reader', async () => {
    await mount();
    await importFile('harbour-deal.json');
    const controls = [...document.querySelectorAll<HTMLElement>('input, button, output')];
    expect(controls.length).toBeGreaterThan(15);
    for (const control of controls) {
      const labelled =
        (control.getAttribute('aria-label') ?? '') !== '' ||
        (control instanceof HTMLInputElement &&
          [...(control.labels ?? [])].some((l) => l.textContent.trim() !== '')) ||
        (control instanceof HTMLButtonElement && control.textContent.trim() !== '') ||
        control instanceof HTMLOutputElement;
      expect(labelled, control.outerHTML).toBe(true);
    }
  });

  test('shows the stored settings', async () => {
    await browser.storage.sync.set({
      settings: {
        version: 1,
        highlightStyle: 'background',
        mentionScope: 'first',
        hiddenTypes: ['place'],
        hoverDelayMs: 650,
        disabledSites: ['example.com'],
      },
    });
    await mount();
    expect($input('input[name="highlightStyle"][value="background"]').checked).toBe(true);
    expect($input('input[name="mentionScope"][value="first"]').checked).toBe(true);
    expect($input('#types input[value="place"]').checked).toBe(false);
    expect($input('#types input[value="person"]').checked).toBe(true);
    expect($input('#hover-delay').value).toBe('650');
    expect($('#hover-delay-value').textContent).toBe('650 ms');
    expect($('#sites').textContent).toContain('example.com');
    expect($('#sites-empty').hidden).toBe(true);
  });

  test('stores each change at once', async () => {
    await mount();
    await choose($input('input[name="highlightStyle"][value="hover-only"]'));
    await choose($input('#types input[value="organisation"]'), false);
    await choose($input('input[name="mentionScope"][value="first"]'));
    const delay = $input('#hover-delay');
    delay.value = '900';
    delay.dispatchEvent(new Event('change'));
    await settle();
    expect(await storedSettings()).toMatchObject({
      highlightStyle: 'hover-only',
      hiddenTypes: ['organisation'],
      mentionScope: 'first',
      hoverDelayMs: 900,
    });
    expect(status()).toBe('Saved.');
  });

  test('lists types of imported dictionaries beside the known ones', async () => {
    await mount();
    const custom = JSON.parse(fixtureText('harbour-deal.json'));
    custom.entities[1].type = 'harbour';
    await importFile('custom.json', JSON.stringify(custom));
    expect([...document.querySelectorAll<HTMLInputElement>('#types input')].map((i) => i.value)).toContain(
      'harbour',
    );
  });

  test('adds and removes sites where Backstory is off', async () => {
    await mount();
    await submitSite('https://www.example.com/news/1');
    expect((await storedSettings()).disabledSites).toEqual(['example.com']);
    expect($('#sites li').textContent).toContain('example.com');

    await submitSite('example.com');
    expect($('#site-error').textContent).toBe('example.com is already in the list.');

    await submitSite('not a site');
    expect($('#site-error').textContent).toBe('“not a site” is not a site name.');
    expect($('#site-input').getAttribute('aria-invalid')).toBe('true');

    await click('#sites button[data-site="example.com"]');
    expect((await storedSettings()).disabledSites).toEqual([]);
    expect($('#sites-empty').hidden).toBe(false);
  });

  test('reset brings the defaults back', async () => {
    await browser.storage.sync.set({
      settings: {
        version: 1,
        highlightStyle: 'background',
        hoverDelayMs: 1200,
        disabledDictionaries: [BUNDLED.id],
      },
    });
    await mount();
    await click('#reset');
    expect(await storedSettings()).toMatchObject({
      highlightStyle: 'underline',
      hoverDelayMs: 300,
      disabledDictionaries: [],
    });
    expect($input('input[name="highlightStyle"][value="underline"]').checked).toBe(true);
    expect(status()).toBe('Settings are back to their defaults.');
  });

  test('follows changes made elsewhere (popup, another tab)', async () => {
    await mount();
    await browser.storage.sync.set({ settings: { version: 1, highlightStyle: 'background' } });
    await settle();
    expect($input('input[name="highlightStyle"][value="background"]').checked).toBe(true);
  });

  test('teardown removes every storage listener', async () => {
    await mount();
    expect(browser.listenerCount()).toBeGreaterThan(0);
    teardown();
    expect(browser.listenerCount()).toBe(0);
    teardown = () => undefined;
  });
});

describe('keyboard shortcuts', () => {
  test('shows each command with its shortcut, or that it has none', async () => {
    await mount();
    const terms = [...document.querySelectorAll('#shortcuts dt')].map((e) => e.textContent);
    const values = [...document.querySelectorAll('#shortcuts dd')].map((e) => e.textContent);
    expect(terms).toEqual([
      'Open the Backstory panel',
      'Go to the next name on the page',
      'Go to the previous name on the page',
    ]);
    expect(values).toEqual(['Not set', 'Alt+Shift+Period', 'Not set']);
  });

  test('opens the browser shortcut page where it may', async () => {
    await mount();
    await click('#open-shortcuts');
    expect(openedShortcuts).toBe(1);
  });

  test('explains the way where it may not (Firefox)', async () => {
    await mount({ shortcuts: { page: 'about:addons' } });
    expect($('#open-shortcuts').hidden).toBe(true);
    expect($('#shortcuts-howto').textContent).toContain('about:addons');
  });
});

describe('dictionaries', () => {
  test('the bundled one is listed first and cannot be removed', async () => {
    await mount();
    expect(rowIds()).toEqual([BUNDLED.id]);
    expect(
      document.querySelector(`#dictionaries li[data-id="${BUNDLED.id}"] [data-action="remove"]`),
    ).toBeNull();
  });

  test('imports a valid file after the earlier ones and says so', async () => {
    await mount();
    await importFile('harbour-deal.json');
    await importFile('harbour-deal-second.json');
    expect(rowIds()).toEqual([BUNDLED.id, 'harbour-deal', 'harbour-deal-v2']);
    expect(status()).toBe('Imported “Harbour deal, second edition (test fixture)” with 1 entities.');
    expect(Object.keys(await browser.storage.local.get(null))).toContain('dictionary:harbour-deal');
  });

  test('a broken file is refused with its problems and paths, and nothing stored changes', async () => {
    await mount();
    await importFile('harbour-deal.json');
    const before = await browser.storage.local.get(null);
    await importFile('bad-stop-word-alias.json');
    const error = $('#import-error');
    expect(error.textContent).toContain(
      '“bad-stop-word-alias.json” was not imported, and nothing was changed:',
    );
    expect(error.querySelector('code')?.textContent).toBe('$.entities[1].aliases[1].text');
    expect(error.textContent).toContain(
      'alias "the" is an English stop word and would match almost anywhere',
    );
    expect(await browser.storage.local.get(null)).toEqual(before);
    expect(rowIds()).toEqual([BUNDLED.id, 'harbour-deal']);
  });

  test('a file that is not JSON is refused', async () => {
    await mount();
    await importFile('bad-not-json.json');
    expect($('#import-error').textContent).toContain('the file is not valid JSON');
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  test('an installed id asks before replacing; cancel keeps the old one', async () => {
    await mount();
    await importFile('harbour-deal.json');
    const changed = JSON.parse(fixtureText('harbour-deal.json'));
    changed.name = 'Harbour deal, corrected';
    await importFile('corrected.json', JSON.stringify(changed));
    expect($('#import-confirm').hidden).toBe(false);
    expect($('#import-confirm-text').textContent).toContain('“harbour-deal”');
    await click('#import-cancel');
    expect($('#import-confirm').hidden).toBe(true);
    expect($('#dictionaries li[data-id="harbour-deal"] .name').textContent).toBe(
      'Harbour deal (test fixture)',
    );

    await importFile('corrected.json', JSON.stringify(changed));
    await click('#import-replace');
    expect($('#dictionaries li[data-id="harbour-deal"] .name').textContent).toBe('Harbour deal, corrected');
    expect(status()).toBe('Replaced “Harbour deal, corrected” (3 entities).');
  });

  test('the id of the bundled dictionary is refused', async () => {
    await mount();
    const clash = JSON.parse(fixtureText('harbour-deal.json'));
    clash.id = BUNDLED.id;
    await importFile('clash.json', JSON.stringify(clash));
    expect($('#import-error').textContent).toContain(`“${BUNDLED.id}” is the id of the bundled dictionary`);
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  test('a full storage is reported and nothing changes', async () => {
    await mount();
    browser.storage.local.quotaBytes = 1000;
    await importFile('harbour-deal.json');
    expect($('#import-error').textContent).toContain(
      'The browser has no room left to store this dictionary.',
    );
    expect(await browser.storage.local.get(null)).toEqual({});
    expect(rowIds()).toEqual([BUNDLED.id]);
  });

  test('enable, disable, export and remove', async () => {
    await mount();
    await importFile('harbour-deal.json');
    await choose($input(`#dictionaries input[data-id="${BUNDLED.id}"]`), false);
    expect((await storedSettings()).disabledDictionaries).toEqual([BUNDLED.id]);
    await choose($input(`#dictionaries input[data-id="${BUNDLED.id}"]`), true);
    expect((await storedSettings()).disabledDictionaries).toEqual([]);

    await click('#dictionaries button[data-action="export"][data-id="harbour-deal"]');
    expect(downloads.map((d) => d.filename)).toEqual(['harbour-deal.json']);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => {
        resolve(typeof reader.result === 'string' ? reader.result : '');
      };
      reader.readAsText(downloads[0]?.blob as Blob);
    });
    expect(JSON.parse(text)).toEqual(JSON.parse(fixtureText('harbour-deal.json')));

    await click('#dictionaries button[data-action="remove"][data-id="harbour-deal"]');
    expect(rowIds()).toEqual([BUNDLED.id]);
    expect(await browser.storage.local.get('dictionary:harbour-deal')).toEqual({});
    expect(status()).toBe('Removed “Harbour deal (test fixture)”.');
  });
});
