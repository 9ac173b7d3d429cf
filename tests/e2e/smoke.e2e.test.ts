/**
 * Smoke tests in both browsers with the built extension: the background
 * answers a typed message, the content script runs on a fixture page (paints
 * its mentions, reports to the background), the popup opens and renders, and nothing the
 * browser did left the machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { assertOnlyLoopback, BROWSERS, pollFor, ROOT } from './harness';
import { useBrowser } from './harness/vitest';

const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as {
  version: string;
};

describe.each(BROWSERS)('%s with Backstory', (name) => {
  const fixture = useBrowser(name);

  test('the background answers a typed message from an extension page', async () => {
    expect(await fixture.session.callBackground('ping', {})).toEqual({ result: { version } });
  });

  test('the background refuses a message of unknown type', async () => {
    const reply = await fixture.session.callBackground('noSuchMessage' as 'ping', {});
    expect(reply).toEqual({ error: 'Unknown message type "noSuchMessage".' });
  });

  test('the content script runs on a fixture page and reports it to the background', async () => {
    const url = fixture.server.url('/article.html');
    const { tabId } = await fixture.session.openTab(url);
    let lastReply: unknown;
    const state = await pollFor(
      async () => {
        const reply = await fixture.session.callBackground('getTabState', { tabId });
        lastReply = reply;
        return 'result' in reply && reply.result !== null ? reply.result : undefined;
      },
      10_000,
      `the background to know tab ${tabId}`,
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}; its last answer: ${JSON.stringify(lastReply)}`);
    });
    expect(state).toMatchObject({ tabId, url });
  });

  test('the content script paints the mentions of the fixture page', async () => {
    const page = await fixture.session.openPage(fixture.server.url('/article.html'));
    // The highlight registry is the document's, so the page's own world sees what the content script painted.
    await page.waitForFunction(() => CSS.highlights.has('backstory-person'), { timeout: 10_000 });
    expect(
      await page.evaluate(() => [...CSS.highlights.keys()].every((n) => n.startsWith('backstory-'))),
    ).toBe(true);
  });

  test('the popup opens for a tab and renders', async () => {
    const { tabId } = await fixture.session.openTab(fixture.server.url('/article.html'));
    const popup = await fixture.session.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForFunction(() => document.body.innerText.trim().length > 0, { timeout: 10_000 });
    const box = await popup.evaluate(() => {
      const rect = document.body.getBoundingClientRect();
      return { width: rect.width, height: rect.height };
    });
    expect(box.width).toBeGreaterThan(0);
    expect(box.height).toBeGreaterThan(0);
  });

  test('no extension page threw an uncaught error', () => {
    const extensionErrors = fixture.session.pageErrors.filter((e) =>
      e.url.startsWith(fixture.session.extensionBaseUrl),
    );
    expect(extensionErrors).toEqual([]);
  });

  test('no request went to a host other than loopback', () => {
    expect(fixture.server.served).toContain('/article.html');
    expect(() => {
      assertOnlyLoopback(fixture.session.proxy.requests, name);
    }).not.toThrow();
  });
});
