/**
 * Typed clients for the message contract: one call per message, replies
 * unwrapped, errors rethrown as `Error` in the caller's context.
 */
import browser from 'webextension-polyfill';
import type { BackgroundApi, ContentApi, Envelope } from './messages';

function unwrap(reply: unknown): unknown {
  if (typeof reply !== 'object' || reply === null) {
    throw new Error('No answer from the other side.');
  }
  if ('error' in reply) throw new Error(String(reply.error));
  return (reply as { result?: unknown }).result;
}

/** Sends a message to the background and returns its result. */
export async function callBackground<K extends keyof BackgroundApi>(
  type: K,
  params: BackgroundApi[K]['params'],
): Promise<BackgroundApi[K]['return']> {
  const envelope: Envelope<BackgroundApi, K> = { backstory: 1, type, params };
  return unwrap(await browser.runtime.sendMessage(envelope)) as BackgroundApi[K]['return'];
}

/** Sends a message to the content script of a tab's top frame and returns its result. */
export async function callContent<K extends keyof ContentApi>(
  tabId: number,
  type: K,
  params: ContentApi[K]['params'],
): Promise<ContentApi[K]['return']> {
  const envelope: Envelope<ContentApi, K> = { backstory: 1, type, params };
  return unwrap(await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 })) as ContentApi[K]['return'];
}
