/**
 * Backstory on every saved real page, in Chromium and Firefox: no error from
 * its contexts, the page's DOM exactly as without it (but for the tooltip's
 * host), every painted range a whole-word alias of an entity of its type, no
 * request off loopback; times reported (`npm run test:real -- --report`),
 * never asserted. Each browser runs twice side by side, with Backstory and
 * without it, one tab each, visiting the pages in turn. Pages are served
 * under a CSP that runs no page script and loads no page resource, in both
 * runs, so the two documents can be compared exactly (tests/e2e/real/pages.ts).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  assertOnlyLoopback,
  BROWSERS,
  launchBrowser,
  pollFor,
  startStaticServer,
  type BrowserName,
  type BrowserSession,
  type ChromiumSession,
  type StaticServer,
} from './harness';
import { ErrorLog, scriptClock, watchPageErrors, watchServiceWorkerErrors } from './real/capture';
import { firstDifference, paintedRangeProblems } from './real/checks';
import { realPagePath, serveRealPages, type RealPage } from './real/pages';
import {
  READ_PAINTED,
  READ_TASK_WATCH,
  READ_WATCH,
  SERIALISE_DOCUMENT,
  START_TASK_WATCH,
  START_WATCH,
  type PaintedRange,
  type ThreadWatch,
} from './real/probes';
import { isReporting, recordRow } from './real/report';
import { watchArticle, type ArticleVisit } from './real/article-watch';
import { traceVisit, type BackstoryTasks } from './real/trace';
import { describeSavedPages } from '../support/saved-pages-suite';

const BLANK = '/real/blank';

/** One browser's two runs: with Backstory (its tab and tab id) and without. */
interface Runs {
  server: StaticServer;
  withBackstory: BrowserSession;
  without: BrowserSession;
  tab: Page;
  tabId: number;
  plain: Page;
  errors: ErrorLog;
  /** The run without Backstory's errors: the page's own (Firefox reports blocked loads as errors). */
  pageOwnErrors: ErrorLog;
  teardowns: (() => void)[];
}

async function startRuns(name: BrowserName, pages: readonly RealPage[]): Promise<Runs> {
  const server = await startStaticServer();
  serveRealPages(server, pages);
  server.setRoute(BLANK, (_req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end('<!doctype html><title>blank</title>');
  });
  const [withBackstory, without] = await Promise.all([
    launchBrowser(name),
    launchBrowser(name, { isExtensionLoaded: false }),
  ]);
  const errors = new ErrorLog();
  const pageOwnErrors = new ErrorLog();
  const { page: tab, tabId } = await withBackstory.openTab(server.url(BLANK));
  const plain = await without.openPage(server.url(BLANK));
  await tab.evaluateOnNewDocument(START_WATCH);
  await plain.evaluateOnNewDocument(START_WATCH);
  if (isReporting()) {
    await tab.evaluateOnNewDocument(START_TASK_WATCH);
    await plain.evaluateOnNewDocument(START_TASK_WATCH);
  }
  const teardowns = [
    watchPageErrors(tab, withBackstory.extensionBaseUrl, errors),
    watchPageErrors(plain, '', pageOwnErrors),
  ];
  if (name === 'chromium')
    teardowns.push(await watchServiceWorkerErrors(withBackstory as ChromiumSession, errors));
  return { server, withBackstory, without, tab, tabId, plain, errors, pageOwnErrors, teardowns };
}

/** Loads `url` in the run without Backstory and reads its document and main-thread watch, `holdMs` after load. */
async function readWithout(page: Page, url: string, holdMs: number) {
  await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
  // For the report, the watch runs as long after load as it did with Backstory, so both see the same span.
  if (holdMs > 0) await new Promise((resolve) => setTimeout(resolve, holdMs));
  const watch = (await page.evaluate(READ_WATCH)) as ThreadWatch;
  const longestTaskMs = (await page.evaluate(READ_TASK_WATCH)) as number;
  const { markup } = (await page.evaluate(SERIALISE_DOCUMENT)) as { markup: string };
  return { markup, watch, longestTaskMs };
}

/**
 * Loads `url` in the run with Backstory and waits for the content script's
 * first report of it; for the report (only), also for the article's names
 * (real/article-watch.ts), with Chromium's trace of the visit (real/trace.ts).
 */
