/**
 * Tells who sent a message: one of our extension pages (popup, options, the
 * popup opened in a tab) or a content script in a web page.
 */
import type { Runtime } from 'webextension-polyfill';
import type { ClassifySender } from '../shared/router';

/**
 * Builds the sender check for the extension `extensionId` whose pages live
 * under `extensionBaseUrl`. Other extensions' messages (sender.id differs)
 * never reach runtime.onMessage, but the check costs nothing.
 */
export function classifySender(extensionId: string, extensionBaseUrl: string): ClassifySender {
  return (sender: Runtime.MessageSender) => {
    if (sender.id !== extensionId) return null;
    if (sender.url?.startsWith(extensionBaseUrl)) return 'extension-page';
    if (sender.tab?.id !== undefined && sender.url !== undefined && /^https?:/.test(sender.url))
      return 'content';
    return null;
  };
}

/**
 * The address of the page a top frame's message comes from: the tab's, which
 * follows history.pushState, where `sender.url` stays the address the
 * document loaded at (interledger/web-monetization-projects#33); `undefined`
 * for a subframe or a sender without one.
 */
export function topFrameUrl(sender: Runtime.MessageSender): string | undefined {
  if (sender.frameId !== 0) return undefined;
  return sender.tab?.url ?? sender.url;
}
