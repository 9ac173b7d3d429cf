/**
 * What a launched browser offers the tests, the same for Chromium and
 * Firefox: pages, extension pages, tabs with their extension tab id, typed
 * calls to the background, the requests it made, and a close that always
 * kills it.
 */
import type { Browser, Page } from 'puppeteer-core';
import type { BackgroundApi, ContentApi, Reply } from '../../../src/shared/messages';
import type { RecordingProxy } from './proxy';

/** The two browsers the suite runs in. */
export type BrowserName = 'chromium' | 'firefox';

/** How to launch a browser. */
export interface LaunchOptions {
  /** Load the built extension (dist/chrome or dist/firefox). Default true. */
  isExtensionLoaded?: boolean;
  /** Default true; false opens a window (needs $DISPLAY). */
  isHeadless?: boolean;
  /** Deadline for launch plus extension install, in ms. Default 60,000. */
  timeoutMs?: number;
  /** Window size; default 1280 x 900. */
  viewport?: { width: number; height: number };
  /**
   * Whether the suite-wide check counts this browser's requests. Default
   * true; false only for the harness's own test that leaks on purpose.
   */
  isSuiteChecked?: boolean;
}

/** An uncaught error or unhandled rejection in a page the session opened. */
export interface PageError {
  url: string;
  message: string;
}

/** A browser with Backstory loaded, ready for a test. */
export interface BrowserSession {
  name: BrowserName;
  browser: Browser;
  /** Chrome's extension id or Firefox's add-on id. */
  extensionId: string;
  /** `chrome-extension://ID/` or `moz-extension://UUID/`. */
  extensionBaseUrl: string;
  /** The recording proxy this browser sends all non-loopback traffic to. */
  proxy: RecordingProxy;
  /** Uncaught errors and unhandled rejections in the pages the session opened (for `openTab`, those after it loaded). */
  readonly pageErrors: readonly PageError[];
  /** Opens `url` in a new tab and waits for it to load. */
  openPage: (url: string) => Promise<Page>;
  /** Opens an extension page (`popup.html?tab=3`) in a new tab and waits until it has loaded. */
  openExtensionPage: (pathAndQuery: string) => Promise<Page>;
  /** Opens `url` in a new tab created by the extension, so its tab id is known (for `popup.html?tab=`). */
  openTab: (url: string) => Promise<{ page: Page; tabId: number }>;
  /** Sends a typed message to the background from an extension page and returns its reply. */
  callBackground: <K extends keyof BackgroundApi>(
    type: K,
    params: BackgroundApi[K]['params'],
  ) => Promise<Reply<BackgroundApi[K]['return']>>;
  /** Sends a typed message to the content script of tab `tabId` (top frame) from an extension page. */
  callTab: <K extends keyof ContentApi>(
    tabId: number,
    type: K,
    params: ContentApi[K]['params'],
  ) => Promise<Reply<ContentApi[K]['return']>>;
  /** Closes the browser and kills its process group; saves its request log for the suite check. */
  close: () => Promise<void>;
}

type ExtensionGlobal = {
  runtime: { sendMessage: (message: unknown) => Promise<unknown> };
  tabs: {
    create: (props: { url: string; active: boolean }) => Promise<{ id?: number }>;
    sendMessage: (tabId: number, message: unknown, options: { frameId: number }) => Promise<unknown>;
  };
};

/** Polls `check` every 100 ms until it returns a value other than `undefined`, or throws after `timeoutMs`. */
export async function pollFor<T>(check: () => Promise<T | undefined>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      // A page that is still navigating throws; try again.
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const reason = lastError instanceof Error ? `: ${lastError.message}` : '';
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${reason}`);
}

/** Sends `message` through the extension API of `page` (an extension page). */
export async function sendFromExtensionPage(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate(async (m) => {
    const g = globalThis as unknown as { browser?: ExtensionGlobal; chrome?: ExtensionGlobal };
    const api = g.browser ?? g.chrome;
    if (api === undefined) throw new Error('No extension API on this page.');
    return api.runtime.sendMessage(m);
  }, message);
}

/** Sends `message` to the top frame of tab `tabId` through the extension API of `page` (an extension page). */
export async function sendToTabFromExtensionPage(
  page: Page,
  tabId: number,
  message: unknown,
): Promise<unknown> {
  return page.evaluate(
    async (id, m) => {
      const g = globalThis as unknown as { browser?: ExtensionGlobal; chrome?: ExtensionGlobal };
      const api = g.browser ?? g.chrome;
      if (api === undefined) throw new Error('No extension API on this page.');
      return api.tabs.sendMessage(id, m, { frameId: 0 });
    },
    tabId,
    message,
  );
}

/** Creates a tab through the extension API of `page` and returns its tab id. */
export async function createTabFromExtensionPage(page: Page, url: string): Promise<number> {
  const id = await page.evaluate(async (u) => {
    const g = globalThis as unknown as { browser?: ExtensionGlobal; chrome?: ExtensionGlobal };
    const api = g.browser ?? g.chrome;
    if (api === undefined) throw new Error('No extension API on this page.');
    return (await api.tabs.create({ url: u, active: true })).id;
  }, url);
  if (typeof id !== 'number') throw new Error(`tabs.create gave no tab id for ${url}`);
  return id;
}

/** Finds the page whose URL is `url`, waiting for it to appear. */
export async function pageWithUrl(browser: Browser, url: string, timeoutMs = 10_000): Promise<Page> {
  const target = await browser.waitForTarget((t) => t.url() === url, { timeout: timeoutMs });
  const page = await target.page();
  if (page === null) throw new Error(`The target at ${url} is not a page.`);
  return page;
}
