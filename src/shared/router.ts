/**
 * Routes typed messages to handlers after checking their shape and sender.
 * Pure: the caller says what kind of sender a message came from, so the
 * router is unit-tested without a browser.
 */
import type { Runtime } from 'webextension-polyfill';
import type { ApiMap, Reply, SenderKind } from './messages';

/** One message's route: who may send it, what its params look like, what answers it. */
export interface Route<P, R> {
  from: SenderKind | 'any';
  isParams: (params: unknown) => params is P;
  handle: (params: P, sender: Runtime.MessageSender) => Promise<R>;
}

/** A route for every message of an API: the compiler fails when one is missing. */
export type Routes<A extends ApiMap> = {
  [K in keyof A]: Route<A[K]['params'], A[K]['return']>;
};

/** Says which kind of sender a message came from, or `null` when it is none of ours. */
export type ClassifySender = (sender: Runtime.MessageSender) => SenderKind | null;

/** Whether a message is a Backstory envelope (the others are left to other listeners). */
export function isEnvelope(message: unknown): message is { backstory: 1; type: string; params: unknown } {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { backstory?: unknown }).backstory === 1 &&
    typeof (message as { type?: unknown }).type === 'string'
  );
}

/**
 * Builds an `onMessage` listener. Messages that are not Backstory envelopes
 * get `undefined` (another listener may answer them); ours always get a
 * `Reply`, an error one when the type is unknown, the sender not allowed, the
 * params malformed or the handler throws.
 */
export function createRouter<A extends ApiMap>(
  routes: Routes<A>,
  classify: ClassifySender,
): (message: unknown, sender: Runtime.MessageSender) => Promise<Reply<unknown>> | undefined {
  return (message, sender) => {
    if (!isEnvelope(message)) return undefined;
    if (!Object.hasOwn(routes, message.type)) {
      return Promise.resolve({ error: `Unknown message type "${message.type}".` });
    }
    const route = routes[message.type as keyof A] as Route<unknown, unknown>;
    const kind = classify(sender);
    if (kind === null || (route.from !== 'any' && route.from !== kind)) {
      return Promise.resolve({ error: `"${message.type}" is not accepted from this sender.` });
    }
    if (!route.isParams(message.params)) {
      return Promise.resolve({ error: `"${message.type}" has malformed params.` });
    }
    return route.handle(message.params, sender).then(
      (result) => ({ result }),
      (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
    );
  };
}
