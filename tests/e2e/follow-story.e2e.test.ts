/**
 * "Follow a story", in both browsers with the built extension: "Keep these
 * names" in the popup on an article, then a second article naming the same
 * person paints her, with the kept article's sentence on her card; a stopped
 * service worker (Chromium), a reloaded extension (Firefox) or a restarted
 * browser (Chromium) loses nothing; the options page renames, merges, exports
 * and imports the story back equal.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import type { Dictionary } from '../../src/core/dictionary/types';
import type { TabState } from '../../src/shared/messages';
import {
  assertOnlyLoopback,
  BROWSERS,
  launchChromium,
  pollFor,
  startStaticServer,
  type BrowserSession,
  type ChromiumSession,
} from './harness';
import { useBrowser } from './harness/vitest';
import { boxOf, cardText, hover, waitForCard } from './tooltip-helpers';

type Local = { storage: { local: { get: (k: string | null) => Promise<Record<string, unknown>> } } };

/** The reader's stories in storage.local, read from an extension page. */
function storedStories(page: Page): Promise<Dictionary[]> {
  return page.evaluate(async () => {
    const g = globalThis as unknown as { browser?: Local; chrome?: Local };
    const api = g.browser ?? g.chrome;
    if (api === undefined) throw new Error('No extension API on this page.');
    const all = await api.storage.local.get(null);
    return Object.entries(all)
      .filter(([k, v]) => k.startsWith('dictionary:') && (v as { kept?: unknown }).kept !== undefined)
      .map(([, v]) => v as Dictionary);
  });
}

/** Mentions of `entityId` of dictionary `dictionaryId` the tab reports. */
async function reported(session: BrowserSession, tabId: number, dictionaryId: string, entityId: string) {
  const reply = await session.callBackground('getTabState', { tabId });
  const state: TabState | null = 'result' in reply ? reply.result : null;
  const found = state?.findings?.entities.find(
    (e) => e.dictionaryId === dictionaryId && e.entityId === entityId,
  );
  return found === undefined ? undefined : found.count;
}

/** Opens the popup's full view of a tab, chooses `story` (by its value; '' for a new one) and keeps the names. */
async function keepFrom(session: BrowserSession, tabId: number, story: string): Promise<string> {
  const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.waitForSelector('#keep:not([hidden]) .keep-button', { timeout: 15_000 });
  await popup.select('#keep-story', story);
  await popup.click('#keep .keep-button');
  const status = await popup.waitForFunction(
    () => {
      const said = document.querySelector('#keep [role="status"]')?.textContent ?? '';
      const alert = document.querySelector('#keep [role="alert"]')?.textContent ?? '';
      return said.startsWith('Kept') ? said : alert !== '' ? alert : false;
    },
    { timeout: 15_000 },
  );
  const text = (await status.jsonValue()) as string;
  await popup.close();
  return text;
}

/** Waits until the background has drawn the article names of tab `tabId` at `url`: "Keep these names" keeps those. */
const articleDrawn = (session: BrowserSession, tabId: number, url: string): Promise<true> =>
  pollFor(
    async () => {
      const reply = await session.callBackground('getArticle', { tabId, url });
      return 'result' in reply && reply.result !== null ? true : undefined;
    },
    15_000,
    'the article’s names',
  );

