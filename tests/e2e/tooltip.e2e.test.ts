/**
 * The tooltip in real Chromium and Firefox with the built extension: hover
 * intent, hovering into the card, Escape, keyboard stepping, a strict CSP,
 * hostile page CSS, the accessibility tree (Chromium) and pixels (both).
 *
 * The card lives in a closed shadow root, so the page (and this test) sees
 * only its host: `elementFromPoint` over the card returns the host, and the
 * screenshot shows what is drawn there.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { BROWSERS, pollFor, ROOT } from './harness';
import { useBrowser } from './harness/vitest';
import { decodePng, type Pixels } from './tooltip-pixels';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const HOST = ':root > [data-backstory="off"]';
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The first box of the first occurrence of `text` in the page. */
function boxOf(page: Page, text: string): Promise<Box> {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const box = range.getClientRects()[0];
      if (box) return { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
    }
    throw new Error(`"${wanted}" is not on the page`);
  }, text);
}

/** Whether the tooltip's host is what the page sees at (x, y). */
function isCardAt(page: Page, x: number, y: number): Promise<boolean> {
  return page.evaluate(
    (px, py, selector) => document.elementFromPoint(px, py)?.matches(selector) ?? false,
    x,
    y,
    HOST,
  );
}

/** Where the card's top-left inner corner is when placed below `box` (bottom-start, 6 px away). */
function cardPoint(box: Box, dx = 20, dy = 20): { x: number; y: number } {
  return { x: Math.round(box.left + dx), y: Math.round(box.bottom + 6 + dy) };
}

/** Waits until the card shows below `box`. */
async function waitForCard(page: Page, box: Box, what: string): Promise<void> {
  const { x, y } = cardPoint(box);
  await pollFor(async () => ((await isCardAt(page, x, y)) ? true : undefined), 3000, what);
}

/** Waits until the painter has painted something (the highlight registry is the document's). */
async function openPainted(page: Page): Promise<Page> {
  await pollFor(
    () => page.evaluate(() => (CSS.highlights.size > 0 ? true : undefined)),
    10_000,
    'mentions to be painted',
  );
  return page;
}

async function hover(page: Page, box: Box): Promise<void> {
  await page.mouse.move((box.left + box.right) / 2, (box.top + box.bottom) / 2, { steps: 3 });
  await sleep(700);
}

async function screenshot(
  page: Page,
  clip: { x: number; y: number; width: number; height: number },
): Promise<Pixels> {
  const png = await page.screenshot({ clip, type: 'png' });
  return decodePng(new Uint8Array(png));
}

/** How many pixels of `pixels` are dark (text), by luminance. */
function darkPixels(pixels: Pixels): number {
  let count = 0;
  for (let y = 0; y < pixels.height; y += 1) {
    for (let x = 0; x < pixels.width; x += 1) {
      const [r, g, b] = pixels.at(x, y);
      if (0.2126 * r + 0.7152 * g + 0.0722 * b < 110) count += 1;
    }
  }
  return count;
}

interface AxNode {
  role?: string;
  name?: string;
  children?: AxNode[];
}

/** The first node of `role` in an accessibility snapshot, with all the text under it. */
function findRole(tree: AxNode | null, role: string): { text: string } | null {
  const text = (node: AxNode): string => [node.name ?? '', ...(node.children ?? []).map(text)].join(' ');
  const stack = tree ? [tree] : [];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.role === role) return { text: text(node) };
    stack.push(...(node.children ?? []).slice().reverse());
  }
  return null;
}

