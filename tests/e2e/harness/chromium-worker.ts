/**
 * Stops Chromium's extension service worker the way Chrome does after 30 s
 * idle. Closing the worker's target is not enough in Chromium 156 (it keeps
 * running); the ServiceWorker domain's stopWorker is, and reports the state.
 */
import type { Browser, CDPSession } from 'puppeteer-core';
import { pollFor } from './session';

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

/** Opens a ServiceWorker-domain session and keeps the latest state of every worker version. */
async function watchVersions(
  browser: Browser,
): Promise<{ cdp: CDPSession; versions: Map<string, WorkerVersion> }> {
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const cdp = await page.createCDPSession();
  const versions = new Map<string, WorkerVersion>();
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: WorkerVersion[] }) => {
    for (const version of event.versions) versions.set(version.versionId, version);
  });
  await cdp.send('ServiceWorker.enable');
  return { cdp, versions };
}

/** Stops every running service worker whose script is under `baseUrl` and waits until they have stopped. */
export async function stopServiceWorkers(browser: Browser, baseUrl: string): Promise<void> {
  const { cdp, versions } = await watchVersions(browser);
  try {
    const ours = () => [...versions.values()].filter((v) => v.scriptURL.startsWith(baseUrl));
    await pollFor(() => Promise.resolve(ours().length > 0 ? true : undefined), 5000, 'the service worker');
    for (const version of ours()) {
      if (version.runningStatus !== 'stopped') {
        await cdp.send('ServiceWorker.stopWorker', { versionId: version.versionId });
      }
    }
    await pollFor(
      () => Promise.resolve(ours().every((v) => v.runningStatus === 'stopped') ? true : undefined),
      10_000,
      'the service worker to stop',
    );
  } finally {
    await cdp.send('ServiceWorker.disable').catch(() => undefined);
    await cdp.detach().catch(() => undefined);
  }
}

/** Whether a service worker under `baseUrl` is running now. */
export async function isServiceWorkerRunning(browser: Browser, baseUrl: string): Promise<boolean> {
  const { cdp, versions } = await watchVersions(browser);
  try {
    // The domain reports every version right after enable; give it a moment.
    await new Promise((resolve) => setTimeout(resolve, 200));
    return [...versions.values()].some(
      (v) => v.scriptURL.startsWith(baseUrl) && v.runningStatus === 'running',
    );
  } finally {
    await cdp.send('ServiceWorker.disable').catch(() => undefined);
    await cdp.detach().catch(() => undefined);
  }
}
