/**
 * The browser-independent half of a session: given a launched browser, its
 * extension base URL and how it opens extension pages, builds the helpers
 * every test uses and the close that always kills the browser.
 */
import type { Browser, Page } from 'puppeteer-core';
import type { BackgroundApi, ContentApi, Reply } from '../../../src/shared/messages';
import { killGroup } from './processes';
import { saveRequestLog } from './network';
import type { RecordingProxy } from './proxy';
import {
  createTabFromExtensionPage,
  pageWithUrl,
  sendFromExtensionPage,
  sendToTabFromExtensionPage,
  type BrowserName,
  type BrowserSession,
  type PageError,
} from './session';

/** What a browser-specific launcher hands over. */
export interface SessionParts {
  name: BrowserName;
  browser: Browser;
  pid: number;
  extensionId: string;
  extensionBaseUrl: string;
  proxy: RecordingProxy;
  /** Loads `url` in `page`; Firefox cannot await goto on moz-extension:// pages. */
  loadExtensionPage: (page: Page, url: string) => Promise<void>;
  /** Whether the suite-wide network check counts this browser. */
  isSuiteChecked: boolean;
  /** Where page errors are collected; a launcher may add to it from elsewhere (Firefox's extension pages). */
  pageErrors: PageError[];
  /** Extra clean-up (temporary profile directories, servers). */
  cleanUp: () => void | Promise<void>;
}

/** Builds a session from its browser-specific parts. */
export function buildSession(parts: SessionParts): BrowserSession {
  const { browser, proxy, extensionBaseUrl } = parts;
  let helperPage: Page | undefined;
  let isClosed = false;
  const { pageErrors } = parts;

  // Errors are filed under the URL the page was opened for: Firefox can still
  // report about:blank as page.url() when the first error arrives.
  const watchErrors = (page: Page, url: string): Page => {
    page.on('pageerror', (error: unknown) => {
      pageErrors.push({ url, message: error instanceof Error ? error.message : String(error) });
    });
    return page;
  };
  const openExtensionPage = async (pathAndQuery: string): Promise<Page> => {
    const url = new URL(pathAndQuery, extensionBaseUrl).href;
    const page = watchErrors(await browser.newPage(), url);
    await parts.loadExtensionPage(page, url);
    return page;
  };
  // One extension page kept open to send messages and create tabs from.
  const helper = async (): Promise<Page> => {
    // Firefox's BiDi does not mark the pages an extension reload closed: one whose frame is gone fails to evaluate.
    const isGone = (page: Page): Promise<boolean> =>
      page.isClosed()
        ? Promise.resolve(true)
        : page
            .evaluate(() => true)
            .then(
              () => false,
              () => true,
            );
    if (helperPage === undefined || (await isGone(helperPage)))
      helperPage = await openExtensionPage('popup.html');
    return helperPage;
  };

  return {
    name: parts.name,
    browser,
    extensionId: parts.extensionId,
    extensionBaseUrl,
    proxy,
    pageErrors,
    openPage: async (url) => {
      const page = watchErrors(await browser.newPage(), url);
      await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
      return page;
    },
    openExtensionPage,
    openTab: async (url) => {
      const href = new URL(url).href;
      const tabId = await createTabFromExtensionPage(await helper(), href);
      const page = watchErrors(await pageWithUrl(browser, href), href);
      await page.waitForFunction(() => document.readyState === 'complete', { timeout: 15_000 });
      return { page, tabId };
    },
    callBackground: async <K extends keyof BackgroundApi>(type: K, params: BackgroundApi[K]['params']) =>
      (await sendFromExtensionPage(await helper(), { backstory: 1, type, params })) as Reply<
        BackgroundApi[K]['return']
      >,
    callTab: async <K extends keyof ContentApi>(tabId: number, type: K, params: ContentApi[K]['params']) =>
      (await sendToTabFromExtensionPage(await helper(), tabId, { backstory: 1, type, params })) as Reply<
        ContentApi[K]['return']
      >,
    close: async () => {
      if (isClosed) return;
      isClosed = true;
      try {
        await Promise.race([browser.close(), new Promise((resolve) => setTimeout(resolve, 5000))]);
      } catch {
        // The group is killed below whatever happened.
      } finally {
        killGroup(parts.pid);
        if (parts.isSuiteChecked) saveRequestLog(parts.name, proxy.requests);
        await proxy.close();
        await parts.cleanUp();
      }
    },
  };
}
