/**
 * The article's own names, in both browsers with the built extension: a news
 * article whose people are in no dictionary gets them painted (drawn in the
 * background), with their card quoting the article; a page that is not an
 * article gets no extraction; the setting and the site switch turn it off;
 * nothing leaves. The negative tests wait for the page's article layer to say
 * it has decided (getArticleProgress), then check that nothing was drawn.
 */
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, test } from 'vitest';
import { assertOnlyLoopback, BROWSERS, pollFor } from './harness';
import { useBrowser } from './harness/vitest';
import { articleDecision } from './article-progress';
import { boxOf, cardText, hover, isCardAt, waitForCard } from './tooltip-helpers';

type Message = { runtime: { sendMessage: (m: unknown) => Promise<unknown> } };

/** Merges `change` into the stored settings, from an extension page. */
function changeSettings(page: Page, change: Record<string, unknown>): Promise<void> {
  return page.evaluate(async (c) => {
    type Sync = {
      storage: {
        sync: { get: (k: string) => Promise<Record<string, object>>; set: (v: object) => Promise<void> };
      };
    };
    const g = globalThis as unknown as { browser?: Sync; chrome?: Sync };
    const api = g.browser ?? g.chrome;
    if (api === undefined) throw new Error('No extension API on this page.');
    const stored = (await api.storage.sync.get('settings')).settings ?? {};
    await api.storage.sync.set({ settings: { ...stored, ...c } });
  }, change);
}

/** Whether storage.session holds an article for tab `tabId` (the background drew one). */
function hasArticle(page: Page, tabId: number): Promise<boolean> {
  return page.evaluate(async (id) => {
    type Session = { storage: { session: { get: (k: string) => Promise<Record<string, unknown>> } } };
    const g = globalThis as unknown as { browser?: Session; chrome?: Session };
    const api = g.browser ?? g.chrome;
    if (api === undefined) throw new Error('No extension API on this page.');
    return (await api.storage.session.get(`article:${id}`))[`article:${id}`] !== undefined;
  }, tabId);
}

/** Ids of the article's own entities the tab reports. */
async function articleEntities(tabId: number, sendFrom: Page): Promise<string[]> {
  const reply = (await sendFrom.evaluate(async (id) => {
    const g = globalThis as unknown as { browser?: Message; chrome?: Message };
    const api = g.browser ?? g.chrome;
    return api?.runtime.sendMessage({ backstory: 1, type: 'getTabState', params: { tabId: id } });
  }, tabId)) as { result?: { findings?: { entities: { dictionaryId: string; entityId: string }[] } | null } };
  return (reply.result?.findings?.entities ?? [])
    .filter((e) => e.dictionaryId === 'article')
    .map((e) => e.entityId);
}

describe.each(BROWSERS)('%s: the article’s own names', (name) => {
  const fixture = useBrowser(name);
  let ext: Page | null = null;
  const extPage = async (): Promise<Page> =>
    (ext ??= await fixture.session.openExtensionPage('options.html'));
  const setSettings = async (change: Record<string, unknown>): Promise<void> => {
    await changeSettings(await extPage(), change);
  };
  const personPainted = (page: Page): Promise<number> =>
    page.evaluate(() => CSS.highlights.get('backstory-person')?.size ?? 0);
  const articleKeyOf = async (tabId: number): Promise<boolean> => hasArticle(await extPage(), tabId);

  afterEach(async () => {
    await setSettings({ articleNames: true, paused: false, disabledSites: [] });
  });

  test('a news article whose people are in no dictionary gets them painted, and a card that quotes the article', async () => {
    const started = Date.now();
    const { page, tabId } = await fixture.session.openTab(fixture.server.url('/article/news.html'));
    const ids = await pollFor(
      async () => {
        const found = await articleEntities(tabId, await extPage());
        return found.includes('article-ingrid-solberg') ? found : undefined;
      },
      15_000,
      'the article’s names to be reported',
    );
    console.log(`[article-names] ${name}: load to names reported ${Date.now() - started} ms`);
    expect(ids).toEqual(expect.arrayContaining(['article-ingrid-solberg', 'article-tomas-brekke']));
    // Solberg and Brekke, full names and surnames: six mentions of people, none of them in a dictionary.
    expect(await personPainted(page)).toBeGreaterThanOrEqual(5);
    await page.bringToFront();
    const box = await boxOf(page, 'Ingrid Solberg');
    await hover(page, box);
    await waitForCard(page, box, 'the card of Ingrid Solberg');
    const text = await cardText(page, name);
    expect(text).toContain('Ingrid Solberg');
    expect(text).toContain('In this article');
    expect(text).toContain('Dock workers in Valdmark stayed off the quays');
    expect(text).toContain('Harbour Gazette, 2026-03-02');
  });

  test('a page that is not an article gets no extraction', async () => {
    const { page, tabId } = await fixture.session.openTab(fixture.server.url('/article/not-article.html'));
    // The dictionary's names on it are painted: the first scan is done.
    await pollFor(async () => ((await personPainted(page)) > 0 ? true : undefined), 10_000, 'Putin painted');
    expect(await articleDecision(fixture.session, tabId)).toBe('not-article');
    expect(await articleKeyOf(tabId)).toBe(false);
    expect(await articleEntities(tabId, await extPage())).toEqual([]);
    const box = await boxOf(page, 'Ingrid Solberg');
    await hover(page, box);
    expect(await isCardAt(page, box.left + 20, box.bottom + 26)).toBe(false);
  });

  test('the setting turns it off, and on again', async () => {
    await setSettings({ articleNames: false });
    const { page, tabId } = await fixture.session.openTab(fixture.server.url('/article/news.html'));
    expect(await articleDecision(fixture.session, tabId)).toBe('off');
    expect(await articleKeyOf(tabId)).toBe(false);
    expect(await personPainted(page)).toBe(0);
    await setSettings({ articleNames: true });
    await pollFor(async () => ((await personPainted(page)) >= 5 ? true : undefined), 15_000, 'names painted');
  });

  test('the site switch turns it off', async () => {
    const { page } = await fixture.session.openTab(fixture.server.url('/article/news.html'));
    await pollFor(async () => ((await personPainted(page)) >= 5 ? true : undefined), 15_000, 'names painted');
    expect(
      await fixture.session.callBackground('setSiteEnabled', { host: '127.0.0.1', enabled: false }),
    ).toHaveProperty('result');
    await pollFor(async () => ((await personPainted(page)) === 0 ? true : undefined), 5000, 'names gone');
    const second = await fixture.session.openTab(fixture.server.url('/article/news.html?again'));
    expect(await articleDecision(fixture.session, second.tabId)).toBe('off');
    expect(await articleKeyOf(second.tabId)).toBe(false);
    expect(await personPainted(second.page)).toBe(0);
  });

  test('no request went to a host other than loopback', () => {
    expect(fixture.server.served).toContain('/article/news.html');
    expect(() => {
      assertOnlyLoopback(fixture.session.proxy.requests, name);
    }).not.toThrow();
  });
});
