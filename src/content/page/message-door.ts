/**
 * Where messages reach the content script. The background asks every page
 * for its findings after each load, so `getFindings` is answered here; the
 * other messages (a reveal or a page copy for the popup, a keyboard step) come
 * from something the reader did, and are answered by the full router
 * (routes.ts), which comes in card.js with the card they use.
 */
import type { Runtime } from 'webextension-polyfill';
import type { PageFindings, Reply } from '../../shared/messages';
import { isEnvelope } from '../../shared/router';
import type { Part } from './part';
import { ARTICLE_MESSAGES, classifyContentSender, isEmptyParams } from './routes';

/** A router of `ContentApi` messages, as routes.ts's `contentRouter` builds it. */
export type ContentRouter = (
  message: unknown,
  sender: Runtime.MessageSender,
) => Promise<Reply<unknown>> | undefined;

/** What the door answers with. */
export interface DoorParts {
  findings: () => PageFindings | null;
  /** The full router, loading card.js first when it is not in yet. */
  router: () => Promise<ContentRouter>;
  /** The article layer's router, once article.js is in. */
  articleRouter: () => ContentRouter | null;
  /** Until then, whether the content script still waits to load it or the settings keep it out. */
  articleState: () => 'waiting' | 'off';
}

function isArticleMessage(type: string): boolean {
  return (ARTICLE_MESSAGES as readonly string[]).includes(type);
}

// The article layer's messages go to article.js, never to card.js: a page that moves
// (history.pushState) should not load the card for it.
function articleReply(
  parts: DoorParts,
  message: { type: string },
  sender: Runtime.MessageSender,
): Promise<Reply<unknown>> {
  const reply = parts.articleRouter()?.(message, sender);
  if (reply !== undefined) return reply;
  // Before article.js is in there are no names to replace (`false`) or drop.
  if (message.type !== 'getArticleProgress')
    return Promise.resolve({ result: message.type === 'showArticle' ? false : null });
  return Promise.resolve({ result: { state: parts.articleState(), readMs: null, chars: 0 } });
}

/** Answers `ContentApi` messages arriving at `runtime` until `part.signal` aborts. */
export function openMessageDoor(
  runtime: Pick<Runtime.Static, 'id' | 'onMessage'>,
  parts: DoorParts,
  part: Part,
): void {
  const classify = classifyContentSender(runtime.id);
  // Answered through `sendResponse`: the content script runs on the browser's own API
  // (src/shared/native-browser.ts), and Chrome's ignores a promise returned by a listener.
  // (`true` keeps the channel open for the answer; nothing returned leaves another's message to its listener,
  // which the polyfill's types do not spell, hence the cast.)
  const listener = ((
    message: unknown,
    sender: Runtime.MessageSender,
    sendResponse: (reply: unknown) => void,
  ) => {
    if (!isEnvelope(message)) return undefined;
    const isFindings =
      message.type === 'getFindings' &&
      classify(sender) === 'extension-page' &&
      isEmptyParams(message.params);
    const reply = isFindings
      ? Promise.resolve({ result: parts.findings() })
      : isArticleMessage(message.type)
        ? articleReply(parts, message, sender)
        : parts.router().then((route) => route(message, sender));
    reply.then(sendResponse, (error: unknown) => {
      sendResponse({ error: error instanceof Error ? error.message : String(error) });
    });
    return true;
  }) as Runtime.OnMessageListenerCallback;
  runtime.onMessage.addListener(listener);
  part.signal.addEventListener(
    'abort',
    () => {
      runtime.onMessage.removeListener(listener);
    },
    { once: true },
  );
}
