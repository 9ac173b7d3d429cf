/**
 * Background entry point: registers every listener synchronously at the top
 * level (the worker may be woken by any of them) and wires the router.
 */
import browser from 'webextension-polyfill';
import { createRouter, type Routes } from '../shared/router';
import type { BackgroundApi } from '../shared/messages';
import { classifySender } from './senders';
import { registerCommands } from './commands';
import { openEntityViewRoute } from './open-entity-view';

const isEmpty = (p: unknown): p is Record<string, never> => typeof p === 'object' && p !== null;

const routes: Routes<BackgroundApi> = {
  ping: { from: 'any' as const, isParams: isEmpty, handle: () => Promise.resolve({ version: __VERSION__ }) },
  reportFindings: {
    from: 'content',
    isParams: (p): p is BackgroundApi['reportFindings']['params'] => typeof p === 'object' && p !== null,
    handle: () => Promise.resolve(null),
  },
  getTabState: {
    from: 'extension-page',
    isParams: (p): p is { tabId: number } => typeof (p as { tabId?: unknown } | null)?.tabId === 'number',
    handle: () => Promise.resolve(null),
  },
  openEntityView: openEntityViewRoute,
};

registerCommands();

browser.runtime.onMessage.addListener(
  createRouter(routes, classifySender(browser.runtime.id, browser.runtime.getURL(''))),
);
