/**
 * The popup in real Chromium and Firefox with the built extension, on the
 * demo page (the seed article laid out as a news page), through its
 * full-page address `popup.html?tab=<id>`: the counts match what the
 * background knows and the page paints, a summary and the dossier show,
 * turning the site off removes the highlights and clears the badge, and in
 * Chromium the popup still shows the tab's state after the service worker
 * was stopped.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import type { TabState } from '../../src/shared/messages';
import { BROWSERS, pollFor, type ChromiumSession } from './harness';
import { ROOT } from './harness/server';
import { useBrowser } from './harness/vitest';

// Images the live page never loads (a noscript image behind a placeholder, a lazy image's real
// source) that Readability turns into plain <img src>: a fetch of one would mean it ran on a live document.
const PLACEHOLDER = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
const PROBES =
  `<figure><img src="${PLACEHOLDER}" alt=""><noscript><img src="/probe/noscript.png" alt="The border post"></noscript></figure>` +
  `<figure><img src="${PLACEHOLDER}" data-src="/probe/lazy.png" alt="Dushanbe"></figure>`;

/** Ranges painted on the page, over all of Backstory's highlights. */
function paintedRanges(page: Page): Promise<number> {
  return page.evaluate(() => {
    let total = 0;
    for (const highlight of CSS.highlights.values()) total += highlight.size;
    return total;
  });
}

/** The tab's badge text, read through the extension API of an extension page. */
function badgeText(extensionPage: Page, tabId: number): Promise<string> {
  return extensionPage.evaluate(async (id) => {
    type Action = { action: { getBadgeText: (d: { tabId: number }) => Promise<string> } };
    const g = globalThis as unknown as { browser?: Action; chrome?: Action };
    const api = g.browser ?? g.chrome;
    if (api === undefined) throw new Error('No extension API on this page.');
    return api.action.getBadgeText({ tabId: id });
  }, tabId);
}

const textOf = (page: Page, selector: string): Promise<string> =>
  page.$eval(selector, (e) => e.textContent.replace(/\s+/g, ' ').trim());

/** Waits until the popup has drawn the tab's entities and its summary. */
async function openPopupFor(open: (path: string) => Promise<Page>, tabId: number): Promise<Page> {
  const popup = await open(`popup.html?tab=${tabId}`);
  await popup.waitForSelector('.found-summary', { timeout: 10_000 });
  await popup.waitForFunction(
    () => document.querySelector('#summary-body')?.closest('section')?.ariaBusy === null,
    {
      timeout: 15_000,
    },
  );
  return popup;
}

describe.each(BROWSERS)('%s: the popup', (name) => {
  const fixture = useBrowser(name);

  test('shows the tab: counts, summary, dossier; survives a stopped worker; the site switch turns it off', async () => {
    const { session, server } = fixture;
    const { page, tabId } = await session.openTab(server.url('/demo/index.html'));
    const state = await pollFor(
      async () => {
        const reply = await session.callBackground('getTabState', { tabId });
        const result: TabState | null = 'result' in reply ? reply.result : null;
        // The demo page reads as an article: its findings are whole once its own names (drawn in the background) are in.
        return result?.findings?.entities.some((e) => e.dictionaryId === 'article') ? result : undefined;
      },
      15_000,
      'the demo page to report its findings, the article’s own names included',
    );
    const findings = state.findings;
    if (findings === null) throw new Error('unreachable: polled for findings');
    const entities = findings.entities.length;
    const mentions = findings.totalMentions;

    let popup = await openPopupFor(session.openExtensionPage, tabId);
    expect(await textOf(popup, '.found-summary')).toBe(`${mentions} mentions of ${entities} names`);
    expect(await paintedRanges(page)).toBe(mentions);
    expect(await popup.$$eval('.entity', (items) => items.length)).toBe(entities);
    const sentences = await popup.$$eval('.summary-sentences li', (items) =>
      items.map((li) => li.textContent),
    );
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    expect(sentences.length).toBeLessThanOrEqual(5);
    expect(sentences.some((s) => s.includes('Putin urged the SCO members'))).toBe(true);
    expect(await textOf(popup, '.story-title')).toBe('Russian Presence on Tajik Border');
    expect(await popup.$$eval('.story-points li', (items) => items.length)).toBeGreaterThanOrEqual(3);
    expect(await badgeText(popup, tabId)).toBe(String(entities));

    if (name === 'chromium') {
      await (session as ChromiumSession).stopServiceWorker();
      await popup.close();
      popup = await openPopupFor(session.openExtensionPage, tabId);
      expect(await textOf(popup, '.found-summary')).toBe(`${mentions} mentions of ${entities} names`);
    }

    // Choosing a mention far down the article scrolls the page to it.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await popup.click('[data-entity] .entity-toggle');
    await popup.evaluate(() => {
      const mentions = document.querySelectorAll<HTMLButtonElement>('.entity-details:not([hidden]) .mention');
      mentions[mentions.length - 1]?.click();
    });
    await pollFor(
      async () => ((await page.evaluate(() => window.scrollY)) > 0 ? true : undefined),
      5_000,
      'the page to scroll to the chosen mention',
    );
    // The full-page view brought the article's tab forward; come back to the popup's.
    await popup.bringToFront();

    await popup.click('#site-toggle');
    await pollFor(
      async () => ((await paintedRanges(page)) === 0 ? true : undefined),
      10_000,
      'the highlights to go',
    );
    await pollFor(
      async () => ((await badgeText(popup, tabId)) === '' ? true : undefined),
      10_000,
      'the badge to clear',
    );
    await popup.waitForFunction(
      () =>
        document.querySelector('#entities-body .notice')?.textContent.includes('off on this site') === true,
      { timeout: 5_000 },
    );
    expect(await popup.$eval('#site-toggle', (e) => (e as HTMLInputElement).checked)).toBe(false);
    expect(session.pageErrors).toEqual([]);
  });

  test('extracts the article from an inert copy: nothing the page did not load is fetched', async () => {
    const { session, server } = fixture;
    const demo = fs.readFileSync(path.join(ROOT, 'assets/demo/index.html'), 'utf8');
    server.setRoute('/demo/probe.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(demo.replace('<div class="article-body">', `<div class="article-body">${PROBES}`));
    });
    // The test before may have turned the fixture site off.
    await session.callBackground('setSiteEnabled', { host: new URL(server.origin).hostname, enabled: true });
    const { tabId } = await session.openTab(server.url('/demo/probe.html'));
    await pollFor(
      async () => {
        const reply = await session.callBackground('getTabState', { tabId });
        return 'result' in reply && reply.result?.findings ? true : undefined;
      },
      15_000,
      'the probe page to report its findings',
    );
    const popup = await openPopupFor(session.openExtensionPage, tabId);
    expect(await popup.$$eval('.summary-sentences li', (items) => items.length)).toBeGreaterThanOrEqual(3);
    expect(server.served.filter((p) => p.startsWith('/probe/'))).toEqual([]);
    // The control: an image the popup does load reaches the server, so the check above can fail.
    await popup.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode().catch(() => undefined);
    }, server.url('/probe/control.png'));
    expect(server.served.filter((p) => p.startsWith('/probe/'))).toEqual(['/probe/control.png']);
    expect(session.pageErrors).toEqual([]);
  });
});
