// Live text in the built extension, in headless Chromium: on a page whose
// ticker is rewritten every 5, 100 and 250 ms, the share of frames in which
// the ticker's name is painted (sampled just before paint, by the e2e
// fixture's sampler) and Backstory's main-thread CPU over the same window
// (thread time with the extension minus without, interleaved pairs, median).
// Used by run.mjs; alone: node tests/bench/ticker.mjs [--extension DIR] [--baseline DIR] [--pairs N] [--intervals 5,100]
// (--baseline: another build measured in the same run, e.g. the one before the time throttle, eeb6ad5).
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

/**
 * Painted-frame share and CPU (ms per second) of the extension in `extensionDir` at each interval; with
 * `baselineDir`, the same of another build in the same run (its loads interleaved with the others, the
 * order turning each pair), so that the two CPU figures share the machine's drift.
 * @param {{ extensionDir: string, baselineDir?: string | null, pairs?: number, intervals?: number[] }} options
 */
export async function measureTicker({
  extensionDir,
  baselineDir = null,
  pairs = 5,
  intervals = [5, 100, 250],
}) {
  const server = await startServer();
  server.add('ticker', fs.readFileSync(FIXTURE, 'utf8'));
  const builds = [{ name: 'ours', session: await launch(extensionDir) }];
  if (baselineDir !== null) builds.push({ name: 'baseline', session: await launch(baselineDir) });
  const without = await launch(null);
  const results = [];
  try {
    for (const ms of intervals) {
      const url = (n) => `${server.url('ticker', n)}?ms=${ms}`;
      for (const build of builds) await sampleOnce(build.session.browser, url(0), true);
      await sampleOnce(without.browser, url(0), false);
      /** @type {Record<string, { shares: number[], costs: number[] }>} */
      const runs = Object.fromEntries(builds.map((b) => [b.name, { shares: [], costs: [] }]));
      for (let i = 1; i <= pairs; i++) {
        const entrants = [...builds.map((b) => ({ name: b.name, browser: b.session.browser })), null];
        // Each pair in another order: the first load of a pair is not always the same build's.
        const turn = i % entrants.length;
        const order = [...entrants.slice(turn), ...entrants.slice(0, turn)];
        /** @type {Record<string, { ticker: number, frames: number, threadMs: number }>} */
        const got = {};
        let bare = 0;
        for (const entrant of order) {
          if (entrant === null) bare = (await sampleOnce(without.browser, url(i), false)).threadMs;
          else got[entrant.name] = await sampleOnce(entrant.browser, url(i), true);
        }
        for (const [name, run] of Object.entries(got)) {
          runs[name]?.shares.push(run.ticker / Math.max(1, run.frames));
          runs[name]?.costs.push(((run.threadMs - bare) * 1000) / SAMPLE_MS);
        }
      }
      const summary = (/** @type {{ shares: number[], costs: number[] }} */ r) => ({
        painted: median(r.shares),
        cpu: median(r.costs),
        spread: [Math.min(...r.costs), Math.max(...r.costs)],
      });
      const ours = runs.ours ?? { shares: [], costs: [] };
      results.push({ ms, ...summary(ours), baseline: runs.baseline ? summary(runs.baseline) : null });
    }
  } finally {
    for (const build of builds) await build.session.close();
    await without.close();
    await server.close();
  }
  return results;
}

/** The lines run.mjs prints. */
export function tickerReport(results) {
  return results.map(({ ms, painted, cpu, spread, baseline }) => {
    const line = `ticker every ${ms} ms: name painted in ${(painted * 100).toFixed(0)} % of frames; Backstory's main thread ${cpu.toFixed(1)} ms per second (pairs from ${spread[0].toFixed(1)} to ${spread[1].toFixed(1)})`;
    if (baseline === null) return line;
    return `${line}; baseline build ${(baseline.painted * 100).toFixed(0)} % of frames, ${baseline.cpu.toFixed(1)} ms per second (from ${baseline.spread[0].toFixed(1)} to ${baseline.spread[1].toFixed(1)}): ${(cpu / baseline.cpu).toFixed(2)}x`;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--extension');
  const pairsAt = args.indexOf('--pairs');
  const intervalsAt = args.indexOf('--intervals');
  const baselineAt = args.indexOf('--baseline');
  const results = await measureTicker({
    extensionDir: path.resolve(at >= 0 ? (args[at + 1] ?? '') : path.join(root, 'dist/chrome')),
    baselineDir: baselineAt >= 0 ? path.resolve(args[baselineAt + 1] ?? '') : null,
    pairs: pairsAt >= 0 ? Number(args[pairsAt + 1]) : 5,
    intervals: intervalsAt >= 0 ? (args[intervalsAt + 1] ?? '').split(',').map(Number) : undefined,
  });
  for (const line of tickerReport(results)) console.log(line);
}
