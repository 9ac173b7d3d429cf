// Live text in the built extension, in headless Chromium: on a page whose
// ticker is rewritten every 5, 100 and 250 ms, the share of frames in which
// the ticker's name is painted (sampled just before paint, by the e2e
// fixture's sampler) and Backstory's main-thread CPU over the same window
// (thread time with the extension minus without, interleaved pairs, median).
// Used by run.mjs; alone: node tests/bench/ticker.mjs [--extension DIR] [--pairs N] [--intervals 5,100]
/* global window */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, median, startServer } from './startup.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURE = path.join(root, 'tests/e2e/fixtures/live/ticker.html');
const SAMPLE_MS = 2000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Frames sampled, painted frames and main-thread ms over one sample of the ticker at `url`. */
async function sampleOnce(browser, url, isExtension) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const threadMs = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
  };
  await page.goto(url, { waitUntil: 'load' });
  await page.bringToFront();
  if (isExtension) {
    await page.waitForFunction(() => CSS.highlights.size > 0, { timeout: 10_000 }).catch(() => undefined);
  }
  // The first scan and paint are start-up, measured elsewhere.
  await sleep(500);
  const before = await threadMs();
  const sample = await page.evaluate((ms) => window.sampleFrames(ms), SAMPLE_MS);
  const after = await threadMs();
  await page.close();
  return { ...sample, threadMs: after - before };
}

/** Painted-frame share and CPU (ms per second) of the extension in `extensionDir` at each interval. */
export async function measureTicker({ extensionDir, pairs = 5, intervals = [5, 100, 250] }) {
  const server = await startServer();
  server.add('ticker', fs.readFileSync(FIXTURE, 'utf8'));
  const withExtension = await launch(extensionDir);
  const without = await launch(null);
  const results = [];
  try {
    for (const ms of intervals) {
      const url = (n) => `${server.url('ticker', n)}?ms=${ms}`;
      await sampleOnce(withExtension.browser, url(0), true);
      await sampleOnce(without.browser, url(0), false);
      const shares = [];
      const costs = [];
      for (let i = 1; i <= pairs; i++) {
        const order = i % 2 === 0 ? [true, false] : [false, true];
        const runs = {};
        for (const isExtension of order) {
          const browser = isExtension ? withExtension.browser : without.browser;
          runs[String(isExtension)] = await sampleOnce(browser, url(i), isExtension);
        }
        const ours = runs.true;
        shares.push(ours.ticker / Math.max(1, ours.frames));
        costs.push(((ours.threadMs - runs.false.threadMs) * 1000) / SAMPLE_MS);
      }
      results.push({
        ms,
        painted: median(shares),
        cpu: median(costs),
        spread: [Math.min(...costs), Math.max(...costs)],
      });
    }
  } finally {
    await withExtension.close();
    await without.close();
    await server.close();
  }
  return results;
}

/** The lines run.mjs prints. */
export function tickerReport(results) {
  return results.map(
    ({ ms, painted, cpu, spread }) =>
      `ticker every ${ms} ms: name painted in ${(painted * 100).toFixed(0)} % of frames; Backstory's main thread ${cpu.toFixed(1)} ms per second (pairs from ${spread[0].toFixed(1)} to ${spread[1].toFixed(1)})`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--extension');
  const pairsAt = args.indexOf('--pairs');
  const intervalsAt = args.indexOf('--intervals');
  const results = await measureTicker({
    extensionDir: path.resolve(at >= 0 ? (args[at + 1] ?? '') : path.join(root, 'dist/chrome')),
    pairs: pairsAt >= 0 ? Number(args[pairsAt + 1]) : 5,
    intervals: intervalsAt >= 0 ? (args[intervalsAt + 1] ?? '').split(',').map(Number) : undefined,
  });
  for (const line of tickerReport(results)) console.log(line);
}
