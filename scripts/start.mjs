// `npm start` (after the build): Backstory on the bundled demo page.
//
//   npm start                 with $DISPLAY: a Chromium window on the demo page, until you close it
//   npm start -- --firefox    the same in Firefox
//   npm start -- --headless   (or no $DISPLAY) headless: hover a name, open the popup's
//                             content, save screenshots to screenshots/ and print their paths
//
// The browsers come from the e2e harness (tests/e2e/harness), so they run
// exactly as in the tests: fresh profile, no network but loopback.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

/* global CSS, document, NodeFilter, window -- functions passed to page.evaluate run in the page. */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const browserName = args.has('--firefox') ? 'firefox' : 'chromium';
const isHeadless = args.has('--headless') || !process.env.DISPLAY;
// The person the headless run hovers: the first name in the article.
const HOVER_TEXT = 'Vladimir Putin';
const POPUP_VIEWPORT = { width: 400, height: 600 };

// The harness is TypeScript; tsx loads it without a build step.
register();
const harness = await import('../tests/e2e/harness/index.ts');
/** @typedef {import('../tests/e2e/harness/index.ts').BrowserSession} BrowserSession */
/** @typedef {import('../tests/e2e/harness/index.ts').StaticServer} StaticServer */
/** @typedef {import('puppeteer-core').Page} Page */

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits (up to `ms`) for the content script to paint its highlights; false when none came.
 * @param {Page} page
 * @param {number} ms
 */
async function waitForHighlights(page, ms) {
  try {
    await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: ms });
    return true;
  } catch {
    return false;
  }
}

/**
 * The centre of the first occurrence of `text` in the page, in viewport pixels, scrolled into view.
 * @param {Page} page
 * @param {string} text
 */
function pointAtText(page, text) {
  return page.evaluate((/** @type {string} */ wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (
      let node = /** @type {Text | null} */ (walker.nextNode());
      node;
      node = /** @type {Text | null} */ (walker.nextNode())
    ) {
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      // Scroll only when needed, so the screenshot keeps the page's header when it can.
      const isVisible = (/** @type {DOMRect | undefined} */ r) =>
        r !== undefined && r.top >= 0 && r.bottom <= window.innerHeight;
      if (!isVisible(range.getClientRects()[0])) node.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    }
    return null;
  }, text);
}

/**
 * @param {BrowserSession} session
 * @param {StaticServer} server
 */
async function headless(session, server) {
  const dir = path.join(root, 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  /** @type {string[]} */
  const saved = [];
  const shoot = async (/** @type {Page} */ page, /** @type {string} */ name) => {
    const file = path.join(dir, `${browserName}-${name}.png`);
    await page.screenshot({ path: file });
    saved.push(path.relative(process.cwd(), file));
  };

  const { page, tabId } = await session.openTab(server.url('/demo/'));
  const isPainted = await waitForHighlights(page, 5000);
  if (!isPainted) console.warn('warning: no highlights were painted on the demo page');
  await shoot(page, 'page');

  const point = await pointAtText(page, HOVER_TEXT);
  if (point === null) throw new Error(`"${HOVER_TEXT}" is not on the demo page.`);
  await page.mouse.move(point.x - 40, point.y + 60);
  await page.mouse.move(point.x, point.y, { steps: 5 });
  // Longer than the hover delay (about 300 ms) plus the tooltip's entrance.
  await sleep(1200);
  await shoot(page, 'tooltip');

  const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.setViewport(POPUP_VIEWPORT);
  try {
    await popup.waitForFunction(() => document.body.innerText.trim().length > 0, { timeout: 5000 });
  } catch {
    console.warn('warning: the popup rendered no text');
  }
  await sleep(300);
  await shoot(popup, 'popup');
  // The popup's other tabs: the article's summary and the story's background.
  const extraTabs = [
    { index: 1, name: 'popup-summary' },
    { index: 2, name: 'popup-background' },
  ];
  for (const { index, name } of extraTabs) {
    const tab = (await popup.$$('[role="tab"]'))[index];
    if (tab === undefined) {
      console.warn(`warning: the popup has no ${name.replace('popup-', '')} tab to show`);
      continue;
    }
    await tab.click();
    await sleep(800);
    await shoot(popup, name);
  }

  harness.assertOnlyLoopback(session.proxy.requests, browserName);
  for (const error of session.pageErrors) console.warn(`page error in ${error.url}: ${error.message}`);
  for (const file of saved) console.log(file);
}

/**
 * @param {BrowserSession} session
 * @param {StaticServer} server
 */
async function headed(session, server) {
  await session.openTab(server.url('/demo/'));
  console.log(`${browserName} is open on ${server.url('/demo/')}; close the window or press Ctrl+C to stop.`);
  await new Promise((resolve) => {
    session.browser.once('disconnected', resolve);
    process.once('SIGINT', resolve);
  });
}

const server = await harness.startStaticServer();
let session;
try {
  session = await harness.launchBrowser(browserName, { isHeadless });
  await (isHeadless ? headless(session, server) : headed(session, server));
} catch (error) {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await session?.close();
  await server.close();
}
