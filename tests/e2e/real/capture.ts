/**
 * Errors of Backstory's contexts while a page is visited, and the main
 * thread's time. What is seen: in both browsers, uncaught errors, unhandled
 * rejections and console errors of the content script (Chromium over CDP,
 * Firefox over WebDriver BiDi's log entries, both checked with a throwaway
 * extension whose content script throws, rejects and logs); in Chromium also
 * the service worker's. Not seen: Firefox's background page (BiDi shows no
 * extension realm) and errors the extension catches and swallows.
 */
import type { CDPSession, Page } from 'puppeteer-core';
import { type BrowserSession, type ChromiumSession } from '../harness';
import { isCspReport } from './checks';

/** Collects errors under whichever page is current. */
export class ErrorLog {
  private readonly byPage = new Map<string, string[]>();
  current = '';

  add(message: string): void {
    const list = this.byPage.get(this.current) ?? [];
    list.push(message);
    this.byPage.set(this.current, list);
  }

  /** The errors filed under `page`. */
  of(page: string): string[] {
    return this.byPage.get(page) ?? [];
  }
}

/** Files the page's uncaught errors and the extension's console errors in `log`; returns the teardown. */
export function watchPageErrors(page: Page, extensionBaseUrl: string, log: ErrorLog): () => void {
  const onError = (error: unknown): void => {
    const message = error instanceof Error ? error.message : String(error);
    // Page scripts cannot run under the suite's CSP, so any other uncaught error is Backstory's.
    if (!isCspReport(message)) log.add(`uncaught: ${message}`);
  };
  const onConsole = (message: {
    type: () => string;
    text: () => string;
    location: () => { url?: string };
  }) => {
    const url = message.location().url ?? '';
    const isOurs =
      (extensionBaseUrl !== '' && url.startsWith(extensionBaseUrl)) || message.text().startsWith('Backstory');
    if (message.type() === 'error' && isOurs) log.add(`console: ${message.text()}`);
  };
  page.on('pageerror', onError);
  page.on('console', onConsole);
  return () => {
    page.off('pageerror', onError);
    page.off('console', onConsole);
  };
}

/** Files the Chromium service worker's errors in `log`; returns the teardown. */
export async function watchServiceWorkerErrors(session: ChromiumSession, log: ErrorLog): Promise<() => void> {
  const worker = await session.serviceWorker();
  const onError = (error: Error): void => {
    log.add(`service worker: ${error.message}`);
  };
  const onConsole = (message: { type: () => string; text: () => string }): void => {
    if (message.type() === 'error') log.add(`service worker console: ${message.text()}`);
  };
  worker.on('error', onError);
  worker.on('console', onConsole);
  return () => {
    worker.off('error', onError);
    worker.off('console', onConsole);
  };
}

/** Chromium's script time for a page's renderer, from CDP's Performance domain; `null` elsewhere. */
export interface ScriptClock {
  read: () => Promise<number | null>;
}

/** A clock of the page's script time in milliseconds (Chromium); Firefox has none, so it reads `null`. */
export async function scriptClock(session: BrowserSession, page: Page): Promise<ScriptClock> {
  if (session.name !== 'chromium') return { read: () => Promise.resolve(null) };
  const cdp: CDPSession = await page.createCDPSession();
  await cdp.send('Performance.enable');
  return {
    read: async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const seconds = metrics.find((metric) => metric.name === 'ScriptDuration')?.value;
      return seconds === undefined ? null : seconds * 1000;
    },
  };
}