async function readWith(runs: Runs, url: string) {
  const clock = await scriptClock(runs.withBackstory, runs.tab);
  const scriptBefore = await clock.read();
  const isChromium = runs.withBackstory.name === 'chromium';
  const stopTrace =
    isReporting() && isChromium ? await traceVisit(runs.tab, runs.withBackstory.extensionBaseUrl) : null;
  const started = Date.now();
  await runs.tab.goto(url, { waitUntil: 'load', timeout: 15_000 });
  const loadedAt = Date.now();
  await pollFor(
    async () => {
      const reply = await runs.withBackstory.callBackground('getTabState', { tabId: runs.tabId });
      if (!('result' in reply) || reply.result === null || reply.result.url !== url) return undefined;
      return reply.result.findings !== null || reply.result.inactive !== null ? true : undefined;
    },
    15_000,
    `Backstory's report of ${url}`,
  );
  const reportedAfterMs = Date.now() - started;
  const article: ArticleVisit | null = isReporting()
    ? await watchArticle(runs.withBackstory, runs.tabId, url, loadedAt)
    : null;
  // Two frames, so highlights and styles the scan added are painted before the watch is read.
  await runs.tab.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  const watch = (await runs.tab.evaluate(READ_WATCH)) as ThreadWatch;
  const longestTaskMs = (await runs.tab.evaluate(READ_TASK_WATCH)) as number;
  const heldMs = Date.now() - loadedAt;
  const tasks: BackstoryTasks | null = stopTrace === null ? null : await stopTrace(url);
  const scriptAfter = await clock.read();
  const painted = (await runs.tab.evaluate(READ_PAINTED)) as PaintedRange[];
  const { markup } = (await runs.tab.evaluate(SERIALISE_DOCUMENT)) as { markup: string };
  // The article's own names, as the background drew them: painted ranges may be their aliases too.
  const own = await runs.withBackstory.callBackground('getArticle', { tabId: runs.tabId, url });
  const drawn = 'result' in own && own.result !== null ? [own.result.dictionary] : [];
  const scriptMs = scriptBefore === null || scriptAfter === null ? null : scriptAfter - scriptBefore;
  return { markup, watch, painted, drawn, scriptMs, reportedAfterMs, article, tasks, heldMs, longestTaskMs };
}

describeSavedPages('Backstory on the saved real pages', (pages) => {
  describe.each(BROWSERS)('%s', (name) => {
    let runs: Runs | undefined;
    let launchError: unknown;

    beforeAll(async () => {
      runs = await startRuns(name, pages).catch((error: unknown) => {
        launchError = error;
        return undefined;
      });
    });
    afterAll(async () => {
      for (const teardown of runs?.teardowns ?? []) teardown();
      await Promise.all([runs?.withBackstory.close(), runs?.without.close()]);
      await runs?.server.close();
    });
    const started = (): Runs => {
      if (runs === undefined) throw new Error(`${name} did not start: ${String(launchError)}`);
      return runs;
    };

    test.each(pages)('$name', async (page: RealPage) => {
      const r = started();
      const url = r.server.url(realPagePath(page));
      r.errors.current = page.name;
      r.pageOwnErrors.current = page.name;
      const before = [r.withBackstory.proxy.requests.length, r.without.proxy.requests.length] as const;
      const withIt = await readWith(r, url);
      const without = await readWithout(r.plain, url, isReporting() ? withIt.heldMs : 0);
      const pageOwn = new Set(r.pageOwnErrors.of(page.name));
      const errors = r.errors.of(page.name).filter((message) => !pageOwn.has(message));
      recordRow({
        browser: name,
        page: page.name,
        mentions: withIt.painted.length,
        scriptMs: withIt.scriptMs,
        busyMs: withIt.watch.busyMs,
        baselineBusyMs: without.watch.busyMs,
        longestMs: withIt.watch.longestGapMs,
        baselineLongestMs: without.watch.longestGapMs,
        reportedAfterMs: withIt.reportedAfterMs,
        longestTaskMs: withIt.longestTaskMs,
        baselineLongestTaskMs: without.longestTaskMs,
        longGaps: withIt.watch.longGaps,
        baselineLongGaps: without.watch.longGaps,
        errors: errors.length,
        article: withIt.article,
        tasks: withIt.tasks,
      });
      expect(errors).toEqual([]);
      expect(firstDifference(without.markup, withIt.markup)).toBeNull();
      expect(paintedRangeProblems(withIt.painted, withIt.drawn)).toEqual([]);
      assertOnlyLoopback(
        r.withBackstory.proxy.requests.slice(before[0]),
        `${name} with Backstory on ${page.name}`,
      );
      assertOnlyLoopback(
        r.without.proxy.requests.slice(before[1]),
        `${name} without Backstory on ${page.name}`,
      );
    });

    test('no request of either run went to a host other than loopback', () => {
      const r = started();
      assertOnlyLoopback(r.withBackstory.proxy.requests, `${name} with Backstory`);
      assertOnlyLoopback(r.without.proxy.requests, `${name} without Backstory`);
    });
  });
});