describe.each(BROWSERS)('%s: follow a story', (name) => {
  const fixture = useBrowser(name);

  test('keep, then a second article: painted with the kept sentence; a stopped background loses nothing; options edit, export and import it', async () => {
    const { session, server } = fixture;
    const first = await session.openTab(server.url('/article/news.html'));
    await articleDrawn(session, first.tabId, server.url('/article/news.html'));
    expect(await keepFrom(session, first.tabId, '')).toMatch(
      /^Kept in “Harbour strike enters its second week/u,
    );
    const ext = await session.openExtensionPage('options.html');
    const [story] = await storedStories(ext);
    if (story === undefined) throw new Error('nothing was kept');
    expect(story.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Ingrid Solberg', 'Tomas Brekke']),
    );
    const solberg = story.entities.find((e) => e.name === 'Ingrid Solberg')?.id ?? '';

    // The first page paints the story once the background has built it: everything has settled.
    await pollFor(
      () => reported(session, first.tabId, story.id, solberg),
      15_000,
      'the story painted on its own page',
    );
    // Nothing kept lives in the background: stopped (Chromium) or reloaded whole (Firefox), it all comes back.
    if (name === 'chromium') {
      await (session as ChromiumSession).stopServiceWorker();
    } else {
      // Firefox's event page cannot be stopped from outside: the whole extension is reloaded instead, which
      // closes its pages and starts the background afresh (storage.local stays, as after a restart).
      await ext.evaluate(() => {
        (globalThis as unknown as { browser: { runtime: { reload: () => void } } }).browser.runtime.reload();
      });
      await pollFor(
        async () => {
          const pages = await session.browser.pages();
          return pages.some((p) => p.url().startsWith(session.extensionBaseUrl)) ? undefined : true;
        },
        10_000,
        'the extension’s pages to close with the reload',
      );
      await pollFor(
        async () => ('result' in (await session.callBackground('ping', {})) ? true : undefined),
        10_000,
        'the background back',
      );
    }

    const second = await session.openTab(server.url('/story/second.html'));
    await pollFor(
      () => reported(session, second.tabId, story.id, solberg),
      15_000,
      'Solberg painted from the story',
    );
    await second.page.bringToFront();
    const box = await boxOf(second.page, 'Ingrid Solberg');
    await hover(second.page, box);
    await waitForCard(second.page, box, 'the card of Ingrid Solberg');
    // The card is in a closed shadow root: read through Chromium's accessibility tree or Firefox's BiDi.
    const text = await cardText(second.page, name);
    expect(text).toContain('In the story you follow');
    expect(text).toContain('Dock workers in Valdmark stayed off the quays');
    expect(text).toContain('Harbour strike enters its second week · Harbour Gazette · 2026-03-02');

    // A page that is no article and names only her: the story gate lets a reader's story speak on one person.
    const directory = await session.openTab(server.url('/story/directory.html'));
    expect(
      await pollFor(
        () => reported(session, directory.tabId, story.id, solberg),
        15_000,
        'the story on a contacts page',
      ),
    ).toBe(1);

    // The second article into the same story: merged by name, its sentence added, newest first.
    await articleDrawn(session, second.tabId, server.url('/story/second.html'));
    expect(await keepFrom(session, second.tabId, story.id)).toMatch(/articles kept: 2\)\.$/u);
    const options = await session.openExtensionPage('options.html');
    const [followed] = await storedStories(options);
    expect(followed?.kept?.map((k) => k.title)).toEqual([
      'Harbour strike enters its second week',
      'Ferry crossings return to the southern terminal',
    ]);
    expect(followed?.entities.filter((e) => e.name === 'Ingrid Solberg')).toHaveLength(1);

    // Options: rename, merge Brekke into Solberg, export, delete, import the file: equal.
    await options.waitForSelector(`#stories li[data-id="${story.id}"]`);
    await options.$eval('#stories [data-role="name"]', (input) => {
      (input as HTMLInputElement).value = 'Valdmark strike';
    });
    await options.click('#stories [data-action="rename"]');
    await pollFor(
      async () => ((await storedStories(options))[0]?.name === 'Valdmark strike' ? true : undefined),
      5000,
      'the rename stored',
    );
    const brekke = followed?.entities.find((e) => e.name === 'Tomas Brekke')?.id ?? '';
    await options.select(`#stories [data-entity="${brekke}"] [data-role="merge-into"]`, solberg);
    await options.click(`#stories [data-entity="${brekke}"] [data-action="merge"]`);
    const merged = await pollFor(
      async () => (await storedStories(options)).find((s) => !s.entities.some((e) => e.id === brekke)),
      5000,
      'the merge stored',
    );
    expect(merged.entities.find((e) => e.id === solberg)?.aliases.map((a) => a.text)).toContain(
      'Tomas Brekke',
    );
    // The export's file, caught before the browser saves it.
    const exported = await options.evaluate(async () => {
      let blob: Blob | undefined;
      URL.createObjectURL = (b: Blob | MediaSource) => {
        blob = b as Blob;
        return 'blob:caught';
      };
      HTMLAnchorElement.prototype.click = () => undefined;
      document.querySelector<HTMLButtonElement>('#stories [data-action="export"]')?.click();
      return blob === undefined ? '' : blob.text();
    });
    expect(JSON.parse(exported)).toEqual(merged);
    await options.click('#stories [data-action="delete"]');
    await pollFor(
      async () => ((await storedStories(options)).length === 0 ? true : undefined),
      5000,
      'the story deleted',
    );
    await options.evaluate((text) => {
      const input = document.querySelector<HTMLInputElement>('#import-file');
      if (input === null) throw new Error('no #import-file');
      const files = new DataTransfer();
      files.items.add(new File([text], 'story.json', { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, exported);
    const imported = await pollFor(async () => (await storedStories(options))[0], 5000, 'the story imported');
    expect(imported).toEqual(merged);
  });

  test('no request went to a host other than loopback', () => {
    expect(fixture.server.served).toContain('/story/second.html');
    expect(() => {
      assertOnlyLoopback(fixture.session.proxy.requests, name);
    }).not.toThrow();
  });
});

// Chromium only: Firefox runs the extension as a temporary add-on, which a browser restart removes by design.
describe('chromium: follow a story across a browser restart', () => {
  test('a story kept before the browser closed is in storage and paints after it starts again', async () => {
    const server = await startStaticServer();
    let session: ChromiumSession | undefined;
    try {
      session = await launchChromium();
      const before = session;
      const first = await before.openTab(server.url('/article/news.html'));
      await articleDrawn(before, first.tabId, server.url('/article/news.html'));
      expect(await keepFrom(before, first.tabId, '')).toMatch(/^Kept in/u);
      const [story] = await storedStories(await before.openExtensionPage('options.html'));
      if (story === undefined) throw new Error('nothing was kept');
      const solberg = story.entities.find((e) => e.name === 'Ingrid Solberg')?.id ?? '';

      session = await before.restart();
      const after = session;
      expect(before.browser.connected).toBe(false);
      expect(after.extensionId).toBe(before.extensionId);
      expect(await storedStories(await after.openExtensionPage('options.html'))).toEqual([story]);
      const second = await after.openTab(server.url('/story/second.html'));
      await pollFor(
        () => reported(after, second.tabId, story.id, solberg),
        15_000,
        'Solberg painted from the story after the restart',
      );
      expect(server.served).toContain('/story/second.html');
      for (const [label, requests] of [
        ['chromium before the restart', before.proxy.requests],
        ['chromium after the restart', after.proxy.requests],
      ] as const) {
        expect(() => {
          assertOnlyLoopback(requests, label);
        }).not.toThrow();
      }
    } finally {
      await session?.close();
      await server.close();
    }
  }, 120_000);
});
