/**
 * Launches Debian's Chromium with the built extension through
 * puppeteer-core (CDP over a pipe), its background traffic switched off and
 * whatever remains sent to the recording proxy.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import type { WebWorker } from 'puppeteer-core';
import { buildSession } from './build-session';
import { isServiceWorkerRunning, stopServiceWorkers } from './chromium-worker';
import { guardProcessGroup, keepProfileOf, killGroup, withTimeout } from './processes';
import { startRecordingProxy } from './proxy';
import { ROOT } from './server';
import type { BrowserSession, LaunchOptions } from './session';

// $BACKSTORY_CHROMIUM, when set, is the only one tried.
const CANDIDATES = process.env.BACKSTORY_CHROMIUM
  ? [process.env.BACKSTORY_CHROMIUM]
  : ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

/** A Chromium session, plus its extension service worker. */
export interface ChromiumSession extends BrowserSession {
  /** The extension's service worker, waiting for its target (which outlives a stop). */
  serviceWorker: () => Promise<WebWorker>;
  /** Stops the extension's service worker, as Chrome does after 30 s idle, and waits until it has stopped. */
  stopServiceWorker: () => Promise<void>;
  /** Whether the extension's service worker is running now. */
  isServiceWorkerRunning: () => Promise<boolean>;
  /**
   * Closes this browser completely and launches it again on the same profile
   * with the same extension (same path, so the same id), as a reader's
   * restart; the new session removes the profile at its close.
   */
  restart: () => Promise<ChromiumSession>;
}

/** The Chromium executable (the first of `candidates` that exists), or an error that says how to install it. */
export function chromiumPath(candidates: readonly string[] = CANDIDATES): string {
  const found = candidates.find((file) => fs.existsSync(file));
  if (found === undefined) {
    throw new Error(`Chromium not found at ${candidates.join(' or ')}: apt-get install chromium firefox-esr`);
  }
  return found;
}

/** Flags that keep Chromium quiet on the network; the common brief's list. */
export function chromiumArgs(proxyPort: number): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--disable-breakpad',
    '--metrics-recording-only',
    '--component-updater=url-source=http://127.0.0.1:9/',
    '--gaia-url=http://127.0.0.1:9/',
    '--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater',
    `--proxy-server=http://127.0.0.1:${proxyPort}`,
    // WebRTC's UDP would go around an HTTP proxy, unrecorded.
    '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
  ];
}

/** Launches Chromium (with the extension unless told otherwise) on a fresh profile. */
export function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  return launchOnProfile(options, fs.mkdtempSync(path.join(os.tmpdir(), 'backstory-chromium-')));
}

async function launchOnProfile(options: LaunchOptions, userDataDir: string): Promise<ChromiumSession> {
  const executablePath = chromiumPath();
  const proxy = await startRecordingProxy();
  let isProfileKept = false;
  const cleanUp = () => {
    if (!isProfileKept) fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  const { width, height } = options.viewport ?? { width: 1280, height: 900 };
  let pid: number | undefined;
  try {
    const browser = await withTimeout(
      puppeteer.launch({
        executablePath,
        headless: options.isHeadless ?? true,
        pipe: true,
        enableExtensions: options.isExtensionLoaded ?? true,
        userDataDir,
        timeout: 30_000,
        defaultViewport: { width, height },
        args: [...chromiumArgs(proxy.port), `--window-size=${width},${height}`],
      }),
      options.timeoutMs ?? 60_000,
      'Launching Chromium',
    );
    pid = browser.process()?.pid;
    if (pid === undefined) throw new Error('Chromium started without a process id.');
    guardProcessGroup(pid, userDataDir);
    const launched = pid;
    const extensionId =
      options.isExtensionLoaded === false
        ? ''
        : await withTimeout(
            browser.installExtension(path.join(ROOT, 'dist/chrome')),
            options.timeoutMs ?? 60_000,
            'Installing the extension in Chromium',
          );
    const isWorker = (t: { type: () => string; url: () => string }) =>
      t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`);
    const serviceWorker = async (): Promise<WebWorker> => {
      const target = await browser.waitForTarget(isWorker, { timeout: 10_000 });
      const worker = await target.worker();
      if (worker === null) throw new Error('The service worker target has no worker.');
      return worker;
    };
    const session = buildSession({
      name: 'chromium',
      browser,
      pid,
      extensionId,
      extensionBaseUrl: `chrome-extension://${extensionId}/`,
      proxy,
      isSuiteChecked: options.isSuiteChecked ?? true,
      pageErrors: [],
      loadExtensionPage: async (page, url) => {
        await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
      },
      cleanUp,
    });
    return {
      ...session,
      serviceWorker,
      stopServiceWorker: () => stopServiceWorkers(browser, session.extensionBaseUrl),
      isServiceWorkerRunning: () => isServiceWorkerRunning(browser, session.extensionBaseUrl),
      restart: async () => {
        isProfileKept = true;
        keepProfileOf(launched);
        await session.close();
        return launchOnProfile(options, userDataDir);
      },
    };
  } catch (error) {
    if (pid !== undefined) killGroup(pid);
    await proxy.close();
    cleanUp();
    throw error;
  }
}
