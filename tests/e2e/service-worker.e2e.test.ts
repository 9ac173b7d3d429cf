/**
 * Chromium stops an extension's service worker after 30 s idle; the harness
 * can do it at once, so tests can check that the background comes back with
 * what it knew. Here: the worker stops, and the next message wakes it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness';

describe('the Chromium service worker', () => {
  let session: ChromiumSession | undefined;
  let launchError: unknown;
  const live = (): ChromiumSession => {
    if (session === undefined) throw new Error(`Chromium did not start: ${String(launchError)}`);
    return session;
  };
  beforeAll(async () => {
    session = await launchChromium().catch((error: unknown) => {
      launchError = error;
      return undefined;
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  test('is stopped by stopServiceWorker and woken by the next message', async () => {
    expect((await live().serviceWorker()).url()).toBe(`${live().extensionBaseUrl}background.js`);
    expect(await live().isServiceWorkerRunning()).toBe(true);
    await live().stopServiceWorker();
    expect(await live().isServiceWorkerRunning()).toBe(false);
    expect(await live().callBackground('ping', {})).toMatchObject({
      result: { version: expect.any(String) },
    });
    expect(await live().isServiceWorkerRunning()).toBe(true);
  });
});
