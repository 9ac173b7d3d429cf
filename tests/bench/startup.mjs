// What the built extension costs a page, measured from outside in headless
// Chromium: start-up (main-thread time of a tiny page with no mention, the
// extension loaded minus not loaded, interleaved pairs, median of the pairs'
// differences), the same with a 2,000-entity imported dictionary, and the
// first hover's latency (from the hover delay ending to the card entering the
// page). Used by run.mjs; alone: node tests/bench/startup.mjs [--extension DIR] [--pairs N] [--bare-only]
/* global window, document, chrome, MutationObserver, Node, NodeFilter -- evaluated in pages */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';
import { benchLaunchOptions } from './chromium-launch.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Long enough for a document_idle content script to read storage, scan and paint on a tiny page. */
const SETTLE_MS = 700;
const HOVER_DELAY_MS = 300;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @param {number[]} values */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** About 1 KB of text naming nothing in any dictionary; `extra` is added as one more paragraph. */
function tinyPage(extra = '') {
  const text =
    'The committee met on Tuesday to discuss the budget for the coming year. Members agreed that the ' +
    'figures needed more work before a vote, and asked the treasurer to report again next month. ';
  return `<!doctype html><html><head><meta charset="utf-8"><title>Tiny</title></head><body><article><p>${text.repeat(3)}</p><p>${text.repeat(2)}</p>${extra}</article></body></html>`;
}

export function startServer() {
  const pages = new Map();
  const server = http.createServer((request, response) => {
    const html = pages.get(new URL(request.url ?? '/', 'http://x').pathname.split('/')[1] ?? '');
    response.writeHead(html === undefined ? 404 : 200, {
      'content-type': 'text/html; charset=utf-8',
      // Cross-origin isolated: performance.now() to 5 µs rather than 100 µs, for the floor.
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'cache-control': 'no-store',
    });
    response.end(html ?? '');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      resolve({
        url: (name, n) => `http://127.0.0.1:${port}/${name}/${n}`,
        add: (name, html) => pages.set(name, html),
        close: () =>
          new Promise((done) => {
            // A page the browser still holds would keep the server, and the bench, from ending.
            server.closeAllConnections();
            server.close(() => {
              done(undefined);
            });
          }),
      });
    });
  });
}

export async function launch(extensionDir) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'backstory-startup-'));
  const browser = await puppeteer.launch(
    benchLaunchOptions(userDataDir, { pipe: true, enableExtensions: extensionDir !== null }),
  );
  const extensionId = extensionDir === null ? '' : await browser.installExtension(extensionDir);
  return {
    browser,
    extensionId,
    close: async () => {
      await browser.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Main-thread CPU time (ms) of one load of `url` in a fresh tab, until the
 * page has settled: thread time, not task time, so that a busy machine
 * taking the thread away mid-task does not count.
 */
async function mainThreadMs(browser, url) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const threadSeconds = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = metrics.find((m) => m.name === 'ThreadTime')?.value;
    if (value === undefined) throw new Error('this Chromium reports no ThreadTime metric');
    return value;
  };
  const before = await threadSeconds();
  await page.goto(url, { waitUntil: 'load' });
  await sleep(SETTLE_MS);
  const after = await threadSeconds();
  await page.close();
  return (after - before) * 1000;
}

/** The bare TreeWalker read of a page's text: the floor. */
async function floorMs(browser, url) {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const runs = [];
  for (let i = 0; i < 9; i++) {
    runs.push(
      await page.evaluate(() => {
        const start = performance.now();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let characters = 0;
        while (walker.nextNode()) characters += walker.currentNode.nodeValue?.length ?? 0;
        return characters >= 0 ? performance.now() - start : 0;
      }),
    );
  }
  await page.close();
  return median(runs);
}

/** Loads `tests/support/large-dictionary.ts` (TypeScript) into this script. */
async function largeDictionary(count) {
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'tests/support/large-dictionary.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
  });
  const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`;
  // eslint-disable-next-line no-unsanitized/method -- the module is our own bundle, built just above.
  return (await import(url)).largeDictionary(count, 'bench-large');
}

/** Imports `dictionary` as the options page stores it, then waits (up to 30 s) for the background's automaton. */
async function importDictionary(session, dictionary) {
  const page = await session.browser.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`, { waitUntil: 'load' });
  await page.evaluate(async (d) => {
    await chrome.storage.local.set({
      dictionaries: { version: 1, order: [d.id] },
      [`dictionary:${d.id}`]: d,
    });
  }, dictionary);
  // Wait for the automaton built for this import: the bundled one is stored from install, so the key alone
  // proves nothing. It is a JSON string now, an object in older builds; a build from before the automaton was
  // stored has no 'matcher' key at all and compiles on every page instead (the wait then runs out).
  for (let waited = 0; waited < 30_000; waited += 250) {
    const isBuilt = await page.evaluate(async (id) => {
      const { matcher } = await chrome.storage.local.get('matcher');
      const record = typeof matcher === 'string' ? JSON.parse(matcher) : matcher;
      return Array.isArray(record?.ids) && record.ids.includes(id);
    }, dictionary.id);
    if (isBuilt) break;
    await sleep(250);
  }
  await page.close();
}

