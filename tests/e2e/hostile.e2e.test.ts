/**
 * Pages that make Backstory's life hard, in both browsers: each must end
 * with the right names painted as whole-word aliases, a card on hover, and
 * no error. A strict CSP (`default-src 'none'`) and page CSS aimed at the
 * card are covered in tooltip-look.e2e.test.ts; frames and the back-forward
 * cache in hostile-navigation.e2e.test.ts.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { BROWSERS, pollFor } from './harness';
import { useBrowser } from './harness/vitest';
import { ErrorLog, watchPageErrors } from './real/capture';
import { hoverOpensCard, paintedRanges, problemsOf, startOf, waitForPainted } from './real/health';
import { SAVE_REGISTRY } from './real/probes';
import { type Box, boxOf, cardPoint, hover, isCardAt, sleep } from './tooltip-helpers';

describe.each(BROWSERS)('%s: hostile pages', (name) => {
  const fixture = useBrowser(name);
  const errors = new ErrorLog();

  /** Opens a hostile fixture with the registry saved (page scripts may replace `CSS`) and its errors watched. */
  const open = async (file: string): Promise<Page> => {
    errors.current = file;
    const page = await fixture.session.openPage('about:blank');
    watchPageErrors(page, fixture.session.extensionBaseUrl, errors);
    await page.evaluateOnNewDocument(SAVE_REGISTRY);
    await page.goto(fixture.server.url(`/hostile/${file}`), { waitUntil: 'load', timeout: 15_000 });
    return page;
  };

  /** The checks every page ends with: whole-word aliases, a card on hover, no error. */
  const expectHealthy = async (page: Page, file: string, hoverOn = 'Vladimir Putin'): Promise<void> => {
    expect(await problemsOf(page)).toEqual([]);
    expect(await hoverOpensCard(page, await boxOf(page, hoverOn))).toBe(true);
    expect(errors.of(file)).toEqual([]);
  };

  test('a page that changes every 5 ms keeps its names painted and its own pace', async () => {
    const page = await open('mutating.html');
    await waitForPainted(page, ['Vladimir Putin', 'Dushanbe', 'Tajikistan']);
    const ticks = async (): Promise<number> => (await page.evaluate('window.ticks')) as number;
    const first = await ticks();
    await sleep(1000);
    // A 5 ms timer ticks up to 200 times a second; the page must not be starved.
    expect((await ticks()) - first).toBeGreaterThan(40);
    await waitForPainted(page, ['Tajikistan']);
    await expectHealthy(page, 'mutating.html');
    await page.close();
  });

  test('20,000 inline elements: every name among them painted', async () => {
    const page = await open('crowded.html');
    const ranges = await waitForPainted(page, ['Vladimir Putin', 'Tajikistan', 'Dushanbe']);
    expect(ranges.filter((range) => range.text === 'Dushanbe')).toHaveLength(41);
    await expectHealthy(page, 'crowded.html');
    await page.close();
  });

  test('elements nested 3,000 deep (no recursion in the walk): the name at the bottom is painted and has its card', async () => {
    const page = await open('deep.html');
    await waitForPainted(page, ['Vladimir Putin', 'Tajikistan']);
    await expectHealthy(page, 'deep.html', 'Tajikistan');
    await page.close();
  });

  test('one text node of 1 MB: the names at both ends are painted', async () => {
    const page = await open('huge-text.html');
    await waitForPainted(page, ['Vladimir Putin', 'Tajikistan', 'Dushanbe'], 20_000);
    // Dushanbe in the lead and at the node's very end, 1 MB after Tajikistan at its start.
    await pollFor(
      async () =>
        (await paintedRanges(page)).filter((range) => range.text === 'Dushanbe').length === 2
          ? true
          : undefined,
      10_000,
      'both Dushanbes to be painted',
    );
    await expectHealthy(page, 'huge-text.html', 'Tajikistan');
    await page.close();
  });

  test('a page that overwrote Node, Range, CSS and attachShadow in its own world', async () => {
    const page = await open('prototypes.html');
    // The overrides are in force in the page's world.
    expect(await page.evaluate('typeof CSS.highlights')).toBe('object');
    expect(
      await page.evaluate(
        '(() => { try { document.createRange().setStart(document.body, 0); return "works"; } catch { return "broken"; } })()',
      ),
    ).toBe('broken');
    await waitForPainted(page, ['Vladimir Putin', 'Dushanbe', 'Tajikistan']);
    expect(await problemsOf(page)).toEqual([]);
    // boxOf needs Range: the name starts its paragraph instead.
    expect(await hoverOpensCard(page, await startOf(page, '#lead'))).toBe(true);
    expect(errors.of('prototypes.html')).toEqual([]);
    await page.close();
  });

  /** Opens the page that removes what is added to <html>, and hovers a name: the card's host is taken away at once. */
  const hoverWhileHostIsTaken = async (): Promise<{ page: Page; putin: Box }> => {
    const page = await open('removes-host.html');
    await waitForPainted(page, ['Vladimir Putin', 'Tajikistan']);
    const putin = await boxOf(page, 'Vladimir Putin');
    await hover(page, putin);
    expect(await page.evaluate('window.removed')).toBe(1);
    return { page, putin };
  };

  test('a page that removes the tooltip’s host: the next hover shows the card again', async () => {
    const { page } = await hoverWhileHostIsTaken();
    await page.mouse.move(1, 1);
    // Once the card has closed (the pointer left), the next hover puts the host back.
    await sleep(1000);
    await expectHealthy(page, 'removes-host.html');
    await page.close();
  });

  test('a page that removes the tooltip’s host: the card comes back while the pointer stays on its name', async () => {
    const { page, putin } = await hoverWhileHostIsTaken();
    // The card opened in a host the page took away; the pointer moves on, still over the name.
    await page.mouse.move((putin.left + putin.right) / 2 + 4, (putin.top + putin.bottom) / 2);
    const { x, y } = cardPoint(putin);
    expect(
      await pollFor(async () => ((await isCardAt(page, x, y)) ? true : undefined), 3000, 'the card').catch(
        () => false,
      ),
    ).toBe(true);
    expect(errors.of('removes-host.html')).toEqual([]);
    await page.close();
  });
});
