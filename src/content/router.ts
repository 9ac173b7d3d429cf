/**
 * Connects the content routes to `runtime.onMessage` for the life of the
 * content script.
 */
import browser from 'webextension-polyfill';
import { createRouter } from '../shared/router';
import { classifyContentSender, contentRoutes, type ContentParts } from './content-routes';

export type { ContentParts } from './content-routes';

/** Answers `ContentApi` messages until `signal` aborts. */
export function listenForMessages(parts: ContentParts, signal: AbortSignal): void {
  const route = createRouter(contentRoutes(parts), classifyContentSender(browser.runtime.id));
  const listener = (message: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined =>
    route(message, sender);
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener(
    'abort',
    () => {
      browser.runtime.onMessage.removeListener(listener);
    },
    { once: true },
  );
}