/** Median over `pairs` interleaved loads of the difference with and without the extension. */
async function startupCost(withExtension, without, url, pairs) {
  const differences = [];
  // One warm-up load each: the first load of a browser pays for its renderer and caches.
  await mainThreadMs(withExtension.browser, url(0));
  await mainThreadMs(without.browser, url(0));
  for (let i = 1; i <= pairs; i++) {
    // Alternating which goes first, so that drift in the machine's load hits both alike.
    let withMs = 0;
    let withoutMs = 0;
    if (i % 2 === 0) {
      withMs = await mainThreadMs(withExtension.browser, url(i));
      withoutMs = await mainThreadMs(without.browser, url(i));
    } else {
      withoutMs = await mainThreadMs(without.browser, url(i));
      withMs = await mainThreadMs(withExtension.browser, url(i));
    }
    differences.push(withMs - withoutMs);
  }
  return { median: median(differences), spread: [Math.min(...differences), Math.max(...differences)] };
}

/** Latency (ms) of the first hover on fresh pages: card in the page minus (last pointer move + hover delay). */
async function firstHover(session, url, runs) {
  const latencies = [];
  for (let i = 0; i < runs; i++) {
    const page = await session.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(url(i), { waitUntil: 'load' });
    const painted = await page
      .waitForFunction(() => CSS.highlights.size > 0, { timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    if (!painted) throw new Error('the hover page was never painted');
    const box = await page.evaluate(() => {
      window.benchHover = { moved: 0, card: 0 };
      window.addEventListener('pointermove', (event) => (window.benchHover.moved = event.timeStamp), true);
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes)
            if (n.nodeType === Node.ELEMENT_NODE && n.getAttribute('data-backstory') === 'off')
              window.benchHover.card ||= performance.now();
      }).observe(document.documentElement, { childList: true });
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const at = Number(walker.currentNode.data.indexOf('Dushanbe'));
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(walker.currentNode, at);
        range.setEnd(walker.currentNode, at + 8);
        const r = range.getClientRects()[0];
        return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
      }
      return null;
    });
    if (box === null) throw new Error('no mention on the hover page');
    await page.mouse.move(box.x, box.y, { steps: 3 });
    const card = await page
      .waitForFunction(() => window.benchHover.card > 0, { timeout: 5000 })
      .then(() => true)
      .catch(() => false);
    if (card) {
      const { moved, card: shown } = await page.evaluate(() => window.benchHover);
      latencies.push(shown - moved - HOVER_DELAY_MS);
    }
    await page.close();
  }
  return latencies.length === 0 ? null : median(latencies);
}

/**
 * Start-up cost with and without an imported 2,000-entity dictionary, and the
 * first hover, of the extension in `extensionDir`.
 */
export async function measureStartup({ extensionDir, pairs = 15, hoverRuns = 7, isBareOnly = false }) {
  const server = await startServer();
  server.add('tiny', tinyPage());
  server.add('hover', tinyPage('<p style="font-size:20px">The minister flew to Dushanbe on Monday.</p>'));
  const withExtension = await launch(extensionDir);
  const without = await launch(null);
  try {
    const tiny = (n) => server.url('tiny', n);
    const floor = await floorMs(without.browser, tiny(0));
    const bare = await startupCost(withExtension, without, tiny, pairs);
    if (isBareOnly) return { floor, bare, imported: null, hover: null };
    const hover = await firstHover(withExtension, (n) => server.url('hover', n), hoverRuns);
    await importDictionary(withExtension, await largeDictionary(2000));
    const imported = await startupCost(withExtension, without, (n) => tiny(1000 + Number(n)), pairs);
    return { floor, bare, imported, hover };
  } finally {
    await withExtension.close();
    await without.close();
    await server.close();
  }
}

const fmt = (n) => (n === null ? '-' : n.toFixed(2));

/** The lines run.mjs prints. */
export function startupReport({ floor, bare, imported, hover }) {
  const lines = [
    `start-up, tiny page (1 KB, no mention): ${fmt(bare.median)} ms main thread (pairs from ${fmt(bare.spread[0])} to ${fmt(bare.spread[1])}); floor ${fmt(floor)} ms (target 3 ms)`,
  ];
  if (imported === null) return lines;
  return [
    ...lines,
    `start-up with a 2,000-entity imported dictionary: ${fmt(imported.median)} ms (pairs from ${fmt(imported.spread[0])} to ${fmt(imported.spread[1])}); ${fmt(imported.median - bare.median)} ms more (target 1 ms more)`,
    `first hover: card in the page ${fmt(hover)} ms after the hover delay ends; floor ${fmt(floor)} ms (target 100 ms)`,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--extension');
  const pairsAt = args.indexOf('--pairs');
  const result = await measureStartup({
    extensionDir: path.resolve(at >= 0 ? (args[at + 1] ?? '') : path.join(root, 'dist/chrome')),
    pairs: pairsAt >= 0 ? Number(args[pairsAt + 1]) : 15,
    isBareOnly: args.includes('--bare-only'),
  });
  for (const line of startupReport(result)) console.log(line);
}
