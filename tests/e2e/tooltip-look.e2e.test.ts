/**
 * How the tooltip looks and where it goes, in real Chromium and Firefox with
 * the built extension: under a strict CSP and hostile page CSS, its
 * placement (flip, wrapped lines, scrolled containers, right to left), the
 * accessibility tree (Chromium) and light and dark (pixels, and the README's
 * screenshots).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { BROWSERS, ROOT } from './harness';
import { useBrowser } from './harness/vitest';
import {
  boxOf,
  cardPoint,
  changedPixels,
  darkPixels,
  findRole,
  hover,
  isCardAt,
  openPainted,
  screenshot,
  sleep,
} from './tooltip-helpers';
import { decodePng } from './tooltip-pixels';

describe.each(BROWSERS)('%s: the tooltip’s look and placement', (name) => {
  const fixture = useBrowser(name);
  const open = async (file: string): Promise<Page> =>
    openPainted(await fixture.session.openPage(fixture.server.url(`/tooltip/${file}`)));

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

  test('is placed right when zoomed to 200 % (twice the device pixels per CSS pixel, half the CSS viewport)', async () => {
    const page = await fixture.session.openPage('about:blank');
    await page.setViewport({ width: 640, height: 450, deviceScaleFactor: 2 });
    await page.goto(fixture.server.url('/tooltip/placement.html'));
    await openPainted(page);
    const putin = await boxOf(page, 'Vladimir Putin');
    await hover(page, putin);
    expect(await isCardAt(page, putin.left + 20, putin.bottom + 26)).toBe(true);
    // Still no wider than 360 CSS px, and inside the narrower viewport.
    expect(await isCardAt(page, putin.left + 370, putin.bottom + 26)).toBe(false);
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

  // Puppeteer reads the accessibility tree over CDP only, so Firefox has no such test (rather than a skipped one).
  if (name === 'chromium') {
    test('its role and text are in the accessibility tree', async () => {
      const page = await open('article.html');
      await hover(page, await boxOf(page, 'Vladimir Putin'));
      const tree = await page.accessibility.snapshot({ interestingOnly: false });
      const tooltip = findRole(tree, 'tooltip');
      expect(tooltip?.text).toContain('Vladimir Putin');
      expect(tooltip?.text).toContain('Prime Minister of Russia');
      await page.close();
    });
  }

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
