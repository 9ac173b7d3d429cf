/**
 * The e2e harness: launch either browser with Backstory, serve fixture
 * pages, and check that nothing left the machine.
 */
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, BrowserSession, LaunchOptions } from './session';

export { launchChromium, type ChromiumSession } from './chromium';
export { launchFirefox } from './firefox';
export { startStaticServer, ROOT, type StaticServer } from './server';
export { assertOnlyLoopback, externalRequests, isLoopbackHost } from './network';
export { pollFor, type BrowserName, type BrowserSession, type LaunchOptions } from './session';
export type { RecordedRequest } from './proxy';

/** Both browsers, in the order the suite runs them. */
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** Launches `name` with the built extension. */
export function launchBrowser(name: BrowserName, options: LaunchOptions = {}): Promise<BrowserSession> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
