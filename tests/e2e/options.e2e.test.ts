/**
 * The options page in real Chromium and Firefox with the built extension:
 * a dictionary imported there is painted on a page that was already open; a
 * broken file shows its error while the earlier dictionaries keep working;
 * disabling and removing a dictionary takes its highlights away; the types
 * shown and the highlight style follow at once on open pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, pollFor, ROOT } from './harness';
import { useBrowser } from './harness/vitest';
import { boxOf } from './tooltip-helpers';
import { decodePng } from './tooltip-pixels';

const FIXTURES = path.join(ROOT, 'tests/fixtures/import');
const PAGE_HTML = fs.readFileSync(path.join(FIXTURES, 'harbour-page.html'), 'utf8');

/** The painted text of every highlight range on the page, by highlight name. */
function painted(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      for (const r of highlight as Iterable<AbstractRange>) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        (out[name] ??= []).push(range.toString());
      }
    }
    return out;
  });
}

/** Waits until `check` holds for the painted texts (all names together). */
async function waitForPaint(page: Page, check: (texts: string[]) => boolean, what: string): Promise<void> {
  await pollFor(
    async () => (check(Object.values(await painted(page)).flat()) ? true : undefined),
    10_000,
    what,
  );
}

const has = (text: string) => (texts: string[]) => texts.some((t) => t.startsWith(text));
const lacks = (text: string) => (texts: string[]) => !texts.some((t) => t.startsWith(text));

describe.each(BROWSERS)('%s: options page', (name) => {
  const fixture = useBrowser(name);
  let article: Page;
  let options: Page;

  beforeAll(async () => {
    fixture.server.setRoute('/harbour.html', (_request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(PAGE_HTML);
    });
    // The article is open before anything changes on the options page.
    article = await fixture.session.openPage(fixture.server.url('/harbour.html'));
    options = await fixture.session.openExtensionPage('options.html');
    await options.waitForSelector('#dictionaries li');
  });

  async function upload(file: string): Promise<void> {
    const input = await options.$('input#import-file[type="file"]');
    if (input === null) throw new Error('no #import-file');
    await input.uploadFile(path.join(FIXTURES, file));
  }

  /** Clicks a control of the options page, brought to the front as a user would. */
  async function click(selector: string): Promise<void> {
    await options.bringToFront();
    await options.click(selector);
  }

  test('the bundled dictionary is painted and the imported one not yet', async () => {
    await waitForPaint(article, has('Dushanbe'), 'the bundled dictionary to be painted');
    expect(Object.values(await painted(article)).flat()).not.toContain('Miguel Costa');
  });

  test('an imported dictionary is painted on the page that was already open', async () => {
    await upload('harbour-deal.json');
    await options.waitForSelector('#dictionaries li[data-id="harbour-deal"]');
    await waitForPaint(
      article,
      (t) => has('Miguel Costa')(t) && has('Lisbon')(t) && has('EIB')(t),
      'the import to be painted',
    );
    const byName = await painted(article);
    expect(byName['backstory-person']).toEqual(expect.arrayContaining(['Miguel Costa', 'Vladimir Putin']));
    expect(byName['backstory-organisation']).toEqual(
      expect.arrayContaining(['European Investment Bank', 'EIB']),
    );
  });

  test('a broken file shows its error and the earlier dictionaries keep working', async () => {
    await upload('bad-stop-word-alias.json');
    await options.waitForFunction(
      () => document.querySelector('#import-error code')?.textContent === '$.entities[1].aliases[1].text',
      { timeout: 10_000 },
    );
    const error = await options.$eval('#import-error', (e) => e.textContent);
    expect(error).toContain('“bad-stop-word-alias.json” was not imported');
    expect(error).toContain('alias "the" is an English stop word');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const texts = Object.values(await painted(article)).flat();
    expect(texts).toEqual(expect.arrayContaining(['Miguel Costa', 'Dushanbe']));
  });

  test('the types shown follow at once', async () => {
    await click('#types input[value="place"]');
    await waitForPaint(article, (t) => lacks('Dushanbe')(t) && lacks('Lisbon')(t), 'places to go');
    expect(Object.values(await painted(article)).flat()).toContain('Vladimir Putin');
    await click('#types input[value="place"]');
    await waitForPaint(article, has('Dushanbe'), 'places to come back');
  });

  test('the highlight style follows at once', async () => {
    const underline = await inkUnder(article, 'Dushanbe');
    await click('input[name="highlightStyle"][value="hover-only"]');
    await pollFor(
      async () => ((await inkUnder(article, 'Dushanbe')) === 0 ? true : undefined),
      10_000,
      'hover-only to leave no ink',
    );
    await click('input[name="highlightStyle"][value="background"]');
    await pollFor(
      async () => ((await inkUnder(article, 'Dushanbe')) > underline ? true : undefined),
      10_000,
      'a background to be painted',
    );
    await click('input[name="highlightStyle"][value="underline"]');
    await pollFor(
      async () => ((await inkUnder(article, 'Dushanbe')) === underline ? true : undefined),
      10_000,
      'the underline to come back',
    );
    expect(underline).toBeGreaterThan(0);
  });

  test('disabling and removing a dictionary takes its highlights away', async () => {
    await click('#dictionaries input[data-id="harbour-deal"]');
    await waitForPaint(article, lacks('Miguel Costa'), 'the disabled dictionary to go');
    expect(Object.values(await painted(article)).flat()).toContain('Dushanbe');
    await click('#dictionaries input[data-id="harbour-deal"]');
    await waitForPaint(article, has('Miguel Costa'), 'the enabled dictionary to come back');
    await click('#dictionaries button[data-action="remove"][data-id="harbour-deal"]');
    await waitForPaint(article, lacks('Miguel Costa'), 'the removed dictionary to go');
    expect(await options.$('#dictionaries li[data-id="harbour-deal"]')).toBeNull();
    expect(Object.values(await painted(article)).flat()).toContain('Dushanbe');
  });

  test('no extension page threw an uncaught error', () => {
    expect(
      fixture.session.pageErrors.filter((e) => e.url.startsWith(fixture.session.extensionBaseUrl)),
    ).toEqual([]);
  });
});

/**
 * How many coloured pixels a screenshot shows over `text`: the page is black
 * on white, so anything coloured is an underline or a background tint.
 * Highlights are not in the DOM; only pixels show how they are drawn.
 */
async function inkUnder(page: Page, text: string): Promise<number> {
  await page.bringToFront();
  const box = await boxOf(page, text);
  const clip = { x: box.left, y: box.top, width: box.right - box.left, height: box.bottom - box.top + 4 };
  const shot = await page.screenshot({ clip });
  const image = decodePng(shot);
  let ink = 0;
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      const [r, g, b] = image.at(x, y);
      if (Math.max(r, g, b) - Math.min(r, g, b) >= 24) ink += 1;
    }
  }
  return ink;
}
