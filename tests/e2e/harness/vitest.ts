/**
 * The usual shape of an e2e test file: one browser (with Backstory) and one
 * fixture server per describe block, started before its tests and always
 * closed after them, even when a test failed or timed out.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './index';
import { startStaticServer, type StaticServer } from './server';
import type { BrowserName, BrowserSession, LaunchOptions } from './session';

/** A describe block's browser and server, available once `beforeAll` has run. */
export interface BrowserFixture {
  readonly session: BrowserSession;
  readonly server: StaticServer;
}

/** Registers beforeAll/afterAll hooks that start and stop `name` and a fixture server. */
export function useBrowser(name: BrowserName, options: LaunchOptions = {}): BrowserFixture {
  let session: BrowserSession | undefined;
  let server: StaticServer | undefined;
  let launchError: unknown;
  beforeAll(async () => {
    server = await startStaticServer();
    // A failed launch (a missing browser) fails every test with its message,
    // rather than leaving them skipped.
    session = await launchBrowser(name, options).catch((error: unknown) => {
      launchError = error;
      return undefined;
    });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  return {
    get session() {
      if (session === undefined) {
        const reason = launchError instanceof Error ? launchError.message : String(launchError);
        throw new Error(`${name} did not start: ${reason}`);
      }
      return session;
    },
    get server() {
      if (server === undefined) throw new Error('The fixture server did not start.');
      return server;
    },
  };
}
