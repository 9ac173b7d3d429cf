// npm run bench: times the content script's scan and paint in headless
// Chromium on real saved pages ($BACKSTORY_PAGES or ../shared/pages) and on
// synthetic pages of 250 KB, 1 MB and 2 MB of text, against the floor (a
// TreeWalker that only reads every text node) and mark.js 8.11.1 with the same
// aliases; then the built extension's start-up cost and first hover
// (startup.mjs), live text: a ticker kept painted and its CPU (ticker.mjs),
// and the article's own names: their extraction in the service worker and the
// text read in the page, per 10,000 characters (article.mjs), all in the same
// run. Prints a table of medians and ratios.
//
//   node tests/bench/run.mjs [--pages N] [--runs N] [--no-mark] [--pairs N] [--no-startup]
/* global window, document -- page.evaluate callbacks run in the page */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';
import { benchLaunchOptions } from './chromium-launch.mjs';
import { loadMatcher } from './load-matcher.mjs';
import { measureStartup, startupReport } from './startup.mjs';
import { measureTicker, tickerReport } from './ticker.mjs';
import { articleReport, measureArticles } from './article.mjs';
import { syntheticPage } from './synthetic.mjs';
import { savedPages, skipLine } from '../support/saved-pages.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const RUNS = option('--runs', 7);
const MARK_RUNS = option('--mark-runs', 3);
const PAGE_LIMIT = option('--pages', Infinity);
const WITH_MARK = !args.includes('--no-mark');
const WITH_STARTUP = !args.includes('--no-startup');
const PAIRS = option('--pairs', 15);

/** The page script: the content script's modules with the dictionary built here, as build.mjs does. */
async function pageScript(dictionary) {
  const { prebuildFor } = await loadMatcher();
  const prebuilt = prebuildFor([dictionary]);
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'tests/bench/page-entry.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    define: { __BROWSER__: '"chrome"', __VERSION__: '"bench"' },
  });
  return `var BENCH_DICTIONARY = ${JSON.stringify(dictionary)};\nvar BENCH_PREBUILT = ${JSON.stringify(prebuilt)};\n${result.outputFiles[0].text}`;
}

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** The saved pages, or none, saying so in one line: the synthetic pages are still timed. */
function realPages() {
  const pages = savedPages();
  if (pages.length === 0) console.warn(skipLine('the real pages of the bench'));
  return pages
    .slice(0, PAGE_LIMIT)
    .map(({ name, file }) => ({ name, kind: 'real', html: fs.readFileSync(file, 'utf8') }));
}

function syntheticPages(dictionary) {
  const names = dictionary.entities.flatMap((e) =>
    e.aliases.filter((a) => a.match === 'standalone' && !a.ambiguous).map((a) => a.text),
  );
  return [
    { name: 'synthetic 250 KB', size: 250_000, spacing: 400 },
    { name: 'synthetic 1 MB', size: 1_000_000, spacing: 400 },
    { name: 'synthetic 2 MB dense', size: 2_000_000, spacing: 20 },
  ].map(({ name, size, spacing }) => ({
    name,
    kind: 'synthetic',
    size,
    ...syntheticPage(size, spacing, names),
  }));
}

// Keeps the saved pages' own scripts from running (they would change the DOM between runs); evaluated code still runs.
const NO_SCRIPTS = `<meta http-equiv="Content-Security-Policy" content="script-src 'none'">`;

/** @param {string} html */
function withoutScripts(html) {
  const head = /<head[^>]*>/i.exec(html);
  if (head)
    return `${html.slice(0, head.index + head[0].length)}${NO_SCRIPTS}${html.slice(head.index + head[0].length)}`;
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  const at = doctype ? doctype[0].length : 0;
  return `${html.slice(0, at)}${NO_SCRIPTS}${html.slice(at)}`;
}

/**
 * Serves the page under test from 127.0.0.1, cross-origin isolated: there
 * performance.now() has 5 µs resolution instead of 100 µs, which the small
 * real pages need.
 */
