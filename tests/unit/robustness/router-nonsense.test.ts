/**
 * The content script's router fed anything: messages of any shape from any
 * sender. Ours always get a reply and never reach a handler unless sender and
 * params are right; anything else is left alone.
 */
import fc from 'fast-check';
import type { Runtime } from 'webextension-polyfill';
import { describe, expect, test } from 'vitest';
import { classifyContentSender, contentRoutes } from '../../../src/content/page/routes';
import { createRouter } from '../../../src/shared/router';

const EXTENSION_ID = 'backstory-test-id';
const POPUP: Runtime.MessageSender = {
  id: EXTENSION_ID,
  url: `chrome-extension://${EXTENSION_ID}/popup.html`,
};

/** A router over content routes whose handlers record each call. */
function setup() {
  const calls: string[] = [];
  const router = createRouter(
    contentRoutes({
      findings: () => {
        calls.push('findings');
        return null;
      },
      reveal: () => {
        calls.push('reveal');
        return false;
      },
      tooltip: {
        step: () => {
          calls.push('step');
          return false;
        },
      },
      pageHtml: () => {
        calls.push('pageHtml');
        return { kind: 'too-large', chars: 0 };
      },
    }),
    classifyContentSender(EXTENSION_ID),
  );
  return { calls, router };
}

const TYPES = [
  'getFindings',
  'revealMention',
  'stepMention',
  'getPageHtml',
  'toString',
  '__proto__',
  'constructor',
];
const senders = fc.oneof(
  fc.constant<Runtime.MessageSender>({ id: 'another-extension', url: 'chrome-extension://another/x.html' }),
  fc.record({ id: fc.constant(EXTENSION_ID), url: fc.webUrl() }),
  fc.record({
    id: fc.option(fc.string(), { nil: undefined }),
    url: fc.option(fc.string(), { nil: undefined }),
  }),
);

describe('the content router fed anything', () => {
  test('a message from a web page or another extension never reaches a handler', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TYPES), fc.anything(), senders, async (type, params, sender) => {
        const { calls, router } = setup();
        if (sender.id === EXTENSION_ID && (sender.url === undefined || !/^https?:/.test(sender.url))) return;
        const reply = await router({ backstory: 1, type, params }, sender);
        expect(reply).toHaveProperty('error');
        expect(calls).toEqual([]);
      }),
    );
  });

  test('params of any wrong shape get an error from our own pages, and no handler runs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TYPES), fc.anything(), async (type, params) => {
        const { calls, router } = setup();
        const reply = await router({ backstory: 1, type, params }, POPUP);
        if (reply !== undefined && 'result' in reply) {
          // Only well-formed params get this far: a known type and the params it takes.
          expect(calls).toHaveLength(1);
        } else {
          expect(calls).toEqual([]);
        }
      }),
    );
  });

  test('anything that is not an envelope of ours is left to other listeners', () => {
    fc.assert(
      fc.property(fc.anything(), (message) => {
        const isOurs =
          typeof message === 'object' &&
          message !== null &&
          (message as { backstory?: unknown }).backstory === 1 &&
          typeof (message as { type?: unknown }).type === 'string';
        fc.pre(!isOurs);
        expect(setup().router(message, POPUP)).toBeUndefined();
      }),
    );
  });

  test.each([
    ['revealMention', { index: -1 }],
    ['revealMention', { index: 1.5 }],
    ['revealMention', { index: '0' }],
    ['stepMention', { direction: 2 }],
    ['getFindings', { extra: true }],
    ['getPageHtml', null],
  ])('%s with %j is refused as malformed', async (type, params) => {
    const { calls, router } = setup();
    expect(await router({ backstory: 1, type, params }, POPUP)).toEqual({
      error: `"${type}" has malformed params.`,
    });
    expect(calls).toEqual([]);
  });

  test('names from the prototype are unknown types, not routes', async () => {
    const { router } = setup();
    for (const type of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      expect(await router({ backstory: 1, type, params: {} }, POPUP)).toEqual({
        error: `Unknown message type "${type}".`,
      });
    }
  });
});
