// How the benchmarks start headless Chromium: Debian's binary, and the flags
// that silence its own background traffic, so that what is measured is the
// page and Backstory (the e2e harness's flags, tests/e2e/harness/chromium.ts).
import fs from 'node:fs';

/**
 * puppeteer's launch options for a bench run in `userDataDir`.
 * @param {string} userDataDir
 * @param {Partial<import('puppeteer-core').LaunchOptions>} [extra]
 * @returns {import('puppeteer-core').LaunchOptions}
 */
export function benchLaunchOptions(userDataDir, extra = {}) {
  return {
    executablePath: fs.existsSync('/usr/lib/chromium/chromium')
      ? '/usr/lib/chromium/chromium'
      : '/usr/bin/chromium',
    headless: true,
    protocolTimeout: 600_000,
    userDataDir,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--component-updater=url-source=http://127.0.0.1:9/',
      '--gaia-url=http://127.0.0.1:9/',
      '--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate',
    ],
    ...extra,
  };
}