function startServer() {
  let current = '';
  const server = http.createServer((request, response) => {
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'cache-control': 'no-store',
    });
    response.end(current);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        serve: (html) => {
          current = html;
        },
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

/** @type {{ origin: string, serve: (html: string) => void, close: () => Promise<void> } | null} */
let server = null;
let loads = 0;

async function load(page, html) {
  if (server === null) throw new Error('server not started');
  server.serve(withoutScripts(html));
  loads++;
  await page.goto(`${server.origin}/page/${loads}`, { waitUntil: 'load', timeout: 60_000 });
}

async function measure(page, html, script, markScript) {
  await load(page, html);
  await page.evaluate(script);
  if (!(await page.evaluate(() => window.crossOriginIsolated)))
    process.stderr.write('warning: page not cross-origin isolated; timer resolution 100 µs\n');
  const textLength = await page.evaluate(() => document.body.innerText.length);
  const floor = [];
  const ours = [];
  let mentions = 0;
  let longestSlice = 0;
  let frame = [];
  const floorFrame = [];
  // Warm up both, then alternate so drift in the machine's load hits both alike.
  for (let i = 0; i < 2; i++) {
    await page.evaluate(() => window.backstoryBench.floor());
    await page.evaluate(() => window.backstoryBench.backstory());
  }
  for (let i = 0; i < RUNS; i++) {
    const floorRun = await page.evaluate(() => window.backstoryBench.floor());
    floor.push(floorRun.ms);
    floorFrame.push(floorRun.frameMs);
    const run = await page.evaluate(() => window.backstoryBench.backstory());
    ours.push(run.ms);
    frame.push(run.frameMs);
    mentions = run.mentions;
    longestSlice = Math.max(longestSlice, run.longestSliceMs);
  }
  const mark = [];
  let markMentions = null;
  for (let i = 0; WITH_MARK && markScript && i < MARK_RUNS; i++) {
    // mark.js wraps text in elements: a fresh copy of the page for each run.
    await load(page, html);
    await page.evaluate(script);
    await page.evaluate(markScript);
    const run = await page.evaluate(() => window.backstoryBench.markjs());
    mark.push(run.ms);
    markMentions = run.mentions;
  }
  return {
    textLength,
    floor: median(floor),
    ours: median(ours),
    frame: median(frame),
    floorFrame: median(floorFrame),
    mark: mark.length ? median(mark) : null,
    mentions,
    markMentions,
    longestSlice,
  };
}

const fmt = (n, digits = 2) => (n === null || n === undefined ? '-' : n.toFixed(digits));

async function main() {
  const dictionary = JSON.parse(fs.readFileSync(path.join(root, 'assets/dictionary/backstory.json'), 'utf8'));
  const script = await pageScript(dictionary);
  const markScript = fs.readFileSync(path.join(root, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'backstory-bench-'));
  const browser = await puppeteer.launch(benchLaunchOptions(userDataDir));
  const rows = [];
  server = await startServer();
  try {
    const page = await browser.newPage();
    // The saved pages' resources stay out: only their DOM is measured, and nothing leaves the machine.
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      // Only the page itself loads; its images, styles and scripts elsewhere stay out.
      const isPage = server !== null && request.url().startsWith(`${server.origin}/page/`);
      (isPage ? request.continue() : request.abort()).catch(() => undefined);
    });
    await page.setViewport({ width: 1280, height: 900 });
    const pages = [...realPages(), ...syntheticPages(dictionary)];
    for (const entry of pages) {
      // mark.js takes minutes on the 2 MB page (216 s for one run), and no target compares it there.
      const isHuge = entry.kind === 'synthetic' && entry.size >= 1_000_000;
      const result = await measure(page, entry.html, script, isHuge ? null : markScript);
      rows.push({ ...entry, ...result });
      process.stderr.write(
        `${entry.name}: floor ${fmt(result.floor)} ms, backstory ${fmt(result.ours)} ms, mark.js ${fmt(result.mark)} ms, ${result.mentions} mentions\n`,
      );
    }
  } finally {
    await server.close();
    await browser.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  report(rows);
  if (WITH_STARTUP) {
    console.log('\nthe built extension (dist/chrome), thread time of page loads with it minus without:');
    const startup = await measureStartup({ extensionDir: path.join(root, 'dist/chrome'), pairs: PAIRS });
    for (const line of startupReport(startup)) console.log(line);
    console.log(
      '\nlive text (dist/chrome): a ticker rewritten every few ms, the name painted per frame and its main-thread cost:',
    );
    const ticker = await measureTicker({ extensionDir: path.join(root, 'dist/chrome') });
    for (const line of tickerReport(ticker)) console.log(line);
    console.log(
      "\nthe article's own names (dist/chrome): drawn in the service worker, the text read in the page:",
    );
    const articles = await measureArticles({
      extensionDir: path.join(root, 'dist/chrome'),
      pageLimit: PAGE_LIMIT,
    });
    for (const line of articleReport(articles)) console.log(line);
  }
}