/** How many pixels differ between two screenshots of the same region. */
function changedPixels(a: Pixels, b: Pixels): number {
  let count = 0;
  for (let y = 0; y < a.height; y += 1) {
    for (let x = 0; x < a.width; x += 1) {
      if (a.at(x, y).some((c, i) => Math.abs(c - (b.at(x, y)[i] ?? 0)) > 24)) count += 1;
    }
  }
  return count;
}

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

  test('is shown and styled under a CSP of default-src none', async () => {
    fixture.server.setHeaders('/tooltip/csp.html', { 'Content-Security-Policy': "default-src 'none'" });
    const page = await open('csp.html');
    // The CSP is in force: the page's own inline style is blocked.
    expect(
      await page.evaluate(
        () => getComputedStyle(document.getElementById('inline-style') ?? document.body).color,
      ),
    ).not.toBe('rgb(255, 0, 0)');
    const putin = await boxOf(page, 'Vladimir Putin');
    const region = { x: Math.round(putin.left), y: Math.round(putin.bottom + 6), width: 240, height: 60 };
    const before = await screenshot(page, region);
    await hover(page, putin);
    const { x, y } = cardPoint(putin);
    expect(await isCardAt(page, x, y)).toBe(true);
    const after = await screenshot(page, region);
    // The card is drawn there: most pixels changed, and its text is at its own size.
    expect(changedPixels(before, after)).toBeGreaterThan((region.width * region.height) / 4);
    expect(darkPixels(after)).toBeGreaterThan(40);
    await page.close();
  });

  test('page CSS cannot hide or restyle it (display none !important, font-size 0, transformed body)', async () => {
    const page = await open('hostile.html');
    const putin = await boxOf(page, 'Vladimir Putin');
    await hover(page, putin);
    const { x, y } = cardPoint(putin);
    expect(await isCardAt(page, x, y)).toBe(true);
    const pixels = await screenshot(page, {
      x: Math.round(putin.left),
      y: Math.round(putin.bottom + 6),
      width: 240,
      height: 60,
    });
    // The card's own white background over the page's magenta, and its text at its own size.
    const [r, g, b] = pixels.at(12, 4);
    expect([r, g, b].every((c) => c > 245)).toBe(true);
    expect(darkPixels(pixels)).toBeGreaterThan(40);
    await page.close();
  });

  test('flips above a mention near the viewport’s bottom edge', async () => {
    const page = await open('placement.html');
    await page.evaluate(() => {
      const bottom = document.getElementById('bottom')?.getBoundingClientRect().top ?? 0;
      window.scrollBy(0, bottom - window.innerHeight + 40);
    });
    const dushanbe = await boxOf(page, 'Dushanbe');
    await hover(page, dushanbe);
    expect(await isCardAt(page, dushanbe.left + 20, dushanbe.top - 6 - 20)).toBe(true);
    expect(await isCardAt(page, dushanbe.left + 20, dushanbe.bottom + 6 + 10)).toBe(false);
    await page.close();
  });

  test('sits under the line the pointer is on, for a mention wrapped over two lines', async () => {
    const page = await open('placement.html');
    const lines = await page.evaluate(() => {
      const text = document.getElementById('narrow')?.firstChild as Text;
      const at = text.data.indexOf('Shanghai');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 'Shanghai Cooperation Organisation'.length);
      return [...range.getClientRects()].map((r) => ({
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
      }));
    });
    const last = lines.at(-1);
    if (lines.length < 2 || last === undefined) throw new Error('the fixture mention should wrap');
    await hover(page, last);
    expect(await isCardAt(page, last.left + 20, last.bottom + 6 + 20)).toBe(true);
    // Placed under the first line, it would cover the last one.
    const first = lines[0] ?? last;
    expect(await isCardAt(page, Math.max(first.left, last.left) + 20, last.top + 10)).toBe(false);
    await page.close();
  });

  test('follows its mention in a scrolled container, and hides when the mention is scrolled out', async () => {
    const page = await open('placement.html');
    const putin = await boxOf(page, 'Vladimir Putin');
    await hover(page, putin);
    expect(await isCardAt(page, putin.left + 20, putin.bottom + 26)).toBe(true);
    // Keyboard scrolling, so the pointer stays on the card's side of the page.
    await page.evaluate(() => {
      const box = document.getElementById('box');
      if (box) box.scrollTop = 20;
    });
    await sleep(300);
    const moved = await boxOf(page, 'Vladimir Putin');
    expect(moved.top).toBeLessThan(putin.top - 10);
    expect(await isCardAt(page, moved.left + 20, moved.bottom + 26)).toBe(true);
    await page.evaluate(() => {
      const box = document.getElementById('box');
      if (box) box.scrollTop = 400;
    });
    await sleep(300);
    expect(await isCardAt(page, moved.left + 20, moved.bottom + 26)).toBe(false);
    await page.close();
  });

  test('lines up with the mention’s right edge on a right-to-left page', async () => {
    const page = await open('rtl.html');
    const putin = await boxOf(page, 'Vladimir Putin');
    await hover(page, putin);
    expect(await isCardAt(page, putin.right - 10, putin.bottom + 26)).toBe(true);
    // Wider than the mention, it extends to the left, not to the right.
    expect(await isCardAt(page, putin.right + 20, putin.bottom + 26)).toBe(false);
    expect(await isCardAt(page, putin.left - 60, putin.bottom + 26)).toBe(true);
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

  test.runIf(name === 'chromium')('its role and text are in the accessibility tree', async () => {
    const page = await open('article.html');
    await hover(page, await boxOf(page, 'Vladimir Putin'));
    const tree = await page.accessibility.snapshot({ interestingOnly: false });
    const tooltip = findRole(tree, 'tooltip');
    expect(tooltip?.text).toContain('Vladimir Putin');
    expect(tooltip?.text).toContain('Prime Minister of Russia');
    await page.close();
  });

  test('follows the light or dark preference (screenshots saved for the README)', async () => {
    const dir = path.join(ROOT, 'screenshots');
    fs.mkdirSync(dir, { recursive: true });
    // Puppeteer emulates media features through CDP only: Firefox shows its default, light.
    const schemes = name === 'chromium' ? (['light', 'dark'] as const) : (['light'] as const);
    const expected = { light: [255, 255, 255], dark: [32, 33, 39] };
    for (const scheme of schemes) {
      const page = await fixture.session.openPage(fixture.server.url('/tooltip/article.html'));
      if (name === 'chromium')
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await openPainted(page);
      const putin = await boxOf(page, 'Vladimir Putin');
      await hover(page, putin);
      const clip = { x: 0, y: 0, width: 640, height: Math.round(putin.bottom + 420) };
      const png = await page.screenshot({ clip, type: 'png' });
      fs.writeFileSync(path.join(dir, `tooltip-${scheme}-${name}.png`), png);
      const background = decodePng(new Uint8Array(png)).at(
        Math.round(putin.left + 12),
        Math.round(putin.bottom + 10),
      );
      expect(background).toEqual(expected[scheme]);
      await page.close();
    }
  });
});
