/**
 * Frames and the back-forward cache, in both browsers. Backstory annotates
 * the top frame only (the manifest's content script has no `all_frames`):
 * names in same-origin and cross-origin frames are not painted, and the page
 * around them is. A page restored from the back-forward cache keeps its
 * highlights, without a second copy of the content script painting them again.
 */
import type { Frame } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, pollFor, startStaticServer, type StaticServer } from './harness';
import { useBrowser } from './harness/vitest';
import { articleDecision } from './article-progress';
import { ErrorLog, watchPageErrors } from './real/capture';
import { hoverOpensCard, paintedRanges, problemsOf, waitForPainted } from './real/health';
import { boxOf } from './tooltip-helpers';

describe.each(BROWSERS)('%s: frames and the back-forward cache', (name) => {
  const fixture = useBrowser(name);
  const errors = new ErrorLog();
  let other: StaticServer | undefined;
  beforeAll(async () => {
    other = await startStaticServer();
  });
  afterAll(async () => {
    await other?.close();
  });

  test('names inside same-origin and cross-origin frames are not painted; the top frame is', async () => {
    if (other === undefined) throw new Error('The second server did not start.');
    errors.current = 'frames';
    const { page, tabId } = await fixture.session.openTab(fixture.server.url('/hostile/frame.html'));
    watchPageErrors(page, fixture.session.extensionBaseUrl, errors);
    const url = `${fixture.server.url('/hostile/frames.html')}?cross=${encodeURIComponent(other.origin)}`;
    await page.goto(url, { waitUntil: 'load' });
    await waitForPainted(page, ['Vladimir Putin', 'Dushanbe']);
    const frames = await pollFor(
      async () => {
        const loaded: Frame[] = [];
        for (const frame of page.frames()) {
          if (frame === page.mainFrame()) continue;
          const text = (await frame.evaluate('document.body?.textContent ?? ""')) as string;
          if (text.includes('Inside a frame')) loaded.push(frame);
        }
        return loaded.length === 2 ? loaded : undefined;
      },
      10_000,
      'both frames to load',
    );
    expect(frames.map((frame) => new URL(frame.url()).origin).sort()).toEqual(
      [fixture.server.origin, other.origin].sort(),
    );
    // What would paint a frame is a copy of the content script run there. Copies are injected at
    // document_idle, and a page's load waits for its frames' loads, so a copy in a frame would have
    // started with the top frame's; each ends its scan with a report. Wait for the top frame's report
    // of this page (and for both frames to be complete) rather than for a fixed time.
    await pollFor(
      async () => {
        const reply = await fixture.session.callBackground('getTabState', { tabId });
        const state = 'result' in reply ? reply.result : null;
        return state?.url === url && state.findings !== null ? true : undefined;
      },
      15_000,
      "Backstory's report of the page with frames",
    );
    for (const frame of frames) {
      await pollFor(
        async () => ((await frame.evaluate('document.readyState')) === 'complete' ? true : undefined),
        10_000,
        `${frame.url()} to be complete`,
      );
      expect(await frame.evaluate('CSS.highlights.size')).toBe(0);
    }
    expect(await problemsOf(page)).toEqual([]);
    expect(await hoverOpensCard(page, await boxOf(page, 'Vladimir Putin'))).toBe(true);
    expect(errors.of('frames')).toEqual([]);
    await page.close();
  });

  test('a page restored from the back-forward cache keeps its highlights, painted once', async () => {
    errors.current = 'bfcache';
    // The fixture server says no-store, which keeps a page out of the cache.
    fixture.server.setHeaders('/hostile/bfcache.html', { 'cache-control': 'max-age=0' });
    fixture.server.setRoute('/hostile/blank', (_req, res) => {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><title>blank</title>');
    });
    // A tab of the extension's making (its id answers the content script's messages), blank until watched.
    const { page, tabId } = await fixture.session.openTab(fixture.server.url('/hostile/blank'));
    watchPageErrors(page, fixture.session.extensionBaseUrl, errors);
    await page.goto(fixture.server.url('/hostile/bfcache.html'), { waitUntil: 'load' });
    const before = await waitForPainted(page, ['Vladimir Putin', 'Dushanbe', 'Tajikistan']);
    // The content script's last work on load is the article layer's decision: leave once it is made.
    const decided = await articleDecision(fixture.session, tabId);
    await page.goto(fixture.server.url('/article.html'), { waitUntil: 'load' });
    // Not page.goBack: Firefox's BiDi never reports a load for a page the cache restores.
    await page.evaluate('history.back()');
    await pollFor(
      async () => ((await page.evaluate('window.restored')) === 1 ? true : undefined),
      5000,
      'the page to be restored from the back-forward cache',
    );
    await waitForPainted(page, ['Vladimir Putin', 'Dushanbe', 'Tajikistan']);
    // The restored page's content script answers a message (it has run what was queued before it), then
    // two frames pass: anything it would paint again is painted by then.
    expect(await articleDecision(fixture.session, tabId)).toBe(decided);
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
    const after = await paintedRanges(page);
    expect(after.map((range) => range.text).sort()).toEqual(before.map((range) => range.text).sort());
    expect(await problemsOf(page)).toEqual([]);
    expect(await hoverOpensCard(page, await boxOf(page, 'Vladimir Putin'))).toBe(true);
    expect(errors.of('bfcache')).toEqual([]);
    await page.close();
  });
});