function report(rows) {
  const header = [
    'page',
    'text KB',
    'mentions',
    'floor ms',
    'backstory ms',
    'frame ms',
    'x floor',
    'mark.js ms',
    'mark.js / backstory',
    'longest slice ms',
  ];
  const lines = rows.map((r) => [
    r.name,
    fmt(r.textLength / 1000, 0),
    String(r.mentions),
    fmt(r.floor),
    fmt(r.ours),
    fmt(r.frame),
    fmt(r.ours / r.floor, 1),
    fmt(r.mark),
    r.mark === null ? '-' : fmt(r.mark / r.ours, 0),
    fmt(r.longestSlice, 1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const print = (cells) => {
    console.log(`| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`);
  };
  print(header);
  print(widths.map((w) => '-'.repeat(w)));
  lines.forEach(print);
  const real = rows.filter((r) => r.kind === 'real');
  if (real.length > 0) {
    const ratios = real.map((r) => r.ours / r.floor);
    const markRatios = real.filter((r) => r.mark !== null).map((r) => r.mark / r.ours);
    console.log(
      `\nreal pages: ${real.length}; backstory / floor: median ${fmt(median(ratios), 2)}x, worst ${fmt(Math.max(...ratios), 2)}x (targets 2x, 3x)`,
    );
    if (markRatios.length)
      console.log(
        `mark.js / backstory: worst ${fmt(Math.min(...markRatios), 0)}x, median ${fmt(median(markRatios), 0)}x (target at least 100x)`,
      );
    // What the ratios above are made of: the work apart from the frame after it, and what a frame costs when
    // Backstory paints (pages with mentions) against the empty frame the floor waits for.
    const workRatios = real.map((r) => (r.ours - r.frame) / Math.max(r.floor - r.floorFrame, 0.005));
    console.log(
      `work alone (each time less its frame): backstory / floor median ${fmt(median(workRatios), 2)}x, worst ${fmt(Math.max(...workRatios), 2)}x`,
    );
    const painted = real.filter((r) => r.mentions > 0);
    if (painted.length) {
      console.log(
        `frame after painting, pages with mentions (${painted.length}): median ${fmt(median(painted.map((r) => r.frame)))} ms, against the floor's frame ${fmt(median(painted.map((r) => r.floorFrame)))} ms; the floor in all: median ${fmt(median(painted.map((r) => r.floor)))} ms`,
      );
      // Where that frame alone passes 3x the floor, no scan, however fast, brings the page within 3x.
      const overThree = painted.filter((r) => r.frame > 3 * r.floor);
      const over = real.filter((r) => r.ours > 3 * r.floor);
      console.log(
        `over 3x the floor: ${over.length} pages (${over.filter((r) => r.mentions > 0).length} of them with mentions); on ${overThree.length} pages the frame after painting alone is over 3x the floor`,
      );
    }
    const marked = real.filter((r) => r.mark !== null);
    const underHundred = marked.filter((r) => r.mark / r.floor < 100);
    if (marked.length)
      console.log(
        `mark.js / floor: under 100x on ${underHundred.length} of ${marked.length} pages (lowest ${fmt(Math.min(...marked.map((r) => r.mark / r.floor)), 0)}x): there, being 100x faster than mark.js means being faster than the floor itself`,
      );
  }
  const synthetic = rows.filter((r) => r.kind === 'synthetic');
  for (const r of synthetic) {
    console.log(
      `${r.name}: ${fmt((r.ours / r.textLength) * 1e6, 1)} ms per MB of text (floor ${fmt((r.floor / r.textLength) * 1e6, 1)} ms per MB), ${fmt(r.ours / r.floor, 1)}x floor, longest slice ${fmt(r.longestSlice, 1)} ms`,
    );
  }
}

await main();
