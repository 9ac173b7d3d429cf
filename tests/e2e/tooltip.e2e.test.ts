/**
 * The tooltip in real Chromium and Firefox with the built extension: hover
 * intent, hovering into the card, Escape, keyboard stepping, open shadow
 * roots, touch, and the button to the full view.
 */
import { describe, expect, test } from 'vitest';
import { BROWSERS, pollFor } from './harness';
import { useBrowser } from './harness/vitest';
import {
  boxOf,
  cardPoint,
  findRole,
  HOST,
  hover,
  isCardAt,
  openPainted,
  sleep,
  waitForCard,
} from './tooltip-helpers';
import type { Page } from 'puppeteer-core';

describe.each(BROWSERS)('%s: the tooltip', (name) => {
  const fixture = useBrowser(name);
  const open = async (file: string): Promise<Page> =>
    openPainted(await fixture.session.openPage(fixture.server.url(`/tooltip/${file}`)));

  test('sweeping the pointer across a paragraph shows nothing; resting on a mention shows its card', async () => {
    const page = await open('article.html');
    const line = await boxOf(page, 'The Shanghai Cooperation Organisation and the SCO members');
    const y = (line.top + line.bottom) / 2;
    // About 750 px a second, like a reader's sweep.
    for (let x = Math.max(1, line.left - 6); x <= line.right + 40; x += 12) {
      await page.mouse.move(x, y);
      await sleep(16);
    }
    await sleep(800);
    expect(await page.evaluate((s) => document.querySelector(s) === null, HOST)).toBe(true);

    const putin = await boxOf(page, 'Vladimir Putin');
    await hover(page, putin);
    const { x, y: cardY } = cardPoint(putin);
    expect(await isCardAt(page, x, cardY)).toBe(true);
    await page.close();
  });

  test('moving into the card keeps it open; leaving both closes it', async () => {
    const page = await open('article.html');
    const putin = await boxOf(page, 'Vladimir Putin');
    await hover(page, putin);
    const inside = cardPoint(putin, 30, 24);
    await page.mouse.move(inside.x, inside.y, { steps: 8 });
    await sleep(1000);
    expect(await isCardAt(page, inside.x, inside.y)).toBe(true);
    await page.mouse.move(900, 700, { steps: 4 });
    await sleep(700);
    expect(await isCardAt(page, inside.x, inside.y)).toBe(false);
    await page.close();
  });

  test('Escape closes it without the pointer moving, and the resting pointer does not reopen it', async () => {
    const page = await open('article.html');
    const putin = await boxOf(page, 'Vladimir Putin');
    await hover(page, putin);
    const { x, y } = cardPoint(putin);
    expect(await isCardAt(page, x, y)).toBe(true);
    await page.keyboard.press('Escape');
    await sleep(100);
    expect(await isCardAt(page, x, y)).toBe(false);
    await sleep(1000);
    expect(await isCardAt(page, x, y)).toBe(false);
    await page.close();
  });

  test('stepping (the keyboard commands’ message) goes from mention to mention and opens each card', async () => {
    const { page, tabId } = await fixture.session.openTab(fixture.server.url('/tooltip/article.html'));
    await openPainted(page);
    const sender = await fixture.session.openExtensionPage('options.html');
    const step = (direction: 1 | -1): Promise<unknown> =>
      sender.evaluate(
        async (id, d) => {
          const g = globalThis as unknown as {
            browser?: { tabs: { sendMessage: (...a: unknown[]) => Promise<unknown> } };
            chrome?: { tabs: { sendMessage: (...a: unknown[]) => Promise<unknown> } };
          };
          const api = g.browser ?? g.chrome;
          return api?.tabs.sendMessage(
            id,
            { backstory: 1, type: 'stepMention', params: { direction: d } },
            { frameId: 0 },
          );
        },
        tabId,
        direction,
      );
    await page.bringToFront();
    expect(await step(1)).toEqual({ result: true });
    const first = await boxOf(page, 'Vladimir Putin');
    await waitForCard(page, first, 'the first card');
    if (name === 'chromium') {
      await sleep(200);
      const tree = await page.accessibility.snapshot({ interestingOnly: false });
      expect(findRole(tree, 'status')?.text).toContain('Vladimir Putin, Person.');
    }
    expect(await step(1)).toEqual({ result: true });
    const second = await boxOf(page, 'Tajik');
    await waitForCard(page, second, 'the second card');
    expect(await step(-1)).toEqual({ result: true });
    await waitForCard(page, first, 'the first card again');
    await sender.close();
    await page.close();
  });

  test('a mention inside an open shadow root (a web component) gets its card', async () => {
    const page = await open('shadow.html');
    const putin = await page.evaluate(() => {
      const root = document.querySelector('news-card')?.shadowRoot;
      const text = root?.querySelector('p')?.firstChild as Text;
      const at = text.data.indexOf('Vladimir Putin');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 'Vladimir Putin'.length);
      const r = range.getClientRects()[0];
      return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
    });
    if (putin === null) throw new Error('no mention in the shadow root');
    await hover(page, putin);
    expect(await isCardAt(page, putin.left + 20, putin.bottom + 26)).toBe(true);
    await page.close();
  });

  test('the open button asks the background to open the entity in the popup’s full view', async () => {
    const { page, tabId } = await fixture.session.openTab(fixture.server.url('/tooltip/article.html'));
    await openPainted(page);
    const putin = await boxOf(page, 'Vladimir Putin');
    await hover(page, putin);
    // The button is the card's last line: find the card's bottom edge from the page.
    const x = Math.round(putin.left + 30);
    let bottom = Math.round(putin.bottom + 30);
    while (bottom < 890 && (await isCardAt(page, x, bottom + 4))) bottom += 4;
    await page.mouse.move(x, bottom - 14, { steps: 6 });
    await page.mouse.click(x, bottom - 14);
    // Firefox's BiDi targets do not show moz-extension:// addresses: ask each page where it is.
    const opened = await pollFor(
      async () => {
        for (const candidate of await fixture.session.browser.pages()) {
          const href = await candidate.evaluate(() => location.href).catch(() => '');
          if (href.includes('popup.html?') && href.includes('entity=vladimir-putin'))
            return { candidate, href };
        }
        return undefined;
      },
      5000,
      'the full view to open',
    );
    const query = new URL(opened.href).searchParams;
    expect(query.get('tab')).toBe(String(tabId));
    expect(query.get('entity')).toBe('vladimir-putin');
    expect(query.get('dictionary')).not.toBeNull();
    await opened.candidate.close();
    await page.close();
  });

  test('touch: a tap opens the card, a tap elsewhere closes it, a link still works', async () => {
    const page = await fixture.session.openPage('about:blank');
    await page.setViewport({ width: 1280, height: 900, hasTouch: true });
    await page.goto(fixture.server.url('/tooltip/shadow.html'));
    await openPainted(page);
    const dushanbe = await boxOf(page, 'Dushanbe');
    await page.touchscreen.tap((dushanbe.left + dushanbe.right) / 2, (dushanbe.top + dushanbe.bottom) / 2);
    await waitForCard(page, dushanbe, 'the card after a tap');
    await page.touchscreen.tap(900, 700);
    await sleep(100);
    expect(await isCardAt(page, dushanbe.left + 20, dushanbe.bottom + 26)).toBe(false);
    const linked = await boxOf(page, 'about Vladimir Putin');
    const navigation = page.waitForNavigation({ timeout: 5000 });
    await page.touchscreen.tap(linked.left + 60, (linked.top + linked.bottom) / 2);
    await navigation;
    expect(page.url()).toBe(fixture.server.url('/tooltip/article.html'));
    await page.close();
  });
});
