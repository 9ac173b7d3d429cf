/**
 * Launches Debian's Firefox ESR with the built extension through
 * puppeteer-core over WebDriver BiDi; the add-on is installed temporarily
 * with webExtension.install and its UUID is preset, so its pages are known.
 */
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { buildSession } from './build-session';
import { reportErrorsTo, startErrorSink } from './error-sink';
import { FIREFOX_EXTENSION_UUID, firefoxPrefs } from './firefox-prefs';
import { guardProcessGroup, killGroup, withTimeout } from './processes';
import { startRecordingProxy } from './proxy';
import { ROOT } from './server';
import { pollFor, type BrowserSession, type LaunchOptions, type PageError } from './session';

// $BACKSTORY_FIREFOX, when set, replaces Debian's path.
const EXECUTABLE = process.env.BACKSTORY_FIREFOX || '/usr/bin/firefox-esr';

/** The Firefox executable (`executable` if it exists), or an error that says how to install it. */
export function firefoxPath(executable = EXECUTABLE): string {
  if (!fs.existsSync(executable)) {
    throw new Error(`Firefox not found at ${executable}: apt-get install chromium firefox-esr`);
  }
  return executable;
}

/** Launches Firefox (with the extension unless told otherwise). */
export async function launchFirefox(options: LaunchOptions = {}): Promise<BrowserSession> {
  const executablePath = firefoxPath();
  const proxy = await startRecordingProxy();
  const pageErrors: PageError[] = [];
  const sink = await startErrorSink((error) => pageErrors.push(error));
  const { width, height } = options.viewport ?? { width: 1280, height: 900 };
  let pid: number | undefined;
  try {
    const browser = await withTimeout(
      puppeteer.launch({
        browser: 'firefox',
        executablePath,
        headless: options.isHeadless ?? true,
        timeout: 30_000,
        defaultViewport: { width, height },
        // Lets BiDi open moz-extension:// pages.
        args: ['--remote-allow-system-access', `--width=${width}`, `--height=${height}`],
        env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
        extraPrefsFirefox: firefoxPrefs(proxy.port),
      }),
      options.timeoutMs ?? 60_000,
      'Launching Firefox',
    );
    pid = browser.process()?.pid;
    if (pid === undefined) throw new Error('Firefox started without a process id.');
    guardProcessGroup(pid);
    const extensionId =
      options.isExtensionLoaded === false
        ? ''
        : await withTimeout(
            browser.installExtension(path.join(ROOT, 'dist/firefox')),
            options.timeoutMs ?? 60_000,
            'Installing the extension in Firefox',
          );
    return buildSession({
      name: 'firefox',
      browser,
      pid,
      extensionId,
      extensionBaseUrl: `moz-extension://${FIREFOX_EXTENSION_UUID}/`,
      proxy,
      isSuiteChecked: options.isSuiteChecked ?? true,
      pageErrors,
      // BiDi's navigation to a moz-extension:// page never settles ("Frame
      // detached"), so start it and poll the document instead.
      loadExtensionPage: async (page, url) => {
        page.goto(url).catch(() => undefined);
        await pollFor(
          async () =>
            (await page.evaluate(() => document.readyState === 'complete' && location.href)) === url
              ? true
              : undefined,
          15_000,
          `${url} to load`,
        );
        await reportErrorsTo(page, sink, url);
      },
      // puppeteer removes its temporary Firefox profile itself.
      cleanUp: () => sink.close(),
    });
  } catch (error) {
    if (pid !== undefined) killGroup(pid);
    await proxy.close();
    await sink.close();
    throw error;
  }
}
